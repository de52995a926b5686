#include "bib_record.hpp"

#include <algorithm>

namespace bibtex {

void BibRecord::add(std::string name, std::string value) {
  if (!value.empty()) fields.push_back({std::move(name), std::move(value), false});
}

void BibRecord::add_bare(std::string name, std::string value) {
  if (!value.empty()) fields.push_back({std::move(name), std::move(value), true});
}

std::string render_record(const BibRecord& record) {
  size_t width = 0;
  for (const BibField& field : record.fields) width = std::max(width, field.name.size());
  std::string text = "@" + record.type + "{" + record.key + ",\n";
  for (const BibField& field : record.fields) {
    text += "  " + field.name + std::string(width - field.name.size(), ' ') + " = ";
    text += field.bare ? field.value : "{" + field.value + "}";
    text += ",\n";
  }
  return text + "}\n\n";
}

} // namespace bibtex
