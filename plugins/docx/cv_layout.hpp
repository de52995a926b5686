// The CV as WordprocessingML paragraphs: the header (name, headline, contact lines,
// summary), then each chosen section with its heading, intro and entries, and the page footer.
#ifndef CVPORT_DOCX_CV_LAYOUT_HPP
#define CVPORT_DOCX_CV_LAYOUT_HPP

#include <vector>

#include "cvport/model.hpp"
#include "cvport/plugin_context.hpp"
#include "cvport/sections.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

std::vector<Paragraph> layout_cv(const Cv& cv, const std::vector<CvSection>& sections,
                                 sdk::Diagnostics& diagnostics);

// "Name · page N" for the footer of every page.
Paragraph footer_paragraph(const Cv& cv);

} // namespace cvport::docx

#endif
