#include "pdf_writer.hpp"

#include <deque>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "annotation_repair.hpp"
#include "cv_blocks.hpp"
#include "cvport/language.hpp"
#include "document_metadata.hpp"
#include "font_map.hpp"
#include "pagination.hpp"
#include "pdf_options.hpp"
#include "pdf_painter.hpp"
#include "text_cleaning.hpp"
#include "typesetter.hpp"

namespace cvport::pdf {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

// The blocks in reading order, grouped into the units pagination keeps together: each header
// block; each section's heading with its intro and first entry; every further entry.
std::vector<Unit> typeset_units(const CvDocument& document, const Typesetter& typesetter,
                                std::deque<TypesetBlock>& storage) {
  std::vector<Unit> units;
  auto keep = [&](TypesetBlock block) -> const TypesetBlock* { return &storage.emplace_back(std::move(block)); };
  for (const Block& block : document.header) units.push_back({keep(typesetter.block(block))});
  for (const Section& section : document.sections) {
    Unit opening{keep(typesetter.heading(section))};
    for (const Block& intro : section.intro) opening.push_back(keep(typesetter.block(intro)));
    for (std::size_t i = 0; i < section.entries.size(); ++i) {
      Unit entry;
      for (const Block& block : section.entries[i].blocks) entry.push_back(keep(typesetter.block(block)));
      if (i == 0)
        opening.insert(opening.end(), entry.begin(), entry.end());
      else
        units.push_back(std::move(entry));
      if (i == 0) units.push_back(std::move(opening));
    }
    if (section.entries.empty()) units.push_back(std::move(opening));
  }
  return units;
}

} // namespace

void write_pdf(sdk::ExportContext& context) {
  const Cv& cv = context.cv;
  PdfOptions options = read_options(context.options, cv);
  PageGeometry page = options.geometry();
  SectionChoice sections = choose_sections(cv, options.sections);
  report_section_choice(sections, context.diagnostics, "pdf");
  CvDocument document = build_cv_document(cv, sections.sections);
  if (!cv.person.image.empty())
    context.diagnostics.note("pdf.image-not-embedded", "person.image",
                             "the photo is not put into the PDF (a plugin downloads nothing)");

  std::string bytes;
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
      cairo_pdf_surface_create_for_stream(append_bytes, &bytes, page.width, page.height));
  set_document_metadata(surface.get(), cv);
  {
    std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
    // The document's text and what the plugin adds: bullets, and the footer's "· page N of M".
    std::string_view page_label = label(cv.language, "page_n_of_m");
    std::string text =
        clean_text(document_text(document) + "\u2022\u00b7 " + fill_label(page_label, {{"n", "0123456789"}, {"m", ""}}))
            .text;
    GObjectPtr<PangoContext> pango(pango_font_map_create_context(font_map_for(options.font_family, text)));
    // Arabic and Hebrew CVs read right to left: every paragraph's base direction, whatever its
    // first letter (a Latin name or a digit) would make pango guess.
    pango_context_set_base_dir(pango.get(), is_right_to_left(cv.language) ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    pango_cairo_update_context(cr.get(), pango.get());
    pango_cairo_context_set_resolution(pango.get(), 72); // one pango point is one PDF unit
    Typesetter typesetter(pango.get(), options, page.text_width(), is_right_to_left(cv.language));
    typesetter.reserve_date_column(document);
    std::deque<TypesetBlock> blocks;
    std::vector<Unit> units = typeset_units(document, typesetter, blocks);
    Pages pages = paginate(units, page.margin, page.height - page.margin);
    paint_pages(cr.get(), pages, typesetter, page, cv.person.name, page_label);
  }
  cairo_surface_finish(surface.get());
  if (cairo_status_t status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS)
    throw sdk::Error("pdf.cairo-failed", "", std::string("cairo could not write the PDF: ") + cairo_status_to_string(status));
  if (!repair_link_annotations(bytes))
    context.diagnostics.warning("pdf.links-unrepaired", "",
                                "cairo 1.16 numbered this PDF's link annotations wrongly and cvport could not "
                                "correct it: the links may not work in every viewer");
  context.output.primary().write(bytes);
}

} // namespace cvport::pdf
