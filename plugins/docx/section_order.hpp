// Which sections the DOCX shows, and in what order: every section with data in the default
// order, or the ids the "sections" option lists. Custom sections (cv.sections) have ids made
// from their titles ("Patents" -> "patents").
#ifndef CVPORT_DOCX_SECTION_ORDER_HPP
#define CVPORT_DOCX_SECTION_ORDER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/plugin.hpp"

namespace cvport::docx {

enum class SectionKind {
  education,
  work,
  awards,
  funding,
  talks,
  publications,
  software,
  media,
  service,
  projects,
  volunteer,
  skills,
  languages,
  interests,
  certificates,
  references,
  custom
};

struct SectionChoice {
  SectionKind kind;
  std::string id;    // "education", or a custom section's id
  std::string title; // the heading
  std::string path;  // model path: "education", "sections[2]"
  std::size_t custom_index = 0;
};

// Every section of the CV, standard ones in the default order then the custom ones, each
// with its id; `has_data` tells which have entries or an intro.
std::vector<SectionChoice> all_sections(const Cv& cv);
bool has_data(const Cv& cv, const SectionChoice& section);

// The sections to show. With `requested` empty: every section with data. Otherwise the
// requested ones with data, in that order; an unknown id is a warning
// ("docx.unknown-section"), a section with data left out is a note ("docx.section-omitted").
std::vector<SectionChoice> choose_sections(const Cv& cv, const std::vector<std::string>& requested,
                                           sdk::Diagnostics& diagnostics);

// The intro paragraph of a standard section (cv.intros), or the custom section's intro.
const std::string& section_intro(const Cv& cv, const SectionChoice& section);

} // namespace cvport::docx

#endif
