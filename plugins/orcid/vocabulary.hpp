// The parts of ORCID's server-side vocabularies the writer chooses from. A test checks them
// against the vendored kit (tests/plugins/orcid/kit/vocab), so the two cannot drift apart.
#ifndef CVPORT_ORCID_VOCABULARY_HPP
#define CVPORT_ORCID_VOCABULARY_HPP

#include <algorithm>
#include <iterator>
#include <string_view>

namespace cvport::orcid {

// vocab/work-types.txt without "undefined", which ORCID keeps for old records only.
// clang-format off
inline constexpr std::string_view kWorkTypes[] = {
    "annotation", "artistic-performance", "blog-post", "book-chapter", "book-review", "book",
    "cartographic-material", "clinical-study", "conference-abstract", "conference-output",
    "conference-paper", "conference-poster", "conference-presentation", "conference-proceedings",
    "data-management-plan", "data-set", "design", "dictionary-entry", "disclosure",
    "dissertation-thesis", "edited-book", "encyclopedia-entry", "image", "invention",
    "journal-article", "journal-issue", "learning-object", "lecture-speech", "license",
    "magazine-article", "manual", "moving-image", "musical-composition", "newsletter-article",
    "newspaper-article", "online-resource", "other", "patent", "physical-object", "preprint",
    "public-speech", "registered-copyright", "report", "research-technique", "research-tool",
    "review", "software", "sound", "spin-off-company", "standards-and-policy",
    "supervised-student-publication", "technical-standard", "test", "trademark", "transcription",
    "translation", "website", "working-paper"};
// clang-format on

// The affiliation sections (common:affiliation), in the order the bundle lists them.
inline constexpr std::string_view kAffiliationSections[] = {
    "education", "employment", "distinction",  "invited-position",
    "service",   "membership", "qualification"};

// The legacy contributor role the writer uses; CRediT roles say what someone did, which a CV's
// author list does not tell.
inline constexpr std::string_view kAuthorRole = "author";
// The role of a patent's authors (ORCID's legacy contributor roles have no plain "inventor").
inline constexpr std::string_view kInventorRole = "co-inventor";

inline bool is_work_type(std::string_view type) {
  return std::find(std::begin(kWorkTypes), std::end(kWorkTypes), type) != std::end(kWorkTypes);
}

inline bool is_affiliation_section(std::string_view section) {
  return std::find(std::begin(kAffiliationSections), std::end(kAffiliationSections), section) !=
         std::end(kAffiliationSections);
}

} // namespace cvport::orcid

#endif
