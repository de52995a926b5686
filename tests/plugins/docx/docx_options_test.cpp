// The options: page size (from the country or chosen), margins, font, sections and their
// order, and a reference .docx whose styles replace cvport's.
#include <gtest/gtest.h>

#include "docx_options.hpp"
#include "docx_test_support.hpp"
#include "zip_archive.hpp"

namespace cvport::docx::testing {
namespace {

pugi::xml_node section_properties(const pugi::xml_document& document) {
  return document.child("w:document").child("w:body").child("w:sectPr");
}

std::vector<std::string> headings(const std::string& docx) {
  std::vector<std::string> found;
  pugi::xml_document document = parse_part(docx, "word/document.xml");
  for (pugi::xml_node p : body_paragraphs(document))
    if (paragraph_style(p) == "CVSection") found.push_back(paragraph_text(p));
  return found;
}

TEST(DocxOptions, SchemaListsEveryOptionWithItsDefault) {
  Json schema = Json::parse(docx_options_schema());
  EXPECT_EQ(schema["additionalProperties"], false);
  Json& properties = schema["properties"];
  EXPECT_EQ(properties["page-size"]["enum"], Json::array({"auto", "a4", "letter"}));
  EXPECT_EQ(properties["page-size"]["default"], "auto");
  EXPECT_EQ(properties["margin-cm"]["default"], 2.0);
  EXPECT_EQ(properties["font-family"]["default"], "Calibri");
  EXPECT_EQ(properties["font-size"]["default"], 10.5);
  EXPECT_EQ(properties["sections"]["type"], "array");
  EXPECT_EQ(properties["reference-doc"]["x-cvport-file"], true);
  EXPECT_FALSE(properties["reference-doc"].contains("default"));
}

TEST(DocxOptions, AutoPageSizeFollowsTheCountry) {
  EXPECT_EQ(page_size_for_country("US"), PageSize::letter);
  EXPECT_EQ(page_size_for_country("CA"), PageSize::letter);
  EXPECT_EQ(page_size_for_country("MX"), PageSize::letter);
  EXPECT_EQ(page_size_for_country("GB"), PageSize::a4);
  EXPECT_EQ(page_size_for_country(""), PageSize::a4);

  pugi::xml_document letter = parse_part(export_docx(tricky_cv()).docx, "word/document.xml"); // CA
  EXPECT_STREQ(section_properties(letter).child("w:pgSz").attribute("w:w").value(), "12240");
  EXPECT_STREQ(section_properties(letter).child("w:pgSz").attribute("w:h").value(), "15840");
  pugi::xml_document a4 =
      parse_part(export_docx(example_cv()).docx, "word/document.xml"); // no country
  EXPECT_STREQ(section_properties(a4).child("w:pgSz").attribute("w:w").value(), "11906");
  EXPECT_STREQ(section_properties(a4).child("w:pgSz").attribute("w:h").value(), "16838");
}

TEST(DocxOptions, PageSizeAndMarginsCanBeChosen) {
  Exported exported = export_docx(tricky_cv(), {{"page-size", "a4"}, {"margin-cm", 2.54}});
  pugi::xml_document document = parse_part(exported.docx, "word/document.xml");
  pugi::xml_node section = section_properties(document);
  EXPECT_STREQ(section.child("w:pgSz").attribute("w:w").value(), "11906");
  for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
    EXPECT_STREQ(section.child("w:pgMar").attribute(side).value(), "1440") << side;
  // The tables of entry titles and their dates, and the right tab stop of item dates, move with
  // the text width: 11906 - 2 * 1440.
  EXPECT_STREQ(document.select_node("//w:tbl/w:tblPr/w:tblW").node().attribute("w:w").value(), "9026");
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  EXPECT_STREQ(
      styles.select_node("//w:style[@w:styleId='CVItem']//w:tab").node().attribute("w:pos").value(),
      "9026");
}

TEST(DocxOptions, FontFamilyAndSizeSetTheDocumentDefaults) {
  Exported exported = export_docx(example_cv(), {{"font-family", "Cambria"}, {"font-size", 12}});
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  pugi::xml_node defaults = styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr").node();
  EXPECT_STREQ(defaults.child("w:rFonts").attribute("w:ascii").value(), "Cambria");
  EXPECT_STREQ(defaults.child("w:rFonts").attribute("w:hAnsi").value(), "Cambria");
  EXPECT_STREQ(defaults.child("w:rFonts").attribute("w:cs").value(), "Cambria");
  EXPECT_STREQ(defaults.child("w:sz").attribute("w:val").value(), "24");
  // Headings scale with the body size: the name is twice as large.
  EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='CVName']/w:rPr/w:sz")
                   .node()
                   .attribute("w:val")
                   .value(),
               "48");
}

TEST(DocxOptions, SectionsOptionChoosesAndOrdersSections) {
  Exported exported = export_docx(
      example_cv(), {{"sections", {"publications", "education", "nonsense", "education"}}});
  EXPECT_EQ(headings(exported.docx), (std::vector<std::string>{"Publications", "Education"}));
  EXPECT_TRUE(exported.has("docx.unknown-section"));
  EXPECT_TRUE(exported.has("docx.section-omitted", "work"));
  EXPECT_TRUE(exported.has("docx.section-omitted", "service"));
  EXPECT_FALSE(exported.has("docx.section-omitted", "education"));
  EXPECT_FALSE(exported.has("docx.section-omitted", "skills")); // no data, nothing to say
}

TEST(DocxOptions, CustomSectionsHaveIdsFromTheirTitles) {
  Exported exported = export_docx(tricky_cv(), {{"sections", {"patents", "section-2", "skills"}}});
  EXPECT_EQ(headings(exported.docx), (std::vector<std::string>{"Patents", "专利与授权", "Skills"}));
  EXPECT_FALSE(exported.has("docx.unknown-section"));
}

TEST(DocxOptions, SectionsAreNamedAsInEveryFormat) {
  // The registry's spellings (cvport/sections.hpp): a title for an id, "custom" for the custom
  // sections not named, Markdown's old "custom:<title>", and a comma-separated string.
  Exported exported = export_docx(tricky_cv(), {{"sections", "Awards and Honors, custom:Patents, custom"}});
  EXPECT_EQ(headings(exported.docx), (std::vector<std::string>{"Awards and Honors", "Patents", "专利与授权"}));
  EXPECT_FALSE(exported.has("docx.unknown-section"));
}

TEST(DocxOptions, BadValuesAreErrorsThatNameTheOption) {
  for (const Json& options :
       {Json{{"page-size", "a3"}}, Json{{"margin-cm", 0.1}}, Json{{"font-size", "big"}},
        Json{{"font-family", ""}}, Json{{"font-family", "Cal\x01ibri"}}, Json{{"sections", 7}},
        Json{{"sections", {"education", 2}}},
        Json{{"reference-doc", "not base64!"}}}) {
    try {
      export_docx(example_cv(), options);
      ADD_FAILURE() << "accepted " << options.dump();
    } catch (const sdk::Error& error) {
      EXPECT_EQ(error.code(), "docx.bad-option") << options.dump();
      EXPECT_NE(std::string(error.what()).find(options.begin().key()), std::string::npos)
          << error.what();
    }
  }
}

// A reference document as Word would save it: its own look for Heading 2 and CV Section, a
// default paragraph style under another id, and a theme.
std::string reference_docx() {
  std::string styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Georgia\" "
      "w:hAnsi=\"Georgia\"/></w:rPr>"
      "</w:rPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name "
      "w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
      "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"CVSection\"><w:name w:val=\"CV Section\"/>"
      "<w:basedOn w:val=\"Heading2\"/><w:rPr><w:color w:val=\"FF0000\"/></w:rPr></w:style>"
      "</w:styles>";
  std::string theme = "<?xml version=\"1.0\"?><a:theme "
                      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                      "name=\"Reference\"/>";
  return build_zip({{"word/styles.xml", styles}, {"word/theme/theme1.xml", theme}});
}

TEST(DocxOptions, ReferenceDocStylesReplaceOursAndMissingOnesAreAdded) {
  Exported exported =
      export_docx(example_cv(), {{"reference-doc", base64_encode(reference_docx())}});
  pugi::xml_document styles = parse_part(exported.docx, "word/styles.xml");
  // Theirs win: the red CV Section, Georgia, their default paragraph style.
  EXPECT_STREQ(styles.select_node("//w:style[@w:styleId='CVSection']//w:color")
                   .node()
                   .attribute("w:val")
                   .value(),
               "FF0000");
  EXPECT_EQ(styles.select_nodes("//w:style[@w:styleId='CVSection']").size(), 1u);
  EXPECT_STREQ(styles.select_node("//w:docDefaults//w:rFonts").node().attribute("w:ascii").value(),
               "Georgia");
  EXPECT_EQ(styles.select_nodes("//w:style[@w:type='paragraph'][@w:default='1']").size(), 1u);
  // Ours fill the gaps, so every paragraph keeps a style.
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='CVName']"));
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='Normal']"));
  EXPECT_TRUE(exported.has("docx.reference-doc-styles-added"));
  for (const auto& diagnostic : exported.diagnostics)
    if (diagnostic.code == "docx.reference-doc-styles-added") {
      EXPECT_NE(diagnostic.message.find("CVName, "), std::string::npos) << diagnostic.message;
      EXPECT_EQ(diagnostic.message.find("CVSection, "), std::string::npos) << diagnostic.message;
    }
  // Their theme comes along, declared and related.
  EXPECT_NE(read_part(exported.docx, "word/theme/theme1.xml").find("name=\"Reference\""),
            std::string::npos);
  EXPECT_NE(read_part(exported.docx, "[Content_Types].xml").find("/word/theme/theme1.xml"),
            std::string::npos);
  EXPECT_NE(
      read_part(exported.docx, "word/_rels/document.xml.rels").find("Target=\"theme/theme1.xml\""),
      std::string::npos);
}

TEST(DocxOptions, ABrokenReferenceDocIsAnError) {
  for (const std::string& bytes :
       {std::string("not a zip"), build_zip({{"word/document.xml", "<x/>"}}),
        build_zip({{"word/styles.xml", "<w:styles"}})}) {
    try {
      export_docx(example_cv(), {{"reference-doc", base64_encode(bytes)}});
      ADD_FAILURE() << "accepted a broken reference doc";
    } catch (const sdk::Error& error) {
      EXPECT_EQ(error.code(), "docx.bad-reference-doc");
    }
  }
}

} // namespace
} // namespace cvport::docx::testing
