#include "reference_doc.hpp"

#include <optional>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "ooxml_names.hpp"
#include "xml_part.hpp"
#include "zip_archive.hpp"

namespace cvport::docx {
namespace {

constexpr std::size_t kMaxPartSize = 32u << 20; // far above any real styles or theme part

[[noreturn]] void bad_reference(const std::string& message) {
  throw sdk::Error("docx.bad-reference-doc", "",
                   "reference-doc: " + message +
                       "; pass a .docx saved by Word, LibreOffice or pandoc");
}

// The prefix the document binds to the WordprocessingML namespace ("w" in practice).
std::string word_prefix(pugi::xml_node root) {
  for (pugi::xml_attribute attribute : root.attributes()) {
    std::string_view name = attribute.name();
    if (name.substr(0, 6) == "xmlns:" && attribute.value() == ooxml::kWordNs)
      return std::string(name.substr(6));
  }
  bad_reference("word/styles.xml is not WordprocessingML (transitional)");
}

} // namespace

ReferenceStyles merge_reference_styles(std::string_view reference_docx,
                                       const std::string& own_styles_xml,
                                       sdk::Diagnostics& diagnostics) {
  ReferenceStyles result;
  std::optional<std::string> styles_bytes;
  try {
    ZipReader reader(reference_docx);
    styles_bytes = reader.read(std::string(ooxml::kStylesPart), kMaxPartSize);
    if (auto theme = reader.read(std::string(ooxml::kThemePart), kMaxPartSize)) {
      pugi::xml_document parsed;
      if (parsed.load_buffer(theme->data(), theme->size())) result.theme_xml = std::move(*theme);
    }
  } catch (const ZipError& error) {
    bad_reference(error.what());
  }
  if (!styles_bytes) bad_reference("the file has no word/styles.xml");

  pugi::xml_document theirs;
  if (pugi::xml_parse_result parsed =
          theirs.load_buffer(styles_bytes->data(), styles_bytes->size());
      !parsed)
    bad_reference(fmt::format("word/styles.xml does not parse: {}", parsed.description()));
  pugi::xml_node their_root = theirs.document_element();
  std::string prefix = word_prefix(their_root);
  if (std::string(their_root.name()) != prefix + ":styles")
    bad_reference("word/styles.xml has no w:styles root");
  // The styles copied from ours are written with the "w" prefix.
  if (prefix != "w") {
    if (their_root.attribute("xmlns:w"))
      bad_reference("word/styles.xml binds the prefix w: to another namespace");
    their_root.append_attribute("xmlns:w").set_value(std::string(ooxml::kWordNs).c_str());
  }

  std::set<std::string> their_ids, their_default_types;
  // The iterator keeps a pointer to the name: it must outlive the loop.
  const std::string style_element = prefix + ":style";
  for (pugi::xml_node style : their_root.children(style_element.c_str())) {
    their_ids.insert(style.attribute((prefix + ":styleId").c_str()).value());
    if (std::string_view(style.attribute((prefix + ":default").c_str()).value()) == "1")
      their_default_types.insert(style.attribute((prefix + ":type").c_str()).value());
  }

  pugi::xml_document ours;
  ours.load_buffer(own_styles_xml.data(), own_styles_xml.size());
  std::string added;
  for (pugi::xml_node style : ours.document_element().children("w:style")) {
    std::string id = style.attribute("w:styleId").value();
    if (their_ids.count(id)) continue;
    pugi::xml_node copy = their_root.append_copy(style);
    // A document has one default style per type: theirs stays the default.
    if (copy.attribute("w:default") && their_default_types.count(copy.attribute("w:type").value()))
      copy.remove_attribute("w:default");
    added += (added.empty() ? "" : ", ") + id;
  }
  if (!added.empty())
    diagnostics.note("docx.reference-doc-styles-added", "",
                     "the reference .docx does not define the styles " + added +
                         ", so cvport's own were added; define them in the reference .docx to "
                         "restyle those parts of the CV");
  result.styles_xml = serialize_part(theirs);
  return result;
}

} // namespace cvport::docx
