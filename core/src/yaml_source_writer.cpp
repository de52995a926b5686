#include "yaml_source_writer.hpp"

#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/normalize.hpp"
#include "cvport/utf8.hpp"
#include "yaml_emitter.hpp"
#include "yaml_scalar_types.hpp"

namespace cvport {

namespace {

// Lines are kept to about this many columns: lists go to flow style only if they fit, and
// longer free text is folded.
constexpr size_t kLineWidth = 100;
// Folded text breaks at the first space past its width, so it aims a little lower.
constexpr int kFoldWidth = 80;
// Text longer than this is a paragraph, folded over lines (a title just over the line width is
// easier to read and edit on one line).
constexpr size_t kFoldAbove = 120;
// A list goes to flow style only if every item is at most this long ("[C++, CUDA]").
constexpr size_t kShortItem = 28;

// ---- the present fields of a struct ----------------------------------------------------------

using detail::has_canonical_value;

template <class Visit> struct PresentFieldVisitor {
  Visit& visit;
  template <class U> void field(const Field& info, const U& field_value) {
    // Whether kept members are present takes parsing their JSON, which the visit does anyway.
    if constexpr (std::is_same_v<U, Extra>) {
      if (!field_value.empty()) visit(info, field_value);
    } else if (has_canonical_value(field_value)) {
      visit(info, field_value);
    }
  }
};

// Calls `visit(info, value)` for each present field of `value`, in describe() order; for the
// members kept as JSON (Extra), for each with text, whose JSON may still hold none.
template <class T, class Visit> void for_each_present_field(const T& value, Visit&& visit) {
  PresentFieldVisitor<std::remove_reference_t<Visit>> visitor{visit};
  describe(visitor, const_cast<T&>(value));
}

// ---- the model, walked field by field -------------------------------------------------------------

// Where a value goes: `prefix` characters precede it on its line ("  title: "), and a block
// mapping or list inside it starts at column `indent`, inside `lists` block lists.
struct Slot {
  TextKind kind = TextKind::plain;
  size_t prefix = 0;
  size_t indent = 0;
  int lists = 0;
  bool is_item = false;
};

bool is_date(TextKind kind) { return kind == TextKind::date || kind == TextKind::end_date; }

// CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR: line breaks to YAML, which it reads as '\n'.
bool has_other_line_break(const std::string& text) {
  return text.find('\r') != std::string::npos || text.find("\xC2\x85") != std::string::npos ||
         text.find("\xE2\x80\xA8") != std::string::npos || text.find("\xE2\x80\xA9") != std::string::npos;
}

// Text that libyaml cannot write plain in a flow list costs two quotes.
size_t flow_item_width(const std::string& text) {
  bool quoted = plain_scalar_is_not_text(text) || text.find_first_of(",[]{}#:&*!|>'\"%@`?-") != std::string::npos ||
                text.front() == ' ' || text.back() == ' ';
  return count_code_points(text) + (quoted ? 2 : 0);
}

// Whether a list's items, as text, fit on the line after `prefix` as "[a, b]": each short and on
// one line.
class FlowWidth {
public:
  explicit FlowWidth(size_t prefix) : width_(prefix + 2) {}
  // Adds an item; false when it cannot go in a flow list.
  bool add(const std::string& text) {
    if (text.empty() || count_code_points(text) > kShortItem || text.find('\n') != std::string::npos) return false;
    width_ += flow_item_width(text) + 2;
    return true;
  }
  bool fits() const { return width_ <= kLineWidth; }

private:
  size_t width_;
};

class SourceWriter {
public:
  SourceWriter(YamlEmitter& emitter, const OwnerNames& owner) : emitter_(emitter), owner_(owner) {}

  void write_cv(const Cv& cv) {
    emitter_.start_mapping();
    write_fields(cv, 0, 0);
    emitter_.end_mapping();
  }

private:
  // The present fields in describe() order, less the implied ones.
  template <class T> void write_fields(const T& value, size_t indent, int lists) {
    for_each_present_field(value, [&](const Field& info, const auto& field_value) {
      if (is_implied(value, info.name)) return;
      Slot slot = member_slot(info.name, info.kind, indent, lists);
      if constexpr (std::is_same_v<std::decay_t<decltype(field_value)>, Extra>) {
        Json kept = detail::value_to_json(field_value);
        if (kept.is_null()) return;
        write_key(info.name);
        write_value(kept, slot);
      } else {
        write_key(info.name);
        write_field(field_value, slot);
      }
    });
  }

  void write_key(std::string_view key) {
    emitter_.scalar(key, plain_scalar_is_not_text(key) ? YamlScalarStyle::single_quoted : YamlScalarStyle::any);
  }

  static Slot member_slot(std::string_view key, TextKind kind, size_t indent, int lists) {
    return {.kind = kind, .prefix = indent + count_code_points(key) + 2, .indent = indent + 2, .lists = lists};
  }

  template <class T> void write_field(const T& value, const Slot& slot) {
    if constexpr (std::is_same_v<T, std::string>) {
      write_text(value, slot);
    } else if constexpr (std::is_same_v<T, bool>) {
      emitter_.scalar("true", YamlScalarStyle::plain);
    } else if constexpr (std::is_same_v<T, Date>) {
      write_text(format_date(value), slot);
    } else if constexpr (std::is_same_v<T, Extra>) {
      static_assert(!std::is_same_v<T, Extra>, "write_fields writes the members kept as JSON");
    } else if constexpr (detail::is_vector<T>::value) {
      write_list(value, slot);
    } else if (const std::string* text = shorthand(value)) {
      write_text(*text, slot);
    } else {
      emitter_.start_mapping();
      write_fields(value, slot.indent, slot.lists);
      emitter_.end_mapping();
    }
  }

  template <class U> void write_list(const std::vector<U>& list, const Slot& slot) {
    emitter_.start_sequence(fits_in_flow(list, slot));
    Slot item{.kind = slot.kind, .prefix = slot.indent + 2, .indent = slot.indent + 2, .lists = slot.lists + 1, .is_item = true};
    for (const U& value : list) {
      if (has_canonical_value(value))
        write_field(value, item);
      else
        write_empty(true); // the canonical JSON keeps an absent item as {}
    }
    emitter_.end_sequence();
  }

  // Short items that fit on the line: "keywords: [C++, CUDA]".
  template <class U> bool fits_in_flow(const std::vector<U>& list, const Slot& slot) const {
    FlowWidth width(slot.prefix);
    for (const U& value : list) {
      if (!has_canonical_value(value)) return false; // {}
      if constexpr (std::is_same_v<U, std::string>) {
        if (!width.add(value)) return false;
      } else if constexpr (std::is_same_v<U, Date>) {
        if (!width.add(format_date(value))) return false;
      } else if constexpr (detail::Described<U>) {
        const std::string* text = shorthand(value);
        if (!text || !width.add(*text)) return false;
      } else {
        return false; // a list, or members kept as JSON
      }
    }
    return width.fits();
  }

  void write_empty(bool mapping) {
    if (mapping) {
      emitter_.start_mapping();
      emitter_.end_mapping();
    } else {
      emitter_.start_sequence(true);
      emitter_.end_sequence();
    }
  }

  void write_text(const std::string& text, const Slot& slot) {
    if (is_date(slot.kind)) {
      // 2024, 2019-09, 2019-09-01, present: plain, as people write dates.
      emitter_.scalar(text, YamlScalarStyle::plain);
    } else if (has_other_line_break(text)) {
      // YAML reads these as line breaks and turns them into '\n'; escaped, they stay as they are.
      emitter_.scalar(text, YamlScalarStyle::double_quoted);
    } else if (text.find('\n') != std::string::npos) {
      emitter_.scalar(text, YamlScalarStyle::literal); // line breaks kept as written
    } else if (plain_scalar_is_not_text(text)) {
      emitter_.scalar(text, YamlScalarStyle::single_quoted);
    } else if (!slot.is_item && count_code_points(text) > kFoldAbove) {
      // The emitter indents each list under a key by two more columns than the libyaml columns
      // it folds at.
      emitter_.scalar(text, YamlScalarStyle::folded, kFoldWidth - 2 * slot.lists);
    } else {
      emitter_.scalar(text, YamlScalarStyle::any);
    }
  }

  // A member the reader sets by itself, so the file is better without it: `model_version` when
  // it is this cvport's (optional in sources), and `self: true` on an author the reader marks as
  // the owner by name (writing it would keep the list from being a list of names).
  template <class T> bool is_implied(const T& value, std::string_view key) const {
    if constexpr (std::is_same_v<T, Cv>)
      return key == "model_version" && value.model_version == kModelVersion;
    else if constexpr (std::is_same_v<T, Author>)
      return key == "self" && value.self && !value.name.empty() && owner_.match(value.name);
    else
      return false;
  }

  // The text a struct with only its shorthand field can be written as ("name: X" as "X").
  template <class T> const std::string* shorthand(const T& value) const {
    if constexpr (!detail::HasShorthand<T>) {
      return nullptr;
    } else {
      const std::string* text = nullptr;
      bool other = false;
      for_each_present_field(value, [&](const Field& info, const auto& field_value) {
        if (is_implied(value, info.name) || !has_canonical_value(field_value)) return;
        if constexpr (std::is_same_v<std::decay_t<decltype(field_value)>, std::string>)
          if (!text && info.name == T::shorthand_field) {
            text = &field_value;
            return;
          }
        other = true;
      });
      return other ? nullptr : text;
    }
  }

  // ---- members kept as JSON (Extra): any JSON value as the same YAML ----

  void write_value(const Json& value, const Slot& slot) {
    if (value.is_object()) {
      if (value.empty()) return write_empty(true);
      emitter_.start_mapping();
      for (const auto& [key, member] : value.items()) {
        write_key(key);
        write_value(member, member_slot(key, TextKind::plain, slot.indent, slot.lists));
      }
      emitter_.end_mapping();
    } else if (value.is_array()) {
      if (value.empty()) return write_empty(false);
      emitter_.start_sequence(fits_in_flow(value, slot));
      Slot item{.prefix = slot.indent + 2, .indent = slot.indent + 2, .lists = slot.lists + 1, .is_item = true};
      for (const Json& member : value) write_value(member, item);
      emitter_.end_sequence();
    } else if (value.is_string()) {
      write_text(value.get_ref<const std::string&>(), slot);
    } else {
      emitter_.scalar(value.dump(), YamlScalarStyle::plain); // a number, true, false or null
    }
  }

  bool fits_in_flow(const Json& list, const Slot& slot) const {
    FlowWidth width(slot.prefix);
    for (const Json& item : list) {
      if (item.is_object() || item.is_array()) return false;
      if (!width.add(item.is_string() ? item.get<std::string>() : item.dump())) return false;
    }
    return width.fits();
  }

  YamlEmitter& emitter_;
  const OwnerNames& owner_;
};

} // namespace

std::string write_yaml_source(std::string_view model_json, std::string_view schema) {
  return write_yaml_source(cv_from_json_text(model_json), schema);
}

std::string write_yaml_source(const Cv& cv, std::string_view schema) {
  OwnerNames owner(cv.person);
  YamlEmitter emitter(YamlLayout::cvport_source);
  SourceWriter(emitter, owner).write_cv(cv);
  return "# yaml-language-server: $schema=" + std::string(schema) + "\n\n" + emitter.finish();
}

} // namespace cvport
