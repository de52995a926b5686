// Merging imported CVs without duplicates (`cvport import a.xml b.bib --into cv.yaml`).
//
// A publication is the same as one already there when they share a normalised identifier (DOI,
// arXiv id, PubMed id, or a book's ISBN), or else the same normalised title and year. A match is not added again:
// the two are merged, the more complete one kept and its gaps filled from the other (the CV
// given with --into always keeps its own values: the user edited them), identifiers joined.
// Work, education and volunteering match on organisation and start date, software on its DOI
// or name; the other sections add what is not there word for word. Every decision goes into
// the report: what matched what (and on which key), what is new, and what conflicts (a match
// whose years, or DOIs, differ).
#ifndef CVPORT_IMPORT_MERGE_HPP
#define CVPORT_IMPORT_MERGE_HPP

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "cvport/model.hpp"

namespace cvport {

struct MergeEvent {
  enum class Kind { matched, added, conflict };
  Kind kind = Kind::added;
  std::string source;      // the file the entry came from
  std::string source_path; // its model path there: "publications[4]"
  std::string title;       // the entry's title or name, to recognise it
  std::string merged_path; // where it is in the merged CV: "publications[2]"
  std::string matched;     // for a match or conflict: "cv.yaml publications[2]"
  std::string key;         // what matched: "doi 10.1/x", "arxiv 2101.00001", "title and year"
  std::string detail;      // a conflict: "year 2020 here, 2021 in papers.bib"
};

std::string_view merge_event_kind_name(MergeEvent::Kind kind); // "matched", "new", "conflict"

class CvMerger {
public:
  // `base` is the CV the others merge into; `base_is_users` when it is the --into CV, whose
  // values always stay.
  CvMerger(Cv base, std::string base_name, bool base_is_users);

  void merge(const Cv& addition, const std::string& source_name);

  // Whether merging `incoming`'s person into `base`'s takes nothing from it: its name was
  // inferred by an importer (a .bib names no owner) and the base's was not.
  static bool person_gives_way(const Person& base, const Person& incoming);

  // Whether an imported CV adds nothing to a merge: no entry, nothing kept, and a person its
  // importer only stood in for (a .bib of @string definitions alone, read for the files after it).
  // Its stand-in must not become the merged CV's person.
  static bool adds_nothing(const Cv& imported);

  // The merged CV: the owner's stand-in authors renamed to the final person.name. When several
  // inputs each guessed their owner (their importers marked person.name inferred), the owner is
  // guessed again across them (choose_owner_across_inputs); an input's author marks made for a
  // guess that is not the merged owner follow the merged owner (mark_authors_by_the_owner).
  Cv take();
  const std::vector<MergeEvent>& events() const { return events_; }

  // After take(): when the owner was guessed across several inputs, what was decided, for a note
  // ("\"Jane Doe\", named in 12 of the 12 publications' author lists ..."); else "".
  const std::string& owner_choice() const { return owner_choice_; }
  // The input whose guess was chosen.
  const std::string& owner_choice_source() const { return owner_choice_source_; }
  // The inputs whose importer guessed the owner: their own messages about person.name no longer
  // apply once owner_choice() is said.
  const std::vector<std::string>& guessed_owner_sources() const { return guessed_sources_; }

private:
  struct Origin {
    std::string source;
    std::string path;
    bool users = false;
  };
  // The match keys of a section's entries, each computed once, and for each key the entries that
  // have it: several hundred inputs (one cite.bib per paper) are merged in linear time, where
  // computing every entry's keys again for each incoming one was quadratic.
  struct KeyIndex {
    std::vector<std::vector<std::string>> keys;                        // by entry
    std::unordered_map<std::string, std::set<size_t>> entries_by_key;  // the first has precedence
    void set(size_t entry, std::vector<std::string> entry_keys);
    size_t first_with(const std::string& key) const; // SIZE_MAX when none
  };
  template <class T, class KeyFn, class FillFn>
  void merge_section(std::vector<T>& mine, std::vector<Origin>& origins, KeyIndex& index, const std::vector<T>& theirs,
                     std::string_view section, const std::string& source, KeyFn keys, FillFn fill);
  void merge_person(const Person& person);
  void note_guessed_owner(const Person& person, const std::string& source);
  void choose_owner_across_inputs();
  void mark_authors_by_the_owner();
  // The merged publications that came from inputs whose importer guessed the owner, without the
  // stand-ins (an entry with no author, given the owner's name).
  std::vector<size_t> guessed_publications() const;

  // An owner an importer guessed for its input (a .bib names none), in input order.
  struct GuessedOwner {
    std::string name;
    std::vector<std::string> variants;
    std::string source;
  };

  Cv cv_;
  std::vector<GuessedOwner> guessed_owners_;
  std::vector<std::string> guessed_sources_;
  std::string owner_choice_, owner_choice_source_;
  std::vector<Origin> publication_origins_, work_origins_, education_origins_, volunteer_origins_, software_origins_,
      other_origins_;
  KeyIndex publication_keys_, work_keys_, education_keys_, volunteer_keys_, software_keys_;
  std::vector<MergeEvent> events_;
};

// The identifiers a publication is known by, normalised: "doi 10.1145/x" (lower case),
// "arxiv 2101.00001" (no version), "pmid 31452104", "isbn 9780262033848" (ISBN-10 as ISBN-13;
// a book's only: the chapters and papers of one book share its ISBN). From its doi, arxiv, pmid,
// isbn and url, and any "isbn", "eprint" or "arxiv" member of its extra (files imported before
// the model had the fields keep them there).
std::vector<std::string> publication_identifiers(const Publication& publication);
// Title and year as compared when no identifier matches: letters and digits only, lower case.
std::string publication_title_key(const Publication& publication);

} // namespace cvport

#endif
