#include "document_properties.hpp"

#include <type_traits>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "cvport/date.hpp"
#include "ooxml_names.hpp"
#include "xml_part.hpp"

namespace cvport::docx {
namespace {

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

// Walks every field of the model through describe(), so a date field added to the model
// later counts without a change here.
struct NewestDateVisitor {
  Date newest;

  template <class T> void field(const Field&, T& value) { visit(value); }

  template <class T> void visit(T& value) {
    if constexpr (std::is_same_v<T, Date>) {
      if (value.year != 0 && !value.present &&
          (newest.empty() || compare_dates(value, newest) > 0 ||
           (compare_dates(value, newest) == 0 && more_precise(value, newest))))
        newest = value;
    } else if constexpr (is_vector<T>::value) {
      for (auto& item : value) visit(item);
    } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>) {
      describe(*this, value);
    }
  }

  // "2023-06" and "2023" compare equal; keep the one that says more.
  static bool more_precise(const Date& a, const Date& b) {
    return (a.month != 0) + (a.day != 0) > (b.month != 0) + (b.day != 0);
  }
};

} // namespace

Date newest_date(const Cv& cv) {
  NewestDateVisitor visitor;
  describe(visitor, const_cast<Cv&>(cv)); // the visitor only reads
  return visitor.newest;
}

std::string w3cdtf_timestamp(const Date& date) {
  return fmt::format("{:04d}-{:02d}-{:02d}T00:00:00Z", date.year, date.month ? date.month : 1,
                     date.day ? date.day : 1);
}

std::string build_core_properties_xml(const Cv& cv) {
  pugi::xml_document document;
  pugi::xml_node root = add_element(document, "cp:coreProperties",
                                    {{"xmlns:cp", ooxml::kCorePropertiesNs},
                                     {"xmlns:dc", ooxml::kDublinCoreNs},
                                     {"xmlns:dcterms", ooxml::kDublinCoreTermsNs},
                                     {"xmlns:xsi", ooxml::kXmlSchemaInstanceNs}});
  auto add_text = [&](const char* name, const std::string& text) {
    if (!text.empty()) root.append_child(name).text().set(text.c_str());
  };
  add_text("dc:title", cv.person.name + " \u2013 Curriculum Vitae");
  add_text("dc:subject", cv.person.headline);
  add_text("dc:creator", cv.person.name);
  add_text("cp:lastModifiedBy", cv.person.name);
  if (Date newest = newest_date(cv); !newest.empty()) {
    std::string timestamp = w3cdtf_timestamp(newest);
    for (const char* name : {"dcterms:created", "dcterms:modified"})
      add_element(root, name, {{"xsi:type", "dcterms:W3CDTF"}}).text().set(timestamp.c_str());
  }
  return serialize_part(document);
}

std::string build_app_properties_xml() {
  pugi::xml_document document;
  pugi::xml_node root =
      add_element(document, "Properties", {{"xmlns", ooxml::kExtendedPropertiesNs}});
  root.append_child("Application").text().set("cvport");
  root.append_child("DocSecurity").text().set("0");
  return serialize_part(document);
}

} // namespace cvport::docx
