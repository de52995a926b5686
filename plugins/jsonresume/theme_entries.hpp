// Entries written into standard JSON Resume sections so that themes show what JSON Resume has
// no section for: funding as projects, talks, software and media features as projects, service as volunteering,
// teaching roles as work, custom sections as projects typed with the section title, the ORCID
// iD as a profile. Each is marked "x-cvport": {"derived": "<model path>"}: the exact values are
// in the top-level "x-cvport" (or in the entry they came from), so the reader skips these.
#ifndef CVPORT_JSONRESUME_THEME_ENTRIES_HPP
#define CVPORT_JSONRESUME_THEME_ENTRIES_HPP

#include <string>
#include <string_view>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"

namespace cvport::jsonresume {

Json funding_as_project(const Funding& funding, const std::string& model_path);
Json talk_as_project(const Talk& talk, const std::string& model_path);
Json software_as_project(const Software& software, const std::string& model_path);
Json media_as_project(const MediaFeature& media, const std::string& model_path);
Json custom_entry_as_project(const CustomSection& section, const CustomEntry& entry,
                             const std::string& model_path);
Json service_as_volunteer(const Service& service, const std::string& model_path);
Json teaching_as_work(const Education& education, const TeachingRole& teaching,
                      const std::string& model_path);
Json orcid_as_profile(std::string_view orcid);

} // namespace cvport::jsonresume

#endif
