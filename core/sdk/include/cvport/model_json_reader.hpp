// Reading the model's canonical JSON straight into a Cv, as every plugin does once per export.
//
// The text is read with nlohmann's SAX interface: each value goes directly into its field, with
// no JSON DOM in between. Parsing into a DOM and then converting it (the former from_json) cost
// each plugin about twice as much (docs/performance.md). Absent or null fields are left empty, unknown fields are skipped (a newer minor model version may add some), and a wrong
// type throws ModelJsonError naming the field's path ("work[1].start: expected a date string").
#ifndef CVPORT_MODEL_JSON_READER_HPP
#define CVPORT_MODEL_JSON_READER_HPP

#include <deque>
#include <vector>
#include <string>
#include <string_view>

#include "cvport/model_json.hpp"

namespace cvport {

namespace detail {

struct SaxFrame;

// How to put JSON values into one C++ type of the model; one table per type.
struct SaxOps {
  void (*string)(SaxFrame& frame, std::string& text);
  void (*boolean)(SaxFrame& frame, bool value);
  bool (*start_object)(SaxFrame& frame);                         // false: not an object here
  bool (*start_array)(SaxFrame& frame);                          // false: not a list here
  bool (*key)(SaxFrame& frame, std::string_view name, SaxFrame& child); // false: unknown field
  void (*new_item)(SaxFrame& frame, SaxFrame& child);           // a list's next item
  const char* expected; // what the type is, for errors: "a string", "a list", ...
};

// One value being read: where it goes, how, and where it is in the model.
struct SaxFrame {
  void* target = nullptr;
  const SaxOps* ops = nullptr; // null: an unknown field being skipped
  ModelPath path;
  bool in_list = false; // a list item (null is an error there) rather than a field (null = absent)
  enum class State { value, object, list } state = State::value;
  int skip_depth = 0; // for a skipped value: how deep inside it the reader is
};

[[noreturn]] inline void sax_type_error(const SaxFrame& frame) {
  throw ModelJsonError(frame.path.text() + ": expected " + frame.ops->expected);
}

template <class T> const SaxOps& sax_ops();

template <class T> SaxFrame sax_frame(T& value, const ModelPath& path) {
  SaxFrame frame;
  frame.target = &value;
  frame.ops = &sax_ops<T>();
  frame.path = path;
  return frame;
}

// Finds the field called `name` in a described struct and makes a frame for it.
struct SaxFieldFinder {
  std::string_view name;
  const ModelPath& parent;
  SaxFrame& child;
  bool found = false;
  template <class U> void field(const Field& info, U& value) {
    if (found || info.name != name) return;
    found = true;
    child = sax_frame(value, parent.field(info.name));
  }
};

template <class T> const SaxOps& sax_ops() {
  static const SaxOps ops = [] {
    SaxOps o{};
    o.string = [](SaxFrame& frame, std::string& text) {
      T& value = *static_cast<T*>(frame.target);
      if constexpr (std::is_same_v<T, std::string>) {
        value = std::move(text);
      } else if constexpr (std::is_same_v<T, Date>) {
        auto parsed = parse_date(text, true);
        if (!parsed)
          throw ModelJsonError(frame.path.text() + ": expected a date YYYY, YYYY-MM, YYYY-MM-DD or \"present\"");
        value = *parsed;
      } else if constexpr (HasShorthand<T>) {
        // "institution": "MIT" stands for "institution": {"name": "MIT"}.
        SaxFrame field;
        SaxFieldFinder finder{T::shorthand_field, frame.path, field};
        describe(finder, value);
        field.path = frame.path; // errors name the value as written
        field.ops->string(field, text);
      } else {
        sax_type_error(frame);
      }
    };
    o.boolean = [](SaxFrame& frame, bool flag) {
      if constexpr (std::is_same_v<T, bool>)
        *static_cast<T*>(frame.target) = flag;
      else
        sax_type_error(frame);
    };
    o.start_object = [](SaxFrame&) { return Described<T> || std::is_same_v<T, Extra>; };
    o.start_array = [](SaxFrame& frame) {
      if constexpr (is_vector<T>::value) {
        static_cast<T*>(frame.target)->clear();
        return true;
      } else {
        (void)frame;
        return false;
      }
    };
    o.key = [](SaxFrame& frame, std::string_view name, SaxFrame& child) {
      if constexpr (Described<T>) {
        SaxFieldFinder finder{name, frame.path, child};
        describe(finder, *static_cast<T*>(frame.target));
        return finder.found;
      } else {
        (void)frame, (void)name, (void)child;
        return false;
      }
    };
    o.new_item = [](SaxFrame& frame, SaxFrame& child) {
      if constexpr (is_vector<T>::value) {
        T& list = *static_cast<T*>(frame.target);
        auto& item = list.emplace_back();
        child = sax_frame(item, frame.path.item(list.size() - 1));
        child.in_list = true;
      } else {
        (void)frame, (void)child;
      }
    };
    if constexpr (std::is_same_v<T, std::string>) o.expected = "a string";
    else if constexpr (std::is_same_v<T, bool>) o.expected = "true or false";
    else if constexpr (std::is_same_v<T, Date>) o.expected = "a date string";
    else if constexpr (is_vector<T>::value) o.expected = "a list";
    else if constexpr (std::is_same_v<T, Extra>) o.expected = "an object of kept members";
    else o.expected = "an object";
    return o;
  }();
  return ops;
}

// The SAX handler: a stack of frames, the innermost value being read on top. A std::deque keeps
// frames in place as it grows, so each frame's path can point at its parent's.
class ModelSaxReader {
public:
  explicit ModelSaxReader(Cv& cv) { frames_.push_back(sax_frame(cv, ModelPath{})); }

  bool null() {
    if (capture_.active()) return capture_.value(Json());
    if (skipping_scalar()) return true;
    SaxFrame& top = value_frame();
    if (top.in_list) sax_type_error(top);
    frames_.pop_back(); // absent
    return true;
  }
  bool boolean(bool value) {
    if (capture_.active()) return capture_.value(value);
    if (skipping_scalar()) return true;
    SaxFrame& top = value_frame();
    top.ops->boolean(top, value);
    frames_.pop_back();
    return true;
  }
  bool number_integer(Json::number_integer_t value) { return capture_.active() ? capture_.value(value) : number(); }
  bool number_unsigned(Json::number_unsigned_t value) { return capture_.active() ? capture_.value(value) : number(); }
  bool number_float(Json::number_float_t value, const std::string&) {
    return capture_.active() ? capture_.value(value) : number();
  }
  bool binary(Json::binary_t&) { return number(); }
  bool string(std::string& text) {
    if (capture_.active()) return capture_.value(std::move(text));
    if (skipping_scalar()) return true;
    SaxFrame& top = value_frame();
    top.ops->string(top, text);
    frames_.pop_back();
    return true;
  }
  bool start_object(std::size_t) {
    if (capture_.active()) return capture_.open(Json::object());
    if (skipping_container()) return true;
    SaxFrame& top = frames_.size() == 1 ? frames_.back() : value_frame();
    if (!top.ops->start_object(top)) sax_type_error(top);
    if (top.ops == &sax_ops<Extra>()) {
      capture_.start(*static_cast<Extra*>(top.target));
      frames_.pop_back(); // the capture reads the rest of the value
      return true;
    }
    top.state = SaxFrame::State::object;
    return true;
  }
  bool key(std::string& name) {
    if (capture_.active()) return capture_.key(std::move(name));
    SaxFrame& top = frames_.back();
    if (!top.ops) return true; // inside a skipped value
    SaxFrame child;
    if (!top.ops->key(top, name, child)) {
      child = SaxFrame{}; // an unknown field: read past its value (it never names an error)
    }
    frames_.push_back(std::move(child));
    return true;
  }
  bool end_object() { return capture_.active() ? capture_.close() : end_container(); }
  bool start_array(std::size_t) {
    if (capture_.active()) return capture_.open(Json::array());
    if (skipping_container()) return true;
    SaxFrame& top = value_frame();
    if (!top.ops->start_array(top)) sax_type_error(top);
    top.state = SaxFrame::State::list;
    return true;
  }
  bool end_array() { return capture_.active() ? capture_.close() : end_container(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
    throw ModelJsonError(std::string("the model is not valid JSON: ") + error.what());
  }

private:
  // The frame that receives the next value; a list makes a frame for its next item first.
  SaxFrame& value_frame() {
    SaxFrame& top = frames_.back();
    if (frames_.size() == 1 && top.state == SaxFrame::State::value)
      throw ModelJsonError("the model is not a JSON object"); // a scalar as the whole document
    if (top.state == SaxFrame::State::list) {
      SaxFrame child;
      top.ops->new_item(top, child);
      frames_.push_back(std::move(child));
    }
    return frames_.back();
  }

  bool number() {
    if (skipping_scalar()) return true;
    SaxFrame& top = value_frame();
    sax_type_error(top); // the model has no numbers
  }

  // A scalar inside (or as) a skipped value.
  bool skipping_scalar() {
    SaxFrame& top = frames_.back();
    if (top.ops) return false;
    if (top.skip_depth == 0) frames_.pop_back(); // the skipped value was this scalar
    return true;
  }
  bool skipping_container() {
    SaxFrame& top = frames_.back();
    if (top.ops) return false;
    ++top.skip_depth;
    return true;
  }
  bool end_container() {
    SaxFrame& top = frames_.back();
    if (!top.ops) {
      if (--top.skip_depth == 0) frames_.pop_back();
      return true;
    }
    if (frames_.size() > 1) frames_.pop_back(); // the root stays: it is the Cv
    return true;
  }

  // An Extra's object, kept whole: its values go into a JSON tree until the object closes, and
  // the tree's compact text becomes the Extra.
  class Capture {
  public:
    bool active() const { return target_ != nullptr; }
    void start(Extra& target) {
      target_ = &target;
      root_ = Json::object();
      open_.assign(1, &root_);
    }
    bool key(std::string name) {
      key_ = std::move(name);
      return true;
    }
    bool value(Json value) {
      add(std::move(value));
      return true;
    }
    bool open(Json container) {
      open_.push_back(&add(std::move(container)));
      return true;
    }
    bool close() {
      open_.pop_back();
      if (open_.empty()) {
        target_->json = root_.empty() ? std::string() : root_.dump(-1, ' ', false, Json::error_handler_t::replace);
        target_ = nullptr;
      }
      return true;
    }

  private:
    // Only the innermost open container grows, so the pointers to its ancestors stay valid.
    Json& add(Json value) {
      Json& parent = *open_.back();
      if (parent.is_array()) {
        parent.push_back(std::move(value));
        return parent.back();
      }
      return parent[key_] = std::move(value);
    }

    Extra* target_ = nullptr;
    Json root_;
    std::vector<Json*> open_;
    std::string key_;
  };

  std::deque<SaxFrame> frames_;
  Capture capture_;
};

} // namespace detail

// The model's JSON says a major version this reader does not know: its fields may mean other
// things, so nothing of it is read. The message names both versions.
class ModelVersionError : public ModelJsonError {
public:
  using ModelJsonError::ModelJsonError;
};

namespace detail {

// "1" of "1.0", "12" of "12.3": what decides whether this reader understands a model.
inline std::string_view model_major(std::string_view version) { return version.substr(0, version.find('.')); }

inline void check_model_version(const Cv& cv) {
  if (cv.model_version.empty() || model_major(cv.model_version) == model_major(kModelVersion)) return;
  throw ModelVersionError("model_version: the model is version " + cv.model_version + ", this plugin reads model " +
                          std::string(model_major(kModelVersion)) + ".x (version " + std::string(kModelVersion) +
                          "); rebuild the plugin against the cvport that sends this model");
}

} // namespace detail

// Reads canonical JSON (indented or compact) into a Cv; throws ModelJsonError, and
// ModelVersionError when "model_version" has a major version other than kModelVersion's (a newer
// minor is read: its new fields are skipped). A model without "model_version" is taken as ours.
inline Cv cv_from_json_text(std::string_view text) {
  Cv cv;
  detail::ModelSaxReader reader(cv);
  try {
    Json::sax_parse(text.begin(), text.end(), &reader);
  } catch (const ModelJsonError&) {
    // The canonical JSON starts with model_version: a model of another major fails on some later
    // field, and its version is the true reason.
    detail::check_model_version(cv);
    throw;
  }
  detail::check_model_version(cv);
  return cv;
}

} // namespace cvport

#endif // CVPORT_MODEL_JSON_READER_HPP
