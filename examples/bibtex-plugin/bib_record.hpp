// One BibTeX entry, "@inproceedings{key, field = {value}, ...}", and how it is written.
#ifndef BIBTEX_BIB_RECORD_HPP
#define BIBTEX_BIB_RECORD_HPP

#include <string>
#include <vector>

namespace bibtex {

struct BibField {
  std::string name;
  std::string value; // already encoded for BibTeX (latex_text.hpp)
  bool bare = false; // a macro such as the month "nov", written without braces
};

struct BibRecord {
  std::string type; // "inproceedings"
  std::string key;
  std::vector<BibField> fields; // in the order written

  // Adds a field unless its value is empty.
  void add(std::string name, std::string value);
  void add_bare(std::string name, std::string value);
};

// The entry's text: fields one a line, names padded so the "=" signs line up, a blank line after.
std::string render_record(const BibRecord& record);

} // namespace bibtex

#endif
