// Which fonts the PDF gets: the default family's own fontconfig configuration (Noto Sans and its
// Hebrew, Arabic, CJK and symbol fallbacks) and the system's configuration for every other
// family and for a script those fonts lack (plugins/pdf/font_map.hpp).
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "pdf_test_support.hpp"

namespace cvport::pdf::testing {
namespace {

// The font names pdffonts lists, without their subset tags ("ABCDEF+NotoSans-Bold" -> "NotoSans-Bold").
std::set<std::string> font_names(const std::filesystem::path& pdf) {
  std::istringstream lines(command_output("pdffonts '" + pdf.string() + "'"));
  std::set<std::string> names;
  std::string line;
  std::getline(lines, line); // header
  std::getline(lines, line); // ----
  while (std::getline(lines, line)) {
    std::string name = line.substr(0, line.find(' '));
    names.insert(name.substr(name.find('+') + 1));
  }
  return names;
}

Cv cv_with_summary(const std::string& summary) {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.person.summary = summary;
  return cv;
}

TEST(PdfFonts, HebrewArabicAndCjkComeFromNotoSansSisterFamilies) {
  ExportedPdf exported = export_pdf(cv_with_summary("Studied at 東京大学 and at האוניברסיטה העברית; علوم الحاسوب."), "noto-fallbacks");
  std::set<std::string> names = font_names(exported.path);
  EXPECT_TRUE(names.count("NotoSans-Regular")) << ::testing::PrintToString(names);
  EXPECT_TRUE(names.count("NotoSansHebrew-Regular")) << ::testing::PrintToString(names);
  EXPECT_TRUE(names.count("NotoSansArabic-Regular")) << ::testing::PrintToString(names);
  EXPECT_TRUE(names.count("NotoSansCJKjp-Regular")) << ::testing::PrintToString(names);
  EXPECT_NE(without_whitespace(pdftotext(exported.path, Extraction::raw)).find("東京大学"), std::string::npos);
}

// Thai is in none of the plugin's own fonts: the system's configuration finds Noto Sans Thai.
TEST(PdfFonts, AScriptOutsideThePluginsFontsStillGetsAFont) {
  ExportedPdf exported = export_pdf(cv_with_summary("Speaks ภาษาไทย fluently."), "thai");
  EXPECT_NE(pdftotext(exported.path, Extraction::raw).find("Speaks ภาษาไทย fluently."), std::string::npos);
  EXPECT_TRUE(font_names(exported.path).count("NotoSansThai-Regular"))
      << ::testing::PrintToString(font_names(exported.path));
}

// The plugin makes its own configuration fontconfig's current one; another family must still be
// found, after an export in the default family, in the same process.
TEST(PdfFonts, AnotherFamilyComesFromTheSystemConfiguration) {
  export_pdf(cv_with_summary("Plain text."), "default-family-first");
  ExportedPdf exported = export_pdf(cv_with_summary("Plain text."), "dejavu-serif", {{"font-family", "DejaVu Serif"}});
  std::set<std::string> names = font_names(exported.path);
  EXPECT_TRUE(names.count("DejaVuSerif")) << ::testing::PrintToString(names);
  EXPECT_FALSE(names.count("NotoSans-Regular")) << ::testing::PrintToString(names);
}

} // namespace
} // namespace cvport::pdf::testing
