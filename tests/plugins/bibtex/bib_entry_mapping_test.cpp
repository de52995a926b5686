// What each entry type reads, and that nothing it does not read is lost: every field the mapping
// takes no value from for this entry stays, as written, in the entry's extra.bibtex.
#include <gtest/gtest.h>

#include "biblatex_type_keys.hpp"
#include "bibtex_test_support.hpp"
#include "cvport/date.hpp"

namespace cvport::testing {
namespace {

Json kept(const Publication& p) { return Json::parse(p.extra.json)["bibtex"]; }

// The sweep of 61 real .bib files found organization in @inproceedings (Google Scholar), editor
// next to author (JabRef, BibDesk), journal in @inproceedings and organization in @misc dropped
// with no trace: they were fields the mapping reads for some type, so never kept.
TEST(BibtexFieldsByType, FieldsTheTypeDoesNotReadAreKept) {
  Imported result = import_bib(fixture("fields-by-type.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 7u);
  const Publication& scholar = result.cv.publications[0];
  EXPECT_EQ(scholar.venue.name, "Proceedings of the Conference on Things");
  EXPECT_EQ(kept(scholar)["organization"], "IEEE");

  // An @inproceedings with a journal and no booktitle: the journal is its venue.
  const Publication& abstract = result.cv.publications[1];
  EXPECT_EQ(abstract.type, "conference-paper");
  EXPECT_EQ(abstract.venue.name, "Journal of Things");
  EXPECT_EQ(result.origins["publications[1].venue.name"].dump(), "[15,3]");
  EXPECT_FALSE(kept(abstract).contains("journal"));

  const Publication& chapter = result.cv.publications[2];
  EXPECT_EQ(author_names(chapter), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(kept(chapter)["editor"], "Poe, Edgar and Moe, Mary");

  // A @misc: howpublished, else organization, else institution; its type said in the note, as
  // biblatex prints it.
  const Publication& talk = result.cv.publications[3];
  EXPECT_EQ(talk.venue.name, "University of Somewhere");
  EXPECT_EQ(talk.note, "Invited talk");
  EXPECT_FALSE(kept(talk).contains("organization"));
  EXPECT_EQ(kept(talk)["type"], "misc"); // the entry type; the type field was read
  const Publication& poster = result.cv.publications[6];
  EXPECT_EQ(poster.venue.name, "Poster at the Meeting of Things");
  EXPECT_EQ(kept(poster)["organization"], "Society of Things");

  // A type no style knows keeps being "other" (one publication per entry), with its event as
  // the venue; the year beside the date it was read from stays too.
  const Publication& talk2 = result.cv.publications[4];
  EXPECT_EQ(talk2.type, "other");
  EXPECT_EQ(talk2.venue.name, "Workshop on Things");
  EXPECT_EQ(format_date(talk2.date), "2016-05-03");
  EXPECT_EQ(kept(talk2)["institution"], "University of Elsewhere");
  EXPECT_EQ(kept(talk2)["year"], "2016");
  EXPECT_EQ(kept(talk2)["type"], "presentation"); // the entry type

  // A thesis names its school; the institution next to it is kept. A note with a link is read as
  // LaTeX prints it, and kept with its address.
  const Publication& phd = result.cv.publications[5];
  EXPECT_EQ(phd.venue.name, "Department of Things");
  EXPECT_EQ(kept(phd)["institution"], "University of Somewhere");
  EXPECT_EQ(phd.note, "PhD thesis. [PDF]");
  EXPECT_EQ(kept(phd)["note"], "[\\href{https://example.org/thesis.pdf}{PDF}]");

  const CapturedDiagnostic* summary = result.find("bibtex.fields-kept");
  ASSERT_NE(summary, nullptr);
  EXPECT_NE(summary->message.find("editor (1), institution (2), note (1), organization (2), year (1)"),
            std::string::npos)
      << summary->message;
}

// biblatex's `type = {mathesis}` is a localisation key: biblatex prints "Master's thesis"
// (english.lbx). The keys become those words; any other type is said as written.
TEST(BibtexFieldsByType, BiblatexTypeKeysAreTheWordsBiblatexPrints) {
  Imported result = import_bib("@thesis{t1, author = {Doe, Jane}, title = {Supervised}, institution = {U}, type = {mathesis}, date = {2020}}\n"
                               "@report{r1, author = {Doe, Jane}, title = {Report}, institution = {Lab}, type = {resreport}, number = {7}, date = {2021}}\n"
                               "@patent{p1, author = {Doe, Jane}, title = {Gadget}, type = {patentus}, number = {9,876,543}, date = {2022}}\n"
                               "@thesis{t2, author = {Doe, Jane}, title = {Diploma}, institution = {U}, type = {Diploma thesis}, note = {Graded 1.0}, date = {2012}}\n");
  ASSERT_EQ(result.cv.publications.size(), 4u);
  EXPECT_EQ(result.cv.publications[0].note, "Master's thesis");
  EXPECT_EQ(result.cv.publications[1].note, "Research report");
  EXPECT_EQ(result.cv.publications[1].number, "7");
  EXPECT_EQ(result.cv.publications[2].note, "U.S. patent");
  EXPECT_EQ(result.cv.publications[3].note, "Diploma thesis. Graded 1.0");
  EXPECT_EQ(bibtex::type_text("phdthesis"), "PhD thesis");
  EXPECT_EQ(bibtex::type_text("techreport"), "Technical report");
  EXPECT_EQ(bibtex::type_text("Techreport"), "Techreport"); // keys are lower case, as biblatex's
}

// `year = {\noop{2025}in review}`: the @preamble defines \noop to print nothing, so BibTeX prints
// "in review" and sorts by 2025. That is a status, with no year; the field stays as written.
TEST(BibtexFieldsByType, ASortOnlyYearIsItsPrintedStatus) {
  Imported result = import_bib("@preamble{ \" \\newcommand{\\noop}[1]{} \" }\n"
                               "@article{r1, author = {Doe, Jane}, title = {Under review}, journal = {J},\n"
                               "  year = {\\noop{2025}in review}}\n"
                               "@article{r2, author = {Doe, Jane}, title = {Sorted}, journal = {J}, year = {{\\noopsort{a}}2019}}\n");
  ASSERT_EQ(result.cv.publications.size(), 2u);
  const Publication& review = result.cv.publications[0];
  EXPECT_EQ(review.status, "submitted");
  EXPECT_EQ(review.date.year, 0);
  EXPECT_EQ(kept(review)["year"], "\\noop{2025}in review");
  EXPECT_EQ(format_date(result.cv.publications[1].date), "2019");
  EXPECT_FALSE(kept(result.cv.publications[1]).contains("year"));
  EXPECT_EQ(result.find("bibtex.unknown-latex"), nullptr);
}

// INSPIRE exports a collaboration's note with no author and `collaboration = {CMS}`: the author is
// the collaboration, as INSPIRE prints it, not the CV's owner standing in.
TEST(BibtexFieldsByType, ACollaborationWithoutAuthorsIsTheAuthor) {
  Imported result = import_bib(fixture("inspire-collaboration.bib") +
                               "@techreport{note1, collaboration = {CMS}, title = {A detector performance note},\n"
                               "  number = {CMS-DP-2020-001}, institution = {CERN}, year = {2020}}\n"
                               "@article{both, collaboration = {ATLAS, CMS}, title = {A combination}, year = {2021}}\n"
                               "@article{named, collaboration = {LHCb collaboration}, title = {A measurement}, year = {2022}}\n");
  ASSERT_EQ(result.cv.publications.size(), 6u);
  const Publication& note = result.cv.publications[3];
  EXPECT_EQ(author_names(note), std::vector<std::string>{"CMS Collaboration"});
  EXPECT_TRUE(note.inferred.empty());
  EXPECT_FALSE(kept(note).contains("collaboration"));
  EXPECT_EQ(result.origins["publications[3].authors"].dump(), "[22,20]");
  EXPECT_EQ(author_names(result.cv.publications[4]), std::vector<std::string>{"ATLAS and CMS Collaborations"});
  EXPECT_EQ(author_names(result.cv.publications[5]), std::vector<std::string>{"LHCb collaboration"});
  EXPECT_EQ(result.find("bibtex.no-author"), nullptr);
  // With authors, the collaboration stays in extra.bibtex.
  EXPECT_EQ(kept(result.cv.publications[0])["collaboration"], "LIGO Scientific");
  // No collaboration is taken for the owner: the file's people are all in lists cut short.
  EXPECT_EQ(result.cv.person.name, "Your Name");
}

} // namespace
} // namespace cvport::testing
