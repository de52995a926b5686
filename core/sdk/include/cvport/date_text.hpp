// How a date and a date range read in the CV's language: month names and the order of month and
// year from CLDR through ICU ("Jun 2023", "März 2021", "2021年3月", "مارس 2021"), "present" and
// the range's pattern from the translation files (cvport/language.hpp). A date the author wrote
// in `date_label` stays as written.
#ifndef CVPORT_DATE_TEXT_HPP
#define CVPORT_DATE_TEXT_HPP

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include "cvport/language.hpp"
#include "cvport/model.hpp"

namespace cvport {

// ICU's formatters of one language: a month with its year (CLDR skeleton "yMMM") and a year
// alone ("y"), on the Gregorian calendar whatever the locale's default (ar-SA, th, ja-JP-u-ca-japanese).
class DateFormats {
public:
  explicit DateFormats(std::string_view tag) {
    UErrorCode status = U_ZERO_ERROR;
    // A language without labels is written in English, dates included: ICU's root locale would
    // give "2021 M03".
    if (tag.empty() || !find_translation(tag)) tag = kDefaultLanguage;
    icu::Locale locale = icu::Locale::forLanguageTag(std::string(tag), status);
    if (U_FAILURE(status) || locale.isBogus()) locale = icu::Locale::getEnglish();
    status = U_ZERO_ERROR;
    locale.setKeywordValue("calendar", "gregorian", status);
    // One pattern generator for both skeletons: making one loads the locale's CLDR data, about
    // half of what a PDF export spends in ICU.
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(locale, status));
    if (U_FAILURE(status)) generator.reset();
    month_year_ = make_format(generator.get(), locale, "yMMM");
    year_ = make_format(generator.get(), locale, "y");
  }

  std::string month_year(int year, int month) const { return format(*month_year_, year, month); }
  std::string year(int year) const { return format(*year_, year, 1); }

private:
  // `generator` null: the skeleton is the pattern.
  static std::unique_ptr<icu::SimpleDateFormat> make_format(icu::DateTimePatternGenerator* generator,
                                                            const icu::Locale& locale, const char* skeleton) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString pattern = generator ? generator->getBestPattern(skeleton, status) : skeleton;
    if (U_FAILURE(status)) pattern = skeleton;
    status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      format = std::make_unique<icu::SimpleDateFormat>(pattern, icu::Locale::getEnglish(), status);
    }
    // Dates are calendar days, not instants: noon UTC is the same day everywhere.
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    return format;
  }

  static std::string format(const icu::SimpleDateFormat& format, int year, int month) {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(*icu::TimeZone::getGMT(), status);
    calendar.clear();
    calendar.set(year, month - 1, 1, 12, 0);
    UDate when = calendar.getTime(status);
    if (U_FAILURE(status)) return std::to_string(year);
    icu::UnicodeString text;
    format.format(when, text);
    std::string utf8;
    return text.toUTF8String(utf8);
  }

  std::unique_ptr<icu::SimpleDateFormat> month_year_;
  std::unique_ptr<icu::SimpleDateFormat> year_;
};

// The formats of `tag`, made once per thread and language: an export formats many dates.
inline const DateFormats& date_formats(std::string_view tag) {
  thread_local std::map<std::string, std::unique_ptr<DateFormats>, std::less<>> cache;
  auto found = cache.find(tag);
  if (found == cache.end()) found = cache.emplace(std::string(tag), std::make_unique<DateFormats>(tag)).first;
  return *found->second;
}

// Human text of a date in the language of `tag`: "Jun 2023", "2023", "present"; de "März 2021",
// "heute"; ja "2021年3月", "現在". A day is not shown: a CV dates by month.
inline std::string display_date(const Date& date, std::string_view tag) {
  if (date.present) return std::string(label(tag, "present"));
  if (date.year == 0) return "";
  const DateFormats& formats = date_formats(tag);
  return date.month == 0 ? formats.year(date.year) : formats.month_year(date.year, date.month);
}

// How an entry's dates are shown: the label if the author gave one, else "2017 – 2019",
// "Jun 2023 – present" (the translation's "date_range"), "2024" (a single date or an end only).
inline std::string display_range(const Date& start, const Date& end, std::string_view date_label,
                                 std::string_view tag) {
  if (!date_label.empty()) return std::string(date_label);
  if (start.empty()) return display_date(end, tag);
  if (end.empty() || end == start) return display_date(start, tag);
  return fill_label(label(tag, "date_range"), {{"start", display_date(start, tag)}, {"end", display_date(end, tag)}});
}

} // namespace cvport

#endif // CVPORT_DATE_TEXT_HPP
