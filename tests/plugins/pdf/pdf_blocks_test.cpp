// The CV's block tree: the structure the PDF draws, checked before any drawing.
#include <gtest/gtest.h>

#include "cv_blocks.hpp"
#include "docx_test_support.hpp"
#include "memory_host.hpp"
#include "pdf_writer.hpp"

namespace cvport::pdf {
namespace {

std::string text_of(const Block& block) {
  std::string text;
  for (const pdf::Run& run : block.runs) text += run.text;
  return text;
}

CvDocument document_of(const Cv& cv) {
  return build_cv_document(cv, choose_sections(cv, {}).sections);
}

const Section& section(const CvDocument& document, std::string_view id) {
  for (const Section& s : document.sections)
    if (s.id == id) return s;
  throw std::runtime_error("no section " + std::string(id));
}

TEST(PdfBlocks, ABlankLineStartsANewParagraphAndALineBreakStaysInside) {
  std::vector<Block> blocks = paragraphs("First line\nsame paragraph\n\n  \nSecond paragraph\n", BlockKind::summary);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(text_of(blocks[0]), "First line\nsame paragraph");
  EXPECT_EQ(text_of(blocks[1]), "Second paragraph");
  EXPECT_TRUE(paragraphs("", BlockKind::summary).empty());
}

TEST(PdfBlocks, PublicationsAreNumberedWithTheOwnerMarkedAndTheDoiLinked) {
  CvDocument document = document_of(docx::testing::example_cv());
  const Section& publications = section(document, "publications");
  ASSERT_FALSE(publications.entries.empty());
  const Block& first = publications.entries[0].blocks[0];
  EXPECT_EQ(first.kind, BlockKind::publication);
  EXPECT_EQ(first.marker, "[1]");
  EXPECT_EQ(publications.entries[1].blocks[0].marker, "[2]");
  const Block& authors = publications.entries[0].blocks[1];
  int owners = 0;
  for (const pdf::Run& run : authors.runs)
    if (run.style == RunStyle::owner) {
      EXPECT_EQ(run.text, "Baolin Li");
      ++owners;
    }
  EXPECT_EQ(owners, 1);
}

TEST(PdfBlocks, ADoiIsShownAndLinkedAsItsPercentEncodedUrl) {
  CvDocument document = document_of(docx::testing::tricky_cv());
  std::vector<std::string> urls;
  for (const Block& block : section(document, "publications").entries[0].blocks)
    for (const pdf::Run& run : block.runs)
      if (!run.url.empty()) urls.push_back(run.url);
  ASSERT_EQ(urls.size(), 2u);
  EXPECT_EQ(urls[0], "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O");
  EXPECT_EQ(urls[1], "https://example.org/paper.pdf?x=1&y=2");
}

TEST(PdfBlocks, EntriesCarryTheirDatesForTheDateColumn) {
  CvDocument document = document_of(docx::testing::example_cv());
  const Block& title = section(document, "work").entries[0].blocks[0];
  EXPECT_EQ(title.kind, BlockKind::entry_title);
  EXPECT_FALSE(title.date.empty());
  EXPECT_EQ(text_of(title).find(title.date), std::string::npos) << "the date is in its column, not in the text";
}

TEST(PdfBlocks, SectionsFollowTheOptionAndUnknownIdsAreWarned) {
  cvport::testing::MemoryHost host;
  host.run_export(&write_pdf, docx::testing::example_cv(), {{"sections", {"publications", "nope", "education"}}}, "pdf");
  EXPECT_TRUE(host.has_diagnostic("pdf.unknown-section"));
  EXPECT_TRUE(host.has_diagnostic("pdf.section-omitted"));
  EXPECT_FALSE(host.outputs[""].empty());
  CvDocument document = build_cv_document(docx::testing::example_cv(),
                                          choose_sections(docx::testing::example_cv(), {"publications", "education"}).sections);
  ASSERT_EQ(document.sections.size(), 2u);
  EXPECT_EQ(document.sections[0].title, "Publications");
  EXPECT_EQ(document.sections[1].title, "Education");
}

} // namespace
} // namespace cvport::pdf
