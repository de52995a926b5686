// Golden files of every XML part, indented for review: the example CV and the tricky CV.
// Regenerate with scripts/update-golden and review the diff.
#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "golden.hpp"

namespace cvport::docx::testing {
namespace {

const std::filesystem::path kGoldenDir =
    std::filesystem::path(CVPORT_SOURCE_DIR) / "tests/plugins/docx/golden";

void expect_parts_golden(const std::string& docx, const std::string& folder) {
  for (const std::string& name : part_names(docx))
    cvport::testing::expect_golden(kGoldenDir / folder / name, indented_xml(read_part(docx, name)));
}

TEST(DocxGolden, ExampleCvParts) {
  expect_parts_golden(export_docx(example_cv()).docx, "baolin-li");
}

TEST(DocxGolden, TrickyCvParts) { expect_parts_golden(export_docx(tricky_cv()).docx, "tricky"); }

} // namespace
} // namespace cvport::docx::testing
