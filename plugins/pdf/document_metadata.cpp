#include "document_metadata.hpp"

#include <cstdlib>
#include <ctime>

#include <cairo-pdf.h>

#include "cvport/text.hpp"
#include "text_cleaning.hpp"

#ifndef CVPORT_VERSION
#error "the build defines CVPORT_VERSION"
#endif

namespace cvport::pdf {
namespace {

constexpr const char* kFixedDate = "2000-01-01T00:00:00Z";

void set(cairo_surface_t* surface, cairo_pdf_metadata_t key, const std::string& value) {
  if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, clean_text(value).text.c_str());
}

std::string keywords(const Cv& cv) {
  std::vector<std::string> words;
  for (const Skill& skill : cv.skills) words.push_back(skill.name);
  for (const Interest& interest : cv.interests) words.push_back(interest.name);
  return join_nonempty(words, ", ");
}

} // namespace

std::string creation_date(const char* source_date_epoch) {
  if (!source_date_epoch || !*source_date_epoch) return kFixedDate;
  char* end = nullptr;
  long long seconds = std::strtoll(source_date_epoch, &end, 10);
  if (*end != '\0' || seconds < 0 || seconds > 253402300799LL) return kFixedDate; // up to 9999-12-31
  std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void set_document_metadata(cairo_surface_t* surface, const Cv& cv) {
  const Person& person = cv.person;
  set(surface, CAIRO_PDF_METADATA_TITLE, join_nonempty({person.name, "Curriculum Vitae"}, " \u2013 "));
  set(surface, CAIRO_PDF_METADATA_AUTHOR, person.name);
  set(surface, CAIRO_PDF_METADATA_SUBJECT, person.headline.empty() ? "Curriculum vitae" : person.headline);
  set(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords(cv));
  set(surface, CAIRO_PDF_METADATA_CREATOR, "cvport " CVPORT_VERSION);
  std::string date = creation_date(std::getenv("SOURCE_DATE_EPOCH"));
  set(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  set(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

} // namespace cvport::pdf
