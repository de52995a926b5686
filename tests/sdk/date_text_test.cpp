// Dates in the CV's language (cvport/date_text.hpp): month names and patterns from CLDR through
// ICU, "present" and the range from the translation files, a date_label kept as written.
#include <gtest/gtest.h>

#include "cvport/date_text.hpp"

namespace cvport {
namespace {

const Date kMarch2021{.year = 2021, .month = 3};
const Date kPresent{.present = true};

TEST(DateText, EnglishIsAsBefore) {
  EXPECT_EQ(display_date({.year = 2023, .month = 6}, "en"), "Jun 2023");
  EXPECT_EQ(display_date({.year = 2023}, ""), "2023");
  EXPECT_EQ(display_date({.year = 2023, .month = 6}, ""), "Jun 2023"); // a CV without a language
  EXPECT_EQ(display_range(kMarch2021, kPresent, "", "en"), "Mar 2021 \u2013 present");
  EXPECT_EQ(display_range({.year = 2017}, {.year = 2019}, "", "en"), "2017 \u2013 2019");
  EXPECT_EQ(display_range({}, {.year = 2024}, "", "en"), "2024");
  EXPECT_EQ(display_range(kMarch2021, kMarch2021, "", "en"), "Mar 2021");
}

TEST(DateText, MonthNamesAndOrderComeFromCldr) {
  EXPECT_EQ(display_range(kMarch2021, kPresent, "", "de"), "M\u00e4rz 2021 \u2013 heute");
  EXPECT_EQ(display_range(kMarch2021, kPresent, "", "ja"), "2021\u5e743\u6708 \u2013 \u73fe\u5728");
  EXPECT_EQ(display_date({.year = 2021}, "ja"), "2021\u5e74");
  EXPECT_EQ(display_date(kMarch2021, "fr"), "mars 2021");
  EXPECT_EQ(display_date(kMarch2021, "ko"), "2021\ub144 3\uc6d4");
  EXPECT_EQ(display_date({.year = 2020, .month = 1}, "de-AT"), "J\u00e4n. 2020");
}

TEST(DateText, ArabicHasArabicMonthNamesOnTheGregorianCalendar) {
  std::string march = display_date(kMarch2021, "ar");
  EXPECT_NE(march.find("\u0645\u0627\u0631\u0633"), std::string::npos) << march; // مارس
  // Saudi Arabia's default calendar is the Islamic one; a CV's dates stay Gregorian.
  EXPECT_NE(display_date(kMarch2021, "ar-SA").find("\u0645\u0627\u0631\u0633"), std::string::npos)
      << display_date(kMarch2021, "ar-SA");
}

TEST(DateText, DateLabelStaysAsWritten) {
  EXPECT_EQ(display_range(kMarch2021, kPresent, "Summer 2021", "de"), "Summer 2021");
}

TEST(DateText, UnknownTagFallsBackToEnglish) {
  EXPECT_EQ(display_range(kMarch2021, kPresent, "", "tlh"), "Mar 2021 \u2013 present");
}

} // namespace
} // namespace cvport
