#include "bib_names.hpp"

#include <btparse.h>

#include <map>
#include <memory>

namespace cvport::bibtex {

namespace {

std::string join_part(const bt_name& name, bt_namepart part) {
  std::string text;
  if (!name.parts[part]) return text; // btparse leaves an empty part without its array
  for (int i = 0; i < name.part_len[part]; ++i) {
    if (!name.parts[part][i]) continue;
    if (!text.empty()) text += ' ';
    text += name.parts[part][i];
  }
  return text;
}

// BibLaTeX's extended name format: "family=Felice, given=Giovanni, prefix=de, useprefix=true".
// btparse knows only BibTeX's forms, so these are read here. Empty when `item` is not one.
std::string extended_name(const std::string& item) {
  if (item.find("family=") == std::string::npos && item.find("family =") == std::string::npos) return {};
  std::map<std::string, std::string> parts;
  size_t start = 0;
  while (start < item.size()) {
    size_t comma = std::min(item.find(',', start), item.size());
    std::string part = item.substr(start, comma - start);
    size_t equals = part.find('=');
    if (equals != std::string::npos) {
      auto trim = [](std::string text) {
        text.erase(0, text.find_first_not_of(' '));
        text.erase(text.find_last_not_of(' ') + 1);
        return text;
      };
      parts[trim(part.substr(0, equals))] = trim(part.substr(equals + 1));
    }
    start = comma + 1;
  }
  std::string printed;
  for (const char* key : {"given", "prefix", "family"})
    if (!parts[key].empty()) printed += (printed.empty() ? "" : " ") + parts[key];
  if (!parts["suffix"].empty()) printed += ", " + parts["suffix"];
  return printed;
}

// BibTeX names have at most two commas ("von Last, Jr, First"). Given more ("King, Jr.,,"),
// libbtparse 0.89 fills the name's parts with pointers it never set (a crash found by fuzzing),
// so the commas after the second, outside braces, become spaces, as BibTeX reads no part there.
void drop_extra_commas(std::string& item) {
  int depth = 0, commas = 0;
  for (char& c : item) {
    if (c == '{') ++depth;
    else if (c == '}' && depth > 0) --depth;
    else if (c == ',' && depth == 0 && ++commas > 2) c = ' ';
  }
}

} // namespace

NameList split_names(const std::string& value, UnknownCommands* unknown) {
  NameList list;
  std::string buffer = value;
  char delimiter[] = "and";
  char description[] = "name";
  std::unique_ptr<bt_stringlist, void (*)(bt_stringlist*)> items(
      bt_split_list(buffer.data(), delimiter, nullptr, 0, description), &bt_free_list);
  if (!items) return list;
  for (int i = 0; i < items->num_items; ++i) {
    if (!items->items[i]) continue;
    std::string item = items->items[i];
    if (item == "others") {
      list.et_al = true;
      continue;
    }
    if (std::string extended = extended_name(item); !extended.empty()) {
      list.names.push_back(latex_to_unicode(extended, unknown));
      continue;
    }
    drop_extra_commas(item);
    std::unique_ptr<bt_name, void (*)(bt_name*)> name(bt_split_name(item.data(), nullptr, 0, i + 1), &bt_free_name);
    if (!name) continue;
    std::string printed;
    for (bt_namepart part : {BTN_FIRST, BTN_VON, BTN_LAST}) {
      std::string text = join_part(*name, part);
      if (text.empty()) continue;
      if (!printed.empty()) printed += ' ';
      printed += text;
    }
    if (std::string jr = join_part(*name, BTN_JR); !jr.empty()) printed += ", " + jr;
    std::string decoded = latex_to_unicode(printed, unknown);
    if (!decoded.empty()) list.names.push_back(std::move(decoded));
  }
  return list;
}

} // namespace cvport::bibtex
