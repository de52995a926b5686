// Text made fit for ORCID's single-line fields and length limits. What XML 1.0 and ORCID refuse
// never reaches a plugin: the host removes it (cvport_plugin.h, tests/core/source_reader_test.cpp).
#include "orcid_test_support.hpp"
#include "text.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidText, KeepsUnicodeAndMarkupAndPutsTextOnOneLine) {
  MemoryHost host;
  sdk::Diagnostics diagnostics(host.host());
  Reporter reporter(diagnostics);
  EXPECT_EQ(clean_text(reporter, "Zürich <GPU> &\n\"friends\"  Ана 𝜋 \uFFFD", "x"),
            "Zürich <GPU> & \"friends\" Ана 𝜋 \uFFFD");
  EXPECT_TRUE(host.diagnostics.empty());
}

TEST(OrcidText, CutsAtTheLimitOnACharacterBoundary) {
  MemoryHost host;
  sdk::Diagnostics diagnostics(host.host());
  Reporter reporter(diagnostics);
  EXPECT_EQ(clean_text(reporter, "Ананас", "person.name_variants[0]", 3), "Ана");
  ASSERT_EQ(host.diagnostics.size(), 1u);
  EXPECT_EQ(host.diagnostics[0].code, "orcid.text-too-long");
  EXPECT_EQ(host.diagnostics[0].path, "person.name_variants[0]");
  EXPECT_NE(host.diagnostics[0].message.find("at most 3 characters"), std::string::npos);
  EXPECT_EQ(clean_text(reporter, "Ана ас", "person.name_variants[1]", 4), "Ана"); // no trailing space
}

// In the bundle: escaped markup, one line, no control characters.
TEST(OrcidText, BundleCarriesEscapedTextOnOneLine) {
  auto host = export_bundle(full_cv());
  const std::string& bulk = host->outputs.at("works/bulk-001.xml");
  EXPECT_NE(bulk.find("<common:title>Sparse solvers for coupled &lt;multiphysics&gt; &amp; "
                      "\"friends\"</common:title>"),
            std::string::npos);
  for (const auto& [name, bytes] : host->outputs)
    for (unsigned char c : bytes) EXPECT_FALSE(c < 0x20 && c != '\n') << name;
}

} // namespace
} // namespace cvport::orcid::testing
