// cvport with the bibtex plugin: a .bib is detected by its content, imported to a source that
// validates, refused with located errors (and nothing written), and merged into a CV without
// duplicates, with the report of what matched what.
#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace cvport::testing {
namespace {

const std::string kBibFixtures = (source_dir() / "tests/plugins/bibtex/fixtures/").string();

TEST_F(Cli, ValidateSaysABibFileIsBibtex) {
  CommandResult run = cvport("validate " + kBibFixtures + "alfolio.bib");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("alfolio.bib: valid (0 errors, 0 warnings, read as bibtex)"), std::string::npos) << run.err;
}

// Plugins are loaded in name order only until an importer claims the input, and the BibTeX one
// comes first: importing a .bib opens no plugin file when it is linked into cvport, and bibtex.so
// alone when it is a module (as the dynamic loader's own log says).
TEST_F(Cli, ImportingABibOpensNoPluginFileButTheBibtexModule) {
  fs::path out = folder / "papers.yaml";
  CommandResult result = run("env -u CVPORT_PLUGIN_PATH LD_DEBUG=files " + cvport_exe().string() + " import " +
                             kBibFixtures + "alfolio.bib -o " + out.string());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(read_file(out).find("publications:"), std::string::npos);
  EXPECT_EQ(plugin_files_opened(result.err),
            linked_into_cvport("bibtex") ? std::vector<std::string>{} : std::vector<std::string>{"bibtex.so"});
}

TEST_F(Cli, ImportedBibValidates) {
  fs::path out = folder / "papers.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "zotero-crlf.bib -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(out);
  EXPECT_NE(yaml.find("title: 'Über die Straße: Naïve Routing & Caching — a Study'"), std::string::npos) << yaml;
  CommandResult check = cvport("validate " + out.string());
  EXPECT_EQ(check.status, 0) << check.err;
}

// What the importer infers about the owner is what `cvport validate` needs to find them in every
// entry: no source.owner-not-author warning for an entry written under another spelling.
TEST_F(Cli, ImportedOwnerIsFoundInEveryEntry) {
  fs::path out = folder / "papers.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "owner-spellings.bib -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(out);
  EXPECT_NE(yaml.find("  name_variants: [A. Ginsburg, A. G. Ginsburg, Adam G. Ginsburg]\n  inferred: [name, name_variants]\n"),
            std::string::npos)
      << yaml;
  CommandResult check = cvport("validate " + out.string());
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.err.find("papers.yaml: valid (0 errors, 0 warnings"), std::string::npos) << check.err;
  // The namesake is not the owner: the 2012 paper marks only "A. Ginsburg" (in bold).
  fs::path md = folder / "cv.md";
  CommandResult markdown = cvport("export " + out.string() + " --to markdown -o " + md.string());
  ASSERT_EQ(markdown.status, 0) << markdown.err;
  EXPECT_NE(read_file(md).find("3. Two Ginsburgs.\\\n   **A. Ginsburg**, Andrew Ginsburg.\\\n"), std::string::npos)
      << read_file(md);
}

// A collaboration's papers cut short by "and others": no owner is guessed, and validate does not
// warn that the owner is missing from lists that leave authors out.
TEST_F(Cli, CollaborationPapersImportWithoutAGuessedOwner) {
  fs::path out = folder / "papers.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "inspire-collaboration.bib -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("inspire-collaboration.bib:4:7: warning: person.name: a .bib file names no CV owner"),
            std::string::npos)
      << run.err;
  EXPECT_NE(read_file(out).find("person:\n  name: Your Name\n"), std::string::npos) << read_file(out);
  CommandResult check = cvport("validate " + out.string());
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.err.find("papers.yaml: valid (0 errors, 0 warnings"), std::string::npos) << check.err;
  // Into a CV, whose owner is known, the import says nothing of the owner it could not find.
  fs::path merged = folder / "merged.yaml";
  CommandResult into = cvport("import " + kBibFixtures + "inspire-collaboration.bib --into " + kBibFixtures +
                              "cv.yaml -o " + merged.string());
  ASSERT_EQ(into.status, 0) << into.err;
  EXPECT_EQ(into.err.find("owner-unknown"), std::string::npos) << into.err;
  EXPECT_EQ(read_file(merged).find("Your Name"), std::string::npos) << read_file(merged);
}

TEST_F(Cli, UnbalancedBraceWritesNothing) {
  fs::path out = folder / "papers.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "unbalanced.bib -o " + out.string());
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find("unbalanced.bib:5:11: error: this \"{\" is not closed before the next field starts at line 6"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(Cli, MergeIntoTheCvAddsOnlyWhatIsNew) {
  fs::path out = folder / "new.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "alfolio.bib " + kBibFixtures + "more.bib --into " + kBibFixtures +
                             "cv.yaml -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  // Clover: in the CV already (same DOI), with another year: a conflict, the CV's year kept.
  EXPECT_NE(run.err.find("alfolio.bib: publications[0] \"Clover: Toward Sustainable AI with Carbon-Aware Machine "
                         "Learning Inference Service\": conflicts with " + kBibFixtures +
                         "cv.yaml publications[0] (same doi 10.1109/tpds.2023.3251234): year 2022 in " + kBibFixtures +
                         "cv.yaml, 2023 in " + kBibFixtures + "alfolio.bib"),
            std::string::npos)
      << run.err;
  // The second source's Clover (by its DOI URL) matches too, with the same conflict; its arXiv v2
  // preprint matches what the first source added.
  EXPECT_NE(run.err.find("more.bib: publications[0] \"Clover\": conflicts with " + kBibFixtures +
                         "cv.yaml publications[0] (same doi 10.1109/tpds.2023.3251234)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("more.bib: publications[1] \"Sustainable HPC\": matches " + kBibFixtures +
                         "alfolio.bib publications[2] (same arxiv 2402.12345)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("more.bib: publications[2] \"A New Paper\": new, as publications[3]"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("merged: 3 new, 1 matched, 2 in conflict"), std::string::npos) << run.err;
  std::string yaml = read_file(out);
  EXPECT_NE(yaml.find("name: Baolin Li"), std::string::npos);
  EXPECT_EQ(yaml.find("inferred: [name]"), std::string::npos) << yaml; // the CV's person, not the guess
  EXPECT_NE(yaml.find("date: 2022"), std::string::npos) << yaml;
  CommandResult check = cvport("validate " + out.string());
  EXPECT_EQ(check.status, 0) << check.err;
  // Imported again into the merged CV, the sources add nothing.
  CommandResult again = cvport("import " + kBibFixtures + "alfolio.bib " + kBibFixtures + "more.bib --into " +
                               out.string() + " -o " + (folder / "again.yaml").string());
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("merged: 0 new, "), std::string::npos) << again.err;
}

// arXiv, PubMed and ISBN ids imported from a .bib reach the CV's formats: links in Markdown, external
// ids in the ORCID bundle. A merge matches a paper by its arXiv id; a book by its ISBN, but not
// another chapter of the same book, which shares the book's ISBN.
TEST_F(Cli, ImportedIdentifiersReachTheFormatsAndTheMerge) {
  fs::path cv = folder / "papers.yaml";
  CommandResult run = cvport("import " + kBibFixtures + "identifiers.bib -o " + cv.string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(cv);
  EXPECT_NE(yaml.find("  arxiv: 2007.14175v2\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("  isbn: 978-0-262-04630-5\n"), std::string::npos) << yaml;
  CommandResult check = cvport("validate " + cv.string());
  EXPECT_EQ(check.status, 0) << check.err;

  fs::path out = folder / "out";
  CommandResult exported = cvport("export " + cv.string() + " --to markdown,orcid -o " + out.string());
  ASSERT_EQ(exported.status, 0) << exported.err;
  std::string markdown = read_file(out / "cv.md");
  EXPECT_NE(markdown.find("arXiv [2007.14175v2](https://arxiv.org/abs/2007.14175v2)"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("PMID [31452104](https://pubmed.ncbi.nlm.nih.gov/31452104/)"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("MIT Press, ISBN 978-0-262-04630-5"), std::string::npos) << markdown;
  std::string manifest = read_file(out / "orcid" / "manifest.json");
  EXPECT_NE(manifest.find("\"normalized\": \"arxiv:2007.14175v2\""), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("\"normalized\": \"31452104\""), std::string::npos) << manifest;

  // Another chapter of the handbook, and the preprint again under its arXiv page.
  fs::path more = folder / "more.bib";
  write_file(more,
             "@incollection{other, author = {Ada Lovelace}, title = {Water Accounting}, booktitle = {Green Computing "
             "Handbook}, isbn = {978-0-262-04630-5}, year = 2021}\n"
             "@misc{again, author = {Baolin Li}, title = {Frugal inference (v2)}, url = {https://arxiv.org/abs/2007.14175}, "
             "year = 2021}\n");
  CommandResult merged = cvport("import " + more.string() + " --into " + cv.string() + " -o " + (folder / "merged.yaml").string());
  ASSERT_EQ(merged.status, 0) << merged.err;
  EXPECT_NE(merged.err.find("publications[0] \"Water Accounting\": new, as publications[6]"), std::string::npos) << merged.err;
  EXPECT_NE(merged.err.find("publications[1] \"Frugal inference (v2)\": conflicts with " + cv.string() +
                            " publications[0] (same arxiv 2007.14175)"),
            std::string::npos)
      << merged.err;
}

// A Hugo Academic site's shape: one folder per paper, each with its cite.bib of one entry, whose
// author list is authors[i] (BibTeX's "Last, First and ..."). Returns the paths, each followed by a space.
std::string one_entry_files(const fs::path& folder, const std::vector<std::string>& authors) {
  std::string inputs;
  for (size_t i = 0; i < authors.size(); ++i) {
    fs::path file = folder / ("p" + std::to_string(i)) / "cite.bib";
    fs::create_directories(file.parent_path());
    write_file(file, "@article{p" + std::to_string(i) + ",\n  title = {Paper " + std::to_string(i) +
                         "},\n  author = {" + authors[i] + "},\n  journal = {J},\n  year = 2020\n}\n");
    inputs += file.string() + " ";
  }
  return inputs;
}

// Hugo Academic keeps one cite.bib per publication (content/publication/*/cite.bib). Each file
// alone names its first author the most, so each import guessed another owner, and the first
// file's guess stood for the whole CV. Merged, the owner is the person named in the most author
// lists across the inputs, and every author mark follows it; one note says so, at the message of
// the first input naming them, in place of the inputs' own notes about their guesses.
TEST_F(Cli, OwnerGuessedAcrossOneEntryFiles) {
  std::vector<std::string> authors{"Roe, Richard and Doe, Jane", "Doe, Jane and Poe, Edgar",
                                   "Smith, Ann and Doe, Jane and Roe, Richard", "Lee, Kim and Doe, Jane"};
  std::string inputs = one_entry_files(folder, authors);
  fs::path cv = folder / "cv.yaml";
  CommandResult run = cvport("import " + inputs + "-o " + cv.string() + " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(cv);
  EXPECT_NE(yaml.find("person:\n  name: Jane Doe\n  inferred: [name]\n"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("self: true"), std::string::npos) << yaml; // Richard Roe is no longer marked
  EXPECT_NE(run.err.find((folder / "p0" / "cite.bib").string() +
                         ":3:3: note: person.name: no input names the CV owner, and each input's owner was guessed "
                         "from that input alone: \"Jane Doe\", named in the most author lists across the 4 inputs (4 "
                         "of 4), is taken as person.name"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("bibtex.owner-inferred"), std::string::npos) << run.err;
  CommandResult check = cvport("validate " + cv.string());
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.err.find("valid (0 errors, 0 warnings"), std::string::npos) << check.err;
  fs::path md = folder / "cv.md";
  ASSERT_EQ(cvport("export " + cv.string() + " --to markdown -o " + md.string()).status, 0);
  EXPECT_NE(read_file(md).find("Richard Roe, **Jane Doe**."), std::string::npos) << read_file(md);
  EXPECT_NE(read_file(md).find("Ann Smith, **Jane Doe**, Richard Roe."), std::string::npos) << read_file(md);
}

// With an ORCID record, the owner is known (Josiah Carberry, and the spellings the record gives).
// Each one-entry .bib had guessed its first author and marked them self: a co-author marked as
// the CV's owner in every format. Those marks now follow the record's owner: "Josiah Carberry" is
// one of its spellings; "J. Carberry" is not, so validate says so where that list is.
TEST_F(Cli, AGuessedOwnersMarksGiveWayToTheKnownOwner) {
  fs::path a = write("a.bib", "@article{x1, author = {Roe, Richard and Carberry, Josiah}, title = {Paper One},\n"
                              "  journal = {J}, year = 2020}\n");
  fs::path b = write("b.bib", "@article{x2, author = {Poe, Edgar and Carberry, J.}, title = {Paper Two},\n"
                              "  journal = {J}, year = 2021}\n");
  fs::path record = source_dir() / "tests/plugins/orcid/import/record.xml";
  fs::path cv = folder / "cv.yaml";
  CommandResult run = cvport("import " + record.string() + " " + a.string() + " " + b.string() + " -o " + cv.string() +
                             " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(cv);
  EXPECT_NE(yaml.find("person:\n  name: J. S. Carberry\n  name_variants: [Josiah Carberry, Josiah Stinkney Carberry]\n"),
            std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("title: Paper One\n    authors: [Richard Roe, Josiah Carberry]\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("title: Paper Two\n    authors: [Edgar Poe, J. Carberry]\n"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("self: true"), std::string::npos) << yaml;
  EXPECT_EQ(run.err.find("bibtex.owner-inferred"), std::string::npos) << run.err; // "Richard Roe is taken"
  CommandResult check = cvport("validate " + cv.string());
  EXPECT_NE(check.err.find("none of the authors matches \"J. S. Carberry\""), std::string::npos) << check.err;
  EXPECT_EQ(check.err.find("none of the authors matches \"J. S. Carberry\" (2 times"), std::string::npos) << check.err;
}

// A .bib usually abbreviates its owner: its guess "B. Li" may be the --into CV's "Baolin Li"
// (cvport/name_agreement.hpp), so its marks stay and validate has nothing to say.
TEST_F(Cli, AGuessAbbreviatingTheKnownOwnerKeepsItsMarks) {
  fs::path cv = write("cv.yaml", "person:\n  name: Baolin Li\n");
  fs::path bib = write("mine.bib", "@article{a, author = {Li, B. and Roe, Richard}, title = {First}, journal = {J}, year = 2020}\n"
                                   "@article{b, author = {Poe, Edgar and Li, B.}, title = {Second}, journal = {J}, year = 2021}\n");
  fs::path out = folder / "merged.yaml";
  CommandResult run = cvport("import " + bib.string() + " --into " + cv.string() + " -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(out);
  EXPECT_NE(yaml.find("title: First\n    authors:\n      - name: B. Li\n        self: true\n      - Richard Roe\n"),
            std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("title: Second\n    authors:\n      - Edgar Poe\n      - name: B. Li\n        self: true\n"),
            std::string::npos)
      << yaml;
  EXPECT_EQ(run.err.find("owner-not-author"), std::string::npos) << run.err;
}

// The same owner spelled two ways across one-entry files ("Baolin Li", "B. Li") is counted as one
// person, as the BibTeX importer counts one file's spellings (cvport/owner_spellings.hpp): one
// .bib or the same entries in many files give the same owner. Counted apart, Richard Roe (3 lists)
// tied with "Baolin Li" (3) and, guessed first, was taken.
TEST_F(Cli, OwnerSpelledTwoWaysAcrossFilesIsOnePerson) {
  std::vector<std::string> authors{"Roe, Richard and Li, Baolin", "Li, B. and Poe, Edgar",
                                   "Roe, Richard and Li, Baolin and Smith, Ann", "Li, Baolin and Lee, Kim",
                                   "Roe, Richard and Li, B."};
  std::string inputs = one_entry_files(folder, authors);
  fs::path cv = folder / "cv.yaml";
  CommandResult run = cvport("import " + inputs + "-o " + cv.string() + " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(cv);
  EXPECT_NE(yaml.find("person:\n  name: Baolin Li\n  name_variants: [B. Li]\n  inferred: [name, name_variants]\n"),
            std::string::npos)
      << yaml;
  EXPECT_NE(run.err.find("\"Baolin Li\", named in the most author lists across the 5 inputs (5 of 5)"),
            std::string::npos)
      << run.err;
  CommandResult check = cvport("validate " + cv.string());
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.err.find("valid (0 errors, 0 warnings"), std::string::npos) << check.err;
  fs::path md = folder / "cv.md";
  ASSERT_EQ(cvport("export " + cv.string() + " --to markdown -o " + md.string()).status, 0);
  EXPECT_NE(read_file(md).find("Richard Roe, **B. Li**."), std::string::npos) << read_file(md);
  EXPECT_NE(read_file(md).find("Richard Roe, **Baolin Li**, Ann Smith."), std::string::npos) << read_file(md);
}

// A site owner is rarely each paper's first author, so every file guessed a co-author; none of
// those guesses can stand. A collaboration named in more lists is a body, never the owner, and a
// person named only in a list cut short by "and others" is not taken either.
TEST_F(Cli, TheOwnerIsFoundWhateverEachPapersFirstAuthor) {
  std::vector<std::string> authors{
      "Roe, Richard and {LIGO Scientific Collaboration} and Doe, Jane", "Poe, Edgar and Doe, J.",
      "Smith, Ann and {LIGO Scientific Collaboration} and Doe, Jane", "Lee, Kim and {LIGO Scientific Collaboration}",
      "Kay, Alan and {LIGO Scientific Collaboration} and Doe, Jane", "Wu, Bo and {LIGO Scientific Collaboration}",
      "Zed, Zoe and Zed, Zack and Zed, Zora and others", "Zed, Zoe and Zed, Zora and others",
      "Zed, Zoe and others", "Zed, Zoe and others", "Zed, Zoe and others"};
  std::string inputs = one_entry_files(folder, authors);
  fs::path cv = folder / "cv.yaml";
  CommandResult run = cvport("import " + inputs + "-o " + cv.string() + " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(cv);
  EXPECT_NE(yaml.find("person:\n  name: Jane Doe\n  name_variants: [J. Doe]\n"), std::string::npos) << yaml;
  EXPECT_NE(run.err.find("\"Jane Doe\", named in the most author lists across the 11 inputs (4 of 11)"),
            std::string::npos)
      << run.err;
  fs::path md = folder / "cv.md";
  ASSERT_EQ(cvport("export " + cv.string() + " --to markdown -o " + md.string()).status, 0);
  EXPECT_NE(read_file(md).find("Edgar Poe, **J. Doe**."), std::string::npos) << read_file(md);
  EXPECT_EQ(read_file(md).find("**Richard Roe**"), std::string::npos) << read_file(md);
}

// "Bo Li" shares the family name and the initial of the --into CV's "Baolin Li" but is another
// person: the file's guess (its first author) is not the owner, so its mark goes to Baolin Li.
TEST_F(Cli, AGuessSharingOnlyTheInitialIsAnotherPerson) {
  fs::path cv = write("cv.yaml", "person:\n  name: Baolin Li\n");
  fs::path bib = write("cite.bib", "@article{a, author = {Li, Bo and Li, Baolin}, title = {Only}, journal = {J}, year = 2020}\n");
  fs::path out = folder / "merged.yaml";
  CommandResult run = cvport("import " + bib.string() + " --into " + cv.string() + " -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(out);
  // No mark is left: Baolin Li is the owner by name (a `self: true` on Bo Li was written before).
  EXPECT_NE(yaml.find("title: Only\n    authors: [Bo Li, Baolin Li]\n"), std::string::npos) << yaml;
  fs::path md = folder / "cv.md";
  ASSERT_EQ(cvport("export " + out.string() + " --to markdown -o " + md.string()).status, 0);
  EXPECT_NE(read_file(md).find("Bo Li, **Baolin Li**."), std::string::npos) << read_file(md);
}

TEST_F(Cli, MergeReportAsJsonEvents) {
  CommandResult run = cvport("import " + kBibFixtures + "more.bib --into " + kBibFixtures + "cv.yaml -o - --diagnostics json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("{\"event\":\"import-merge\",\"outcome\":\"conflict\",\"input\":\"" + kBibFixtures +
                         "more.bib\",\"path\":\"publications[0]\",\"title\":\"Clover\",\"merged_path\":\"publications[0]\""),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("{\"event\":\"import-merge-summary\",\"new\":2,\"matched\":0,\"conflicts\":1}"), std::string::npos)
      << run.err;
}

// \bibliography{abbrev,papers}: the @string macros of abbrev.bib, given first, serve papers.bib,
// whose own definitions replace them for its later entries, as in BibTeX. Run in the fixtures'
// folder, so that every message names the files as the user wrote them.
class BibMacrosAcrossFiles : public Cli {
protected:
  CommandResult in_fixtures(const std::string& arguments) {
    // Without the test fixtures' plugin folder, whose deliberately broken plugins say so.
    return run("cd " + kBibFixtures + " && env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " " + arguments);
  }
  static size_t occurrences(const std::string& text, const std::string& part) {
    size_t count = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
  }
  // iccv is used at line 25 and defined by papers.bib only at line 31: still undefined there.
  const std::string iccv_warning =
      "papers.bib:25:15: warning: undefined macro \"iccv\" (used once): read as the text \"iccv\" (define it with "
      "@string{iccv = \"...\"} before its first use; if another .bib file defines it (\\bibliography{abbrev,papers}), "
      "give that file first on the command line: cvport import abbrev.bib papers.bib) [bibtex.undefined-macro]\n";
  const std::string venues =
      "    venue: Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition\n"; // procof # cvpr
};

TEST_F(BibMacrosAcrossFiles, AnEarlierFilesMacrosAreExpanded) {
  fs::path out = folder / "cv.yaml";
  CommandResult run = in_fixtures("import abbrev.bib papers.bib -o " + out.string() + " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = read_file(out);
  EXPECT_NE(yaml.find("person:\n  name: Kaiming He\n"), std::string::npos) << yaml; // not abbrev.bib's stand-in
  EXPECT_NE(yaml.find(venues), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("title: Mask R-CNN\n    authors: [Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick]\n"
                      "    venue: IEEE Transactions on Pattern Analysis and Machine Intelligence\n"), // PAMI: any case
            std::string::npos)
      << yaml;
  // eccv: abbrev.bib's before papers.bib defines its own at line 30, then papers.bib's.
  EXPECT_NE(yaml.find("title: Identity Mappings in Deep Residual Networks\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    venue: European Conference on Computer Vision\n    date: 2016\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    venue: ECCV\n    date: 2018\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    venue: iccv\n    date: 2017\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    venue: IEEE International Conference on Computer Vision\n    date: 2019\n"), std::string::npos)
      << yaml;
  // The one warning is iccv's; abbrev.bib gets a note, located at its first @string.
  EXPECT_EQ(occurrences(run.err, ": warning: "), 1u) << run.err;
  EXPECT_NE(run.err.find(iccv_warning), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("abbrev.bib:3:1: note: the file holds only @string definitions (4 macros) and no entries: its "
                         "macros serve the .bib files given after it, and it adds nothing to the CV itself "
                         "[bibtex.definitions-only]\n"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(occurrences(run.err, "[bibtex.owner-inferred]"), 1u) << run.err; // papers.bib's only
  EXPECT_EQ(run.err.find("overriding"), std::string::npos) << run.err;       // eccv's redefinition is BibTeX's way
}

TEST_F(BibMacrosAcrossFiles, IntoACvTheMacrosAreExpandedToo) {
  fs::path out = folder / "new.yaml";
  CommandResult run = in_fixtures("import abbrev.bib papers.bib --into cv.yaml -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read_file(out).find(venues), std::string::npos) << read_file(out);
  // iccv's warning, and the merged CV's: papers.bib's papers do not list cv.yaml's owner. The
  // importer's guess (their most frequent author) is not marked as the owner in the merged CV
  // (CvMerger::mark_authors_by_the_owner), so validation says so, once for the six lists.
  EXPECT_EQ(occurrences(run.err, ": warning: "), 2u) << run.err;
  EXPECT_NE(run.err.find(iccv_warning), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("new.yaml:24:14: warning: publications[1].authors: none of the authors matches \"Baolin Li\" "
                         "(6 times:"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(read_file(out).find("self: true"), std::string::npos) << read_file(out);
}

// Given after the file that uses them, definitions serve nothing, as in BibTeX: each macro is a
// warning where papers.bib uses it, and abbrev.bib says it adds nothing.
TEST_F(BibMacrosAcrossFiles, DefinitionsGivenAfterTheirUseServeNothing) {
  fs::path out = folder / "cv.yaml";
  CommandResult run = in_fixtures("import papers.bib abbrev.bib -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read_file(out).find("    venue: PAMI\n"), std::string::npos) << read_file(out);
  EXPECT_NE(run.err.find("papers.bib:4:24: warning: undefined macro \"cvpr\" (used once)"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("papers.bib:11:13: warning: undefined macro \"PAMI\" (used once)"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("abbrev.bib:3:1: warning: the file holds only @string definitions (4 macros) and no entries: it "
                         "adds nothing to the CV (give it before the .bib files that use its macros: cvport import "
                         "abbrev.bib papers.bib) [bibtex.definitions-only]\n"),
            std::string::npos)
      << run.err;
}

TEST_F(BibMacrosAcrossFiles, AFileOfDefinitionsAloneSaysSo) {
  fs::path out = folder / "cv.yaml";
  CommandResult run = in_fixtures("import abbrev.bib -o " + out.string() + " --verbose");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "abbrev.bib:3:1: warning: the file holds only @string definitions (4 macros) and no entries: it "
                     "adds nothing to the CV (give it before the .bib files that use its macros: cvport import "
                     "abbrev.bib papers.bib) [bibtex.definitions-only]\ncvport: wrote " +
                         out.string() + "\n");
  EXPECT_NE(read_file(out).find("person:\n  name: Your Name\n"), std::string::npos) << read_file(out);
}

// Alone, papers.bib reads as before: its macros from elsewhere are warnings, their names kept.
TEST_F(BibMacrosAcrossFiles, ALoneFileIsReadAsBefore) {
  fs::path out = folder / "cv.yaml";
  CommandResult run = in_fixtures("import papers.bib -o " + out.string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(occurrences(run.err, "[bibtex.undefined-macro]"), 5u) << run.err; // procof, cvpr, PAMI, eccv, iccv
  EXPECT_NE(run.err.find(iccv_warning), std::string::npos) << run.err;
  EXPECT_NE(read_file(out).find("    venue: procofcvpr\n"), std::string::npos) << read_file(out);
  EXPECT_NE(read_file(out).find("    venue: ECCV\n    date: 2018\n"), std::string::npos) << read_file(out);
}

} // namespace
} // namespace cvport::testing
