// docProps/core.xml and docProps/app.xml: title, author and dates taken from the CV, never
// from the clock, so the same CV always gives the same package.
#ifndef CVPORT_DOCX_DOCUMENT_PROPERTIES_HPP
#define CVPORT_DOCX_DOCUMENT_PROPERTIES_HPP

#include <string>

#include "cvport/model.hpp"

namespace cvport::docx {

// The newest calendar date anywhere in the CV (any start, end or date field; "present" does
// not count), or an empty Date when the CV has none.
Date newest_date(const Cv& cv);

// W3CDTF timestamp of a date at midnight UTC, a missing month or day counting as 01:
// 2023 -> "2023-01-01T00:00:00Z".
std::string w3cdtf_timestamp(const Date& date);

// dc:title "<name> – Curriculum Vitae", dc:creator the name, dc:subject the headline,
// dcterms:created and dcterms:modified the newest date (left out when the CV has no date).
std::string build_core_properties_xml(const Cv& cv);

std::string build_app_properties_xml();

} // namespace cvport::docx

#endif
