#include "docx_test_support.hpp"

#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "docx_writer.hpp"
#include "golden.hpp"
#include "zip_archive.hpp"
#include "test_paths.hpp"

namespace cvport::docx::testing {

std::filesystem::path example_json_path() {
  return cvport::testing::source_dir() / "tests" / "data" / "baolin-li.cvport.json";
}

Cv example_cv() {
  std::filesystem::path path = example_json_path();
  if (!std::filesystem::exists(path))
    throw std::runtime_error("the example CV " + path.string() +
                             " is missing; generate it with `cvport export examples/baolin-li.yaml "
                             "--to cvport-json -o tests/data/baolin-li.cvport.json`");
  return cv_from_json_text(cvport::testing::read_file(path));
}

bool Exported::has(std::string_view code, std::string_view path) const {
  for (const auto& diagnostic : diagnostics)
    if (diagnostic.code == code && (path.empty() || diagnostic.path == path)) return true;
  return false;
}

Exported export_docx(const Cv& cv, const Json& options) {
  cvport::testing::MemoryHost host;
  host.run_export(&write_docx, cv, options, "docx");
  return {host.outputs[""], host.diagnostics};
}

std::vector<std::string> part_names(const std::string& docx) { return ZipReader(docx).names(); }

std::string read_part(const std::string& docx, const std::string& name) {
  auto bytes = ZipReader(docx).read(name, 64u << 20);
  if (!bytes) throw std::runtime_error("the package has no part " + name);
  return *bytes;
}

pugi::xml_document parse_part(const std::string& docx, const std::string& name) {
  std::string bytes = read_part(docx, name);
  pugi::xml_document document;
  // Keep <w:t> </w:t>: a space alone in a run is text.
  pugi::xml_parse_result result = document.load_buffer(
      bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!result) throw std::runtime_error(name + " does not parse: " + result.description());
  return document;
}

std::string indented_xml(const std::string& xml) {
  pugi::xml_document document;
  if (!document.load_buffer(xml.data(), xml.size(),
                            pugi::parse_default | pugi::parse_declaration |
                                pugi::parse_ws_pcdata_single))
    throw std::runtime_error("not XML");
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

std::string paragraph_text(pugi::xml_node paragraph) {
  std::string text;
  // In document order, so tabs and breaks land between the right words.
  struct Walker : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& node) override {
      std::string_view name = node.name();
      if (name == "w:t")
        *out += node.text().get();
      else if (name == "w:tab" && std::string_view(node.parent().name()) == "w:r")
        *out += "\t";
      else if (name == "w:br")
        *out += "\n";
      return true;
    }
  } walker;
  walker.out = &text;
  paragraph.traverse(walker);
  return text;
}

std::string paragraph_style(pugi::xml_node paragraph) {
  return paragraph.child("w:pPr").child("w:pStyle").attribute("w:val").value();
}

std::vector<pugi::xml_node> body_paragraphs(const pugi::xml_document& document) {
  std::vector<pugi::xml_node> paragraphs;
  for (pugi::xpath_node p : document.child("w:document").child("w:body").select_nodes(".//w:p"))
    paragraphs.push_back(p.node());
  return paragraphs;
}

Cv long_employer_cv() {
  Cv cv;
  cv.person.name = "Long Names";
  cv.person.summary = "First line of the summary, which is short.\nSecond line after a single line break.\n\n"
                      "A second paragraph after a blank line.";
  Work& work = cv.work.emplace_back();
  work.position = "Principal Research Scientist";
  work.organization.name =
      "International Consortium for Exceptionally Long Institutional Names in Computational Science";
  work.start = Date{.year = 2021, .month = 3};
  work.end = Date{.present = true};
  work.summary = "Leads the group.";
  return cv;
}

pugi::xml_node enclosing_table(pugi::xml_node paragraph) {
  for (pugi::xml_node node = paragraph.parent(); node; node = node.parent())
    if (std::string_view(node.name()) == "w:tbl") return node;
  return {};
}

std::string base64_encode(std::string_view bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned value = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 |
                     (unsigned char)bytes[i + 2];
    for (int shift : {18, 12, 6, 0}) out += alphabet[(value >> shift) & 63];
  }
  if (std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned value =
        (unsigned char)bytes[i] << 16 | (rest == 2 ? (unsigned char)bytes[i + 1] << 8 : 0);
    out += alphabet[(value >> 18) & 63];
    out += alphabet[(value >> 12) & 63];
    out += rest == 2 ? alphabet[(value >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

} // namespace cvport::docx::testing
