// cvport/render.hpp: identifier URLs, the address order, author lists.
#include "cvport/render.hpp"

#include <gtest/gtest.h>

namespace cvport {
namespace {

TEST(PercentEncodePath, KeepsWhatAPathSegmentHoldsAndEncodesTheRest) {
  EXPECT_EQ(percent_encode_path("10.1145/3581784.3607034"), "10.1145/3581784.3607034");
  EXPECT_EQ(percent_encode_path("a-b._~!$&'()*+,;=:@/z"), "a-b._~!$&'()*+,;=:@/z");
  EXPECT_EQ(percent_encode_path("% \"#?[]<>\\^`{|}"), "%25%20%22%23%3F%5B%5D%3C%3E%5C%5E%60%7B%7C%7D");
  EXPECT_EQ(percent_encode_path("\xC3\xA9"), "%C3%A9"); // é, each byte of its UTF-8
  EXPECT_EQ(percent_encode_path(std::string_view("\x01\x7F", 2)), "%01%7F");
}

TEST(DoiUrl, EncodesTheCharactersTheDoiHandbookLists) {
  EXPECT_EQ(doi_url("10.1145/3581784.3607034"), "https://doi.org/10.1145/3581784.3607034");
  // A real SICI-style DOI: < and > must be encoded, ( ) ; : may stay.
  EXPECT_EQ(doi_url("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"),
            "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0");
  EXPECT_EQ(doi_url("10.1000/a#b?c%d[e] f"), "https://doi.org/10.1000/a%23b%3Fc%25d%5Be%5D%20f");
  EXPECT_EQ(doi_url("10.1000/caf\xC3\xA9"), "https://doi.org/10.1000/caf%C3%A9");
}

TEST(DoiUrl, TakesTheResolverFormsAndNothing) {
  EXPECT_EQ(doi_url("https://doi.org/10.1000/x"), "https://doi.org/10.1000/x");
  EXPECT_EQ(doi_url("doi:10.1000/x"), "https://doi.org/10.1000/x");
  EXPECT_EQ(doi_url("http://dx.doi.org/10.13039/100000001"), "https://doi.org/10.13039/100000001");
  EXPECT_EQ(doi_url(""), "");
}

TEST(RorUrl, FromTheBareIdOrItsUrl) {
  EXPECT_EQ(ror_url("04t5xt781"), "https://ror.org/04t5xt781");
  EXPECT_EQ(ror_url("https://ror.org/04t5xt781"), "https://ror.org/04t5xt781");
  EXPECT_EQ(ror_url(""), "");
}

Location location(std::string address, std::string postal_code, std::string city, std::string region,
                  std::string country) {
  Location result;
  result.address = std::move(address);
  result.postal_code = std::move(postal_code);
  result.city = std::move(city);
  result.region = std::move(region);
  result.country = std::move(country);
  return result;
}

TEST(AddressText, StreetCityRegionAndPostalCodeCountry) {
  EXPECT_EQ(address_text(location("360 Huntington Ave", "02115", "Boston", "MA", "US")),
            "360 Huntington Ave, Boston, MA 02115, US");
}

TEST(AddressText, LeavesOutMissingPartsWithTheirSeparators) {
  EXPECT_EQ(address_text(location("", "02115", "Boston", "", "US")), "Boston, 02115, US");
  EXPECT_EQ(address_text(location("", "", "Boston", "MA", "")), "Boston, MA");
  EXPECT_EQ(address_text(location("", "10115", "", "", "DE")), "10115, DE");
  EXPECT_EQ(address_text(location("Unter den Linden 6", "", "", "", "")), "Unter den Linden 6");
  EXPECT_EQ(address_text(Location{}), "");
}

TEST(PlaceText, CityRegionCountry) {
  Organization org;
  org.name = "Northeastern University";
  org.city = "Boston";
  org.region = "MA";
  org.country = "US";
  EXPECT_EQ(place_text(org), "Boston, MA, US");
  EXPECT_EQ(place_text("Zürich", "", "CH"), "Zürich, CH");
  EXPECT_EQ(place_text("", "", ""), "");
}

Publication with_authors(std::vector<Author> authors, bool et_al = false, std::string type = "journal-article") {
  Publication publication;
  publication.authors = std::move(authors);
  publication.et_al = et_al;
  publication.type = std::move(type);
  return publication;
}

TEST(AuthorList, MarksTheOwnerAndEndsATruncatedListWithEtAl) {
  Publication publication = with_authors({{"Chen, Y."}, {"Li, B.", true}, {"Wu, Z."}}, true);
  EXPECT_EQ(author_list_text(publication, "**", "**"), "Chen, Y., **Li, B.**, Wu, Z. et al.");
  EXPECT_EQ(author_list_text(publication), "Chen, Y., Li, B., Wu, Z. et al.");
}

TEST(AuthorList, PassesEachPieceWithItsPartAndIndex) {
  Publication publication = with_authors({{"Li, B.", true}, {"Chen, Y."}}, true, "patent");
  std::vector<std::tuple<AuthorPart, std::string, std::size_t>> pieces;
  render_author_list(publication, [&](AuthorPart part, std::string_view text, std::size_t index) {
    pieces.emplace_back(part, std::string(text), index);
  });
  using P = AuthorPart;
  std::vector<std::tuple<AuthorPart, std::string, std::size_t>> expected{
      {P::inventors_label, "Inventors: ", 2}, {P::owner_name, "Li, B.", 0}, {P::separator, ", ", 2},
      {P::name, "Chen, Y.", 1},               {P::separator, " ", 2},       {P::et_al, "et al.", 2}};
  EXPECT_EQ(pieces, expected);
}

TEST(AuthorList, EmptyListsAndEtAlAlone) {
  EXPECT_EQ(author_list_text(with_authors({})), "");
  EXPECT_EQ(author_list_text(with_authors({}, true)), "et al.");
  EXPECT_EQ(author_list_text(with_authors({}, false, "patent")), ""); // no label without inventors
  EXPECT_EQ(author_list_text(with_authors({{"Li, B.", true}})), "Li, B.");
}

} // namespace
} // namespace cvport
