// model -> JSON Resume -> model gives back the same model: the exporter's "x-cvport" members
// and the importer's mapping agree. Also: the seed CV's facts are all in the exported file.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "jsonresume_test_support.hpp"

namespace cvport::testing {
namespace {

void expect_round_trip(const Cv& cv) {
  ExportResult exported = export_resume(cv);
  ImportResult imported = import_resume(exported.text);
  EXPECT_EQ(to_canonical_text(imported.cv), to_canonical_text(cv));
  // A file cvport wrote reads back without a single remark.
  for (const auto& d : imported.diagnostics) ADD_FAILURE() << d.code << " at " << d.path << ": " << d.message;
}

TEST(JsonResumeRoundTrip, Example) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  expect_round_trip(*cv);
}

TEST(JsonResumeRoundTrip, FullCv) { expect_round_trip(load_test_cv("full")); }

TEST(JsonResumeRoundTrip, MinimalCv) { expect_round_trip(load_test_cv("minimal")); }

TEST(JsonResumeRoundTrip, ValuesTheSchemaRefusesComeBackFromTheExtension) {
  Cv cv = load_test_cv("minimal");
  cv.person.email = "zoë@example.org";
  cv.work.push_back(
      {.organization = {.name = "Royal Society"}, .position = "Fellow", .start = {.year = 999}});
  cv.work.push_back({.organization = {.name = "Acme", .url = "https://acme.example.com/ü"},
                     .position = "CTO",
                     .end = {.year = 2020}});
  expect_round_trip(cv);
}

TEST(JsonResumeRoundTrip, WithoutExtensionsStandardValuesSurvive) {
  // A plain resume.json keeps what JSON Resume has members for.
  const Cv cv = load_test_cv("full");
  ImportResult imported = import_resume(export_resume(cv, Json{{"extensions", false}}).text);
  EXPECT_EQ(imported.errors(), 0u);
  EXPECT_EQ(imported.cv.person.name, cv.person.name);
  EXPECT_EQ(imported.cv.work[1].position, cv.work[1].position);
  EXPECT_EQ(imported.cv.work[1].start, cv.work[1].start);
  EXPECT_TRUE(imported.cv.work[0].end.present);
  EXPECT_EQ(imported.cv.education[0].courses, cv.education[0].courses);
  // JSON Resume has no member for an entry's `id` or `tags`: only the extension keeps them.
  std::vector<Skill> skills = cv.skills;
  for (Skill& skill : skills) skill.tags.clear();
  EXPECT_EQ(imported.cv.skills, skills);
  std::vector<Certificate> certificates = cv.certificates;
  for (Certificate& certificate : certificates) certificate.id.clear(), certificate.tags.clear();
  EXPECT_EQ(imported.cv.certificates, certificates);
}

// Every string in the document, for the facts check.
void collect_strings(const Json& json, std::vector<std::string>& out) {
  if (json.is_string()) out.push_back(json.get<std::string>());
  if (json.is_structured())
    for (const auto& item : json) collect_strings(item, out);
}

std::string collapse_whitespace(const std::string& text) {
  return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

TEST(JsonResumeFacts, EverySeedFactIsInTheExportedExample) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  std::vector<std::string> strings;
  collect_strings(export_resume(*cv).json, strings);
  for (std::string& s : strings) s = collapse_whitespace(s);

  std::istringstream facts(read_text_file(source_dir() / "tests/data/seed-facts.txt"));
  size_t checked = 0;
  for (std::string line; std::getline(facts, line);) {
    std::string fact = collapse_whitespace(line);
    if (fact.find_first_not_of(' ') == std::string::npos || fact.rfind("# ", 0) == 0) continue;
    bool found = std::any_of(strings.begin(), strings.end(),
                             [&](const std::string& s) { return s.find(fact) != std::string::npos; });
    EXPECT_TRUE(found) << "fact not in resume.json: " << fact;
    ++checked;
  }
  EXPECT_GT(checked, 150u); // the file was read, not skipped
}

// The full test CV must exercise every field of the model, so that a field the mapping forgets
// fails the round trip. Walks describe() like the model's own readers.
struct FieldPaths {
  std::set<std::string> all, filled;
  template <class T> void walk(const T& value, const std::string& path) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool> || std::is_same_v<T, Date>) {
      all.insert(path);
      if (!detail::value_to_json(value).is_null()) filled.insert(path);
    } else if constexpr (detail::is_vector<T>::value) {
      using Item = typename T::value_type;
      if constexpr (std::is_same_v<Item, std::string>) {
        all.insert(path);
        if (!value.empty()) filled.insert(path);
      } else {
        walk(Item{}, path + "[]"); // every field of the item kind, filled or not
        for (const Item& item : value) walk(item, path + "[]");
      }
    } else {
      Visitor visitor{*this, path};
      describe(visitor, const_cast<T&>(value));
    }
  }
  struct Visitor {
    FieldPaths& paths;
    const std::string& path;
    template <class U> void field(const Field& info, U& value) {
      paths.walk(value, path.empty() ? std::string(info.name) : path + "." + std::string(info.name));
    }
  };
};

TEST(JsonResumeRoundTrip, FullCvSetsEveryModelField) {
  FieldPaths paths;
  paths.walk(load_test_cv("full"), "");
  for (const std::string& path : paths.all)
    EXPECT_TRUE(paths.filled.count(path)) << "full.cvport.json leaves out " << path;
}

} // namespace
} // namespace cvport::testing
