// plain_scalar_is_not_text matches the YAML 1.1 and 1.2 type expressions by hand, for speed. Here
// it is checked against those expressions, written once more as the one std::regex it replaced:
// every string over the characters that matter up to four long, thousands of longer random ones,
// and the cases a CV holds.
#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>
#include <vector>

#include "yaml_scalar_types.hpp"

namespace {

bool expression_says_not_text(const std::string& text) {
  static const std::regex non_text(
      "|~|null|Null|NULL"
      "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
      "|[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)"
      "|[-+]?(([0-9][0-9_]*)?\\.[0-9._]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+"
      "|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|\\.(inf|Inf|INF))|\\.(nan|NaN|NAN)"
      "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?"
      "|<<|=");
  return std::regex_match(text, non_text);
}

// The characters the expressions are made of, with the digits on both sides of each bound
// ([0-5], [0-7], [1-9]), and a few that end a match.
const std::string kAlphabet = "0156789_.:-+eExbo aT\n";

TEST(PlainScalarIsNotText, AgreesWithTheExpressionsOnEveryShortString) {
  std::vector<std::string> strings{""};
  size_t checked = 0;
  for (size_t length = 1, first = 0; length <= 4; ++length) {
    size_t last = strings.size();
    for (size_t i = first; i < last; ++i)
      for (char c : kAlphabet) strings.push_back(strings[i] + c);
    first = last;
  }
  for (const std::string& text : strings) {
    ASSERT_EQ(cvport::plain_scalar_is_not_text(text), expression_says_not_text(text)) << "\"" << text << "\"";
    ++checked;
  }
  size_t n = kAlphabet.size();
  EXPECT_EQ(checked, 1 + n + n * n + n * n * n + n * n * n * n);
}

TEST(PlainScalarIsNotText, AgreesWithTheExpressionsOnLongerRandomStrings) {
  // Numbers, sexagesimals, timestamps and exponents are longer than four: random strings over
  // the characters they use, seeded so that a failure repeats.
  std::mt19937 random(1);
  const std::string digits_first = "0123456789";
  for (int round = 0; round < 200000; ++round) {
    size_t length = 5 + random() % 12;
    std::string text;
    for (size_t i = 0; i < length; ++i) {
      const std::string& from = (i < 4 && round % 2 == 0) ? digits_first : kAlphabet;
      text += from[random() % from.size()];
    }
    ASSERT_EQ(cvport::plain_scalar_is_not_text(text), expression_says_not_text(text)) << "\"" << text << "\"";
  }
}

TEST(PlainScalarIsNotText, NamesWhatACvHolds) {
  for (const char* text : {"2021", "12", "-3", "0x1F", "0o17", "017", "1_000", "190:20:30", "1.5", ".5", "1e10",
                           "-.inf", ".NaN", "2024-01-31", "2024-1-3 10:00", "yes", "Off", "~", "", "<<", "="})
    EXPECT_TRUE(cvport::plain_scalar_is_not_text(text)) << text;
  for (const char* text : {"2021-03", "12–34", "10.1145/3297858", "v1.2.3", "Baolin Li", "present", "e5", "0b",
                           "1:60", "2024-01-31x", "+", "-", "0x", "Yes!", "1.2.3e", "arXiv:2101.00001"})
    EXPECT_FALSE(cvport::plain_scalar_is_not_text(text)) << text;
}

} // namespace
