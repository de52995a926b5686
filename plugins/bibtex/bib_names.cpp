#include "bib_names.hpp"

#include <btparse.h>

#include <cctype>
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

// libbtparse 0.89's bt_split_name fills a name's parts with pointers past its token array (a crash
// found by fuzzing) in two cases, so the commas concerned, outside braces, become spaces first:
// - a third comma ("King, Jr., Martin, L."): a BibTeX name has at most two ("von Last, Jr, First");
// - a comma with nothing before it since the start or the previous comma (",Jorg", "Last, , First"):
//   find_tokens (names.c) counts no token for the empty part, so the parts after it are off by
//   one. BibTeX reads such a part as empty, which is what the name without that comma gives.
// An unclosed brace, which also leaves pointers past the array, is closed at the end.
void make_readable_by_btparse(std::string& item) {
  int depth = 0, commas = 0;
  bool part_empty = true; // nothing but spaces since the start or the last comma kept
  for (char& c : item) {
    if (c == '{') ++depth;
    else if (c == '}' && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      if (part_empty || commas == 2) {
        c = ' ';
      } else {
        ++commas;
        part_empty = true;
      }
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') part_empty = false;
  }
  item.append(size_t(depth), '}');
}

// BibTeX cuts a list short with "and others"; exports write "and et al." too (NASA ADS, when it
// leaves authors out), and "et~al.", "{et al.}": the same, not an author called "et al.".
bool says_et_al(std::string_view item) {
  size_t first = item.find_first_not_of(" {");
  if (first == std::string_view::npos || (item[first] != 'e' && item[first] != 'E')) return false;
  std::vector<std::string> words(1);
  for (char c : item) {
    if (c == '{' || c == '}') continue;
    if (c == ' ' || c == '~' || c == '.' || c == '\t' || c == '\n' || c == '\r') {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (words.back().empty()) words.pop_back();
  return words == std::vector<std::string>{"et", "al"};
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
    if (item == "others" || says_et_al(item)) {
      list.et_al = true;
      continue;
    }
    if (std::string extended = extended_name(item); !extended.empty()) {
      list.names.push_back(latex_to_unicode(extended, unknown, Scripts::as_written));
      continue;
    }
    make_readable_by_btparse(item);
    if (item.find_first_not_of(" \t\n\r") == std::string::npos) continue; // nothing but commas
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
    std::string decoded = latex_to_unicode(printed, unknown, Scripts::as_written);
    if (!decoded.empty()) list.names.push_back(std::move(decoded));
  }
  return list;
}

} // namespace cvport::bibtex
