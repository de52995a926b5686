#include "bibtex_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "bib_database.hpp"
#include "bib_entry_mapping.hpp"
#include "btparse_capture.hpp"
#include "crossref.hpp"
#include "cvport/bibtex_sniff.hpp"
#include "cvport/import_context.hpp"
#include "cvport/owner_spellings.hpp"
#include "cvport/text.hpp"

namespace cvport::bibtex {

namespace {

// Up to `limit` names of a set, for a message: "abstract, keywords and 3 more".
std::string some_of(const std::vector<std::string>& names, size_t limit = 6) {
  std::string text;
  for (size_t i = 0; i < names.size() && i < limit; ++i) text += (i ? ", " : "") + names[i];
  if (names.size() > limit) text += " and " + std::to_string(names.size() - limit) + " more";
  return text;
}

class BibReader {
public:
  explicit BibReader(sdk::ImportContext& context) : context_(context), diagnostics_(context.diagnostics) {}

  Cv read() {
    BtparseSession session;
    // Macros persist from one file to the next, as BibTeX reads \bibliography{abbrev,papers}: the
    // .bib files given before this one define macros for it, then its own @string entries do.
    BibMacros macros = standard_macros();
    for (const sdk::EarlierInput& earlier : context_.earlier_inputs)
      read_bib_definitions(earlier.input, std::string(earlier.source_name), session, macros);
    BibDatabase database =
        read_bib_database(context_.input, std::string(context_.source_name), session, std::move(macros));
    report_problems(database.problems);
    if (diagnostics_.error_count() > 0) return {};
    if (database.entries.empty()) report_no_entries(database);
    database.problems.clear();
    std::set<std::string> parents = resolve_inheritance(database);
    report_problems(database.problems);
    cv_.publications.reserve(database.entries.size());
    for (const BibEntry& entry : database.entries) {
      if (parents.count(lower_ascii(entry.key))) {
        if (parents_left_out_++ == 0) first_parent_at_ = entry.at;
        continue;
      }
      read_entry(entry);
      for (const BtparseMessage& message : session.messages()) // the name parser's warnings
        report(CVPORT_SEVERITY_WARNING, "bibtex.name", entry.key + ".author", message.message,
               entry.field("author") ? entry.field("author")->at : entry.at);
    }
    choose_owner();
    report_summary();
    if (!kept_software_.empty())
      cv_.extra.json = nlohmann::json{{"bibtex", {{"software", kept_software_}}}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
    return std::move(cv_);
  }

private:
  void report(cvport_severity severity, std::string_view code, const std::string& path, const std::string& message,
              Position at) {
    diagnostics_.report(severity, code, path, message, uint32_t(at.line), uint32_t(at.column));
  }

  void report_problems(const std::vector<BibProblem>& problems) {
    for (const BibProblem& problem : problems) {
      std::string message = problem.message + (problem.hint.empty() ? "" : " (" + problem.hint + ")");
      report(problem.severity, problem.code, "", message, problem.at);
    }
  }

  // A file of @string definitions alone (abbrev.bib) is read for the .bib files given after it;
  // given last or alone it adds nothing, which the user should hear of.
  void report_no_entries(const BibDatabase& database) {
    if (database.definitions == 0) {
      report(CVPORT_SEVERITY_WARNING, "bibtex.no-entries", "", "the file holds no entries: it adds nothing to the CV",
             Position{1, 1});
      return;
    }
    std::string what = "the file holds only @string definitions (" + std::to_string(database.definitions) +
                       (database.definitions == 1 ? " macro" : " macros") + ") and no entries";
    if (context_.later_input_count > 0) {
      report(CVPORT_SEVERITY_NOTE, "bibtex.definitions-only", "",
             what + ": its macros serve the .bib files given after it, and it adds nothing to the CV itself",
             database.first_definition);
      return;
    }
    report(CVPORT_SEVERITY_WARNING, "bibtex.definitions-only", "",
           what + ": it adds nothing to the CV (give it before the .bib files that use its macros: cvport import " +
               std::string(context_.source_name) + " papers.bib)",
           database.first_definition);
  }

  void read_entry(const BibEntry& entry) {
    if (entry.type == "xdata") return;
    size_t commands_known_before = unknown_commands_.size();
    MappedEntry mapped = map_entry(entry, unknown_commands_);
    // Summaries are said once per file, at the first place that shows what they say.
    if (commands_known_before == 0 && !unknown_commands_.empty()) first_unknown_command_at_ = entry.at;
    for (const std::string& field : mapped.kept_fields) {
      if (kept_fields_.empty()) first_kept_field_at_ = entry.field(field) ? entry.field(field)->at : entry.at;
      ++kept_fields_[field];
    }
    for (const std::string& macro : mapped.journal_macros)
      if (journal_macros_[macro]++ == 0 && journal_macros_.size() == 1)
        first_journal_macro_at_ = mapped.origins.count("venue.name") ? mapped.origins.at("venue.name") : entry.at;
    if (mapped.unknown_type && unknown_types_.empty()) first_unknown_type_at_ = entry.at;
    if (mapped.unknown_type) unknown_types_.insert("@" + entry.type);
    for (const std::string& warning : mapped.warnings)
      report(CVPORT_SEVERITY_WARNING, "bibtex.entry-read", entry.key, warning, entry.at);
    std::string path;
    if (mapped.software) {
      if (mapped.software->name.empty()) return left_out(entry, "title");
      path = "software[" + std::to_string(cv_.software.size()) + "]";
      kept_software_.push_back(nlohmann::json::parse(mapped.kept));
      cv_.software.push_back(std::move(*mapped.software));
    } else {
      Publication& publication = *mapped.publication;
      if (publication.title.empty()) return left_out(entry, "title");
      if (publication.authors.empty()) {
        stand_ins_.push_back(cv_.publications.size());
        report(CVPORT_SEVERITY_WARNING, "bibtex.no-author", entry.key,
               "the entry has no author or editor: the CV owner stands in, marked inferred", entry.at);
      }
      if (!entry.key.empty() && !used_keys_.insert(lower_ascii(entry.key)).second)
        report(CVPORT_SEVERITY_WARNING, "bibtex.duplicate-key", entry.key,
               "the key \"" + entry.key + "\" is used by an earlier entry too: this one gets an id of its own", entry.at);
      else
        publication.id = entry.key;
      count_owner_candidates(publication, mapped, entry);
      path = "publications[" + std::to_string(cv_.publications.size()) + "]";
      cv_.publications.push_back(std::move(publication));
    }
    record_origins(path, entry.at, mapped.origins);
  }

  // The authors who may be the CV's owner: every person named (a collaboration is not one), with
  // the spellings written in bold, which is how CV templates mark their owner.
  void count_owner_candidates(const Publication& publication, const MappedEntry& mapped, const BibEntry& entry) {
    for (size_t i = 0; i < publication.authors.size(); ++i) {
      const std::string& name = publication.authors[i].name;
      if (i < mapped.group_authors.size() && mapped.group_authors[i]) continue;
      if (i < mapped.bold_authors.size() && mapped.bold_authors[i]) bold_spellings_.insert(name);
      if (author_counts_[name]++ == 0) {
        authors_in_file_order_.push_back(name);
        first_authored_at_[name] = mapped.origins.count("authors") ? mapped.origins.at("authors") : entry.at;
      }
    }
  }

  void left_out(const BibEntry& entry, const std::string& missing) {
    report(CVPORT_SEVERITY_WARNING, "bibtex.entry-left-out", entry.key,
           "the entry has no " + missing + ", which a CV needs to show it: it is left out", entry.at);
  }

  // Where the entry and its model fields came from. They are written in key order, "publications[3]"
  // before "publications[3].authors" and so on (mapped.origins is sorted): each after the first is
  // placed next to the one before, by a hint, not by a search among the thousands of the file.
  void record_origins(const std::string& path, Position at, const std::map<std::string, Position>& fields) {
    auto located = [](Position at) { return nlohmann::json(nlohmann::json::array_t{at.line, at.column}); };
    auto& origins = context_.origins.get_ref<nlohmann::json::object_t&>();
    auto last = origins.insert_or_assign(path, located(at)).first;
    for (const auto& [field, field_at] : fields)
      last = origins.insert_or_assign(std::next(last), path + "." + field, located(field_at));
  }

  // The author of the most entries (the first of them in file order on a tie) is taken as the
  // owner, with the other spellings of their name: a personal .bib lists the owner's own papers,
  // often under "Adam Ginsburg" in one and "A. Ginsburg" in the next (cvport/owner_spellings.hpp). When
  // the file writes names in bold, the owner is among them; a collaboration is never the owner.
  // An author named only in lists cut short by "and others" is not taken: such lists name their
  // first authors only, and in a collaboration's papers the first is the same member
  // (alphabetically) whoever's CV it is.
  void choose_owner() {
    OwnerSpellings owner = choose_owner_spellings(author_counts_, authors_in_file_order_, bold_spellings_);
    auto is_owner_spelling = [&](const std::string& name) {
      return name == owner.name || std::count(owner.variants.begin(), owner.variants.end(), name) > 0;
    };
    auto in_a_complete_list = [&](const Publication& p) {
      return !p.et_al && std::any_of(p.authors.begin(), p.authors.end(),
                                     [&](const Author& author) { return is_owner_spelling(author.name); });
    };
    std::string why = "no entry names a person as its author";
    if (!owner.name.empty() && std::none_of(cv_.publications.begin(), cv_.publications.end(), in_a_complete_list)) {
      why = "the author named in the most author lists, \"" + owner.name + "\" (" + std::to_string(owner.entries) +
            "), is only named in lists cut short by \"and others\", which name their first authors only";
      owner = {};
    }
    cv_.person.name = owner.name.empty() ? "Your Name" : owner.name;
    cv_.person.name_variants = owner.variants;
    cv_.person.inferred = {"name"};
    if (!owner.variants.empty()) cv_.person.inferred.push_back("name_variants");
    for (size_t index : stand_ins_) {
      cv_.publications[index].authors = {{.name = cv_.person.name}};
      cv_.publications[index].inferred.push_back("authors");
    }
    if (owner.name.empty() && cv_.publications.empty()) return; // nothing to say of an owner of nothing
    if (owner.name.empty()) {
      report(CVPORT_SEVERITY_WARNING, "bibtex.owner-unknown", "person.name",
             "a .bib file names no CV owner, and " + why +
                 ": person.name is \"Your Name\"; write yours there, or import with --into cv.yaml to add the entries "
                 "to your CV",
             authors_in_file_order_.empty() ? Position{1, 1} : first_authored_at_.at(authors_in_file_order_.front()));
      return;
    }
    // Located where the file first names the owner, in any spelling.
    Position owner_at{1, 1};
    for (const std::string& spelling : authors_in_file_order_)
      if (is_owner_spelling(spelling)) {
        owner_at = first_authored_at_.at(spelling);
        break;
      }
    std::string how = bold_spellings_.empty() ? "named in the most author lists"
                                              : "written in bold, as CV templates mark their owner, and named in the most "
                                                "author lists of those in bold";
    std::string message = "a .bib file names no CV owner: \"" + cv_.person.name + "\", " + how + " (" +
                          std::to_string(owner.entries) + "), is taken as person.name";
    if (!owner.variants.empty()) {
      std::vector<std::string> spellings;
      for (const std::string& variant : owner.variants)
        spellings.push_back("\"" + variant + "\" (" + std::to_string(author_counts_.at(variant)) + ")");
      message += ", with the spellings " + some_of(spellings) + " as person.name_variants";
    }
    report(CVPORT_SEVERITY_NOTE, "bibtex.owner-inferred", "person.name",
           message + ", marked inferred; import with --into cv.yaml to add the entries to your CV instead", owner_at);
  }

  void report_summary() {
    if (!kept_fields_.empty()) {
      std::vector<std::string> names;
      for (const auto& [name, count] : kept_fields_) names.push_back(name + " (" + std::to_string(count) + ")");
      report(CVPORT_SEVERITY_NOTE, "bibtex.fields-kept", "",
             "fields the CV model has no place for, or that the entry's type takes nothing from (an editor next to "
             "the author), are kept as written in each entry's extra.bibtex: " +
                 some_of(names),
             first_kept_field_at_);
    }
    if (!unknown_types_.empty())
      report(CVPORT_SEVERITY_WARNING, "bibtex.unknown-type", "",
             "entry types read as \"other\": " +
                 some_of(std::vector<std::string>(unknown_types_.begin(), unknown_types_.end())),
             first_unknown_type_at_);
    if (!unknown_commands_.empty())
      report(CVPORT_SEVERITY_WARNING, "bibtex.unknown-latex", "",
             "LaTeX commands with no Unicode equivalent known (their text is kept, the command dropped): " +
                 some_of(std::vector<std::string>(unknown_commands_.begin(), unknown_commands_.end())),
             first_unknown_command_at_);
    if (!journal_macros_.empty()) {
      std::vector<std::string> macros;
      for (const auto& [macro, count] : journal_macros_) macros.push_back(macro + " (" + std::to_string(count) + ")");
      report(CVPORT_SEVERITY_NOTE, "bibtex.journal-macro", "",
             "journals named by the AAS journal macros NASA ADS writes are read as the journals' titles: " +
                 some_of(macros),
             first_journal_macro_at_);
    }
    if (parents_left_out_ > 0)
      report(CVPORT_SEVERITY_NOTE, "bibtex.parents-left-out", "",
             std::to_string(parents_left_out_) +
                 " entries only serve as crossref or xdata parents: their fields are in the entries that "
                 "name them, and they are not publications of their own",
             first_parent_at_);
  }

  sdk::ImportContext& context_;
  sdk::Diagnostics& diagnostics_;
  Cv cv_;
  UnknownCommands unknown_commands_;
  std::map<std::string, size_t> kept_fields_;
  std::map<std::string, size_t> journal_macros_; // \apj -> the entries whose venue it named
  std::set<std::string> unknown_types_;
  std::set<std::string> used_keys_;
  std::map<std::string, size_t> author_counts_; // the persons named, not the collaborations
  std::set<std::string> bold_spellings_;
  std::vector<std::string> authors_in_file_order_;
  std::vector<size_t> stand_ins_;
  size_t parents_left_out_ = 0;
  // Where each summary message is located: the first place in the file that shows it.
  std::map<std::string, Position> first_authored_at_;
  Position first_journal_macro_at_{1, 1};
  Position first_kept_field_at_{1, 1}, first_unknown_type_at_{1, 1}, first_unknown_command_at_{1, 1},
      first_parent_at_{1, 1};
  nlohmann::json kept_software_ = nlohmann::json::array(); // software[i]'s kept fields, by index
};

} // namespace

Cv read_bibtex(sdk::ImportContext& context) { return BibReader(context).read(); }

bool detect_bibtex(std::string_view input) { return bibtex_entry_at(input).has_value(); }

} // namespace cvport::bibtex
