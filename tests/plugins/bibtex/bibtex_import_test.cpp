// The BibTeX importer on fixtures that reproduce real .bib files: what each entry becomes, the
// LaTeX turned into Unicode, and the exact line and column of every error.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include <gtest/gtest.h>

#include "bib_entry_mapping.hpp"
#include "bibtex_reader.hpp"
#include "bibtex_test_support.hpp"
#include "cvport/bibtex_sniff.hpp"
#include "cvport/date.hpp"
#include "latex_unicode.hpp"
#include "journal_macros.hpp"

namespace cvport::testing {
namespace {

// fixtures/zotero-crlf.bib read in full: no error, both entries, the article's LaTeX and names.
void expect_zotero_fixture_read(const Imported& result) {
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 2u);
  const Publication& article = result.cv.publications[0];
  EXPECT_EQ(article.title, "\xC3\x9C" "ber die Stra\xC3\x9F" "e: Na\xC3\xAF" "ve Routing & Caching \xE2\x80\x94 a Study");
  EXPECT_EQ(author_names(article),
            (std::vector<std::string>{"J\xC3\xB6rg M\xC3\xBCller", "Gabriel Garc\xC3\xAD" "a M\xC3\xA1rquez",
                                      "Anna van der Berg", "Martin L. King, Jr.", "Barnes and Noble"}));
}

TEST(BibtexImport, AlFolioPapersWithMacrosConcatenationMonthsAndCrossref) {
  Imported result = import_bib(fixture("alfolio.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  // The @proceedings only serves as the crossref parent.
  ASSERT_EQ(result.cv.publications.size(), 3u);
  const Publication& clover = result.cv.publications[0];
  EXPECT_EQ(clover.id, "li2023clover");
  EXPECT_EQ(clover.type, "journal-article");
  EXPECT_EQ(clover.title, "Clover: Toward Sustainable AI with Carbon-Aware Machine Learning Inference Service");
  EXPECT_EQ(author_names(clover),
            (std::vector<std::string>{"Baolin Li", "Siddharth Samsi", "Vijay Gadepally", "Devesh Tiwari"}));
  EXPECT_EQ(clover.venue.name, "IEEE Transactions on Parallel and Distributed Systems"); // @string # "..."
  EXPECT_EQ(clover.venue.short_name, "TPDS");
  EXPECT_EQ(format_date(clover.date), "2023-05"); // month = may
  EXPECT_EQ(clover.pages, "1460\xE2\x80\x93" "1473");
  EXPECT_EQ(clover.issue, "5");
  EXPECT_EQ(clover.doi, "10.1109/TPDS.2023.3251234");
  Json kept = Json::parse(clover.extra.json)["bibtex"];
  EXPECT_EQ(kept["pdf"], "clover.pdf");
  EXPECT_EQ(kept["selected"], "true");
  EXPECT_EQ(kept["key"], "li2023clover");

  const Publication& green = result.cv.publications[1];
  EXPECT_EQ(green.type, "conference-paper");
  EXPECT_EQ(green.venue.name, "Proceedings of the International Conference for High Performance Computing, SC '23");
  EXPECT_EQ(green.publisher, "ACM");                 // inherited from the crossref parent
  EXPECT_EQ(format_date(green.date), "2023-11");     // year and month inherited
  EXPECT_EQ(green.pages, "1\xE2\x80\x93" "14");
  EXPECT_EQ(green.award, "Best Paper Finalist");

  const Publication& preprint = result.cv.publications[2];
  EXPECT_EQ(preprint.type, "preprint");
  EXPECT_EQ(preprint.status, "preprint");
  EXPECT_EQ(preprint.arxiv, "2402.12345");
  EXPECT_EQ(preprint.url, ""); // the arXiv page is the arxiv field's, not a url of its own
  EXPECT_TRUE(preprint.et_al); // "and others"
  EXPECT_EQ(author_names(preprint)[1], "Rohan Basu Roy");
  EXPECT_EQ(Json::parse(preprint.extra.json)["bibtex"]["primaryclass"], "cs.DC");

  // The owner of a .bib alone: the author named in the most author lists, marked inferred.
  EXPECT_EQ(result.cv.person.name, "Baolin Li");
  EXPECT_EQ(result.cv.person.inferred, std::vector<std::string>{"name"});
  // Each value located in the file: the entry at its "@", a field at its name.
  EXPECT_EQ(result.origins["publications[0]"].dump(), "[9,1]");
  EXPECT_EQ(result.origins["publications[0].title"].dump(), "[13,3]");
  EXPECT_EQ(result.origins["publications[1].pages"].dump(), "[38,3]");
}

TEST(BibtexImport, ZoteroExportWithCrlfAccentsAndNameForms) {
  Imported result = import_bib(fixture("zotero-crlf.bib"));
  ASSERT_NO_FATAL_FAILURE(expect_zotero_fixture_read(result));
  const Publication& article = result.cv.publications[0];
  EXPECT_FALSE(article.et_al);
  EXPECT_EQ(article.doi, "10.1109/ACCESS.2019.2912345"); // from the doi.org URL
  EXPECT_EQ(article.url, "");
  EXPECT_EQ(article.pages, "12\xE2\x80\x93" "34");
  EXPECT_EQ(Json::parse(article.extra.json)["bibtex"]["keywords"], "routing, caching");
  const Publication& thesis = result.cv.publications[1];
  EXPECT_EQ(thesis.type, "thesis");
  EXPECT_EQ(thesis.venue.name, "Technische Universit\xC3\xA4t Berlin");
  EXPECT_EQ(thesis.note, "PhD thesis");
  // CRLF does not shift columns: the thesis's title field is on line 19, after a tab.
  EXPECT_EQ(result.origins["publications[1].title"].dump(), "[19,2]");
}

TEST(BibtexImport, JapaneseTextStaysAsWritten) {
  Imported result = import_bib(fixture("japanese.bib"));
  ASSERT_EQ(result.cv.publications.size(), 1u);
  const Publication& p = result.cv.publications[0];
  EXPECT_EQ(author_names(p), (std::vector<std::string>{"太郎 山田", "花子 佐藤"}));
  EXPECT_EQ(p.title, "深層学習によるGPUクラスタのスケジューリング");
  EXPECT_EQ(p.venue.name, "情報処理学会論文誌");
  EXPECT_EQ(p.doi, "10.2197/ipsjjip.62.100");
}

TEST(BibtexImport, UnbalancedBraceIsLocatedAtTheBraceAndNothingIsImported) {
  Imported result = import_bib(fixture("unbalanced.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 1u);
  const CapturedDiagnostic* error = result.find("bibtex.unbalanced-brace");
  ASSERT_NE(error, nullptr);
  // title = {An {unbalanced title}, : the "}" on line 7 closes the title, "year =" is inside it.
  EXPECT_EQ(error->line, 5u);
  EXPECT_EQ(error->column, 11u);
  EXPECT_NE(error->message.find("before the next field starts at line 6"), std::string::npos) << error->message;
  EXPECT_TRUE(result.cv.publications.empty());
}

// BibTeX warns of an undefined macro and goes on; the name is kept as the text, as
// jekyll-scholar shows it, because the usual cause is an @string in another file
// (\bibliography{abbrev,papers}), and "CVPR" says more than an empty venue.
TEST(BibtexImport, UndefinedMacroIsAWarningAtItsFirstUseAndItsNameIsKept) {
  Imported result = import_bib(fixture("undefined-macro.bib"));
  EXPECT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  std::vector<const CapturedDiagnostic*> warnings;
  for (const CapturedDiagnostic& d : result.diagnostics)
    if (d.code == "bibtex.undefined-macro") warnings.push_back(&d);
  ASSERT_EQ(warnings.size(), 2u); // one per macro, however often it is used
  EXPECT_EQ(warnings[0]->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(warnings[0]->line, 5u);
  EXPECT_EQ(warnings[0]->column, 25u); // journal = acm # " " # tocs,
  EXPECT_NE(warnings[0]->message.find("\"tocs\" (used once)"), std::string::npos) << warnings[0]->message;
  EXPECT_EQ(warnings[1]->line, 11u);
  EXPECT_EQ(warnings[1]->column, 15u); // booktitle = CVPR, and "cvpr" at line 17: macro names ignore case
  EXPECT_NE(warnings[1]->message.find("\"CVPR\" (used 2 times)"), std::string::npos) << warnings[1]->message;
  ASSERT_EQ(result.cv.publications.size(), 3u);
  EXPECT_EQ(result.cv.publications[0].venue.name, "ACM tocs");
  EXPECT_EQ(result.cv.publications[1].venue.name, "CVPR");
  EXPECT_EQ(result.cv.publications[2].venue.name, "cvpr");
}

// The reader behind the SDK's C entry, as the plugin exports it: what crosses the ABI in an
// import request is what it reads.
sdk::PluginSpec bibtex_reader_only() {
  return {.id = "bibtex-reader", .version = "0.0.0", .description = "the BibTeX reader",
          .formats = {{.id = "bibtex", .import_cv = bibtex::read_bibtex}}};
}
using BibtexThroughTheAbi = sdk::detail::Plugin<&bibtex_reader_only>;

struct AbiImport {
  Cv cv;
  std::vector<CapturedDiagnostic> diagnostics;
  size_t count(std::string_view code) const {
    return size_t(std::count_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; }));
  }
};

AbiImport import_through_the_abi(const cvport_import_request& request) {
  MemoryHost host;
  EXPECT_EQ(BibtexThroughTheAbi::import_cv(&request, host.host()), CVPORT_OK);
  return {cv_from_json_text(host.outputs.at("")), host.diagnostics};
}

cvport_import_request request_for(const std::string& input, const char* name) {
  cvport_import_request request{};
  request.struct_size = sizeof request;
  request.format_id = "bibtex";
  request.input = input.data();
  request.input_size = input.size();
  request.source_name = name;
  return request;
}

// ABI 1.2: the host hands the importer the earlier .bib inputs of the command; their macros serve
// this one, and nothing is reported about them (cvport imports them in their own turn).
TEST(BibtexImport, TheEarlierInputsOfARequestLendTheirMacros) {
  std::string abbrev = fixture("abbrev.bib"), papers = fixture("papers.bib");
  cvport_import_input earlier{sizeof earlier, abbrev.data(), abbrev.size(), "abbrev.bib"};
  const cvport_import_input* earlier_inputs[] = {&earlier};
  cvport_import_request request = request_for(papers, "papers.bib");
  request.earlier_input_count = 1;
  request.earlier_inputs = earlier_inputs;
  AbiImport result = import_through_the_abi(request);
  ASSERT_EQ(result.cv.publications.size(), 6u);
  EXPECT_EQ(result.cv.publications[0].venue.name,
            "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition"); // its space kept
  EXPECT_EQ(result.cv.publications[2].venue.name, "European Conference on Computer Vision");
  EXPECT_EQ(result.cv.publications[4].venue.name, "ECCV"); // papers.bib's own, defined after entry 3
  EXPECT_EQ(result.count("bibtex.undefined-macro"), 1u);   // iccv, used before papers.bib defines it
  EXPECT_EQ(result.count("bibtex.definitions-only"), 0u);  // abbrev.bib's own message is its own import's
}

// An earlier input is read for its definitions only when it may have one ("@", white space, then
// "string" in any case), so many earlier one-entry files cost a scan each (bench/merge-growth);
// "@ String (" still counts.
TEST(BibtexImport, OnlyEarlierInputsThatMayDefineMacrosAreRead) {
  std::string plain = "@article{p1, author = {Doe, Jane}, title = {Plain}, journal = {J}, year = 2020}\n";
  std::string spaced = "@ String ( tj = \"Journal of Tests\" )\n";
  cvport_import_input first{sizeof first, plain.data(), plain.size(), "p1/cite.bib"};
  cvport_import_input second{sizeof second, spaced.data(), spaced.size(), "abbrev.bib"};
  const cvport_import_input* earlier_inputs[] = {&first, &second};
  std::string paper = "@article{p2, author = {Doe, Jane}, title = {Uses a macro}, journal = tj, year = 2021}\n";
  cvport_import_request request = request_for(paper, "p2/cite.bib");
  request.earlier_input_count = 2;
  request.earlier_inputs = earlier_inputs;
  AbiImport result = import_through_the_abi(request);
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(result.cv.publications[0].venue.name, "Journal of Tests");
  EXPECT_EQ(result.count("bibtex.undefined-macro"), 0u);
}

// A host of ABI 1.1 sends a request without the fields of 1.2; whatever follows it in memory is
// not read (here it would say: three earlier inputs at a bad address, seven inputs after this one).
TEST(BibtexImport, AnImportRequestOfAbi1_1IsReadWithoutTheFieldsOf1_2) {
  std::string abbrev = fixture("abbrev.bib"), papers = fixture("papers.bib");
  cvport_import_request old = request_for(papers, "papers.bib");
  old.struct_size = offsetof(cvport_import_request, earlier_input_count);
  old.earlier_input_count = 3;
  old.earlier_inputs = reinterpret_cast<const cvport_import_input* const*>(uintptr_t(8));
  old.later_input_count = 7;
  AbiImport alone = import_through_the_abi(old);
  ASSERT_EQ(alone.cv.publications.size(), 6u);
  EXPECT_EQ(alone.cv.publications[1].venue.name, "PAMI");
  EXPECT_EQ(alone.count("bibtex.undefined-macro"), 5u);
  // Read as the last input of its command: a file of definitions says it adds nothing.
  cvport_import_request old_abbrev = old;
  old_abbrev.input = abbrev.data();
  old_abbrev.input_size = abbrev.size();
  old_abbrev.source_name = "abbrev.bib";
  AbiImport definitions = import_through_the_abi(old_abbrev);
  ASSERT_EQ(definitions.count("bibtex.definitions-only"), 1u);
  EXPECT_EQ(definitions.diagnostics.at(0).severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(definitions.diagnostics.at(0).line, 3u);
  EXPECT_EQ(definitions.diagnostics.at(0).column, 1u);
}

// libbtparse, biber's parser, skips "%" to the end of the line between entries and between the
// tokens of an entry (people comment out fields and entries that way), never inside a value. The
// checks run before it read the file the same way: none of these lines is an error.
TEST(BibtexImport, PercentCommentsAreSkippedOutsideValues) {
  Imported result = import_bib(fixture("percent-comments.bib"));
  for (const CapturedDiagnostic& d : result.diagnostics)
    EXPECT_NE(d.severity, CVPORT_SEVERITY_ERROR) << d.line << ":" << d.column << " " << d.message;
  ASSERT_EQ(result.cv.publications.size(), 2u); // not the commented-out @article, nor the @misc named in a comment
  const auto& first = result.cv.publications[0];
  EXPECT_EQ(first.title, "First paper");
  EXPECT_EQ(first.venue.name, "Journal of Things");
  EXPECT_EQ(format_date(first.date), "2020");
  EXPECT_TRUE(first.doi.empty()) << first.doi; // "% doi = {...}" is a comment
  const auto& second = result.cv.publications[1];
  EXPECT_EQ(second.title, "Half done: 50% of the work"); // inside a value, "%" is text
  EXPECT_EQ(second.venue.name, "Proc. 100% Workshop");
}

// Mendeley Desktop starts its exports with lines of plain text, which BibTeX skips; so does
// cvport, with a note at the first of them, and the file is still detected as BibTeX.
TEST(BibtexImport, AHeaderBeforeTheFirstEntryIsSkippedWithANote) {
  std::string text = fixture("mendeley-header.bib");
  ASSERT_TRUE(cvport::bibtex_entry_at(text));
  Imported result = import_bib(text);
  EXPECT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  EXPECT_EQ(result.count(CVPORT_SEVERITY_WARNING), 0u);
  const CapturedDiagnostic* header = result.find("bibtex.header-skipped");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(header->line, 1u);
  EXPECT_EQ(header->column, 1u);
  EXPECT_NE(header->message.find("(lines 1-4)"), std::string::npos) << header->message;
  ASSERT_EQ(result.cv.publications.size(), 2u);
  EXPECT_EQ(result.cv.publications[0].title, "First paper");
  EXPECT_EQ(result.cv.publications[1].venue.name, "Proc. Workshop");
}

// BibTeX takes "@misc{placeholder}" as an entry without fields; libbtparse calls it a syntax
// error. It holds nothing for a CV: a warning, and the rest of the file is read.
TEST(BibtexImport, AnEntryWithOnlyAKeyIsLeftOutWithAWarning) {
  Imported result = import_bib("@misc{placeholder}\n"
                               "@article{a1, author = {Ada Lovelace}, title = {Engines}, year = 1843}\n"
                               "  @unpublished ( todo )\n");
  EXPECT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  std::vector<const CapturedDiagnostic*> left_out;
  for (const CapturedDiagnostic& d : result.diagnostics)
    if (d.code == "bibtex.entry-without-fields") left_out.push_back(&d);
  ASSERT_EQ(left_out.size(), 2u);
  EXPECT_EQ(left_out[0]->line, 1u);
  EXPECT_EQ(left_out[0]->column, 1u);
  EXPECT_EQ(left_out[1]->line, 3u);
  EXPECT_EQ(left_out[1]->column, 3u);
  EXPECT_EQ(left_out[0]->severity, CVPORT_SEVERITY_WARNING);
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(result.cv.publications[0].title, "Engines");
}

// Summaries are said once per file, each at the first place in the file that shows it, so that
// every message of an import points into the user's own file.
TEST(BibtexImport, EverySummaryIsLocatedAtItsFirstCase) {
  Imported result = import_bib("@misc{first, title = {No author}, year = 2020}\n"
                               "@article{a1,\n"
                               "  author = {Ada Lovelace},\n"
                               "  title = {On \\frobnicate{engines}},\n"
                               "  journal = {J}, year = 1843, abstract = {Long}}\n"
                               "@widget{w1, author = {Ada Lovelace}, title = {A widget}, year = 1844}\n"
                               "@inproceedings{c1, author = {Ada Lovelace}, title = {Talk}, crossref = {proc}}\n"
                               "@proceedings{proc, title = {Proceedings}, year = 1845}\n");
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  for (const CapturedDiagnostic& d : result.diagnostics)
    EXPECT_GT(d.line, 0u) << d.code << ": " << d.message;
  const CapturedDiagnostic* owner = result.find("bibtex.owner-inferred");
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->line, 3u); // the first author field naming Ada Lovelace
  EXPECT_EQ(owner->column, 3u);
  EXPECT_EQ(owner->path, "person.name");
  const CapturedDiagnostic* kept = result.find("bibtex.fields-kept");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->line, 5u); // abstract = {Long}
  EXPECT_EQ(kept->column, 31u);
  const CapturedDiagnostic* latex = result.find("bibtex.unknown-latex");
  ASSERT_NE(latex, nullptr);
  EXPECT_NE(latex->message.find("\\frobnicate"), std::string::npos) << latex->message;
  EXPECT_EQ(latex->line, 2u); // the entry that first uses it
  const CapturedDiagnostic* type = result.find("bibtex.unknown-type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->line, 6u);
  const CapturedDiagnostic* parents = result.find("bibtex.parents-left-out");
  ASSERT_NE(parents, nullptr);
  EXPECT_EQ(parents->line, 8u);
}

// An "@" that starts no entry (an e-mail address in a comment, found by fuzzing a JSON Resume
// file through the importer) made libbtparse call exit(1) inside cvport. BibTeX skips it as
// junk, and so does cvport; the entry after it is read.
// Text glued to a field's value ("{12--34}L", found by fuzz_import) made libbtparse's error
// recovery free memory it did not own. The entry is now refused before btparse sees it, located
// at the stray character; like every error, it stops the import. Without the stray character the
// same file is read whole: concatenation after a quoted value and text after an @comment are no
// such error.
TEST(BibtexImport, TextAfterAFieldValueIsLocatedAndRefused) {
  std::string text = "@article{a1, title = {First}, journal = {J}, year = 2020}\n"
                     "@article{a2, title = {Second},\r\n  pages = {12--34}L\r\n  year = {2019},\n}\n"
                     "@article{a3, title = \"Third\" # { part}, note = {x}, year = 2021}\n"
                     "@comment{anything {goes} here}x\n";
  Imported result = import_bib(text);
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 1u);
  const CapturedDiagnostic* error = result.find("bibtex.syntax");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->line, 3u);
  EXPECT_EQ(error->column, 19u);
  EXPECT_EQ(error->message, "found \"L\" after a field value, expected \",\" or the end of the entry (\"}\" or \")\") "
                            "(correct the entry and import again: nothing is imported while the file has an error)");

  text.replace(text.find("}L"), 2, "},");
  Imported fixed = import_bib(text);
  EXPECT_EQ(fixed.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(fixed.cv.publications.size(), 3u);
  EXPECT_EQ(fixed.cv.publications[1].pages, "12\u201334");
  EXPECT_EQ(fixed.cv.publications[2].title, "Third part");
}

TEST(BibtexImport, AnAtSignOutsideEntriesIsSkipped) {
  Imported result = import_bib("% Ada's papers, write to ada@mail.com\", \"phone\": \"(1)\n"
                               "@article{a1, author = {Ada Lovelace}, title = {Notes}, journal = {J}, year = 1843}\n"
                               "trailing words and @ alone\n");
  EXPECT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(result.cv.publications[0].title, "Notes");
  EXPECT_EQ(result.origins["publications[0]"].dump(), "[2,1]");
}

// arXiv, PubMed and ISBN ids in the forms exports write them: eprint with archivePrefix (arXiv's
// BibTeX) or eprinttype (BibLaTeX), a pmid field (PubMed, Zotero), an isbn field listing two
// ISBNs. Each lands in its model field, located; what is no valid id stays in extra.bibtex with a
// warning at the entry.
TEST(BibtexImport, ArxivPubmedAndIsbnIdsInTheirFields) {
  Imported result = import_bib(fixture("identifiers.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 6u);
  const Publication& preprint = result.cv.publications[0];
  EXPECT_EQ(preprint.arxiv, "2007.14175v2");
  EXPECT_EQ(preprint.type, "preprint");
  EXPECT_EQ(result.origins["publications[0].arxiv"].dump(), "[5,3]");
  EXPECT_FALSE(Json::parse(preprint.extra.json)["bibtex"].contains("eprint"));

  const Publication& medical = result.cv.publications[1];
  EXPECT_EQ(medical.pmid, "31452104");
  EXPECT_EQ(medical.arxiv, "");
  EXPECT_EQ(medical.type, "journal-article");
  EXPECT_EQ(result.origins["publications[1].pmid"].dump(), "[14,3]");

  const Publication& biblatex = result.cv.publications[2];
  EXPECT_EQ(biblatex.pmid, "30854225"); // eprint with eprinttype pubmed
  EXPECT_EQ(biblatex.arxiv, "hep-th/9901001");
  EXPECT_EQ(result.origins["publications[2].arxiv"].dump(), "[23,3]"); // from the note

  const Publication& book = result.cv.publications[3];
  EXPECT_EQ(book.isbn, "978-0-262-04630-5"); // the first of two, as written
  EXPECT_EQ(Json::parse(book.extra.json)["bibtex"]["isbn"], "978-0-262-04630-5, 0-262-04630-X");

  const Publication& bad = result.cv.publications[4];
  EXPECT_EQ(bad.isbn, "");
  EXPECT_EQ(bad.pmid, "");
  Json kept = Json::parse(bad.extra.json)["bibtex"];
  EXPECT_EQ(kept["isbn"], "978-0-262-04630-6");
  EXPECT_EQ(kept["pmid"], "PMC6712345");
  std::vector<std::string> warnings;
  for (const CapturedDiagnostic& message : result.diagnostics)
    if (message.line == 33u) warnings.push_back(message.message);
  EXPECT_EQ(warnings.size(), 2u);
  EXPECT_NE(std::find_if(warnings.begin(), warnings.end(),
                         [](const std::string& m) {
                           return m.find("the isbn \"978-0-262-04630-6\" holds no ISBN with a valid check digit") !=
                                  std::string::npos;
                         }),
            warnings.end());
}

// Publishers' and library exports list a book's ISBNs separated by spaces too ("9780306406157
// 0306406152", "ISBN ... (pbk.)"): the first valid one is the isbn (cvport/isbn_list.hpp, as the
// ORCID importer reads such a value), the whole text stays in extra.bibtex.
TEST(BibtexImport, AnIsbnListSeparatedBySpacesGivesItsFirstValidIsbn) {
  Imported result = import_bib("@book{b, author = {Doe, Jane}, title = {A Book}, year = 2020,\n"
                               "  isbn = {9780306406157 0306406152}}\n"
                               "@book{c, author = {Doe, Jane}, title = {Another}, year = 2021,\n"
                               "  isbn = {ISBN 0-262-04630-X (pbk.)}}\n");
  ASSERT_EQ(result.count(CVPORT_SEVERITY_WARNING), 0u);
  ASSERT_EQ(result.cv.publications.size(), 2u);
  EXPECT_EQ(result.cv.publications[0].isbn, "9780306406157");
  EXPECT_EQ(Json::parse(result.cv.publications[0].extra.json)["bibtex"]["isbn"], "9780306406157 0306406152");
  EXPECT_EQ(result.origins["publications[0].isbn"].dump(), "[2,3]");
  EXPECT_EQ(result.cv.publications[1].isbn, "0-262-04630-X");
}

// "isbn = {978.84.613.5636.2}", as a real .bib file writes it: dots are read as separators
// (cvport/identifiers.hpp) and the model holds the ISBN with hyphens, located, the field read.
TEST(BibtexImport, AnIsbnWrittenWithDotsIsReadWithHyphens) {
  Imported result = import_bib("@book{b, author = {Doe, Jane}, title = {A Book}, year = 2012,\n"
                               "  isbn = {978.84.613.5636.2}}\n"
                               "@misc{c, author = {Doe, Jane}, title = {A Number}, year = 2013,\n"
                               "  isbn = {9780306406.158}}\n");
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 2u);
  const Publication& book = result.cv.publications[0];
  EXPECT_EQ(book.isbn, "978-84-613-5636-2");
  EXPECT_EQ(result.origins["publications[0].isbn"].dump(), "[2,3]");
  EXPECT_FALSE(Json::parse(book.extra.json)["bibtex"].contains("isbn")); // read, not kept
  // A number with a decimal point and no valid check digit stays in extra.bibtex, with a warning.
  EXPECT_EQ(result.cv.publications[1].isbn, "");
  EXPECT_EQ(Json::parse(result.cv.publications[1].extra.json)["bibtex"]["isbn"], "9780306406.158");
  EXPECT_EQ(result.count(CVPORT_SEVERITY_WARNING), 1u);
}

// Inputs found by fuzzing that made libbtparse end or crash the process: a name with three
// commas, a NUL byte inside a value. Each is read, and the entry kept.
TEST(BibtexImport, DamagedEntriesAreReadWithoutEndingTheProcess) {
  std::string text = "@article{a1, author = {King, Jr.,, Martin and Ada Lovelace}, title = {Dream}, year = 1963}\n"
                     "@misc{a2, author = {Ada Lovelace}, title = {Notes X}, eprint = {2402.12345\nmore}, archiveprefix = {arXiv}, year = 2024}\n";
  text[text.find("Notes") + 6] = '\0'; // the X
  Imported result = import_bib(text);
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 2u);
  EXPECT_EQ(author_names(result.cv.publications[0]), (std::vector<std::string>{"Martin King, Jr.", "Ada Lovelace"}));
  EXPECT_EQ(result.cv.publications[1].title, "Notes");
  EXPECT_EQ(result.cv.publications[1].arxiv, "2402.12345");
  const CapturedDiagnostic* nul = result.find("bibtex.nul-byte");
  ASSERT_NE(nul, nullptr);
  EXPECT_EQ(nul->line, 2u);
  EXPECT_EQ(nul->column, 51u);
}

// The owner of a .bib alone is taken with every spelling of their name the file uses, so that
// each of their entries marks them; a namesake with another first name is not taken.
TEST(BibtexImport, OwnerTakenWithTheOtherSpellingsOfTheirName) {
  Imported result = import_bib(fixture("owner-spellings.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  EXPECT_EQ(result.cv.person.name, "Adam Ginsburg"); // the most used spelling with the first name written out
  EXPECT_EQ(result.cv.person.name_variants,
            (std::vector<std::string>{"A. Ginsburg", "A. G. Ginsburg", "Adam G. Ginsburg"}));
  EXPECT_EQ(result.cv.person.inferred, (std::vector<std::string>{"name", "name_variants"}));
  const CapturedDiagnostic* owner = result.find("bibtex.owner-inferred");
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->line, 5u); // the first author field naming the owner, as "{Ginsburg}, A."
  EXPECT_EQ(owner->column, 3u);
  EXPECT_NE(owner->message.find("\"Adam Ginsburg\", named in the most author lists (7), is taken as person.name, "
                                "with the spellings \"A. Ginsburg\" (3), \"A. G. Ginsburg\" (1), "
                                "\"Adam G. Ginsburg\" (1) as person.name_variants"),
            std::string::npos)
      << owner->message;
}

// ADS writes the AAS journal macros for the journal: read as the journals' titles, whole value or
// among other words, with a note at the first; its "and et al." cuts the list short like "and
// others".
TEST(BibtexImport, AdsJournalMacrosAndEtAl) {
  Imported result = import_bib(fixture("ads-export.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 4u);
  EXPECT_EQ(result.cv.publications[0].venue.name, "The Astrophysical Journal");
  EXPECT_EQ(result.cv.publications[1].venue.name, "Monthly Notices of the Royal Astronomical Society");
  const Publication& alma = result.cv.publications[2];
  EXPECT_EQ(alma.venue.name, "The Astrophysical Journal Letters"); // { {\apjl} }
  EXPECT_EQ(author_names(alma), (std::vector<std::string>{"ALMA Partnership", "E. B. Fomalont", "Y. Asaki"}));
  EXPECT_TRUE(alma.et_al);
  // A macro among other words is the journal's title too; a command that is no such macro is
  // LaTeX like any other, unknown here.
  EXPECT_EQ(result.cv.publications[3].venue.name, "accepted to Astronomy & Astrophysics, in");
  const CapturedDiagnostic* unknown = result.find("bibtex.unknown-latex");
  ASSERT_NE(unknown, nullptr);
  EXPECT_NE(unknown->message.find(": \\apjx"), std::string::npos) << unknown->message;
  EXPECT_EQ(result.origins["publications[0].venue.name"].dump(), "[7,7]");
  const CapturedDiagnostic* note = result.find("bibtex.journal-macro");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(note->line, 7u);
  EXPECT_EQ(note->column, 7u);
  EXPECT_NE(note->message.find(": \\aap (1), \\apj (1), \\apjl (1), \\mnras (1)"), std::string::npos) << note->message;
  EXPECT_EQ(bibtex::journal_macro("\\aap")->title, "Astronomy & Astrophysics");
  EXPECT_EQ(bibtex::journal_macro("\\astap")->title, "Astronomy & Astrophysics"); // aas_macros.sty's \let alias
  EXPECT_FALSE(bibtex::journal_macro("\\apjx"));
  EXPECT_FALSE(bibtex::journal_macro("\\apj ApJ"));
  bibtex::ExpandedVenue expanded = bibtex::expand_journal_macros("{\\apj} Letters, \\apjx \\emph{and} \\mnras{}");
  EXPECT_EQ(expanded.latex, "{The Astrophysical Journal} Letters, \\apjx \\emph{and} Monthly Notices of the Royal "
                            "Astronomical Society{}");
  EXPECT_EQ(expanded.macros, (std::vector<std::string>{"\\apj", "\\mnras"}));
  EXPECT_EQ(result.cv.person.name, "Adam Ginsburg");
}

// A collaboration's papers, as INSPIRE-HEP exports them, name their first author and "others":
// that author is not the owner, and the import says the owner is unknown.
TEST(BibtexImport, NoOwnerFromListsCutShort) {
  Imported result = import_bib(fixture("inspire-collaboration.bib"));
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 3u);
  EXPECT_EQ(result.cv.person.name, "Your Name");
  EXPECT_TRUE(result.cv.person.name_variants.empty());
  EXPECT_EQ(result.cv.person.inferred, (std::vector<std::string>{"name"}));
  EXPECT_EQ(result.find("bibtex.owner-inferred"), nullptr);
  const CapturedDiagnostic* unknown = result.find("bibtex.owner-unknown");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(unknown->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(unknown->path, "person.name");
  EXPECT_EQ(unknown->line, 4u); // the first author field
  EXPECT_EQ(unknown->column, 7u);
  EXPECT_NE(unknown->message.find("\"J. Aasi\" (2), is only named in lists cut short by \"and others\""),
            std::string::npos)
      << unknown->message;
  // One complete list naming them is enough to take them.
  Imported with_one = import_bib(fixture("inspire-collaboration.bib") +
                                 "@article{own, author = {Aasi, J. and Doe, A.}, title = {Own}, year = 2017}\n");
  EXPECT_EQ(with_one.cv.person.name, "J. Aasi");
  EXPECT_EQ(with_one.find("bibtex.owner-unknown"), nullptr);
}

// A name with an empty part before a comma ("M{\"u}ller, ,{\"o}rg", ",Jorg"): libbtparse's
// bt_split_name pointed the name's parts past its tokens and the importer read through them (a
// crash found by fuzz_import). The empty part is read as BibTeX reads it: as nothing.
TEST(BibtexImport, NamesWithEmptyPartsBeforeACommaAreRead) {
  Imported result = import_bib("@article{a1, author = {M{\\\"u}ller, ,{\\\"o}rg and ,Ada and Lovelace,, Ada and , ,},\n"
                               "  title = {Names}, year = 2019}\n");
  ASSERT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(author_names(result.cv.publications[0]),
            (std::vector<std::string>{"\xC3\xB6rg M\xC3\xBCller", "Ada", "Ada Lovelace"}));
}

// libbtparse keeps its parser's state in globals, and the importer jumps out of libbtparse when
// it gives up (btparse_capture.hpp). One process may import many files (`cvport import a.bib
// b.bib`, the fuzz target): each must start from a fresh parser state. Thousands of files that make
// libbtparse give up, fail to parse or split bad names, then a good one, read in full. (These
// inputs jump out of libbtparse's post-processing, not from inside a parser rule: no input found
// so far lowers the attribute stack that reset_parser_state also restores.)
TEST(BibtexImport, AGoodFileAfterThousandsOfBadOnesInOneProcessIsReadInFull) {
  std::vector<std::string> bad = {
      // libbtparse's post-processing gives up ("usage error: bt_postprocess_field: invalid AST
      // node"): a file fuzz_import made from the seed corpus
      fixture("fuzz-parser-gives-up.bib"),
      // a syntax error in the middle of an entry, then text the parser skips
      "@article{k, title = {x} journal = {J}}\n@misc{m, title = \"open\n",
      // an entry that never ends, with a runaway string
      "@article{k, title = \"x, author = {Ada and}, note = {\n\n\n\n\n\n\n\n}",
      // junk, parentheses and a bare word where an entry or a field belongs
      "junk @misc(k, = {x}) word @string{= \"a\"} @comment(x @preamble{ # }",
      // the names that crashed the importer (see the test above) and a NUL byte
      "@book{k, author = {M{\\\"u}ller, ,{\\\"o}rg and ,x}, title = {T?}}",
  };
  bad.back()[bad.back().find('?')] = '\0';
  size_t refused = 0;
  for (int round = 0; round < 500; ++round)
    for (size_t i = 0; i < bad.size(); ++i) {
      Imported damaged = import_bib(bad[i]);
      if (i == 0) refused += damaged.count(CVPORT_SEVERITY_ERROR) > 0;
    }
  // The first input each time. It used to drive libbtparse into giving up; since text after a
  // field value is refused before btparse reads it, its first entry is refused instead.
  EXPECT_EQ(refused, 500u);

  Imported result = import_bib(fixture("zotero-crlf.bib"));
  ASSERT_NO_FATAL_FAILURE(expect_zotero_fixture_read(result));
  const Publication& article = result.cv.publications[0];
  EXPECT_EQ(article.doi, "10.1109/ACCESS.2019.2912345");
  EXPECT_EQ(result.origins["publications[1]"].dump(), "[17,1]");
}

TEST(BibtexImport, SevenHundredEntriesAllImported) {
  std::string text;
  for (int i = 0; i < 700; ++i)
    text += "@article{k" + std::to_string(i) + ", author = {Author, A. and Other, B.}, title = {Paper " +
            std::to_string(i) + "}, journal = {J}, year = " + std::to_string(1990 + i % 30) + "}\n";
  Imported result = import_bib(text);
  EXPECT_EQ(result.count(CVPORT_SEVERITY_ERROR), 0u);
  ASSERT_EQ(result.cv.publications.size(), 700u);
  EXPECT_EQ(result.cv.publications[699].title, "Paper 699");
  EXPECT_EQ(result.cv.publications[699].date.year, 1990 + 699 % 30);
}

TEST(LatexUnicode, AccentsCommandsLigaturesAndBraces) {
  using bibtex::latex_to_unicode;
  EXPECT_EQ(latex_to_unicode("{\\\"u}"), "\xC3\xBC");
  EXPECT_EQ(latex_to_unicode("\\'{e}"), "\xC3\xA9");
  EXPECT_EQ(latex_to_unicode("{\\ss}"), "\xC3\x9F");
  EXPECT_EQ(latex_to_unicode("\\&"), "&");
  EXPECT_EQ(latex_to_unicode("1--2"), "1\xE2\x80\x93" "2");
  EXPECT_EQ(latex_to_unicode("a---b"), "a\xE2\x80\x94" "b");
  EXPECT_EQ(latex_to_unicode("D.~E. Knuth"), "D. E. Knuth");
  EXPECT_EQ(latex_to_unicode("\\textit{Word} and {\\em this}"), "Word and this");
  EXPECT_EQ(latex_to_unicode("{GPU} {{Clusters}}"), "GPU Clusters");
  EXPECT_EQ(latex_to_unicode("\\c{c}\\v{s}\\o{}"), "\xC3\xA7\xC5\xA1\xC3\xB8");
  bibtex::UnknownCommands unknown;
  EXPECT_EQ(latex_to_unicode("\\foo{kept}", &unknown), "kept");
  EXPECT_EQ(unknown, bibtex::UnknownCommands{"\\foo"});
  // The rows added to latexcodec's (generate_latex_unicode.py, SUPPLEMENT), as ADS exports use them.
  bibtex::UnknownCommands none;
  EXPECT_EQ(latex_to_unicode("Ada\\textquoteright{}s {\\textquotedblleft}Engine{\\textquotedblright} at "
                             "$M_{\\odot}$ \\textquoteleft{}x",
                             &none),
            "Ada\xE2\x80\x99s \xE2\x80\x9C" "Engine\xE2\x80\x9D at M_\xE2\x8A\x99 \xE2\x80\x98x");
  EXPECT_TRUE(none.empty());
}

// Plain text is given back as it is, and only when its spaces are single ones between words: the
// decoder's whitespace rule holds for text with no LaTeX in it too.
TEST(LatexUnicode, PlainTextAndItsWhitespace) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Baolin Li", "Baolin Li"},
      {"  Baolin   Li ", "Baolin Li"},
      {"Baolin\tLi", "Baolin Li"},
      {"Baolin\nLi", "Baolin Li"},
      {" ", ""},
      {"Word {Two}  three", "Word Two three"},
      {"B\xC3\xA9 Li {\\ss} a--b", "B\xC3\xA9 Li \xC3\x9F a\xE2\x80\x93" "b"}};
  for (auto [latex, text] : cases) EXPECT_EQ(bibtex::latex_to_unicode(latex), text) << latex;
}

TEST(BibtexMapping, DoiPrefixesInAnyCase) {
  EXPECT_EQ(bibtex::bare_doi("DOI: 10.1/x"), "10.1/x");
  EXPECT_EQ(bibtex::bare_doi("Doi 10.1/x"), "10.1/x");
  EXPECT_EQ(bibtex::bare_doi("HTTPS://DX.DOI.ORG/10.1/x"), "10.1/x");
  EXPECT_EQ(bibtex::bare_doi("  10.1/x  "), "10.1/x");
  EXPECT_EQ(bibtex::bare_doi("doi"), "");
}

// extra.bibtex is JSON text, written as nlohmann writes an object: members sorted by name,
// quotes, backslashes and control characters escaped, UTF-8 as it is; the first of two fields
// with one name kept, and a field named "key" not over the citation key.
TEST(BibtexMapping, KeptFieldsAsJsonText) {
  Imported result = import_bib("@article{k1, title = {T}, author = {A. B}, zeta = {z}, abstract = {say \"\\hi\" \xC3\xA9},\n"
                               "  key = {other}, abstract = {second}, Keywords = {x}}\n");
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(result.cv.publications[0].extra.json,
            "{\"bibtex\":{\"abstract\":\"say \\\"\\\\hi\\\" \xC3\xA9\",\"key\":\"k1\",\"keywords\":\"x\",\"type\":\"article\","
            "\"zeta\":\"z\"}}");
}

TEST(BibtexMapping, PagesAndDoi) {
  EXPECT_EQ(bibtex::normalise_pages("12-34"), "12\xE2\x80\x93" "34");
  EXPECT_EQ(bibtex::normalise_pages("12 -- 34"), "12\xE2\x80\x93" "34");
  EXPECT_EQ(bibtex::normalise_pages("e1234"), "e1234");
  EXPECT_EQ(bibtex::bare_doi("https://doi.org/10.1145/3581784.3607034"), "10.1145/3581784.3607034");
  EXPECT_EQ(bibtex::bare_doi("doi:10.1/x"), "10.1/x");
  EXPECT_EQ(bibtex::bare_doi("https://example.org/paper"), "");
}

TEST(BibtexDetect, BibFilesAndNotOthers) {
  EXPECT_TRUE(bibtex::detect_bibtex("% comment\n\n@article{k, title={x}}"));
  EXPECT_TRUE(bibtex::detect_bibtex(fixture("alfolio.bib"))); // after Jekyll's front matter
  EXPECT_TRUE(bibtex::detect_bibtex(fixture("zotero-crlf.bib")));
  EXPECT_FALSE(bibtex::detect_bibtex("person:\n  name: A\n"));
  EXPECT_FALSE(bibtex::detect_bibtex("{\"basics\": {}}"));
}

} // namespace
} // namespace cvport::testing
