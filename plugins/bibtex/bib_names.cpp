#include "bib_names.hpp"

#include <btparse.h>

#include <memory>

namespace cvport::bibtex {

namespace {

std::string join_part(const bt_name& name, bt_namepart part) {
  std::string text;
  for (int i = 0; i < name.part_len[part]; ++i) {
    if (i > 0) text += ' ';
    text += name.parts[part][i];
  }
  return text;
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
