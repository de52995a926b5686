#include "docx_writer.hpp"

#include "cv_layout.hpp"
#include "document_part.hpp"
#include "document_properties.hpp"
#include "docx_options.hpp"
#include "docx_package.hpp"
#include "numbering.hpp"
#include "reference_doc.hpp"
#include "style_sheet.hpp"
#include "cvport/sections.hpp"

namespace cvport::docx {

void write_docx(sdk::ExportContext& context) {
  DocxOptions options = read_options(context.options, context.cv);
  // Model text needs no cleaning: the host guarantees it (cvport_plugin.h); pugixml escapes it.
  const Cv& cv = context.cv;
  PageGeometry page = options.geometry();

  DocxParts parts;
  parts.styles =
      build_styles_xml({options.font_family, options.font_half_points(), page.text_width(), cv.language});
  if (!options.reference_doc.empty()) {
    ReferenceStyles reference =
        merge_reference_styles(options.reference_doc, parts.styles, context.diagnostics);
    parts.styles = std::move(reference.styles_xml);
    parts.theme = std::move(reference.theme_xml);
  }

  SectionChoice sections = choose_sections(cv, options.sections);
  report_section_choice(sections, context.diagnostics, "docx");
  MainDocumentPart main =
      build_main_document(layout_cv(cv, sections.sections, context.diagnostics), page,
                          options.font_half_points(), !parts.theme.empty());
  parts.document = std::move(main.document_xml);
  parts.document_relationships = std::move(main.relationships_xml);
  parts.numbering = build_numbering_xml();
  parts.settings = build_settings_xml();
  parts.footer = build_footer_xml(footer_paragraph(cv));
  parts.core_properties = build_core_properties_xml(cv);
  parts.app_properties = build_app_properties_xml();
  context.output.primary().write(build_docx_package(parts));
}

} // namespace cvport::docx
