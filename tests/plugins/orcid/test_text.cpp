// Text sanitizing: what XML 1.0 and ORCID refuse never reaches a file, and the user hears of it.
#include "orcid_test_support.hpp"
#include "text.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidText, StripsWhatXmlForbidsAndC1Controls) {
  SanitizedText result = sanitize("a\x01"
                                  "b\x7f"
                                  "c\xc2\x85"
                                  "d\xef\xbf\xbd"
                                  "e\xef\xbf\xbe"
                                  "f");
  EXPECT_EQ(result.text, "abc def"); // NEL separates words like the line break it was
  EXPECT_TRUE(result.removed_characters);
}

TEST(OrcidText, VerticalTabAndFormFeedFromPdfsSeparateWords) {
  EXPECT_EQ(sanitize("Sparse\vsolvers\fnow").text, "Sparse solvers now");
}

TEST(OrcidText, MalformedUtf8AndSurrogatesAreDropped) {
  // A lone continuation byte, a truncated sequence, an encoded surrogate, an overlong '/'.
  SanitizedText result = sanitize("x\x80y\xe2\x82z\xed\xa0\x80w\xc0\xafv");
  EXPECT_EQ(result.text, "xyzwv");
  EXPECT_TRUE(result.removed_characters);
}

TEST(OrcidText, KeepsUnicodeAndMarkupCharacters) {
  SanitizedText result = sanitize("Zürich <GPU> & \"friends\" Ана 𝜋");
  EXPECT_EQ(result.text, "Zürich <GPU> & \"friends\" Ана 𝜋");
  EXPECT_FALSE(result.removed_characters);
}

TEST(OrcidText, CollapsesLineBreaksAndTrims) {
  EXPECT_EQ(sanitize("  Sparse\n\tsolvers \r\n for\n\nGPUs  ").text, "Sparse solvers for GPUs");
}

TEST(OrcidText, CountsCharactersNotBytes) { EXPECT_EQ(count_characters("Ана𝜋a"), 5u); }

TEST(OrcidText, CleanTextWarnsNamingTheField) {
  MemoryHost host;
  sdk::Diagnostics diagnostics(host.host());
  Reporter reporter(diagnostics);
  EXPECT_EQ(clean_text(reporter, "Title\v", "publications[2].title"), "Title");
  ASSERT_EQ(host.diagnostics.size(), 1u);
  EXPECT_EQ(host.diagnostics[0].code, "orcid.control-characters");
  EXPECT_EQ(host.diagnostics[0].path, "publications[2].title");
  EXPECT_EQ(host.diagnostics[0].severity, CVPORT_SEVERITY_WARNING);
}

TEST(OrcidText, CutsAtTheLimitOnACharacterBoundary) {
  MemoryHost host;
  sdk::Diagnostics diagnostics(host.host());
  Reporter reporter(diagnostics);
  EXPECT_EQ(clean_text(reporter, "Ананас", "person.name_variants[0]", 3), "Ана");
  ASSERT_EQ(host.diagnostics.size(), 1u);
  EXPECT_EQ(host.diagnostics[0].code, "orcid.text-too-long");
  EXPECT_NE(host.diagnostics[0].message.find("at most 3 characters"), std::string::npos);
}

// In the bundle: escaped markup, no control characters, the warning on the field.
TEST(OrcidText, BundleCarriesEscapedTextAndNoControlCharacters) {
  auto host = export_bundle(full_cv());
  const std::string& bulk = host->outputs.at("works/bulk-001.xml");
  EXPECT_NE(bulk.find("<common:title>Sparse solvers for coupled &lt;multiphysics&gt; &amp; "
                      "\"friends\"</common:title>"),
            std::string::npos);
  for (const auto& [name, bytes] : host->outputs)
    for (unsigned char c : bytes) EXPECT_FALSE(c < 0x20 && c != '\n') << name;
  auto stripped = diagnostics_with(*host, "orcid.control-characters");
  ASSERT_EQ(stripped.size(), 1u);
  EXPECT_EQ(stripped[0]->path, "publications[0].title");
}

} // namespace
} // namespace cvport::orcid::testing
