// The OPC package: part order, determinism, zip headers, content types, relationships and
// the document properties taken from the CV.
#include <algorithm>
#include <cstdint>
#include <set>

#include <gtest/gtest.h>

#include "document_properties.hpp"
#include "docx_test_support.hpp"

namespace cvport::docx::testing {
namespace {

const std::vector<std::string> kExpectedParts = {
    "[Content_Types].xml", "_rels/.rels",
    "word/document.xml",   "word/_rels/document.xml.rels",
    "word/styles.xml",     "word/numbering.xml",
    "word/settings.xml",   "word/footer1.xml",
    "docProps/core.xml",   "docProps/app.xml"};

std::uint16_t u16(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}
std::uint32_t u32(const std::string& bytes, std::size_t at) {
  return u16(bytes, at) | static_cast<std::uint32_t>(u16(bytes, at + 2)) << 16;
}

TEST(DocxPackage, PartsComeInAFixedOrder) {
  EXPECT_EQ(part_names(export_docx(tricky_cv()).docx), kExpectedParts);
}

TEST(DocxPackage, SameCvGivesTheSameBytes) {
  std::string first = export_docx(tricky_cv()).docx;
  std::string second = export_docx(tricky_cv()).docx;
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, second);
  EXPECT_EQ(export_docx(example_cv()).docx, export_docx(example_cv()).docx);
}

// Every local and central header carries the fixed DOS time of 1980-01-01 00:00, deflate,
// and no extra field (libzip could add time stamps or Zip64 data that vary).
TEST(DocxPackage, ZipEntriesHaveFixedTimesAndNoExtraFields) {
  std::string docx = export_docx(tricky_cv()).docx;
  int local = 0, central = 0;
  for (std::size_t at = 0; at + 46 <= docx.size(); ++at) {
    std::uint32_t signature = u32(docx, at);
    if (signature == 0x04034b50) {
      ++local;
      EXPECT_EQ(u16(docx, at + 8), 8) << "deflate";
      EXPECT_EQ(u16(docx, at + 10), 0) << "DOS time";
      EXPECT_EQ(u16(docx, at + 12), 0x21) << "DOS date 1980-01-01";
      EXPECT_EQ(u16(docx, at + 28), 0) << "local extra field length";
    } else if (signature == 0x02014b50) {
      ++central;
      EXPECT_EQ(u16(docx, at + 12), 0) << "DOS time";
      EXPECT_EQ(u16(docx, at + 14), 0x21) << "DOS date";
      EXPECT_EQ(u16(docx, at + 30), 0) << "central extra field length";
      EXPECT_EQ(u16(docx, at + 32), 0) << "comment length";
    }
  }
  EXPECT_EQ(local, static_cast<int>(kExpectedParts.size()));
  EXPECT_EQ(central, static_cast<int>(kExpectedParts.size()));
}

TEST(DocxPackage, EveryPartIsWellFormedXml) {
  std::string docx = export_docx(tricky_cv()).docx;
  for (const std::string& name : part_names(docx)) EXPECT_NO_THROW(parse_part(docx, name)) << name;
}

TEST(DocxPackage, ContentTypesCoverEveryPart) {
  std::string docx = export_docx(tricky_cv()).docx;
  pugi::xml_document types = parse_part(docx, "[Content_Types].xml");
  std::set<std::string> defaults, overrides;
  for (pugi::xml_node d : types.child("Types").children("Default"))
    defaults.insert(d.attribute("Extension").value());
  for (pugi::xml_node o : types.child("Types").children("Override"))
    overrides.insert(o.attribute("PartName").value());
  std::vector<std::string> names = part_names(docx);
  for (const std::string& name : names) {
    if (name == "[Content_Types].xml") continue;
    std::string extension = name.substr(name.rfind('.') + 1);
    EXPECT_TRUE(overrides.count("/" + name) || defaults.count(extension))
        << name << " has no content type";
  }
  for (const std::string& part : overrides)
    EXPECT_NE(std::find(names.begin(), names.end(), part.substr(1)), names.end())
        << part << " is not in the package";
  EXPECT_EQ(
      types.select_node("//Override[@PartName='/word/document.xml']")
          .node()
          .attribute("ContentType")
          .value(),
      std::string(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
}

TEST(DocxPackage, EveryInternalRelationshipTargetExists) {
  std::string docx = export_docx(tricky_cv()).docx;
  std::vector<std::string> names = part_names(docx);
  int checked = 0;
  for (const auto& [rels, folder] : {std::pair<std::string, std::string>{"_rels/.rels", ""},
                                     {"word/_rels/document.xml.rels", "word/"}}) {
    // The document must outlive the loop (a temporary in the range expression would not).
    pugi::xml_document relationships = parse_part(docx, rels);
    for (pugi::xml_node r : relationships.child("Relationships").children("Relationship")) {
      if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
      std::string target = folder + r.attribute("Target").value();
      EXPECT_NE(std::find(names.begin(), names.end(), target), names.end())
          << rels << " -> " << target;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3 + 4);
}

TEST(DocxPackage, CorePropertiesComeFromTheCvNotTheClock) {
  pugi::xml_document core = parse_part(export_docx(tricky_cv()).docx, "docProps/core.xml");
  pugi::xml_node root = core.child("cp:coreProperties");
  EXPECT_STREQ(root.child_value("dc:title"), "Zoë Ångström-Okafor \u2013 Curriculum Vitae");
  EXPECT_STREQ(root.child_value("dc:creator"), "Zoë Ångström-Okafor");
  // The newest date of the tricky CV is the paper's 2024-03-15.
  EXPECT_STREQ(root.child_value("dcterms:created"), "2024-03-15T00:00:00Z");
  EXPECT_STREQ(root.child_value("dcterms:modified"), "2024-03-15T00:00:00Z");

  pugi::xml_document example = parse_part(export_docx(example_cv()).docx, "docProps/core.xml");
  EXPECT_STREQ(example.child("cp:coreProperties").child_value("dcterms:created"),
               "2024-01-01T00:00:00Z");
}

TEST(DocxPackage, CvWithoutDatesHasNoCreationDate) {
  Cv cv;
  cv.person.name = "No Dates";
  pugi::xml_document core = parse_part(export_docx(cv).docx, "docProps/core.xml");
  EXPECT_FALSE(core.child("cp:coreProperties").child("dcterms:created"));
  EXPECT_FALSE(core.child("cp:coreProperties").child("dcterms:modified"));
}

TEST(DocxPackage, NewestDateIgnoresPresentAndPrefersPrecision) {
  Cv cv;
  cv.work = {{.start = {.year = 2020}, .end = {.present = true}},
             {.start = {.year = 2021, .month = 5}}};
  cv.awards = {{.date = {.year = 2021}}};
  Date newest = newest_date(cv);
  EXPECT_EQ(newest, (Date{.year = 2021, .month = 5}));
  EXPECT_EQ(w3cdtf_timestamp(newest), "2021-05-01T00:00:00Z");
}

} // namespace
} // namespace cvport::docx::testing
