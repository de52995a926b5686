// The export's account of what JSON Resume cannot hold, so that nothing is dropped silently:
// per model section, which values went to "x-cvport" only, which themes also see as text in a
// standard member, and which sections are shown through another section. Collected while
// writing, reported once per section at the end (one note per kind, not one per entry).
#ifndef CVPORT_JSONRESUME_EXPORT_REPORT_HPP
#define CVPORT_JSONRESUME_EXPORT_REPORT_HPP

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

class ExportReport {
public:
  // The extension of one entry of `section` ("publications"): values that are not mapped
  // fields (those are exact or overridden) and not null markers.
  void add_extension(std::string_view section, const Json& extension, const EntryMapping& mapping);

  // A whole section JSON Resume has no place for, written as `shown_as` ("\"projects\" entries
  // of type \"talk\""; empty when themes see nothing of it). `items` is its canonical JSON;
  // `rendered` lists the values the readable entries show.
  void add_section(std::string_view section, std::string shown_as, const Json& items,
                   std::span<const std::string_view> rendered);

  // Reports everything: notes when "x-cvport" is written, warnings when it is not (then the
  // values are approximated or dropped).
  void emit(sdk::Diagnostics& diagnostics, bool extensions) const;

private:
  struct SectionNotes {
    std::string section;
    std::string shown_as;
    bool whole_section = false;
    std::map<std::string, std::vector<std::string>> shown; // standard member -> values
    std::vector<std::string> hidden;                       // values themes do not see
  };
  SectionNotes& notes_for(std::string_view section);

  std::vector<SectionNotes> sections_;
};

} // namespace cvport::jsonresume

#endif
