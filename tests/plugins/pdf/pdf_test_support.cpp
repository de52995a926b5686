#include "pdf_test_support.hpp"

#include <gtest/gtest.h>

#include "golden.hpp"
#include "pdf_writer.hpp"
#include "run_command.hpp"

namespace cvport::pdf::testing {

bool ExportedPdf::has(std::string_view code) const {
  for (const auto& diagnostic : diagnostics)
    if (diagnostic.code == code) return true;
  return false;
}

ExportedPdf export_pdf(const Cv& cv, const std::string& name, const Json& options) {
  cvport::testing::MemoryHost host;
  host.run_export(&write_pdf, cv, options, "pdf");
  ExportedPdf exported{host.outputs[""], host.diagnostics, std::filesystem::path(PDF_SCRATCH_DIR) / (name + ".pdf")};
  cvport::testing::write_file(exported.path, exported.bytes);
  return exported;
}

std::string command_output(const std::string& command) {
  cvport::testing::CommandResult result = cvport::testing::run_command(command);
  EXPECT_EQ(result.status, 0) << command << "\n" << result.output;
  return result.output;
}

std::string pdftotext(const std::filesystem::path& pdf, Extraction mode) {
  const char* flag = mode == Extraction::raw ? "-raw " : mode == Extraction::layout ? "-layout " : "";
  return command_output(std::string("pdftotext -enc UTF-8 ") + flag + "'" + pdf.string() + "' -");
}

std::string without_whitespace(const std::string& text) {
  std::string kept;
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') kept += c;
  return kept;
}

} // namespace cvport::pdf::testing
