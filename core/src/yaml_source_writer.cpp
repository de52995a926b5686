#include "yaml_source_writer.hpp"

#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
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

// ---- what describe() says about each struct ---------------------------------------------------

struct TypeShape;

struct FieldShape {
  std::string_view name;
  TextKind kind = TextKind::plain;
  const TypeShape* type = nullptr; // the struct of an object field or of a list's items
};

struct TypeShape {
  std::string_view shorthand; // the field a plain string stands for, if any
  std::vector<FieldShape> fields;
  const FieldShape* find(std::string_view name) const {
    for (const FieldShape& field : fields)
      if (field.name == name) return &field;
    return nullptr;
  }
};

template <class T> const TypeShape& shape_of();

struct ShapeCollector {
  TypeShape& shape;
  template <class U> void field(const Field& info, U&);
};

// A type the writer knows the fields of. Any other type (text, dates, flags, or a value kept as
// JSON) is written from its JSON as it stands.
template <class T>
concept DescribedStruct = std::is_class_v<T> && requires(ShapeCollector& collector, T& value) {
  describe(collector, value);
};

template <class U> const TypeShape* nested_shape() {
  if constexpr (detail::is_vector<U>::value)
    return nested_shape<typename U::value_type>();
  else if constexpr (DescribedStruct<U>)
    return &shape_of<U>();
  else
    return nullptr;
}

template <class U> void ShapeCollector::field(const Field& info, U&) {
  shape.fields.push_back({info.name, info.kind, nested_shape<U>()});
}

// The model has no recursive types, so building one shape never needs itself.
template <class T> const TypeShape& shape_of() {
  static const TypeShape shape = [] {
    TypeShape built;
    if constexpr (detail::HasShorthand<T>) built.shorthand = T::shorthand_field;
    ShapeCollector collector{built};
    T probe{};
    describe(collector, probe);
    return built;
  }();
  return shape;
}

// ---- the model, walked with its shapes ----------------------------------------------------------

// Where a value goes: `prefix` characters precede it on its line ("  title: "), and a block
// mapping or list inside it starts at column `indent`, inside `lists` block lists.
struct Slot {
  const TypeShape* type = nullptr;
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

class SourceWriter {
public:
  SourceWriter(YamlEmitter& emitter, const OwnerNames& owner) : emitter_(emitter), owner_(owner) {}

  void write_cv(const Json& cv) {
    emitter_.start_mapping();
    write_members(cv, &shape_of<Cv>(), 0, 0);
    emitter_.end_mapping();
  }

private:
  void write_value(const Json& value, const Slot& slot) {
    if (value.is_object()) {
      if (const Json* text = shorthand(value, slot.type)) return write_text(text->get<std::string>(), slot);
      if (value.empty()) return write_empty(true);
      emitter_.start_mapping();
      write_members(value, slot.type, slot.indent, slot.lists);
      emitter_.end_mapping();
    } else if (value.is_array()) {
      write_list(value, slot);
    } else if (value.is_string()) {
      write_text(value.get<std::string>(), slot);
    } else {
      emitter_.scalar(value.dump(), YamlScalarStyle::plain); // a number, true, false or null
    }
  }

  // The fields in describe() order, then members the model does not describe, in their order.
  void write_members(const Json& object, const TypeShape* type, size_t indent, int lists) {
    if (type)
      for (const FieldShape& field : type->fields)
        if (auto member = object.find(std::string(field.name)); member != object.end() && !is_implied(object, type, field.name))
          write_member(member.key(), *member, &field, indent, lists);
    for (const auto& [key, member] : object.items())
      if (!type || !type->find(key)) write_member(key, member, nullptr, indent, lists);
  }

  void write_member(const std::string& key, const Json& value, const FieldShape* field, size_t indent, int lists) {
    emitter_.scalar(key, plain_scalar_is_not_text(key) ? YamlScalarStyle::single_quoted : YamlScalarStyle::any);
    Slot slot{.type = field ? field->type : nullptr,
              .kind = field ? field->kind : TextKind::plain,
              .prefix = indent + count_code_points(key) + 2,
              .indent = indent + 2,
              .lists = lists};
    write_value(value, slot);
  }

  void write_list(const Json& list, const Slot& slot) {
    if (list.empty()) return write_empty(false);
    emitter_.start_sequence(fits_in_flow(list, slot));
    Slot item{.type = slot.type,
              .kind = slot.kind,
              .prefix = slot.indent + 2,
              .indent = slot.indent + 2,
              .lists = slot.lists + 1,
              .is_item = true};
    for (const Json& value : list) write_value(value, item);
    emitter_.end_sequence();
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
  bool is_implied(const Json& object, const TypeShape* type, std::string_view key) const {
    if (type == &shape_of<Cv>() && key == "model_version") return object.value("model_version", "") == kModelVersion;
    if (type != &shape_of<Author>() || key != "self" || object.value("self", false) != true) return false;
    auto name = object.find("name");
    return name != object.end() && name->is_string() && owner_.match(name->get<std::string>());
  }

  // The text a struct with only its shorthand field can be written as ("name: X" as "X").
  const Json* shorthand(const Json& object, const TypeShape* type) const {
    if (!type || type->shorthand.empty()) return nullptr;
    const Json* text = nullptr;
    for (const auto& [key, value] : object.items()) {
      if (is_implied(object, type, key)) continue;
      if (text || key != type->shorthand || !value.is_string()) return nullptr;
      text = &value;
    }
    return text;
  }

  // Short items that fit on the line: "keywords: [C++, CUDA]".
  bool fits_in_flow(const Json& list, const Slot& slot) const {
    size_t width = slot.prefix + 2;
    for (const Json& value : list) {
      const Json* shorthand_text = value.is_object() ? shorthand(value, slot.type) : nullptr;
      const Json& item = shorthand_text ? *shorthand_text : value;
      if (item.is_object() || item.is_array()) return false;
      std::string text = item.is_string() ? item.get<std::string>() : item.dump();
      if (text.empty() || count_code_points(text) > kShortItem || text.find('\n') != std::string::npos) return false;
      width += flow_item_width(text) + 2;
    }
    return width <= kLineWidth;
  }

  YamlEmitter& emitter_;
  const OwnerNames& owner_;
};

} // namespace

std::string write_yaml_source(std::string_view model_json, std::string_view schema) {
  return write_yaml_source(Json::parse(model_json.begin(), model_json.end()), schema);
}

std::string write_yaml_source(const Json& cv, std::string_view schema) {
  Person person;
  if (const Json& read = cv.value("person", Json::object()); read.is_object()) {
    person.name = read.value("name", "");
    for (const Json& variant : read.value("name_variants", Json::array()))
      if (variant.is_string()) person.name_variants.push_back(variant.get<std::string>());
  }
  OwnerNames owner(person);
  YamlEmitter emitter(YamlLayout::cvport_source);
  SourceWriter(emitter, owner).write_cv(cv);
  return "# yaml-language-server: $schema=" + std::string(schema) + "\n\n" + emitter.finish();
}

} // namespace cvport
