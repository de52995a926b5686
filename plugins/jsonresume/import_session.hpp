// What one JSON Resume import shares across entries: the diagnostics, the chosen language of
// multilingual values, the notes that are said once for the whole file rather than once per
// value ("12 dates were read from other forms"), and the origins of the model's values.
#ifndef CVPORT_JSONRESUME_IMPORT_SESSION_HPP
#define CVPORT_JSONRESUME_IMPORT_SESSION_HPP

#include <map>
#include <span>
#include <string>
#include <vector>

#include "cvport/import_origins.hpp"
#include "cvport/import_context.hpp"
#include "cvport/liberal_date.hpp"

namespace cvport::jsonresume {

// The kinds of change an import makes to values without asking, each reported once per file.
enum class Normalisation {
  empty_left_out,   // "" and blank entries
  date_rewritten,   // "06/2020" -> 2020-06
  ongoing_word,     // "Now" -> ongoing
  scheme_added,     // "github.com/x" -> "https://github.com/x"
  url_repaired,     // "Https://x.org/my photo.jpg" -> "https://x.org/my%20photo.jpg"
  country_named,    // "USA" -> "US"
  old_name,         // "company" read as "name"
  language_chosen,  // {"de": ..., "en": ...} -> the "de" text
  type_coerced,     // a number, array or object read as text
};

class ImportSession {
public:
  ImportSession(sdk::Diagnostics& diagnostics, std::string language, std::string cv_language)
      : diagnostics(diagnostics), language(std::move(language)), cv_language(std::move(cv_language)) {}

  // Records one case; `detail` describes it ("\"06/2020\" as 2020-06").
  void normalised(Normalisation kind, const std::string& path, std::string detail);
  // A member JSON Resume does not define, kept in the entry's extra.jsonresume; `known` are the
  // entry's standard members, for a did-you-mean.
  void kept(const std::string& name, const std::string& path, std::span<const std::string_view> known);
  // Says each kind of normalisation once, at its first place, with a count and examples, and
  // each kept member name once.
  void report_normalisations();

  // Where a model value came from: a model path and the input path ("work[0].company").
  void origin(const std::string& model_path, const std::string& input_path);
  nlohmann::json take_origins() const;

  sdk::Diagnostics& diagnostics;
  // The language to read from multilingual values (choose_language): the wanted one ("" = none
  // asked for), and the CV's own (x-cvport.language), the default before English.
  const std::string language;
  const std::string cv_language;
  // How the file writes numeric dates with a day, as its unambiguous ones show ("15/01/2019"):
  // the order a doubtful one ("03/04/2019") is read in.
  DayOrder day_order = DayOrder::unknown;

private:
  struct Cases {
    std::vector<std::string> paths;
    std::vector<std::string> details;
  };
  std::map<Normalisation, Cases> cases_;
  struct Kept {
    std::string name;
    std::vector<std::string> paths;
    std::string suggestion;
  };
  std::vector<Kept> kept_;
  sdk::ImportOrigins origins_; // the first origin recorded for a path wins
};

} // namespace cvport::jsonresume

#endif
