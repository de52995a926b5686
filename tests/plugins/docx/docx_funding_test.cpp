// Funding entries and patents in the DOCX: every fact in the entry's paragraph, the Funding
// section after Awards and Honors.
#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "funding_fixtures.hpp"

namespace cvport::docx::testing {
namespace {

std::vector<std::string> texts_with_style(const std::string& docx, std::string_view style) {
  pugi::xml_document document = parse_part(docx, "word/document.xml");
  std::vector<std::string> texts;
  for (pugi::xml_node p : body_paragraphs(document))
    if (paragraph_style(p) == style) texts.push_back(paragraph_text(p));
  return texts;
}

Cv with_grant() {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.funding = {cvport::testing::sample_grant()};
  cv.awards = {{.title = "Best Paper"}};
  return cv;
}

TEST(DocxFunding, AGrantIsOneItemWithEveryFact) {
  std::vector<std::string> items = texts_with_style(export_docx(with_grant()).docx, "CVItem");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1],
            "Scalable solvers, SNSF, Bern, CH\tApr 2020 \u2013 Mar 2024\n"
            "PI\n"
            "No.\u00a0200021_184960, CHF\u00a0450000\n"
            "https://data.snf.ch/grants/grant/184960\n"
            "Four years.");
}

TEST(DocxFunding, TheFundingSectionFollowsAwards) {
  EXPECT_EQ(texts_with_style(export_docx(with_grant()).docx, "CVSection"),
            (std::vector<std::string>{"Awards and Honors", "Funding"}));
}

TEST(DocxFunding, APatentShowsItsNumberAndTheInventors) {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.publications = {cvport::testing::sample_patent()};
  std::vector<std::string> publications = texts_with_style(export_docx(cv).docx, "CVPublication");
  ASSERT_EQ(publications.size(), 1u);
  EXPECT_EQ(publications[0], "Method for preconditioning\tMar 2019\n"
                             "Inventors: Jane Doe, Richard Roe\n"
                             "Patent US 10,234,567 B2, Mar 2019.");
}

} // namespace
} // namespace cvport::docx::testing
