// cvport/countries.hpp: country names and codes to ISO 3166-1 alpha-2, checked against the
// iso-codes data the tables were generated from (read here independently of the generator).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cvport/countries.hpp"
#include "cvport/identifiers.hpp"

namespace cvport {
namespace {

using Code = std::optional<std::string_view>;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return {std::istreambuf_iterator<char>(in), {}};
}

// msgid -> msgstr of a gettext .mo catalogue (little-endian, as Debian ships them).
std::map<std::string, std::string> read_catalogue(const std::string& path) {
  std::string mo = read_file(path);
  auto word = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(mo.at(at + i));
    return value;
  };
  EXPECT_EQ(word(0), 0x950412deU) << path;
  auto string_at = [&](std::uint32_t table, std::uint32_t i) {
    return mo.substr(word(table + 8 * i + 4), word(table + 8 * i));
  };
  std::map<std::string, std::string> messages;
  for (std::uint32_t i = 0; i < word(8); ++i) messages[string_at(word(12), i)] = string_at(word(16), i);
  return messages;
}

nlohmann::json iso_3166_countries() {
  return nlohmann::json::parse(read_file(ISO_CODES_PREFIX "/share/iso-codes/json/iso_3166-1.json"))["3166-1"];
}

constexpr const char* kNameFields[] = {"name", "official_name", "common_name"};

TEST(CountryCodeFor, ReadsWhatJsonResumeFilesHoldInCountryCode) {
  EXPECT_EQ(country_code_for("USA"), Code("US"));
  EXPECT_EQ(country_code_for("Israel"), Code("IL"));
  EXPECT_EQ(country_code_for(" India"), Code("IN"));
  EXPECT_EQ(country_code_for("Deutschland"), Code("DE"));
  EXPECT_EQ(country_code_for("Germany"), Code("DE"));
  EXPECT_EQ(country_code_for("United States of America"), Code("US"));
  EXPECT_EQ(country_code_for("UK"), Code("GB"));
  EXPECT_EQ(country_code_for("Great Britain"), Code("GB"));
  EXPECT_EQ(country_code_for("Turkey"), Code("TR"));
  EXPECT_EQ(country_code_for("Espa\u00f1a"), Code("ES"));
}

TEST(CountryCodeFor, ReadsCodesInAnyCase) {
  EXPECT_EQ(country_code_for("us"), Code("US"));
  EXPECT_EQ(country_code_for("De"), Code("DE"));
  EXPECT_EQ(country_code_for("DEU"), Code("DE"));
  EXPECT_EQ(country_code_for("che"), Code("CH"));
  EXPECT_EQ(country_code_for("\tgb\n"), Code("GB"));
}

TEST(CountryCodeFor, IgnoresCaseDiacriticsSpacesAndPunctuation) {
  EXPECT_EQ(country_code_for("ESPA\u00d1A"), Code("ES"));
  EXPECT_EQ(country_code_for("espana"), Code("ES"));
  EXPECT_EQ(country_code_for("Espan\u0303a"), Code("ES")); // n + combining tilde
  EXPECT_EQ(country_code_for("\u00d6STERREICH"), Code("AT"));
  EXPECT_EQ(country_code_for("T\u00fcrkiye"), Code("TR"));
  EXPECT_EQ(country_code_for("turkiye"), Code("TR"));
  EXPECT_EQ(country_code_for("C\u00f4te d\u2019Ivoire"), Code("CI"));
  EXPECT_EQ(country_code_for("cote d'ivoire"), Code("CI"));
  EXPECT_EQ(country_code_for("U.S.A."), Code("US"));
  EXPECT_EQ(country_code_for("U.K."), Code("GB"));
  EXPECT_EQ(country_code_for("Guinea Bissau"), Code("GW"));
  EXPECT_EQ(country_code_for("Korea,   Republic of"), Code("KR"));
  EXPECT_EQ(country_code_for("\u00a0united\u2002kingdom\u3000"), Code("GB"));
  EXPECT_EQ(country_code_for("The Netherlands"), Code("NL"));
  EXPECT_EQ(country_code_for("\uff2a\uff41\uff50\uff41\uff4e"), Code("JP")); // full-width "Japan"
}

TEST(CountryCodeFor, ReadsTheShortFormsOfTheNames) {
  EXPECT_EQ(country_code_for("Falkland Islands (Malvinas)"), Code("FK"));
  EXPECT_EQ(country_code_for("Falkland Islands"), Code("FK"));
  EXPECT_EQ(country_code_for("Saint Martin"), Code("MF"));
  EXPECT_EQ(country_code_for("Sint Maarten"), Code("SX"));
  EXPECT_EQ(country_code_for("Palestine"), Code("PS"));
  EXPECT_EQ(country_code_for("Moldova"), Code("MD"));
  EXPECT_EQ(country_code_for("Saint Helena"), Code("SH"));
  // "Congo" is CG's own name, and only the short form of CD's "Congo, The Democratic Republic of the".
  EXPECT_EQ(country_code_for("Congo"), Code("CG"));
  // Short for both KR and KP, VG and VI.
  EXPECT_EQ(country_code_for("Korea"), std::nullopt);
  EXPECT_EQ(country_code_for("Virgin Islands"), std::nullopt);
}

TEST(CountryCodeFor, ReadsTranslatedNames) {
  EXPECT_EQ(country_code_for("Allemagne"), Code("DE"));
  EXPECT_EQ(country_code_for("Alemania"), Code("DE"));
  EXPECT_EQ(country_code_for("Niederlande"), Code("NL"));
  EXPECT_EQ(country_code_for("Polska"), Code("PL"));
  EXPECT_EQ(country_code_for("\u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0430\u044f "
                             "\u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u044f"),
            Code("RU")); // Российская Федерация
  EXPECT_EQ(country_code_for("\u0420\u041e\u0421\u0421\u0418\u0419\u0421\u041a\u0410\u042f "
                             "\u0424\u0415\u0414\u0415\u0420\u0410\u0426\u0418\u042f"),
            Code("RU")); // the same in capitals
  EXPECT_EQ(country_code_for("\u0395\u039b\u039b\u0386\u0394\u0391"), Code("GR")); // ΕΛΛΆΔΑ
  EXPECT_EQ(country_code_for("\u4e2d\u56fd"), Code("CN"));                         // 中国
  EXPECT_EQ(country_code_for("\u65e5\u672c"), Code("JP"));                         // 日本
  EXPECT_EQ(country_code_for("\u30c9\u30a4\u30c4"), Code("DE"));                   // ドイツ
  EXPECT_EQ(country_code_for("\ub300\ud55c\ubbfc\uad6d"), Code("KR"));             // 대한민국
  EXPECT_EQ(country_code_for("\u05d9\u05e9\u05e8\u05d0\u05dc"), Code("IL"));       // ישראל
  EXPECT_EQ(country_code_for("\u0623\u0644\u0645\u0627\u0646\u064a\u0627"), Code("DE")); // ألمانيا
}

TEST(CountryCodeFor, GeorgiaIsTheCountry) {
  EXPECT_EQ(country_code_for("Georgia"), Code("GE"));
}

TEST(CountryCodeFor, NothingForUnknownOrAmbiguousNames) {
  EXPECT_EQ(country_code_for(""), std::nullopt);
  EXPECT_EQ(country_code_for("   "), std::nullopt);
  EXPECT_EQ(country_code_for("the"), std::nullopt);
  EXPECT_EQ(country_code_for("Atlantis"), std::nullopt);
  EXPECT_EQ(country_code_for("Europe"), std::nullopt);
  EXPECT_EQ(country_code_for("XX"), std::nullopt);
  EXPECT_EQ(country_code_for("U"), std::nullopt);
  EXPECT_EQ(country_code_for("Germany, Berlin"), std::nullopt);
  EXPECT_EQ(country_code_for("Espa\xf1"
                             "a"),
            std::nullopt); // Latin-1, not UTF-8
  // Russian for "Virgin Islands", once "(Британия)" or "(США)" is dropped: VG or VI.
  EXPECT_EQ(country_code_for("\u0412\u0438\u0440\u0433\u0438\u043d\u0441\u043a\u0438\u0435 "
                             "\u043e\u0441\u0442\u0440\u043e\u0432\u0430"),
            std::nullopt);
}

TEST(CountryCodeFor, EveryAlpha2CodeRoundTrips) {
  EXPECT_EQ(iso_3166::alpha_2_codes.size(), 249u);
  for (std::string_view code : iso_3166::alpha_2_codes) {
    EXPECT_TRUE(is_country_code(code)) << code;
    EXPECT_EQ(country_code_for(code), Code(code));
    std::string lower{char(code[0] + 32), char(code[1] + 32)};
    EXPECT_EQ(country_code_for(lower), Code(code));
  }
  EXPECT_FALSE(is_country_code("de"));
  EXPECT_FALSE(is_country_code("UK"));
  EXPECT_FALSE(is_country_code("DEU"));
}

// Every code and English name in iso_3166-1.json finds its country: the generator's keys and
// country_lookup_key() fold the same way.
TEST(CountryCodeFor, FindsEveryCodeAndEnglishNameOfTheData) {
  std::size_t checked = 0;
  for (const auto& country : iso_3166_countries()) {
    Code code = std::string_view(country["alpha_2"].get_ref<const std::string&>());
    EXPECT_EQ(country_code_for(country["alpha_3"].get<std::string>()), code);
    for (const char* field : kNameFields) {
      if (!country.contains(field)) continue;
      EXPECT_EQ(country_code_for(country[field].get<std::string>()), code) << country[field];
      ++checked;
    }
  }
  EXPECT_GT(checked, 249u);
}

// Every translation of every name in the catalogues the tables were built from finds its
// country, apart from one that is wrong in iso-codes itself.
TEST(CountryCodeFor, FindsEveryTranslatedNameOfTheCatalogues) {
  struct Miss {
    std::string language, country, translation;
    Code found;
    bool operator==(const Miss&) const = default;
  };
  std::vector<Miss> misses;
  std::size_t checked = 0;
  const nlohmann::json countries = iso_3166_countries();
  for (std::string_view language : iso_3166::name_languages) {
    auto messages = read_catalogue(ISO_CODES_PREFIX "/share/locale/" + std::string(language) +
                                   "/LC_MESSAGES/iso_3166-1.mo");
    for (const auto& country : countries) {
      const std::string& code = country["alpha_2"].get_ref<const std::string&>();
      for (const char* field : kNameFields) {
        if (!country.contains(field)) continue;
        auto translation = messages.find(country[field].get<std::string>());
        if (translation == messages.end() || translation->second.empty()) continue;
        ++checked;
        if (Code found = country_code_for(translation->second); found != Code(code))
          misses.push_back({std::string(language), code, translation->second, found});
      }
    }
  }
  EXPECT_GT(checked, 5000u);
  // pt_BR gives Afghanistan's official name as "Islamic Republic of Pakistan", which makes that
  // name ambiguous, and so Portuguese loses Pakistan's official name too.
  const std::string pakistan = "Rep\u00fablica Isl\u00e2mica do Paquist\u00e3o";
  EXPECT_EQ(misses, (std::vector<Miss>{{"pt", "PK", pakistan, std::nullopt},
                                      {"pt_BR", "AF", pakistan, std::nullopt},
                                      {"pt_BR", "PK", pakistan, std::nullopt}}));
}

TEST(CountryLookupKey, FoldsTheWayTheTableIsBuilt) {
  EXPECT_EQ(country_lookup_key("  The   C\u00d4TE d\u2019Ivoire. "), "cote d'ivoire");
  EXPECT_EQ(country_lookup_key("Wei\u00dfrussland"), "weissrussland");
  EXPECT_EQ(country_lookup_key("Guinea-Bissau (Republic)"), "guinea bissau republic");
  for (const auto& entry : iso_3166::name_keys) EXPECT_EQ(country_lookup_key(entry.key), entry.key);
}

TEST(CountryTables, AreSortedForBinarySearch) {
  auto by_key = [](const auto& a, const auto& b) { return a.key < b.key; };
  EXPECT_TRUE(std::adjacent_find(iso_3166::name_keys.begin(), iso_3166::name_keys.end(),
                                 [&](const auto& a, const auto& b) { return !by_key(a, b); }) ==
              iso_3166::name_keys.end());
  EXPECT_TRUE(std::adjacent_find(iso_3166::character_folds.begin(), iso_3166::character_folds.end(),
                                 [](const auto& a, const auto& b) { return a.code_point >= b.code_point; }) ==
              iso_3166::character_folds.end());
  EXPECT_TRUE(std::adjacent_find(iso_3166::alpha_2_codes.begin(), iso_3166::alpha_2_codes.end(),
                                 std::greater_equal<>()) == iso_3166::alpha_2_codes.end());
}

} // namespace
} // namespace cvport
