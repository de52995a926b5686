// The funding section, patents and the organisation identifiers in source files: what is read
// and normalised, and each bad value with its exact position, path, message and hint.
#include <gtest/gtest.h>

#include "cvport/identifiers.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/source.hpp"
#include "loaded_problems.hpp"

namespace {

using namespace cvport;
using cvport::testing::all_problems;

// The single diagnostic of `yaml`, formatted as the user sees it.
std::string only_problem(const std::string& yaml) {
  LoadedCv loaded = load_native_text(yaml, "cv.yaml");
  EXPECT_EQ(loaded.diagnostics.items().size(), 1u) << all_problems(loaded);
  return loaded.diagnostics.items().empty() ? "" : format_diagnostic(loaded.diagnostics.items().front());
}

// A CV whose one funding entry has `funder` (a flow mapping) and `extra` lines.
std::string funding_cv(const std::string& funder, const std::string& extra = "") {
  return "person:\n  name: A\nfunding:\n  - title: T\n    funder: " + funder + "\n" + extra;
}

TEST(Funding, IsReadWithItsFunderAndNormalisedIds) {
  LoadedCv loaded = load_native_text(R"(person:
  name: Ada Lovelace
funding:
  - id: nsf-career
    title: "CAREER: Reliable computing"
    type: award
    funder:
      name: National Science Foundation
      fundref: https://doi.org/10.13039/100000001
      ror: 021nxhr62
      country: US
    number: CCF-1910601
    amount: 499999.50
    currency: USD
    start: 2021-07
    end: present
    role: PI
    url: https://www.nsf.gov/awardsearch/showAward?AWD_ID=1910601
    summary: Five years.
)",
                                     "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded);
  ASSERT_EQ(loaded.cv->funding.size(), 1u);
  const Funding& grant = loaded.cv->funding[0];
  EXPECT_EQ(grant.id, "nsf-career");
  EXPECT_EQ(grant.title, "CAREER: Reliable computing");
  EXPECT_EQ(grant.type, "award");
  EXPECT_EQ(grant.funder.name, "National Science Foundation");
  EXPECT_EQ(grant.funder.fundref, "10.13039/100000001"); // the bare DOI
  EXPECT_EQ(grant.funder.ror, "https://ror.org/021nxhr62");
  EXPECT_EQ(grant.number, "CCF-1910601");
  EXPECT_EQ(grant.amount, "499999.50");
  EXPECT_EQ(grant.currency, "USD");
  EXPECT_EQ(grant.start, (Date{.year = 2021, .month = 7}));
  EXPECT_TRUE(grant.end.present);
  EXPECT_EQ(grant.role, "PI");
  EXPECT_EQ(grant.summary, "Five years.");
}

TEST(Funding, ACurrencyInLowerCaseGetsTheUpperCaseHint) {
  EXPECT_EQ(only_problem(funding_cv("NSF", "    amount: 100\n    currency: usd\n")),
            "cv.yaml:7:15: error: funding[0].currency: expected an ISO 4217 currency code, found \"usd\" "
            "[source.bad-currency]\n  hint: write it in upper case: \"USD\"");
}

TEST(Funding, AWithdrawnCurrencyIsRefused) {
  // iso-codes keeps the Deutsche Mark among the historic codes only.
  EXPECT_EQ(only_problem(funding_cv("DFG", "    amount: 100\n    currency: DEM\n")),
            "cv.yaml:7:15: error: funding[0].currency: expected an ISO 4217 currency code, found \"DEM\" "
            "[source.bad-currency]\n  hint: use the three-letter ISO 4217 code, such as \"USD\", \"EUR\", \"GBP\"");
}

TEST(Funding, AnAmountWithSeparatorsIsRefused) {
  EXPECT_EQ(only_problem(funding_cv("NSF", "    amount: \"1,000\"\n    currency: USD\n")),
            "cv.yaml:6:13: error: funding[0].amount: expected an amount like 250000 or 1234.50, found \"1,000\" "
            "[source.bad-amount]\n  hint: write digits only: no thousands separators, currency symbol or sign "
            "(the currency goes in \"currency\")");
}

TEST(Funding, AnAmountNeedsItsCurrency) {
  EXPECT_EQ(only_problem(funding_cv("NSF", "    amount: 1000\n")),
            "cv.yaml:6:13: error: funding[0].amount: an amount needs its currency "
            "[source.amount-without-currency]\n  hint: add currency: with the ISO 4217 code (\"USD\", \"EUR\")");
}

TEST(Funding, AnUnknownTypeSuggestsTheClosest) {
  EXPECT_EQ(only_problem(funding_cv("NSF", "    type: grnat\n")),
            "cv.yaml:6:11: error: funding[0].type: expected one of grant, contract, award, salary-award, "
            "found \"grnat\" [source.bad-choice]\n  hint: did you mean \"grant\"?");
}

TEST(Funding, TheFunderIsRequired) {
  LoadedCv loaded = load_native_text("person:\n  name: A\nfunding:\n  - title: T\n", "cv.yaml");
  EXPECT_NE(all_problems(loaded).find("cv.yaml:4:5: error: funding[0].funder: missing required field"),
            std::string::npos)
      << all_problems(loaded);
}

TEST(Funding, ItsIdIsUniqueAcrossTheCv) {
  LoadedCv loaded = load_native_text("person:\n  name: A\nawards:\n  - id: x\n    title: A\n"
                                     "funding:\n  - id: x\n    title: T\n    funder: NSF\n",
                                     "cv.yaml");
  EXPECT_NE(all_problems(loaded).find("cv.yaml:7:9: error: funding[0].id: the id \"x\" is already used by awards[0]"),
            std::string::npos)
      << all_problems(loaded);
}

TEST(Funding, EndBeforeStartIsAWarning) {
  LoadedCv loaded = load_native_text(funding_cv("NSF", "    start: 2024\n    end: 2020\n"), "cv.yaml");
  EXPECT_NE(all_problems(loaded).find("cv.yaml:7:10: warning: funding[0].end: ends (2020) before it starts (2024)"),
            std::string::npos)
      << all_problems(loaded);
}

TEST(OrganizationIds, AllFiveAreReadAndNormalised) {
  LoadedCv loaded = load_native_text(
      "person:\n  name: A\nwork:\n  - position: Engineer\n    organization:\n      name: Apple\n"
      "      ringgold: 7181\n      grid: grid.419971.3\n      fundref: 10.13039/100006522\n"
      "      lei: HWUPKR0MPOU8FGXBT394\n",
      "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded);
  const Organization& org = loaded.cv->work[0].organization;
  EXPECT_EQ(org.ringgold, "7181");
  EXPECT_EQ(org.grid, "grid.419971.3");
  EXPECT_EQ(org.fundref, "10.13039/100006522");
  EXPECT_EQ(org.lei, "HWUPKR0MPOU8FGXBT394");
}

TEST(OrganizationIds, ARinggoldIdIsDigits) {
  EXPECT_EQ(only_problem(funding_cv("{name: X, ringgold: RIN-5488}")),
            "cv.yaml:5:33: error: funding[0].funder.ringgold: expected a Ringgold id (digits, like 5488), found "
            "\"RIN-5488\" [source.bad-ringgold]\n  hint: write only the number");
}

TEST(OrganizationIds, AGridIdStartsWithGrid) {
  EXPECT_EQ(only_problem(funding_cv("{name: X, grid: 5386.8}")),
            "cv.yaml:5:29: error: funding[0].funder.grid: expected a GRID id like grid.5386.8, found \"5386.8\" "
            "[source.bad-grid]\n  hint: GRID ids start with \"grid.\"");
}

TEST(OrganizationIds, AFundrefIdIsUnderTheFunderRegistryPrefix) {
  EXPECT_EQ(only_problem(funding_cv("{name: X, fundref: 10.1145/100000001}")),
            "cv.yaml:5:32: error: funding[0].funder.fundref: expected a Crossref Funder Registry id like "
            "10.13039/100000001, found \"10.1145/100000001\" [source.bad-fundref]\n"
            "  hint: copy the funder's DOI from https://search.crossref.org/funding");
}

TEST(OrganizationIds, ALeiWithWrongCheckDigitsIsRefused) {
  EXPECT_EQ(only_problem(funding_cv("{name: X, lei: HWUPKR0MPOU8FGXBT395}")),
            "cv.yaml:5:28: error: funding[0].funder.lei: the check digits of LEI HWUPKR0MPOU8FGXBT395 are wrong "
            "(ISO 17442, mod 97) [source.bad-lei]\n  hint: copy the LEI from https://search.gleif.org");
}

TEST(OrganizationIds, ALeiInLowerCaseGetsTheUpperCaseHint) {
  EXPECT_EQ(only_problem(funding_cv("{name: X, lei: hwupkr0mpou8fgxbt394}")),
            "cv.yaml:5:28: error: funding[0].funder.lei: expected a Legal Entity Identifier in upper case, found "
            "\"hwupkr0mpou8fgxbt394\" [source.bad-lei]\n  hint: write it in upper case: \"HWUPKR0MPOU8FGXBT394\"");
}

TEST(OrganizationIds, LeiCheckDigitsFollowIso17442) {
  // Published LEIs (GLEIF): Apple Inc., and the ISO 17442 example; then one character changed.
  EXPECT_TRUE(is_valid_lei("HWUPKR0MPOU8FGXBT394"));
  EXPECT_TRUE(is_valid_lei("5493001KJTIIGC8Y1R12"));
  EXPECT_FALSE(is_valid_lei("5493001KJTIIGC8Y1R13"));
  EXPECT_FALSE(is_valid_lei("5493001KJTIIGC8Y1R1"));  // 19 characters
  EXPECT_FALSE(is_valid_lei("5493001KJTIIGC8Y1RA2")); // a letter among the check digits
}

TEST(Patents, APatentIsAPublicationWithANumber) {
  LoadedCv loaded = load_native_text(R"(person:
  name: Ada Lovelace
publications:
  - type: patent
    title: Method for weaving algebraic patterns
    authors: [Ada Lovelace, Charles Babbage]
    number: US 9,876,543 B2
    date: 2019-03-05
)",
                                     "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_EQ(loaded.cv->publications[0].type, "patent");
  EXPECT_EQ(loaded.cv->publications[0].number, "US 9,876,543 B2");
}

} // namespace

namespace {

std::string publication_cv(const std::string& ids) {
  return "person:\n  name: A\npublications:\n  - title: T\n    type: journal-article\n    authors: [A]\n" + ids;
}

TEST(PublicationIds, ArxivPubmedAndIsbnAreReadAndNormalised) {
  LoadedCv loaded = load_native_text(
      publication_cv("    arxiv: https://arxiv.org/abs/2303.12345v2\n    pmid: 'PMID: 31452104'\n"
                     "    isbn: 978-0-262-04630-5\n"),
      "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded);
  const Publication& paper = loaded.cv->publications[0];
  EXPECT_EQ(paper.arxiv, "2303.12345v2");
  EXPECT_EQ(paper.pmid, "31452104");
  EXPECT_EQ(paper.isbn, "978-0-262-04630-5"); // as printed
}

// An ISBN written with dots between its parts is read, and held with hyphens (cvport/identifiers.hpp).
TEST(PublicationIds, AnIsbnWrittenWithDotsIsHeldWithHyphens) {
  LoadedCv loaded = load_native_text(publication_cv("    isbn: 978.84.613.5636.2\n"), "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded);
  EXPECT_EQ(loaded.cv->publications[0].isbn, "978-84-613-5636-2");
}

TEST(PublicationIds, EachBadIdIsALocatedError) {
  EXPECT_EQ(only_problem(publication_cv("    arxiv: 2313.12345\n")),
            "cv.yaml:7:12: error: publications[0].arxiv: expected an arXiv id like 2303.12345 or hep-th/9901001, "
            "found \"2313.12345\" [source.bad-arxiv]\n  hint: copy the id from the paper's arxiv.org/abs/ page");
  EXPECT_EQ(only_problem(publication_cv("    pmid: PMC6712345\n")),
            "cv.yaml:7:11: error: publications[0].pmid: expected a PubMed id (digits, like 31452104), found "
            "\"PMC6712345\" [source.bad-pmid]\n  hint: write only the number PubMed shows after \"PMID:\"");
  EXPECT_EQ(only_problem(publication_cv("    isbn: 978-0-262-04630-6\n")),
            "cv.yaml:7:11: error: publications[0].isbn: expected an ISBN-10 or ISBN-13 with a valid check digit, "
            "like 978-0-262-04630-5, found \"978-0-262-04630-6\" [source.bad-isbn]\n"
            "  hint: copy the ISBN from the book's copyright page");
}

} // namespace

namespace {

// A NUL written as an escape is a control character like the others: removed, with a warning at
// the value, not refused as a binary file (found by fuzzing an import that carried "\u0000").
TEST(TextValues, AnEscapedNulIsRemovedWithAWarning) {
  LoadedCv loaded = load_native_text("person:\n  name: \"Ada\\0 Lovelace\"\n", "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_EQ(loaded.cv->person.name, "Ada Lovelace");
  EXPECT_NE(all_problems(loaded).find("cv.yaml:2:9: warning: person.name: removed 1 control character"), std::string::npos)
      << all_problems(loaded);
}

} // namespace
