#include "cvport/schema.hpp"

#include <map>
#include <stdexcept>

#include "cvport/model.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/model_json.hpp"

namespace cvport {

namespace {

using OJson = nlohmann::ordered_json;

template <class T> constexpr std::string_view type_name();
#define CVPORT_TYPE_NAME(T, text) \
  template <> constexpr std::string_view type_name<T>() { return text; }
CVPORT_TYPE_NAME(Cv, "Cv")
CVPORT_TYPE_NAME(Person, "Person")
CVPORT_TYPE_NAME(Location, "Location")
CVPORT_TYPE_NAME(Organization, "Organization")
CVPORT_TYPE_NAME(Profile, "Profile")
CVPORT_TYPE_NAME(SectionIntros, "SectionIntros")
CVPORT_TYPE_NAME(Education, "Education")
CVPORT_TYPE_NAME(TeachingRole, "TeachingRole")
CVPORT_TYPE_NAME(Work, "Work")
CVPORT_TYPE_NAME(Award, "Award")
CVPORT_TYPE_NAME(Funding, "Funding")
CVPORT_TYPE_NAME(Talk, "Talk")
CVPORT_TYPE_NAME(Publication, "Publication")
CVPORT_TYPE_NAME(Author, "Author")
CVPORT_TYPE_NAME(Venue, "Venue")
CVPORT_TYPE_NAME(Software, "Software")
CVPORT_TYPE_NAME(MediaFeature, "MediaFeature")
CVPORT_TYPE_NAME(Service, "Service")
CVPORT_TYPE_NAME(Skill, "Skill")
CVPORT_TYPE_NAME(Language, "Language")
CVPORT_TYPE_NAME(Interest, "Interest")
CVPORT_TYPE_NAME(Reference, "Reference")
CVPORT_TYPE_NAME(Project, "Project")
CVPORT_TYPE_NAME(Volunteer, "Volunteer")
CVPORT_TYPE_NAME(Certificate, "Certificate")
CVPORT_TYPE_NAME(CustomSection, "CustomSection")
CVPORT_TYPE_NAME(CustomEntry, "CustomEntry")
CVPORT_TYPE_NAME(Variant, "Variant")
CVPORT_TYPE_NAME(VariantPublications, "VariantPublications")
#undef CVPORT_TYPE_NAME

constexpr const char* kDatePattern = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

std::vector<std::string> currency_codes() {
  return {iso_4217::currency_codes.begin(), iso_4217::currency_codes.end()};
}

std::vector<std::string> country_codes() {
  std::vector<std::string> codes;
  for (char a = 'A'; a <= 'Z'; ++a)
    for (char b = 'A'; b <= 'Z'; ++b)
      if (std::string code{a, b}; is_country_code(code)) codes.push_back(code);
  return codes;
}

OJson string_pattern(std::string pattern) { return {{"pattern", std::move(pattern)}}; }

// A date: text matching `pattern`, or a bare year.
OJson year_or_text(std::string pattern) {
  OJson keywords = string_pattern(std::move(pattern));
  keywords["minimum"] = 1000;
  keywords["maximum"] = 9999;
  return keywords;
}

// How each kind of text field appears in the JSON Schema: the one place a kind is mapped.
//
// `number_type` mirrors what cvport's reader accepts, because an editor reads YAML differently:
// cvport takes every scalar as its text (`end: 2024` is the text "2024", `postal_code: 02115`
// is "02115"), while the YAML parser of an editor (yaml-language-server, js-yaml) turns a bare
// number into a number and would report "expected string". So a kind whose valid texts include
// bare numbers also accepts numbers: any number for plain text (volume, score, phone), four-digit
// years for dates (the reader takes a date of four digits, year 1 or later; 1000 to 9999 is what
// a number without leading zeros can be). A DOI, ORCID iD, URL, e-mail, country or choice is
// never a bare number, so those stay text only; so does a ROR id, though a bare one could be all
// digits ("012345678"): its number would have lost the leading zero the check needs, and the
// docs tell to write it with its https://ror.org/ prefix. A Ringgold id (digits, no leading
// zero) and an amount (digits, an optional decimal part) are numbers as an editor reads them, so
// they accept numbers too. `keywords` constrain the text (and the number).
struct KindSchema {
  TextKind kind;
  std::string_view number_type; // "", "number" or "integer"
  OJson (*keywords)(const Field&);
};

const KindSchema kKindSchemas[] = {
    {TextKind::plain, "number", [](const Field&) { return OJson::object(); }},
    {TextKind::date, "integer", [](const Field&) { return year_or_text(std::string("^") + kDatePattern + "$"); }},
    {TextKind::end_date, "integer",
     [](const Field&) { return year_or_text(std::string("^(present|") + kDatePattern + ")$"); }},
    {TextKind::doi, "",
     [](const Field&) { return string_pattern("^(https?://(dx\\.)?doi\\.org/|doi:)?10\\.[0-9.]+/\\S+$"); }},
    {TextKind::arxiv, "",
     [](const Field&) {
       return string_pattern("^((https?://)?arxiv\\.org/(abs|pdf)/|arXiv:)?([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(\\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?$");
     }},
    // A PubMed id or an ISBN without hyphens is all digits, so an editor reads it as a number.
    {TextKind::pmid, "integer", [](const Field&) {
       OJson keywords = string_pattern("^((PMID:? ?)|https?://pubmed\\.ncbi\\.nlm\\.nih\\.gov/)?[1-9][0-9]{0,9}/?$");
       keywords["minimum"] = 1;
       return keywords;
     }},
    {TextKind::isbn, "integer", [](const Field&) {
       OJson keywords = string_pattern("^[0-9][0-9 .-]{8,15}[0-9Xx]$");
       keywords["minimum"] = 100000000;
       return keywords;
     }},
    {TextKind::orcid, "",
     [](const Field&) {
       return string_pattern("^(https?://orcid\\.org/)?[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$");
     }},
    {TextKind::ror, "",
     [](const Field&) { return string_pattern("^(https?://)?(ror\\.org/)?0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$"); }},
    // A Ringgold id is all digits, so an editor reads it as a number; an amount may be one too.
    {TextKind::ringgold, "integer", [](const Field&) {
       OJson keywords = string_pattern("^[1-9][0-9]{0,9}$");
       keywords["minimum"] = 1;
       return keywords;
     }},
    {TextKind::grid, "", [](const Field&) { return string_pattern("^grid\\.[0-9]+\\.[0-9a-z]{1,2}$"); }},
    {TextKind::fundref, "",
     [](const Field&) { return string_pattern("^(https?://(dx\\.)?doi\\.org/|doi:)?10\\.13039/[0-9]+$"); }},
    {TextKind::lei, "", [](const Field&) { return string_pattern("^[0-9A-Z]{18}[0-9]{2}$"); }},
    {TextKind::currency, "", [](const Field&) { return OJson{{"enum", currency_codes()}}; }},
    {TextKind::amount, "number", [](const Field&) {
       OJson keywords = string_pattern("^[0-9]+(\\.[0-9]+)?$");
       keywords["minimum"] = 0;
       return keywords;
     }},
    {TextKind::count, "integer", [](const Field&) {
       OJson keywords = string_pattern("^[1-9][0-9]{0,8}$");
       keywords["minimum"] = 1;
       return keywords;
     }},
    {TextKind::url, "", [](const Field&) { return OJson{{"format", "uri"}, {"pattern", "^https?://"}}; }},
    {TextKind::email, "", [](const Field&) { return OJson{{"format", "email"}}; }},
    {TextKind::country, "", [](const Field&) { return OJson{{"enum", country_codes()}}; }},
    // Any BCP 47 tag of a supported language: "de", "de-AT", "zh-Hans".
    {TextKind::language, "", [](const Field&) {
       std::string languages;
       for (const translation_data::Table& table : translation_data::kTables)
         languages += (languages.empty() ? "" : "|") + std::string(table.language);
       return string_pattern("^(" + languages + ")([-_][A-Za-z0-9]{1,8})*$");
     }},
    {TextKind::choice, "",
     [](const Field& info) {
       OJson choices = OJson::array();
       for (std::string_view choice : info.choices) choices.push_back(choice);
       return OJson{{"enum", choices}};
     }},
};

// The schema of a text field of the given kind. JSON Schema applies `pattern` to strings only
// and `minimum` to numbers only, so one schema with both types needs no anyOf.
OJson text_schema(const Field& info) {
  for (const KindSchema& entry : kKindSchemas) {
    if (entry.kind != info.kind) continue;
    OJson schema = {{"type", entry.number_type.empty() ? OJson("string")
                                                       : OJson::array({"string", entry.number_type})}};
    schema.update(entry.keywords(info));
    return schema;
  }
  // A kind added to the model but not to kKindSchemas: the schema tests fail here, at once.
  throw std::logic_error("no JSON Schema for the text kind of field \"" + std::string(info.name) + "\"");
}

// The definition a free-text field refers to for its form in several languages.
constexpr std::string_view kLanguageMapName = "LanguageMap";

// {en: "...", de: "..."}: language tags as is_language_tag (cvport/language.hpp) takes them, each
// with its text (a bare number too, as for any plain text).
OJson language_map_schema() {
  OJson text = OJson::object();
  text["type"] = OJson::array({"string", "number"});
  OJson names = OJson::object();
  names["pattern"] = "^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$";
  OJson map = OJson::object();
  map["type"] = "object";
  map["description"] = "The text in several languages, by BCP 47 tag: {en: \"...\", de: \"...\"}. The export "
                       "language's text is read (--lang, else the file's language), else the file's language's, "
                       "else English, else the first.";
  map["minProperties"] = 1;
  map["propertyNames"] = std::move(names);
  map["additionalProperties"] = std::move(text);
  return map;
}

class SchemaBuilder {
public:
  template <class T> OJson schema_of(const Field& info) {
    OJson schema;
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, Date>) {
      schema = text_schema(info);
      if (may_be_multilingual(info)) {
        if (!definitions.contains(kLanguageMapName)) definitions[std::string(kLanguageMapName)] = language_map_schema();
        OJson either = OJson::array();
        either.push_back(std::move(schema));
        either.push_back({{"$ref", "#/definitions/" + std::string(kLanguageMapName)}});
        schema = OJson::object();
        schema["anyOf"] = std::move(either);
      }
    } else if constexpr (std::is_same_v<T, bool>) {
      schema = {{"type", "boolean"}};
    } else if constexpr (std::is_same_v<T, Extra>) {
      schema = {{"type", "object"}, {"additionalProperties", {{"type", "object"}}}};
    } else if constexpr (detail::is_vector<T>::value) {
      Field item = info;
      item.doc = "";
      OJson items = schema_of<typename T::value_type>(item);
      OJson list = OJson::object();
      list["type"] = "array";
      list["items"] = items;
      // A list keyed by name is written in a source as a mapping from the name to the rest; the
      // canonical JSON, and a source cvport import writes, keep the list. Built member by member:
      // an initializer list that holds `schema` while assigning to it leaked under clang 14's
      // LeakSanitizer (nlohmann 3.11.2 ordered_json).
      if constexpr (detail::KeyedByName<typename T::value_type>) {
        OJson mapping = OJson::object();
        mapping["type"] = "object";
        mapping["additionalProperties"] = items;
        OJson either = OJson::array();
        either.push_back(std::move(mapping));
        either.push_back(std::move(list));
        schema = OJson::object();
        schema["anyOf"] = std::move(either);
      } else {
        schema = std::move(list);
      }
    } else {
      define<T>();
      OJson reference = {{"$ref", "#/definitions/" + std::string(type_name<T>())}};
      if constexpr (detail::HasShorthand<T>)
        schema = {{"anyOf", OJson::array({shorthand_schema<T>(), reference})}};
      else
        schema = reference;
    }
    if (!info.doc.empty()) schema["description"] = info.doc;
    return schema;
  }

  template <class T> void define() {
    std::string name(type_name<T>());
    if (definitions.contains(name)) return;
    definitions[name] = OJson::object(); // placeholder against recursion
    PropertyCollector collector{*this};
    T probe{};
    describe(collector, probe);
    OJson object = {{"type", "object"}, {"additionalProperties", false}, {"properties", collector.properties}};
    if (!collector.required.empty()) object["required"] = collector.required;
    definitions[name] = object;
  }

  OJson definitions = OJson::object();

private:
  // A scalar where T is expected is read as T's shorthand field, so it takes that field's schema.
  struct ShorthandFinder {
    SchemaBuilder& builder;
    std::string_view target;
    OJson schema;
    template <class U> void field(const Field& info, U&) {
      if (info.name != target) return;
      Field bare = info;
      bare.doc = "";
      schema = builder.schema_of<U>(bare);
    }
  };
  template <class T> OJson shorthand_schema() {
    ShorthandFinder finder{*this, T::shorthand_field, {}};
    T probe{};
    describe(finder, probe);
    return finder.schema;
  }

  struct PropertyCollector {
    SchemaBuilder& builder;
    OJson properties = OJson::object();
    OJson required = OJson::array();
    template <class U> void field(const Field& info, U&) {
      properties[std::string(info.name)] = builder.schema_of<U>(info);
      if (info.required) required.push_back(info.name);
    }
  };
};

// ---- the Markdown reference ----

std::string type_text(const OJson& schema) {
  if (schema.contains("$ref")) {
    std::string name = schema["$ref"].get<std::string>().substr(std::string("#/definitions/").size());
    return "[" + name + "](#" + [&] {
      std::string anchor;
      for (char c : name) anchor += char(std::tolower(static_cast<unsigned char>(c)));
      return anchor;
    }() + ")";
  }
  if (schema.contains("anyOf") && schema["anyOf"][1].value("$ref", "") == "#/definitions/" + std::string(kLanguageMapName))
    return "text, or [text by language](../source-format.md#multilingual-values)";
  if (schema.contains("anyOf") && schema["anyOf"][0].contains("additionalProperties"))
    return "mapping of name to " + type_text(schema["anyOf"][0]["additionalProperties"]);
  if (schema.contains("anyOf")) return "text or " + type_text(schema["anyOf"][1]);
  // The first type names the field; a second one is the bare number the reader also takes.
  OJson types = schema.value("type", OJson());
  std::string type = types.is_array() ? types[0].get<std::string>() : types.is_string() ? types.get<std::string>() : "";
  if (type == "array") return "list of " + type_text(schema["items"]);
  if (type == "boolean") return "true/false";
  if (type == "object") return "mapping of kept members by format";
  if (schema.contains("enum") && schema["enum"].size() > 20) return "ISO 3166-1 alpha-2 code";
  if (schema.contains("enum")) {
    std::string values;
    for (const auto& value : schema["enum"]) values += (values.empty() ? "" : ", ") + std::string("`") + value.get<std::string>() + "`";
    return "one of " + values;
  }
  if (schema.contains("pattern")) {
    std::string pattern = schema["pattern"];
    if (pattern.find("present|") != std::string::npos) return "date or `present`";
    if (pattern.find("[0-9]{4}(-") != std::string::npos) return "date";
    if (pattern.find("arxiv") != std::string::npos) return "arXiv id";
    if (pattern.find("pubmed") != std::string::npos) return "PubMed id";
    if (pattern.find("[0-9Xx]$") != std::string::npos) return "ISBN";
    if (pattern.find("doi") != std::string::npos) return "DOI";
    if (pattern.find("orcid") != std::string::npos) return "ORCID iD";
    if (pattern.find("ror") != std::string::npos) return "ROR id";
    if (pattern == "^https?://") return "URL";
    if (pattern == "^[1-9][0-9]{0,8}$") return "whole number from 1";
  }
  if (schema.value("format", "") == "email") return "e-mail";
  return "text";
}

} // namespace

OJson model_json_schema() {
  SchemaBuilder builder;
  builder.define<Cv>();
  OJson schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                  {"$id", "cvport.schema.json"},
                  {"title", "cvport CV source, model version " + std::string(kModelVersion)},
                  {"description", "A CV for cvport, in YAML or JSON. Generated from the model by `cvport schema`; "
                                  "the field reference is docs/reference/fields.md."},
                  {"$ref", "#/definitions/Cv"},
                  {"definitions", builder.definitions}};
  return schema;
}

std::string field_reference_markdown() {
  OJson schema = model_json_schema();
  std::string text =
      "# Field reference\n\n"
      "<!-- Generated by `cvport schema --markdown`; do not edit. scripts/update-golden rewrites it. -->\n\n"
      "Every field of a cvport source file (model version " + std::string(kModelVersion) +
      "). A field marked **required** must be present and non-empty. Empty and absent fields are the same. "
      "\"text, or text by language\" means the text may also be a mapping of language tag to text. "
      "\"text or X\" means a plain string is shorthand for X's first field. The guide is "
      "[../source-format.md](../source-format.md); the JSON Schema is "
      "[../schema/cvport.schema.json](../schema/cvport.schema.json).\n";
  // Cv first, then the others in the order they were defined (the order of first use).
  for (const auto& [name, definition] : schema["definitions"].items()) {
    if (name == kLanguageMapName) continue; // a form of text, described where text is
    text += "\n## " + name + "\n\n| field | type | description |\n| --- | --- | --- |\n";
    OJson required = definition.value("required", OJson::array());
    for (const auto& [field, property] : definition["properties"].items()) {
      bool is_required = std::find(required.begin(), required.end(), field) != required.end();
      std::string description = property.value("description", "");
      for (size_t at = description.find('|'); at != std::string::npos; at = description.find('|', at + 2))
        description.replace(at, 1, "\\|");
      text += "| `" + field + "` | " + type_text(property) + (is_required ? " (**required**)" : "") + " | " +
              description + " |\n";
    }
  }
  return text;
}

} // namespace cvport
