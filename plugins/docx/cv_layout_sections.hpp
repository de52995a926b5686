// The layout of each part of the CV, one function per section (cv_layout.cpp calls them in
// the chosen order). Internal to the DOCX writer.
#ifndef CVPORT_DOCX_CV_LAYOUT_SECTIONS_HPP
#define CVPORT_DOCX_CV_LAYOUT_SECTIONS_HPP

#include <vector>

#include "cvport/model.hpp"
#include "cvport/plugin_context.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

using Paragraphs = std::vector<Paragraph>;

// cv_header.cpp
void add_header(const Cv& cv, Paragraphs& out, sdk::Diagnostics& diagnostics);

// cv_entries.cpp: sections of dated entries with a heading line each.
void add_education(const Cv& cv, Paragraphs& out);
void add_work(const Cv& cv, Paragraphs& out);
void add_projects(const Cv& cv, Paragraphs& out);
void add_volunteer(const Cv& cv, Paragraphs& out);
void add_custom_entries(const CustomSection& section, std::string_view language, Paragraphs& out);

// cv_items.cpp: sections of compact bulleted items.
void add_awards(const Cv& cv, Paragraphs& out);
void add_funding(const Cv& cv, Paragraphs& out);
void add_talks(const Cv& cv, Paragraphs& out);
void add_software(const Cv& cv, Paragraphs& out);
void add_media(const Cv& cv, Paragraphs& out);
void add_service(const Cv& cv, Paragraphs& out);
void add_skills(const Cv& cv, Paragraphs& out);
void add_languages(const Cv& cv, Paragraphs& out);
void add_interests(const Cv& cv, Paragraphs& out);
void add_certificates(const Cv& cv, Paragraphs& out);
void add_references(const Cv& cv, Paragraphs& out);

// cv_publications.cpp
void add_publications(const Cv& cv, Paragraphs& out);

} // namespace cvport::docx

#endif
