#include "typesetter.hpp"

#include <algorithm>
#include <set>

#include "cvport/date_column.hpp"
#include "long_words.hpp"
#include "text_cleaning.hpp"

namespace cvport::pdf {
namespace {

// The DOCX format's colours, so both look alike.
struct Colour {
  guint16 red, green, blue;
};
constexpr Colour kAccent{0x1F1F, 0x3838, 0x6464}; // name, section headings
constexpr Colour kMuted{0x4040, 0x4040, 0x4040};  // dates, places, labels
constexpr Colour kLinkColour{0x1F1F, 0x4E4E, 0x9A9A};
constexpr Colour kAwardColour{0x8B8B, 0x1A1A, 0x1A1A};

// Noto Sans's own line height is 1.36 em, looser than Calibri's 1.22: a little less than single
// spacing gives the DOCX's rhythm.
constexpr double kLineSpacing = 0.95;
constexpr double kItemIndent = 14;        // bullets and items, in points
constexpr double kPublicationIndent = 26; // room for "[12]"

struct BlockStyle {
  double size_factor = 1;
  bool bold = false;
  bool italic = false;
  bool centred = false;
  bool justified = false;
  bool small_caps = false;
  const Colour* colour = nullptr;
  double space_before = 0; // in multiples of the body size
  double indent = 0;
};

BlockStyle style_of(BlockKind kind) {
  switch (kind) {
  case BlockKind::name: return {.size_factor = 2.0, .bold = true, .centred = true, .colour = &kAccent};
  case BlockKind::headline: return {.size_factor = 1.1, .italic = true, .centred = true, .space_before = 0.2};
  case BlockKind::contact: return {.size_factor = 0.95, .centred = true, .space_before = 0.15};
  case BlockKind::summary: return {.justified = true, .space_before = 0.6};
  case BlockKind::section_heading:
    return {.size_factor = 1.25, .bold = true, .small_caps = true, .colour = &kAccent, .space_before = 1.2};
  case BlockKind::section_intro: return {.size_factor = 0.95, .italic = true, .justified = true, .space_before = 0.3};
  case BlockKind::entry_title: return {.bold = true, .space_before = 0.6};
  case BlockKind::detail: return {.space_before = 0.05};
  case BlockKind::bullet: return {.space_before = 0.05, .indent = kItemIndent};
  case BlockKind::item: return {.space_before = 0.3, .indent = kItemIndent};
  case BlockKind::item_detail: return {.space_before = 0.02, .indent = kItemIndent};
  case BlockKind::publication: return {.space_before = 0.5, .indent = kPublicationIndent};
  case BlockKind::publication_detail: return {.space_before = 0.02, .indent = kPublicationIndent};
  }
  return {};
}

void insert(PangoAttrList* list, PangoAttribute* attribute, int start, int end) {
  attribute->start_index = static_cast<guint>(start);
  attribute->end_index = static_cast<guint>(end);
  pango_attr_list_insert(list, attribute);
}

void colour(PangoAttrList* list, const Colour& c, int start, int end) {
  insert(list, pango_attr_foreground_new(c.red, c.green, c.blue), start, end);
}

void style_run(PangoAttrList* list, RunStyle style, int start, int end) {
  switch (style) {
  case RunStyle::plain: break;
  case RunStyle::strong:
  case RunStyle::owner: insert(list, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end); break;
  case RunStyle::emphasis:
  case RunStyle::venue: insert(list, pango_attr_style_new(PANGO_STYLE_ITALIC), start, end); break;
  case RunStyle::muted:
    insert(list, pango_attr_weight_new(PANGO_WEIGHT_NORMAL), start, end);
    colour(list, kMuted, start, end);
    break;
  case RunStyle::label:
    insert(list, pango_attr_style_new(PANGO_STYLE_ITALIC), start, end);
    colour(list, kMuted, start, end);
    break;
  case RunStyle::award:
    insert(list, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
    colour(list, kAwardColour, start, end);
    break;
  case RunStyle::link: colour(list, kLinkColour, start, end); break;
  }
}

double points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

std::vector<LineBox> measure_lines(PangoLayout* layout) {
  std::vector<LineBox> lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    lines.push_back({points(logical.x), points(logical.y), points(logical.height),
                     points(pango_layout_iter_get_baseline(iter))});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return lines;
}

// Whether pango would put every line of `layout`, laid out without a width, at the same place and
// break it no differently if the layout had `width` (pango units): each line is left-aligned and
// runs left to right (so its place does not depend on the layout's width), and is narrower than
// `width` by more than `margin`, room for the hyphen pango may add where it tries a break.
bool lines_stay_at_width(PangoLayout* layout, int width, int margin) {
  if (pango_layout_get_alignment(layout) != PANGO_ALIGN_LEFT) return false;
  for (GSList* line = pango_layout_get_lines_readonly(layout); line; line = line->next)
    if (static_cast<PangoLayoutLine*>(line->data)->resolved_dir != PANGO_DIRECTION_LTR) return false;
  int natural = 0;
  pango_layout_get_size(layout, &natural, nullptr);
  return natural + margin <= width;
}

// Sets `layout`'s width, unless its lines come out the same without it. pango 1.50 shapes each
// run of a layout with a width twice, once to see whether it fits the line and once to place it;
// without a width, once. Most blocks of a CV are one short line: for the example CV this shapes
// 16,100 characters instead of 20,400. A text that would not fit even at 0.45 em a byte (the
// example's one-line blocks take 0.44 to 0.59 em a byte of Noto Sans) is taken to wrap and gets
// its width at once, so a paragraph is not laid out twice; a wrong guess costs time, never a
// different result.
void set_width_if_needed(PangoLayout* layout, double width, std::size_t text_bytes, double em) {
  constexpr double kNarrowWidthPerByte = 0.45; // in em
  int pango_width = static_cast<int>(width * PANGO_SCALE);
  if ((static_cast<double>(text_bytes) * kNarrowWidthPerByte + 1) * em <= width &&
      lines_stay_at_width(layout, pango_width, static_cast<int>(em * PANGO_SCALE)))
    return;
  pango_layout_set_width(layout, pango_width);
}

GObjectPtr<PangoLayout> new_reference(const GObjectPtr<PangoLayout>& layout) {
  return GObjectPtr<PangoLayout>(static_cast<PangoLayout*>(g_object_ref(layout.get())));
}

} // namespace

Typesetter::Typesetter(PangoContext* context, const PdfOptions& options, double text_width, bool right_to_left)
    : context_(context), font_family_(options.font_family), font_size_(options.font_size_pt), text_width_(text_width),
      right_to_left_(right_to_left) {}

GObjectPtr<PangoLayout> Typesetter::new_layout(double size_factor, bool bold, bool italic) const {
  GObjectPtr<PangoLayout> layout(pango_layout_new(context_));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, font_family_.c_str());
  pango_font_description_set_size(font, static_cast<gint>(font_size_ * size_factor * PANGO_SCALE));
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing(layout.get(), static_cast<float>(kLineSpacing));
  if (right_to_left_) {
    // Pango swaps left and right only for a paragraph whose guessed direction differs from the
    // context's; with the guess off, the start of an RTL line is its right edge, said outright.
    pango_layout_set_auto_dir(layout.get(), FALSE);
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
  }
  return layout;
}

GObjectPtr<PangoLayout> Typesetter::date_layout(std::string_view date) const {
  GObjectPtr<PangoLayout> layout = new_layout(1, false, false);
  std::string text = clean_text(date).text;
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  PangoAttrList* attributes = pango_attr_list_new();
  colour(attributes, kMuted, 0, static_cast<int>(text.size()));
  pango_layout_set_attributes(layout.get(), attributes);
  pango_attr_list_unref(attributes);
  return layout;
}

void Typesetter::reserve_date_column(const CvDocument& document) {
  std::set<std::string_view> dates;
  for (const Section& section : document.sections)
    for (const Entry& entry : section.entries)
      for (const Block& block : entry.blocks)
        if (!block.date.empty()) dates.insert(block.date);
  double widest = 0;
  for (std::string_view date : dates) {
    int width = 0;
    pango_layout_get_size(date_layout(date).get(), &width, nullptr);
    widest = std::max(widest, points(width));
  }
  date_column_ = date_column_width(widest, text_width_);
}

GObjectPtr<PangoLayout> Typesetter::shared_date(const std::string& date) const {
  GObjectPtr<PangoLayout>& layout = dates_[date];
  if (!layout) {
    layout = date_layout(date);
    pango_layout_set_width(layout.get(), static_cast<int>(date_column_ * PANGO_SCALE));
    // Flush with the page's outer edge: the right one, or the left one in a right-to-left CV.
    pango_layout_set_alignment(layout.get(), right_to_left_ ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  }
  return new_reference(layout);
}

GObjectPtr<PangoLayout> Typesetter::shared_bullet() const {
  if (!bullet_) {
    bullet_ = new_layout(1, false, false);
    pango_layout_set_text(bullet_.get(), "\u2022", -1);
  }
  return new_reference(bullet_);
}

TypesetBlock Typesetter::block(const Block& block) const {
  BlockStyle style = style_of(block.kind);
  TypesetBlock result;
  result.kind = block.kind;
  result.layout = new_layout(style.size_factor, style.bold, style.italic);
  result.x = style.indent;
  result.space_before = style.space_before * font_size_;

  std::string text;
  PangoAttrList* attributes = pango_attr_list_new();
  for (const Run& run : block.runs) {
    int start = static_cast<int>(text.size());
    text += break_long_words(clean_text(run.text).text);
    int end = static_cast<int>(text.size());
    style_run(attributes, run.style, start, end);
    if (!run.url.empty()) result.links.push_back({start, end, run.url});
  }
  if (style.colour) colour(attributes, *style.colour, 0, static_cast<int>(text.size()));
  if (style.small_caps) insert(attributes, pango_attr_variant_new(PANGO_VARIANT_SMALL_CAPS), 0, static_cast<int>(text.size()));
  // No hyphens where a line breaks inside a word: they would end up in the extracted text.
  insert(attributes, pango_attr_insert_hyphens_new(FALSE), 0, static_cast<int>(text.size()));
  PangoLayout* layout = result.layout.get();
  pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout, attributes);
  pango_attr_list_unref(attributes);
  if (style.centred) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
  pango_layout_set_justify(layout, style.justified);

  double width = text_width_ - style.indent;
  if (!block.date.empty()) {
    width -= date_column_ + kDateColumnGapPoints;
    result.date = shared_date(block.date);
  }
  set_width_if_needed(layout, width, text.size(), font_size_ * style.size_factor);
  result.lines = measure_lines(layout);
  result.date_x = text_width_ - date_column_;

  if (!block.marker.empty()) {
    result.marker = new_layout(1, false, false);
    pango_layout_set_text(result.marker.get(), block.marker.c_str(), static_cast<int>(block.marker.size()));
  } else if (block.kind == BlockKind::bullet || block.kind == BlockKind::item) {
    result.marker = shared_bullet();
    result.marker_x = style.indent - 10;
  }
  if (right_to_left_) mirror(result, width);
  return result;
}

// A right-to-left CV is the left-to-right layout seen in a mirror: each text box keeps its width,
// its indent is measured from the right margin, bullets and publication numbers stand to the right
// of the text, and the date column is at the left margin. The lines inside a layout are already
// right-aligned (new_layout).
void Typesetter::mirror(TypesetBlock& block, double layout_width) const {
  block.x = text_width_ - block.x - layout_width;
  block.date_x = 0;
  if (block.marker) {
    int marker_width = 0;
    pango_layout_get_size(block.marker.get(), &marker_width, nullptr);
    block.marker_x = text_width_ - block.marker_x - points(marker_width);
  }
}

TypesetBlock Typesetter::heading(const Section& section) const {
  Block block(BlockKind::section_heading);
  block.text(section.title);
  TypesetBlock result = this->block(block);
  result.outline_title = clean_text(section.title).text;
  return result;
}

GObjectPtr<PangoLayout> Typesetter::footer(std::string_view text) const {
  GObjectPtr<PangoLayout> layout = date_layout(text);
  PangoFontDescription* font = pango_font_description_copy(pango_layout_get_font_description(layout.get()));
  pango_font_description_set_size(font, static_cast<gint>((font_size_ - 1.5) * PANGO_SCALE));
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), static_cast<int>(text_width_ * PANGO_SCALE));
  pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  return layout;
}

} // namespace cvport::pdf
