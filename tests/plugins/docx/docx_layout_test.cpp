// The CV layout: named styles on Word's headings, dates at a right tab stop, bullets and
// publications as real numbering, hyperlinks through relationships, the owner in bold, no
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
    patent |= paragraph_text(p) == "Bidi-aware text layout, USPTO\t2022";
  EXPECT_TRUE(patent);
}

TEST(DocxLayout, EntryDatesSitAtARightTabStopAtTheTextWidth) {
  Exported exported = export_docx(example_cv());
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  std::vector<pugi::xml_node> titles = paragraphs_with_style(document, "CVEntryTitle");
  ASSERT_EQ(titles.size(), 6u);
  EXPECT_EQ(paragraph_text(titles[0]), "Northeastern University, Boston, MA, US\t2024");
  EXPECT_EQ(paragraph_text(titles[3]),
            "ML System Research Intern, Netflix, Los Gatos, CA, US\tSummer 2023");
  EXPECT_EQ(paragraph_text(titles[5]),
            "System Engineer, Silicon Labs, Austin, TX, US\t2017 \u2013 2019");
  pugi::xml_node date_run = titles[0].select_node("w:r[w:tab]/following-sibling::w:r[1]").node();
  EXPECT_STREQ(date_run.child("w:rPr").child("w:rStyle").attribute("w:val").value(), "CVEntryDate");

  // A4 (the example has no country) with 2 cm margins: 11906 - 2 * 1134 twips.
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  pugi::xml_node tab =
      styles.select_node("//w:style[@w:styleId='CVEntryTitle']/w:pPr/w:tabs/w:tab").node();
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
