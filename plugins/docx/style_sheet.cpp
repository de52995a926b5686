#include "style_sheet.hpp"

#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "cvport/language.hpp"
#include "cvport/text.hpp"
#include "numbering.hpp"
#include "ooxml_names.hpp"
#include "style_ids.hpp"
#include "xml_part.hpp"

namespace cvport::docx {
namespace {

constexpr std::string_view kAccentColor = "1F3864"; // dark navy: name, section headings
constexpr std::string_view kMutedColor = "404040";  // dates, places
constexpr std::string_view kLinkColor = "1F4E9A";
constexpr std::string_view kAwardColor = "8B1A1A";
constexpr int kEntryTitleSpaceBefore = 100; // twips

struct ParagraphProperties {
  bool keep_next = false;
  bool keep_lines = false;
  int num_id = 0;
  std::string_view bottom_border_color;
  int right_tab = 0; // twips from the left margin; 0 = none
  int space_before = -1, space_after = -1;
  int indent_left = -1, indent_hanging = -1;
  std::string_view alignment; // w:jc
  int outline_level = -1;
};

struct RunProperties {
  std::optional<bool> bold;
  std::optional<bool> italic;
  bool small_caps = false;
  std::string_view color;
  int size = 0; // half-points
  std::string_view underline;
};

struct StyleDefinition {
  std::string_view type; // "paragraph" or "character"
  std::string_view id;
  std::string_view name;
  std::string_view based_on;
  std::string_view next;
  int priority = 99;
  bool is_default = false;
  bool quick_format = true; // shown in Word's style gallery
  ParagraphProperties paragraph;
  RunProperties run;
};

void add_flag(pugi::xml_node parent, const char* name, std::optional<bool> value) {
  if (!value) return;
  pugi::xml_node node = parent.append_child(name);
  if (!*value) node.append_attribute("w:val").set_value("0");
}

// Children in the order the WordprocessingML schema (CT_PPrBase) requires.
void add_paragraph_properties(pugi::xml_node style, const ParagraphProperties& p) {
  pugi::xml_node ppr = style.append_child("w:pPr");
  if (p.keep_next) ppr.append_child("w:keepNext");
  if (p.keep_lines) ppr.append_child("w:keepLines");
  if (p.num_id) {
    pugi::xml_node numbering = ppr.append_child("w:numPr");
    add_value(numbering, "w:numId", std::to_string(p.num_id));
  }
  if (!p.bottom_border_color.empty())
    add_element(
        ppr.append_child("w:pBdr"), "w:bottom",
        {{"w:val", "single"}, {"w:sz", "6"}, {"w:space", "1"}, {"w:color", p.bottom_border_color}});
  if (p.right_tab)
    add_element(ppr.append_child("w:tabs"), "w:tab",
                {{"w:val", "right"}, {"w:pos", std::to_string(p.right_tab)}});
  if (p.space_before >= 0 || p.space_after >= 0) {
    pugi::xml_node spacing = ppr.append_child("w:spacing");
    if (p.space_before >= 0) spacing.append_attribute("w:before").set_value(p.space_before);
    if (p.space_after >= 0) spacing.append_attribute("w:after").set_value(p.space_after);
  }
  if (p.indent_left >= 0) {
    pugi::xml_node indent = add_element(ppr, "w:ind", {{"w:left", std::to_string(p.indent_left)}});
    if (p.indent_hanging >= 0) indent.append_attribute("w:hanging").set_value(p.indent_hanging);
  }
  if (!p.alignment.empty()) add_value(ppr, "w:jc", p.alignment);
  if (p.outline_level >= 0) add_value(ppr, "w:outlineLvl", std::to_string(p.outline_level));
  if (!ppr.first_child()) style.remove_child(ppr);
}

// Children in the order of CT_RPr; the complex-script twins (bCs, iCs, szCs) follow their
// Latin settings so right-to-left runs look the same.
void add_run_properties(pugi::xml_node style, const RunProperties& r) {
  pugi::xml_node rpr = style.append_child("w:rPr");
  add_flag(rpr, "w:b", r.bold);
  add_flag(rpr, "w:bCs", r.bold);
  add_flag(rpr, "w:i", r.italic);
  add_flag(rpr, "w:iCs", r.italic);
  if (r.small_caps) rpr.append_child("w:smallCaps");
  if (!r.color.empty()) add_value(rpr, "w:color", r.color);
  if (r.size) {
    add_value(rpr, "w:sz", std::to_string(r.size));
    add_value(rpr, "w:szCs", std::to_string(r.size));
  }
  if (!r.underline.empty()) add_value(rpr, "w:u", r.underline);
  if (!rpr.first_child()) style.remove_child(rpr);
}

void add_style(pugi::xml_node styles, const StyleDefinition& definition) {
  pugi::xml_node style = add_element(styles, "w:style", {{"w:type", definition.type}});
  if (definition.is_default) style.append_attribute("w:default").set_value("1");
  style.append_attribute("w:styleId").set_value(std::string(definition.id).c_str());
  add_value(style, "w:name", definition.name);
  if (!definition.based_on.empty()) add_value(style, "w:basedOn", definition.based_on);
  if (!definition.next.empty()) add_value(style, "w:next", definition.next);
  add_value(style, "w:uiPriority", std::to_string(definition.priority));
  if (definition.quick_format) style.append_child("w:qFormat");
  add_paragraph_properties(style, definition.paragraph);
  add_run_properties(style, definition.run);
}

std::vector<StyleDefinition> style_definitions(const StyleSheetSettings& settings) {
  const int base = settings.font_half_points;
  auto scaled = [base](double factor) { return static_cast<int>(std::lround(base * factor)); };
  const int tab = settings.text_width;
  using namespace style;
  return {
      // Word's built-ins, named as Word names them so Word maps them to its own.
      {.type = "paragraph", .id = kNormal, .name = "Normal", .priority = 0, .is_default = true},
      {.type = "paragraph",
       .id = kHeading1,
       .name = "heading 1",
       .based_on = kNormal,
       .next = kNormal,
       .priority = 9,
       .paragraph = {.keep_next = true,
                     .keep_lines = true,
                     .space_before = 240,
                     .space_after = 60,
                     .outline_level = 0},
       .run = {.bold = true, .size = scaled(1.6)}},
      {.type = "paragraph",
       .id = kHeading2,
       .name = "heading 2",
       .based_on = kNormal,
       .next = kNormal,
       .priority = 9,
       .paragraph = {.keep_next = true,
                     .keep_lines = true,
                     .space_before = 200,
                     .space_after = 60,
                     .outline_level = 1},
       .run = {.bold = true, .size = scaled(1.3)}},
      {.type = "paragraph",
       .id = kHeading3,
       .name = "heading 3",
       .based_on = kNormal,
       .next = kNormal,
       .priority = 9,
       .paragraph =
           {.keep_next = true, .keep_lines = true, .space_before = 120, .outline_level = 2},
       .run = {.bold = true}},
      {.type = "paragraph",
       .id = kFooter,
       .name = "footer",
       .based_on = kNormal,
       .priority = 99,
       .quick_format = false},
      {.type = "character",
       .id = kDefaultParagraphFont,
       .name = "Default Paragraph Font",
       .priority = 1,
       .is_default = true,
       .quick_format = false},
      {.type = "character",
       .id = kHyperlink,
       .name = "Hyperlink",
       .priority = 99,
       .quick_format = false,
       .run = {.color = "0563C1", .underline = "single"}},

      // The CV's paragraph styles.
      {.type = "paragraph",
       .id = kName,
       .name = "CV Name",
       .based_on = kHeading1,
       .next = kHeadline,
       .priority = 1,
       .paragraph = {.space_before = 0, .space_after = 40, .alignment = "center"},
       .run = {.color = kAccentColor, .size = scaled(2.0)}},
      {.type = "paragraph",
       .id = kHeadline,
       .name = "CV Headline",
       .based_on = kNormal,
       .next = kContact,
       .priority = 2,
       .paragraph = {.space_after = 40, .alignment = "center"},
       .run = {.italic = true, .size = base + 2}},
      {.type = "paragraph",
       .id = kContact,
       .name = "CV Contact",
       .based_on = kNormal,
       .priority = 3,
       .paragraph = {.space_after = 20, .alignment = "center"},
       .run = {.size = base - 1}},
      {.type = "paragraph",
       .id = kSummary,
       .name = "CV Summary",
       .based_on = kNormal,
       .priority = 4,
       .paragraph = {.space_before = 120, .alignment = "both"}},
      {.type = "paragraph",
       .id = kSection,
       .name = "CV Section",
       .based_on = kHeading2,
       .next = kEntryTitle,
       .priority = 5,
       .paragraph = {.bottom_border_color = kAccentColor, .space_before = 240, .space_after = 80},
       .run = {.small_caps = true, .color = kAccentColor, .size = scaled(1.25)}},
      {.type = "paragraph",
       .id = kSectionIntro,
       .name = "CV Section Intro",
       .based_on = kNormal,
       .priority = 6,
       .paragraph = {.space_after = 60, .alignment = "both"},
       .run = {.italic = true, .size = base - 1}},
      {.type = "paragraph",
       .id = kEntryTitle,
       .name = "CV Entry Title",
       .based_on = kHeading3,
       .next = kEntryDetails,
       .priority = 7,
       .paragraph = {.space_before = kEntryTitleSpaceBefore, .space_after = 0},
       .run = {.size = base}},
      // The date beside an entry title, in the date column (date_column.hpp): spaced and sized
      // as the title, so the two share their first baseline.
      {.type = "paragraph",
       .id = kEntryDateColumn,
       .name = "CV Entry Date Column",
       .based_on = kNormal,
       .priority = 7,
       .paragraph = {.keep_next = true,
                     .keep_lines = true,
                     .space_before = kEntryTitleSpaceBefore,
                     .space_after = 0,
                     .alignment = "right"},
       .run = {.size = base}},
      {.type = "paragraph",
       .id = kEntryDetails,
       .name = "CV Entry Details",
       .based_on = kNormal,
       .priority = 8,
       .paragraph = {.right_tab = tab}},
      {.type = "paragraph",
       .id = kBullet,
       .name = "CV Bullet",
       .based_on = kNormal,
       .priority = 9,
       .paragraph = {.num_id = kBulletListNumId, .indent_left = 284, .indent_hanging = 284}},
      {.type = "paragraph",
       .id = kItem,
       .name = "CV Item",
       .based_on = kNormal,
       .priority = 10,
       .paragraph = {.keep_lines = true,
                     .num_id = kBulletListNumId,
                     .right_tab = tab,
                     .space_before = 40,
                     .indent_left = 284,
                     .indent_hanging = 284}},
      {.type = "paragraph",
       .id = kPublication,
       .name = "CV Publication",
       .based_on = kNormal,
       .priority = 11,
       .paragraph = {.keep_lines = true,
                     .num_id = kPublicationListNumId,
                     .right_tab = tab,
                     .space_before = 80,
                     .indent_left = 567,
                     .indent_hanging = 567}},
      {.type = "paragraph",
       .id = kPageFooter,
       .name = "CV Footer",
       .based_on = kFooter,
       .priority = 12,
       .paragraph = {.alignment = "center"},
       .run = {.color = kMutedColor, .size = base - 3}},

      // The CV's character styles.
      {.type = "character",
       .id = kEntryPlace,
       .name = "CV Entry Place",
       .priority = 20,
       .run = {.bold = false}},
      {.type = "character",
       .id = kEntryDate,
       .name = "CV Entry Date",
       .priority = 21,
       .run = {.bold = false, .color = kMutedColor}},
      {.type = "character",
       .id = kLabel,
       .name = "CV Label",
       .priority = 22,
       .run = {.italic = true, .color = kMutedColor}},
      {.type = "character",
       .id = kItemTitle,
       .name = "CV Item Title",
       .priority = 23,
       .run = {.bold = true}},
      {.type = "character",
       .id = kNote,
       .name = "CV Note",
       .priority = 24,
       .run = {.italic = true}},
      {.type = "character",
       .id = kPublicationTitle,
       .name = "CV Publication Title",
       .priority = 25,
       .run = {.bold = true}},
      {.type = "character", .id = kAuthors, .name = "CV Authors", .priority = 26},
      {.type = "character",
       .id = kOwner,
       .name = "CV Owner",
       .based_on = kAuthors,
       .priority = 27,
       .run = {.bold = true}},
      {.type = "character",
       .id = kVenue,
       .name = "CV Venue",
       .priority = 28,
       .run = {.italic = true}},
      {.type = "character",
       .id = kAward,
       .name = "CV Award",
       .priority = 29,
       .run = {.bold = true, .color = kAwardColor}},
      {.type = "character",
       .id = kLink,
       .name = "CV Link",
       .based_on = kHyperlink,
       .priority = 30,
       .run = {.color = kLinkColor, .underline = "none"}},
  };
}

void add_document_defaults(pugi::xml_node styles, const StyleSheetSettings& settings) {
  pugi::xml_node defaults = styles.append_child("w:docDefaults");
  pugi::xml_node rpr = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  add_element(rpr, "w:rFonts",
              {{"w:ascii", settings.font_family},
               {"w:hAnsi", settings.font_family},
               {"w:cs", settings.font_family}});
  add_value(rpr, "w:sz", std::to_string(settings.font_half_points));
  add_value(rpr, "w:szCs", std::to_string(settings.font_half_points));
  // The language of all text, in each of Word's three script slots that applies: w:val for
  // Latin and Cyrillic, w:eastAsia for Chinese, Japanese and Korean, w:bidi for Arabic and Hebrew.
  std::string language = settings.language.empty() ? std::string(kDefaultLanguage) : settings.language;
  pugi::xml_node lang = add_element(rpr, "w:lang", {{"w:val", language}});
  std::string base = lower_ascii(language.substr(0, language.find_first_of("-_")));
  if (base == "zh" || base == "ja" || base == "ko") lang.append_attribute("w:eastAsia").set_value(language.c_str());
  if (is_right_to_left(language)) lang.append_attribute("w:bidi").set_value(language.c_str());
  pugi::xml_node ppr = defaults.append_child("w:pPrDefault").append_child("w:pPr");
  ppr.append_child("w:widowControl");
  add_element(ppr, "w:spacing", {{"w:after", "0"}, {"w:line", "252"}, {"w:lineRule", "auto"}});
}

} // namespace

std::string build_styles_xml(const StyleSheetSettings& settings) {
  pugi::xml_document document;
  pugi::xml_node styles = add_element(document, "w:styles", {{"xmlns:w", ooxml::kWordNs}});
  add_document_defaults(styles, settings);
  for (const StyleDefinition& definition : style_definitions(settings))
    add_style(styles, definition);
  return serialize_part(document);
}

} // namespace cvport::docx
