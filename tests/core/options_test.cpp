// --option key=value: typed by the format's schema, defaults filled in, mistakes are usage errors.
#include <gtest/gtest.h>

#include "cvport/options.hpp"

namespace {

using namespace cvport;

// A format as the registry would hold it (LoadedFormat is not copyable: it owns a mutex).
void give_options(LoadedFormat& format) {
  format.id = "docx";
  format.options_schema = nlohmann::json::parse(R"({"type":"object","properties":{
    "page-size":{"type":"string","enum":["auto","a4","letter"],"default":"auto"},
    "font-size":{"type":"number","minimum":6,"maximum":30,"default":10.5},
    "sections":{"type":"array","items":{"type":"string"}},
    "compact":{"type":"boolean","default":false}}})");
}

std::vector<OptionAssignment> parse(std::initializer_list<std::string> texts, DiagnosticList& diagnostics) {
  std::vector<OptionAssignment> assignments;
  for (const auto& text : texts) {
    OptionAssignment assignment;
    if (parse_option_assignment(text, assignment, diagnostics)) assignments.push_back(assignment);
  }
  return assignments;
}

TEST(Options, DefaultsThenTypedValues) {
  DiagnosticList diagnostics;
  LoadedFormat format;
  give_options(format);
  auto options = build_format_options(
      format, parse({"page-size=letter", "docx.font-size=11", "sections=work,education", "compact=yes"}, diagnostics),
      diagnostics);
  EXPECT_TRUE(diagnostics.items().empty());
  EXPECT_EQ(options.dump(), R"({"compact":true,"font-size":11.0,"page-size":"letter","sections":["work","education"]})");
}

TEST(Options, ValueOutsideTheEnumIsAUsageError) {
  DiagnosticList diagnostics;
  LoadedFormat format;
  give_options(format);
  build_format_options(format, parse({"page-size=a5"}, diagnostics), diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].message, R"(--option page-size=a5: expected one of ["auto","a4","letter"] (format docx))");
}

TEST(Options, NumberOutOfBounds) {
  DiagnosticList diagnostics;
  LoadedFormat format;
  give_options(format);
  build_format_options(format, parse({"font-size=99"}, diagnostics), diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].message, "--option font-size=99: must be at most 30 (format docx)");
}

TEST(Options, UnknownKeyOfNoSelectedFormatSuggestsTheClosest) {
  DiagnosticList diagnostics;
  LoadedFormat format;
  give_options(format);
  check_unclaimed_options({&format}, parse({"page-sise=a4"}, diagnostics), diagnostics, PluginRegistry{});
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].message, "no selected format has an option \"page-sise\"");
  EXPECT_EQ(diagnostics.items()[0].hint, "did you mean \"page-size\"?");
}

TEST(Options, AssignmentWithoutEqualsSign) {
  DiagnosticList diagnostics;
  parse({"page-size"}, diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "usage.bad-option");
}

} // namespace
