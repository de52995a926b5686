// Shared by the PDF tests: running the writer through MemoryHost, saving the PDF in a scratch
// folder, and reading it back with poppler-utils and qpdf.
#ifndef CVPORT_TESTS_PDF_TEST_SUPPORT_HPP
#define CVPORT_TESTS_PDF_TEST_SUPPORT_HPP

#include <filesystem>
#include <string>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "memory_host.hpp"

namespace cvport::pdf::testing {

struct ExportedPdf {
  std::string bytes;
  std::vector<cvport::testing::CapturedDiagnostic> diagnostics;
  std::filesystem::path path; // the bytes saved under tests/plugins/pdf/scratch in the build
  bool has(std::string_view code) const;
};

// Exports `cv` and saves the PDF as tests/plugins/pdf/scratch/<name>-<pid>.pdf in the build folder.
ExportedPdf export_pdf(const Cv& cv, const std::string& name, const Json& options = Json::object());

// The output of a shell command; fails the current test when it exits non-zero.
std::string command_output(const std::string& command);

// pdftotext's three orders: its reading-order analysis (the default, which takes right-aligned
// dates for a column of their own), the order the PDF draws its text (-raw), the physical layout
// (-layout).
enum class Extraction { reading, raw, layout };
std::string pdftotext(const std::filesystem::path& pdf, Extraction mode = Extraction::reading);
// The text without its white space: lines wrap anywhere, inside URLs too.
std::string without_whitespace(const std::string& text);

} // namespace cvport::pdf::testing

#endif
