// What one FRESH import shares across entries: the diagnostics, the members kept because the
// model has no field for them (said once per member name, at its first place, with a count),
// the values read from another form (said once per kind), and the origins of the model's values
// in the FRESH file, by which the host places every later message in the user's file.
#ifndef CVPORT_FRESH_SESSION_HPP
#define CVPORT_FRESH_SESSION_HPP

#include <map>
#include <string>
#include <vector>

#include "cvport/import_context.hpp"
#include "cvport/import_origins.hpp"

namespace cvport::fresh {

// The changes made to values without asking, each said once per file.
enum class Rewrite {
  date_form,     // "06/2020" -> 2020-06
  scheme_added,  // "www.example.org" -> https://www.example.org
  country_named, // "United States" -> US
  text_of_value, // 5 -> "5"
};

class ImportSession {
public:
  explicit ImportSession(sdk::Diagnostics& diagnostics) : diagnostics(diagnostics) {}

  // A member cvport has no field for, kept in the `extra` of its entry or of the CV. Said once
  // for each member of each kind of entry ("employment.history[].keywords"), at its first place.
  void kept(const std::string& input_path);
  // A whole entry kept, with why ("it has no \"employer\"", "it is marked private").
  void entry_kept(const std::string& input_path, const std::string& why);
  void rewritten(Rewrite kind, const std::string& input_path, std::string detail);
  // Says every kept member and rewrite, grouped; call once at the end.
  void report();

  void origin(const std::string& model_path, const std::string& input_path) { origins_.record(model_path, input_path); }
  nlohmann::json take_origins() const { return origins_.to_json(); }

  sdk::Diagnostics& diagnostics;

private:
  struct Group {
    std::vector<std::string> paths;
    std::vector<std::string> details;
  };
  std::vector<std::pair<std::string, Group>> kept_; // by "section[].member", in file order
  std::map<Rewrite, Group> rewrites_;
  sdk::ImportOrigins origins_;
};

// "employment.history[3].keywords[1]" -> "employment.history[].keywords[]": what entries of one
// kind share.
std::string path_pattern(const std::string& input_path);

} // namespace cvport::fresh

#endif
