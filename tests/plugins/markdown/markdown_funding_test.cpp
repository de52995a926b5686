// Funding entries and patents in Markdown: every fact on its line, in the default section order.
#include <gtest/gtest.h>

#include "funding_fixtures.hpp"
#include "markdown_test_support.hpp"

namespace cvport::markdown {
namespace {

using testing::export_markdown;

Cv with_grant() {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.funding = {cvport::testing::sample_grant()};
  cv.funding[0].funder.city.clear();
  cv.funding[0].url.clear();
  return cv;
}

TEST(MarkdownFunding, AGrantShowsTitleFunderRoleDatesNumberAndAmount) {
  EXPECT_EQ(export_markdown(with_grant()),
            "# Jane Doe\n\n## Funding\n\n"
            "- **Scalable solvers** \u00B7 SNSF, CH ([Funder\n"
            "  ID](https://doi.org/10.13039/501100001711)) \u00B7 PI \u00B7 Apr 2020 \u2013 Mar 2024\\\n"
            "  No. 200021_184960 \u00B7 CHF 450000\\\n"
            "  Four years.\n");
}

TEST(MarkdownFunding, AKindOtherThanGrantIsNamed) {
  Cv cv = with_grant();
  cv.funding[0].type = "salary-award";
  EXPECT_NE(export_markdown(cv).find("- **Scalable solvers** (Salary award) \u00B7 SNSF"), std::string::npos);
}

TEST(MarkdownFunding, FundingFollowsAwards) {
  Cv cv = with_grant();
  cv.awards = {{.title = "Best Paper"}};
  cv.talks = {{.title = "A talk"}};
  std::string markdown = export_markdown(cv);
  size_t awards = markdown.find("## Awards"), funding = markdown.find("## Funding"),
         talks = markdown.find("## Invited Talks");
  ASSERT_NE(funding, std::string::npos);
  EXPECT_LT(awards, funding);
  EXPECT_LT(funding, talks);
}

TEST(MarkdownFunding, APatentShowsItsNumberAndTheInventors) {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.publications = {cvport::testing::sample_patent()};
  EXPECT_EQ(export_markdown(cv),
            "# Jane Doe\n\n## Publications\n\n"
            "1. Method for preconditioning.\\\n"
            "   Inventors: **Jane Doe**, Richard Roe.\\\n"
            "   Patent US 10,234,567 B2, Mar 2019.\n");
}

} // namespace
} // namespace cvport::markdown
