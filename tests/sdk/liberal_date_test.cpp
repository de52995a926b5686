// Reading the dates people write (cvport/liberal_date.hpp): month names of any language from
// CLDR through ICU (cvport/month_words.hpp), the words for "present" (cvport/ongoing_words.hpp),
// Japanese, Chinese and Korean dates (cvport/cjk_date.hpp), and numeric dates with the day first
// or the month first.
#include <gtest/gtest.h>

#include "cvport/date_text.hpp"
#include "cvport/liberal_date.hpp"

namespace cvport {
namespace {

std::string read(std::string_view text, DayOrder order = DayOrder::unknown) {
  LiberalDate date = read_liberal_date(text, true, order);
  return date.date ? format_date(*date.date) : "(unread: " + date.problem + ")";
}

TEST(LiberalDate, MonthNamesOfOtherLanguages) {
  EXPECT_EQ(read("Oktober 2022"), "2022-10");          // German
  EXPECT_EQ(read("Dezember 2024"), "2024-12");
  EXPECT_EQ(read("Septembre 2021"), "2021-09");        // French, capitalised
  EXPECT_EQ(read("janv. 2020"), "2020-01");            // French abbreviation, with its full stop
  EXPECT_EQ(read("févr 2020"), "2020-02");             // and without it
  EXPECT_EQ(read("fevrier 2020"), "2020-02");          // typed without the accent
  EXPECT_EQ(read("enero de 2020"), "2020-01");         // Spanish, as CLDR's pattern writes it
  EXPECT_EQ(read("setembro de 2019"), "2019-09");      // Portuguese
  EXPECT_EQ(read("settembre 2018"), "2018-09");        // Italian
  EXPECT_EQ(read("mei 2017"), "2017-05");              // Dutch
  EXPECT_EQ(read("październik 2020"), "2020-10");      // Polish, standing alone
  EXPECT_EQ(read("października 2020"), "2020-10");     // and inside a date
  EXPECT_EQ(read("октябрь 2020"), "2020-10");          // Russian
  EXPECT_EQ(read("октября 2020 г."), "2020-10");
  EXPECT_EQ(read("15 janvier 2019"), "2019-01-15");    // with a day
  EXPECT_EQ(read("15. Januar 2019"), "2019-01-15");
  EXPECT_EQ(read("June 15, 2019"), "2019-06-15");
  EXPECT_EQ(read("Sept. 2019"), "2019-09");            // English as before
  EXPECT_EQ(read("June, 2019"), "2019-06");
}

TEST(LiberalDate, WhatCvportWritesInEveryLanguageReadsBack) {
  for (std::string_view language : {"en", "de", "es", "fr", "it", "nl", "pl", "pt", "ru", "ja", "ko", "zh"})
    for (int month = 1; month <= 12; ++month) {
      std::string shown = display_date({.year = 2021, .month = month}, language);
      EXPECT_EQ(read(shown), "2021-" + std::string(month < 10 ? "0" : "") + std::to_string(month))
          << language << ": " << shown;
    }
}

TEST(LiberalDate, AWordOfSeveralMonthsIsReadAsTheLanguagesWithLabelsReadIt) {
  EXPECT_EQ(read("mar 2020"), "2020-03"); // May in Teso, March in English, Spanish, Italian, Polish
  EXPECT_EQ(read("listopad 2020"), "2020-11"); // October in Croatian, November in Polish
  EXPECT_EQ(read("Herbst 2014").substr(0, 9), "(unread: "); // a season is no month
  EXPECT_EQ(read("asd").substr(0, 9), "(unread: ");
  EXPECT_EQ(read("Oktober").substr(0, 9), "(unread: ");     // no year
  EXPECT_EQ(read("Oktober 2022 2023").substr(0, 9), "(unread: ");
}

TEST(LiberalDate, WordsForPresentInOtherLanguages) {
  for (std::string_view word : {"Present", "heute", "aktuell", "Aujourd'hui", "aujourd\u2019hui", "en cours",
                                "actualidad", "presente", "atual", "Atualmente", "oggi", "heden", "obecnie",
                                "настоящее время", "jetzt", "now", "till now"}) {
    LiberalDate date = read_liberal_date(word, true);
    ASSERT_TRUE(date.date) << word;
    EXPECT_TRUE(date.date->present) << word;
  }
  LiberalDate start = read_liberal_date("heute", false);
  EXPECT_FALSE(start.date);
  EXPECT_EQ(start.problem, "\"heute\" is not a date here (only an end date can be ongoing)");
  EXPECT_FALSE(read_liberal_date("Fecha", true).date); // a template's placeholder, not "today"
}

// CLDR's yMMMd, yMMM and y patterns in Japanese and Chinese ("y年M月d日") and Korean ("y년 MMM d일"),
// read through ICU (cvport/cjk_date.hpp).
TEST(LiberalDate, JapaneseChineseAndKoreanDates) {
  EXPECT_EQ(read("2022年10月"), "2022-10");
  EXPECT_EQ(read("2022年10月15日"), "2022-10-15");
  EXPECT_EQ(read("2022年"), "2022");
  EXPECT_EQ(read("2022 年 10 月"), "2022-10");      // with spaces
  EXPECT_EQ(read("2022年01月"), "2022-01");         // the month with a zero
  EXPECT_EQ(read("2022년 10월"), "2022-10");        // Korean
  EXPECT_EQ(read("2022년 10월 15일"), "2022-10-15");
  EXPECT_EQ(read("2022년10월"), "2022-10");         // without CLDR's space
  EXPECT_EQ(read("2022년"), "2022");
  LiberalDate read_date = read_liberal_date("2022年10月", false);
  EXPECT_TRUE(read_date.rewritten); // a note says it was read
  EXPECT_EQ(read_date.problem, "");
  // Not dates: a day or month that does not exist, a pattern's last word left out, a two-digit year.
  for (std::string_view text : {"2022年2月30日", "2022年13月", "2022年10月15", "2022年10", "22年10月", "年", "2022月"})
    EXPECT_EQ(read(text).substr(0, 9), "(unread: ") << text;
}

// "1987-01-": real resume.json files leave out the day and keep its hyphen; read to the month,
// with a warning that says so.
TEST(LiberalDate, AnIsoDateWithAHyphenAtItsEndIsReadWithoutIt) {
  LiberalDate month = read_liberal_date("1987-01-", false);
  ASSERT_TRUE(month.date);
  EXPECT_EQ(format_date(*month.date), "1987-01");
  EXPECT_TRUE(month.rewritten);
  EXPECT_EQ(month.problem, "1987-01-: nothing follows the last hyphen; read as 1987-01");
  EXPECT_EQ(read("1987-"), "1987");
  EXPECT_EQ(read("1987-01-15-"), "1987-01-15");
  EXPECT_EQ(read("1987-13-").substr(0, 9), "(unread: "); // no month 13
  EXPECT_EQ(read("-").substr(0, 9), "(unread: ");
  EXPECT_EQ(read("1987--").substr(0, 9), "(unread: ");
}

TEST(LiberalDate, NumericDatesWithADay) {
  EXPECT_EQ(read("15/01/2019"), "2019-01-15");  // no month 15: day first
  EXPECT_EQ(read("15.01.2019"), "2019-01-15");
  EXPECT_EQ(read("01/15/2019"), "2019-01-15");  // month first
  EXPECT_EQ(read("1-15-2019"), "2019-01-15");
  EXPECT_EQ(read("05/05/2019"), "2019-05-05");  // either way
  EXPECT_EQ(read("13/13/2019").substr(0, 9), "(unread: ");
  EXPECT_EQ(read("31/02/2019").substr(0, 9), "(unread: ");
}

TEST(LiberalDate, DayAndMonthThatCannotBeToldApartAreReadDayFirstWithAWarning) {
  LiberalDate date = read_liberal_date("03/04/2019", true);
  ASSERT_TRUE(date.date);
  EXPECT_EQ(format_date(*date.date), "2019-04-03");
  EXPECT_EQ(date.problem, "03/04/2019: the day and the month cannot be told apart; read as 3 April 2019 (day first, "
                          "as most of the world writes dates), not 4 March 2019; write 2019-04-03 or 2019-03-04");
  LiberalDate us = read_liberal_date("03/04/2019", true, DayOrder::month_first);
  EXPECT_EQ(format_date(*us.date), "2019-03-04");
  EXPECT_NE(us.problem.find("(as other dates of the file are written)"), std::string::npos) << us.problem;
  EXPECT_EQ(numeric_day_order("15/01/2019"), DayOrder::day_first);
  EXPECT_EQ(numeric_day_order("01/15/2019"), DayOrder::month_first);
  EXPECT_EQ(numeric_day_order("03/04/2019"), DayOrder::unknown);
  EXPECT_EQ(numeric_day_order("2019-06"), DayOrder::unknown);
}

} // namespace
} // namespace cvport
