#include "pdf_test_support.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include "golden.hpp"
#include "pdf_writer.hpp"
#include "run_command.hpp"
#include "test_paths.hpp"

namespace cvport::pdf::testing {

bool ExportedPdf::has(std::string_view code) const {
  for (const auto& diagnostic : diagnostics)
    if (diagnostic.code == code) return true;
  return false;
}

namespace {
// The scratch PDFs of this process, removed when it exits.
struct ScratchFiles {
  std::vector<std::filesystem::path> paths;
  ~ScratchFiles() {
    std::error_code ignored;
    for (const auto& path : paths) std::filesystem::remove(path, ignored);
  }
};
ScratchFiles scratch_files;
} // namespace

ExportedPdf export_pdf(const Cv& cv, const std::string& name, const Json& options) {
  cvport::testing::MemoryHost host;
  host.run_export(&write_pdf, cv, options, "pdf");
  // ctest runs each test in a process of its own, two at a time: a name per process keeps one
  // test from reading the file while another rewrites it (it read as empty text once).
  ExportedPdf exported{host.outputs[""], host.diagnostics,
                       cvport::testing::binary_dir() / "tests/plugins/pdf/scratch" / (name + "-" + std::to_string(::getpid()) + ".pdf")};
  cvport::testing::write_file(exported.path, exported.bytes);
  scratch_files.paths.push_back(exported.path);
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
