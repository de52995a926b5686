// The CV layout: named styles on Word's headings, entry dates in a fixed-width column beside the
// title (item dates at a right tab stop), bullets and publications as real numbering, hyperlinks through relationships, the owner in bold, no
// empty paragraphs or sections.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"

namespace cvport::docx::testing {
namespace {

std::map<std::string, std::string> hyperlink_targets(const std::string& docx) {
  std::map<std::string, std::string> targets;
  // The document must outlive the loop (a temporary in the range expression would not).
  pugi::xml_document relationships = parse_part(docx, "word/_rels/document.xml.rels");
  for (pugi::xml_node r : relationships.child("Relationships").children())
    if (std::string_view(r.attribute("TargetMode").value()) == "External")
      targets[r.attribute("Id").value()] = r.attribute("Target").value();
  return targets;
}

std::vector<pugi::xml_node> paragraphs_with_style(const pugi::xml_document& document,
                                                  std::string_view style) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node p : body_paragraphs(document))
    if (paragraph_style(p) == style) found.push_back(p);
  return found;
}

TEST(DocxLayout, NoParagraphIsEmpty) {
  for (const Cv& cv : {example_cv(), tricky_cv()}) {
    pugi::xml_document document = parse_part(export_docx(cv).docx, "word/document.xml");
    for (pugi::xml_node p : body_paragraphs(document)) {
      std::string text = paragraph_text(p);
      EXPECT_NE(text.find_first_not_of(" \t\n"), std::string::npos)
          << "empty paragraph of style " << paragraph_style(p);
    }
  }
}

TEST(DocxLayout, ACvWithOnlyANameHasNoSections) {
  Cv cv;
  cv.person.name = "Only Name";
  pugi::xml_document document = parse_part(export_docx(cv).docx, "word/document.xml");
  std::vector<pugi::xml_node> paragraphs = body_paragraphs(document);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraph_style(paragraphs[0]), "CVName");
  EXPECT_EQ(paragraph_text(paragraphs[0]), "Only Name");
}

TEST(DocxLayout, SectionHeadingsFollowTheDefaultOrder) {
  pugi::xml_document document = parse_part(export_docx(example_cv()).docx, "word/document.xml");
  std::vector<std::string> headings;
  for (pugi::xml_node p : paragraphs_with_style(document, "CVSection"))
    headings.push_back(paragraph_text(p));
  EXPECT_EQ(headings, (std::vector<std::string>{"Education", "Work Experience", "Awards and Honors",
                                                "Invited Talks", "Publications",
                                                "Software and Data", "Media Features", "Service"}));
}

TEST(DocxLayout, CustomSectionsAreExported) {
  pugi::xml_document document = parse_part(export_docx(tricky_cv()).docx, "word/document.xml");
  std::vector<std::string> headings;
  for (pugi::xml_node p : paragraphs_with_style(document, "CVSection"))
    headings.push_back(paragraph_text(p));
  ASSERT_GE(headings.size(), 2u);
  EXPECT_EQ(headings[headings.size() - 2], "Patents");
  EXPECT_EQ(headings.back(), "专利与授权");
  bool patent = false;
  for (pugi::xml_node p : paragraphs_with_style(document, "CVEntryTitle"))
    patent |= paragraph_text(p) == "Bidi-aware text layout, USPTO" &&
              paragraph_text(p.parent().next_sibling("w:tc").child("w:p")) == "2022";
  EXPECT_TRUE(patent);
}

// The title and date of each entry, as "title | date", with the date read from the cell beside
// the title.
std::vector<std::string> titles_and_dates(const pugi::xml_document& document) {
  std::vector<std::string> found;
  for (pugi::xml_node title : paragraphs_with_style(document, "CVEntryTitle")) {
    pugi::xml_node date_cell = title.parent().next_sibling("w:tc");
    found.push_back(paragraph_text(title) + " | " + paragraph_text(date_cell.child("w:p")));
  }
  return found;
}

TEST(DocxLayout, EntryDatesAreInTheCellBesideTheTitle) {
  pugi::xml_document document = parse_part(export_docx(example_cv()).docx, "word/document.xml");
  std::vector<std::string> entries = titles_and_dates(document);
  ASSERT_EQ(entries.size(), 6u);
  EXPECT_EQ(entries[0], "Northeastern University, Boston, MA, US | 2024");
  EXPECT_EQ(entries[3], "ML System Research Intern, Netflix, Los Gatos, CA, US | Summer 2023");
  EXPECT_EQ(entries[5], "System Engineer, Silicon Labs, Austin, TX, US | 2017 \u2013 2019");
  // No tab is left in a title: the date has a column of its own.
  for (const std::string& entry : entries) EXPECT_EQ(entry.find('\t'), std::string::npos) << entry;
}

// A long employer name wraps in the title's cell; the date keeps its own cell of fixed width,
// right-aligned, never wrapped, and the table is exactly the text width, without borders or
// cell margins, so the title lines up with the paragraphs around it.
TEST(DocxLayout, ALongTitleWrapsBeforeTheFixedWidthDateColumn) {
  Exported exported = export_docx(long_employer_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");

  std::vector<pugi::xml_node> titles = paragraphs_with_style(document, "CVEntryTitle");
  ASSERT_EQ(titles.size(), 1u);
  pugi::xml_node table = enclosing_table(titles[0]);
  ASSERT_TRUE(table) << "the entry title is not in a table";
  pugi::xml_node properties = table.child("w:tblPr");
  EXPECT_STREQ(properties.child("w:tblLayout").attribute("w:type").value(), "fixed");
  // A4 (no country) with 2 cm margins: 11906 - 2 * 1134 twips.
  EXPECT_STREQ(properties.child("w:tblW").attribute("w:w").value(), "9638");
  EXPECT_STREQ(properties.child("w:tblW").attribute("w:type").value(), "dxa");
  EXPECT_STREQ(properties.child("w:tblInd").attribute("w:w").value(), "0");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    EXPECT_STREQ(properties.child("w:tblBorders").child(side).attribute("w:val").value(), "nil") << side;
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"})
    EXPECT_STREQ(properties.child("w:tblCellMar").child(side).attribute("w:w").value(), "0") << side;

  // One row, two cells: the title, then the date. "Mar 2021 – present" is 18 characters at
  // 0.55 em of 10.5 pt each (2079 twips), plus the 12 pt gap (240 twips).
  std::vector<pugi::xml_node> cells;
  for (pugi::xml_node cell : table.child("w:tr").children("w:tc")) cells.push_back(cell);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_TRUE(table.child("w:tr").child("w:trPr").child("w:cantSplit"));
  std::vector<std::string> grid;
  for (pugi::xml_node column : table.child("w:tblGrid").children("w:gridCol"))
    grid.push_back(column.attribute("w:w").value());
  EXPECT_EQ(grid, (std::vector<std::string>{"7319", "2319"}));
  EXPECT_STREQ(cells[0].child("w:tcPr").child("w:tcW").attribute("w:w").value(), "7319");
  EXPECT_STREQ(cells[1].child("w:tcPr").child("w:tcW").attribute("w:w").value(), "2319");
  EXPECT_FALSE(cells[0].child("w:tcPr").child("w:noWrap"));
  EXPECT_TRUE(cells[1].child("w:tcPr").child("w:noWrap"));
  EXPECT_EQ(paragraph_text(cells[0].child("w:p")),
            "Principal Research Scientist, International Consortium for Exceptionally Long "
            "Institutional Names in Computational Science");
  pugi::xml_node date = cells[1].child("w:p");
  EXPECT_EQ(paragraph_style(date), "CVEntryDateColumn");
  EXPECT_EQ(paragraph_text(date), "Mar 2021 \u2013 present");
  EXPECT_STREQ(date.select_node("w:r/w:rPr/w:rStyle").node().attribute("w:val").value(), "CVEntryDate");

  // The date column's style aligns right and is spaced as the title, so both first lines share
  // a baseline; the title style has no right tab stop left to send anything past the text.
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  pugi::xml_node date_style = styles.select_node("//w:style[@w:styleId='CVEntryDateColumn']").node();
  pugi::xml_node title_style = styles.select_node("//w:style[@w:styleId='CVEntryTitle']").node();
  EXPECT_STREQ(date_style.child("w:pPr").child("w:jc").attribute("w:val").value(), "right");
  EXPECT_STREQ(date_style.child("w:pPr").child("w:spacing").attribute("w:before").value(),
               title_style.child("w:pPr").child("w:spacing").attribute("w:before").value());
  EXPECT_FALSE(title_style.child("w:pPr").child("w:tabs"));

  // The details follow the table as ordinary paragraphs.
  EXPECT_EQ(paragraph_text(table.next_sibling("w:p")), "Leads the group.");
}

// The column is as wide as the widest date of the CV, not of the entry: every title wraps at
// the same place. A date longer than a third of the text width is capped there (and may wrap).
TEST(DocxLayout, TheDateColumnFitsTheWidestDateOfTheCv) {
  Cv cv;
  cv.person.name = "Dates";
  cv.work.emplace_back().organization.name = "Short";
  cv.work.back().start = Date{.year = 2020};
  cv.education.emplace_back().institution.name = "Longer";
  cv.education.back().start = Date{.year = 2009, .month = 9};
  cv.education.back().end = Date{.year = 2014, .month = 6};
  pugi::xml_document document = parse_part(export_docx(cv).docx, "word/document.xml");
  std::set<std::string> widths;
  for (pugi::xpath_node column : document.select_nodes("//w:tbl/w:tblGrid/w:gridCol[2]"))
    widths.insert(column.node().attribute("w:w").value());
  // "Sep 2009 – Jun 2014": 19 characters * 0.55 * 210 twips = 2195, + 240.
  EXPECT_EQ(widths, (std::set<std::string>{"2435"}));

  cv.education.back().date_label = std::string(80, 'x');
  document = parse_part(export_docx(cv).docx, "word/document.xml");
  // A third of 9638 twips, + 240.
  EXPECT_STREQ(document.select_node("//w:tbl/w:tblGrid/w:gridCol[2]").node().attribute("w:w").value(), "3452");
}

// Compact items keep their date at the right tab stop: a table would take them out of their list.
TEST(DocxLayout, ItemDatesSitAtARightTabStopAtTheTextWidth) {
  Exported exported = export_docx(example_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  std::vector<pugi::xml_node> items = paragraphs_with_style(document, "CVItem");
  ASSERT_FALSE(items.empty());
  pugi::xml_node date_run = items[0].select_node("w:r[w:tab]/following-sibling::w:r[1]").node();
  EXPECT_STREQ(date_run.child("w:rPr").child("w:rStyle").attribute("w:val").value(), "CVEntryDate");
  EXPECT_FALSE(enclosing_table(items[0]));
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  pugi::xml_node tab = styles.select_node("//w:style[@w:styleId='CVItem']/w:pPr/w:tabs/w:tab").node();
  EXPECT_STREQ(tab.attribute("w:val").value(), "right");
  EXPECT_STREQ(tab.attribute("w:pos").value(), "9638");
}

TEST(DocxLayout, HeadingStylesAreBuiltOnWordHeadings) {
  pugi::xml_document styles = parse_part(export_docx(example_cv()).docx, "word/styles.xml");
  auto based_on = [&](const char* id) {
    return std::string(
        styles.select_node(("//w:style[@w:styleId='" + std::string(id) + "']/w:basedOn").c_str())
            .node()
            .attribute("w:val")
            .value());
  };
  EXPECT_EQ(based_on("CVName"), "Heading1");
  EXPECT_EQ(based_on("CVSection"), "Heading2");
  EXPECT_EQ(based_on("CVEntryTitle"), "Heading3");
  for (const char* heading : {"Heading1", "Heading2", "Heading3"})
    EXPECT_TRUE(styles.select_node(
        ("//w:style[@w:styleId='" + std::string(heading) + "']/w:pPr/w:outlineLvl").c_str()))
        << heading;
}

TEST(DocxLayout, EveryStyleTheDocumentUsesIsDefined) {
  Exported exported = export_docx(tricky_cv());
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  std::set<std::string> defined;
  for (pugi::xml_node s : styles.child("w:styles").children("w:style"))
    defined.insert(s.attribute("w:styleId").value());
  for (const char* part : {"word/document.xml", "word/footer1.xml"}) {
    pugi::xml_document document = parse_part(exported.docx, part);
    for (pugi::xpath_node used : document.select_nodes("//w:pStyle | //w:rStyle"))
      EXPECT_TRUE(defined.count(used.node().attribute("w:val").value()))
          << used.node().attribute("w:val").value();
  }
  for (pugi::xpath_node based : styles.select_nodes("//w:basedOn | //w:next"))
    EXPECT_TRUE(defined.count(based.node().attribute("w:val").value()))
        << based.node().attribute("w:val").value();
}

TEST(DocxLayout, HighlightsAreWordBulletsAndPublicationsANumberedList) {
  Exported exported = export_docx(example_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  std::vector<pugi::xml_node> bullets = paragraphs_with_style(document, "CVBullet");
  ASSERT_EQ(bullets.size(), 12u); // 5 + 3 + 4 work highlights
  for (pugi::xml_node p : bullets)
    EXPECT_STREQ(p.select_node("w:pPr/w:numPr/w:numId").node().attribute("w:val").value(), "1");
  std::vector<pugi::xml_node> publications = paragraphs_with_style(document, "CVPublication");
  ASSERT_EQ(publications.size(), 12u);
  for (pugi::xml_node p : publications)
    EXPECT_STREQ(p.select_node("w:pPr/w:numPr/w:numId").node().attribute("w:val").value(), "2");

  pugi::xml_document numbering = parse_part(exported.docx, "word/numbering.xml");
  EXPECT_STREQ(numbering.select_node("//w:num[@w:numId='1']/w:abstractNumId")
                   .node()
                   .attribute("w:val")
                   .value(),
               "0");
  EXPECT_STREQ(numbering.select_node("//w:abstractNum[@w:abstractNumId='0']/w:lvl/w:numFmt")
                   .node()
                   .attribute("w:val")
                   .value(),
               "bullet");
  EXPECT_STREQ(numbering.select_node("//w:abstractNum[@w:abstractNumId='1']/w:lvl/w:numFmt")
                   .node()
                   .attribute("w:val")
                   .value(),
               "decimal");
  EXPECT_STREQ(numbering.select_node("//w:abstractNum[@w:abstractNumId='1']/w:lvl/w:lvlText")
                   .node()
                   .attribute("w:val")
                   .value(),
               "[%1]");
}

TEST(DocxLayout, PublicationsShowTitleVenueAuthorsAndFlags) {
  pugi::xml_document document = parse_part(export_docx(example_cv()).docx, "word/document.xml");
  std::vector<pugi::xml_node> publications = paragraphs_with_style(document, "CVPublication");
  ASSERT_EQ(publications.size(), 12u);
  EXPECT_EQ(paragraph_text(publications[2]),
            "Sustainable Supercomputing for AI: Experiences from GPU Power-Capping at HPC "
            "Scale\tSoCC 2023\n"
            "Dan Zhao, Siddharth Samsi, Baolin Li, Devesh Tiwari, Vijay Gadepally\n"
            "Proceedings of the 2023 ACM Symposium on Cloud Computing (SoCC), in press.");
  EXPECT_EQ(paragraph_text(publications[3]).substr(paragraph_text(publications[3]).rfind('\n') + 1),
            "Best Paper Award Winner");
  std::string ai = paragraph_text(publications[5]);
  EXPECT_NE(ai.find("Vijay Gadepally, Devesh Tiwari et al.\n"), std::string::npos) << ai;
}

TEST(DocxLayout, TheOwnersNameIsBoldInEveryAuthorList) {
  Exported exported = export_docx(example_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  for (pugi::xml_node p : paragraphs_with_style(document, "CVPublication")) {
    std::vector<std::string> owners;
    for (pugi::xpath_node run : p.select_nodes("w:r[w:rPr/w:rStyle/@w:val='CVOwner']"))
      owners.push_back(run.node().child("w:t").text().get());
    EXPECT_EQ(owners, std::vector<std::string>{"Baolin Li"}) << paragraph_text(p);
  }
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='CVOwner']/w:rPr/w:b"));
}

TEST(DocxLayout, DoisAndUrlsAreRealHyperlinks) {
  Exported exported = export_docx(tricky_cv());
  std::map<std::string, std::string> targets = hyperlink_targets(exported.docx);
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  std::map<std::string, std::string> shown; // target -> text
  for (pugi::xpath_node link : document.select_nodes("//w:hyperlink[@r:id]")) {
    std::string id = link.node().attribute("r:id").value();
    ASSERT_TRUE(targets.count(id)) << id;
    shown[targets[id]] = paragraph_text(link.node());
  }
  EXPECT_EQ(shown["https://doi.org/10.5281/zenodo.1234567"],
            "https://doi.org/10.5281/zenodo.1234567");
  // Characters a URI cannot hold are percent-encoded in the target, shown as is.
  std::string sici =
      "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O";
  EXPECT_EQ(shown[sici],
            "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O");
  EXPECT_EQ(shown["https://orcid.org/0000-0002-1825-0097"],
            "https://orcid.org/0000-0002-1825-0097");
  EXPECT_EQ(shown["mailto:zoe@example.org"], "zoe@example.org");
  EXPECT_EQ(shown["https://example.org/paper.pdf?x=1&y=2"],
            "https://example.org/paper.pdf?x=1&y=2");
  EXPECT_EQ(shown["https://en.huji.ac.il/"], "האוניברסיטה העברית בירושלים");
  EXPECT_EQ(shown["https://ror.org/057zh3y96"], "東京大学");
  EXPECT_EQ(shown["https://github.com/zoe-ao"], "zoe-ao");
  EXPECT_EQ(shown["https://fosstodon.org/@zoe"], "fosstodon.org/@zoe");

  std::set<std::string> seen;
  for (const auto& [id, target] : targets)
    EXPECT_TRUE(seen.insert(target).second) << "duplicate relationship " << target;
}

TEST(DocxLayout, SoftwareDoisAreShownAsLinks) {
  Exported exported = export_docx(example_cv());
  std::map<std::string, std::string> targets = hyperlink_targets(exported.docx);
  std::set<std::string> values;
  for (const auto& [id, target] : targets) values.insert(target);
  Cv cv = example_cv();
  for (const Software& software : cv.software)
    EXPECT_TRUE(values.count("https://doi.org/" + software.doi)) << software.doi;
}

TEST(DocxLayout, AwardsLinkToThePublicationTheyWereFor) {
  pugi::xml_document document = parse_part(export_docx(example_cv()).docx, "word/document.xml");
  std::set<std::string> bookmarks;
  for (pugi::xpath_node b : document.select_nodes("//w:bookmarkStart"))
    bookmarks.insert(b.node().attribute("w:name").value());
  EXPECT_TRUE(bookmarks.count("pub4_li2023kairos"));
  int links = 0;
  for (pugi::xpath_node link : document.select_nodes("//w:hyperlink[@w:anchor]")) {
    EXPECT_TRUE(bookmarks.count(link.node().attribute("w:anchor").value()))
        << link.node().attribute("w:anchor").value();
    ++links;
  }
  EXPECT_EQ(links, 3);
  bool kairos = false;
  for (pugi::xml_node p : paragraphs_with_style(document, "CVItem"))
    kairos |= paragraph_text(p) == "Best Paper Award Winner\t2023\nACM International Symposium on "
                                   "High-Performance Parallel and "
                                   "Distributed Computing (HPDC 2023)\nfor \u201cKAIROS: Building "
                                   "Cost-Efficient Machine Learning "
                                   "Inference Systems with Heterogeneous Cloud Resources\u201d";
  EXPECT_TRUE(kairos);
}

TEST(DocxLayout, HeaderShowsContactLinesAndNotesThePhoto) {
  Exported exported = export_docx(tricky_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  std::vector<pugi::xml_node> contact = paragraphs_with_style(document, "CVContact");
  ASSERT_EQ(contact.size(), 2u);
  EXPECT_EQ(paragraph_text(contact[0]), "845 rue Sherbrooke O., Montréal, QC H3A 0G4, CA  \u00b7  "
                                        "+1 514 555 0199  \u00b7  zoe@example.org");
  EXPECT_EQ(paragraph_text(contact[1]),
            "https://zoe.example.org/  \u00b7  ORCID https://orcid.org/0000-0002-1825-0097  \u00b7 "
            " GitHub zoe-ao  "
            "\u00b7  Mastodon fosstodon.org/@zoe");
  EXPECT_TRUE(exported.has("docx.image-not-embedded", "person.image"));
}

TEST(DocxLayout, FooterNumbersThePages) {
  pugi::xml_document footer = parse_part(export_docx(example_cv()).docx, "word/footer1.xml");
  EXPECT_STREQ(footer.select_node("//w:fldSimple").node().attribute("w:instr").value(), " PAGE ");
  EXPECT_EQ(paragraph_text(footer.child("w:ftr").child("w:p")), "Baolin Li \u00b7 page 1");
}

} // namespace
} // namespace cvport::docx::testing
