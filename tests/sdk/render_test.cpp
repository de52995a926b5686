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

TEST(ArxivId, TakesTheFormsPeopleWriteAndKeepsTheVersion) {
  EXPECT_EQ(arxiv_id("2303.12345"), "2303.12345");
  EXPECT_EQ(arxiv_id("arXiv:2007.14175v2"), "2007.14175v2"); // as ORCID records hold it
  EXPECT_EQ(arxiv_id("https://arxiv.org/abs/1706.03762"), "1706.03762");
  EXPECT_EQ(arxiv_id("https://arxiv.org/pdf/1706.03762v7.pdf"), "1706.03762v7");
  EXPECT_EQ(arxiv_id("0704.0001"), "0704.0001"); // the first new-style id: four digits then
  EXPECT_EQ(arxiv_id("hep-th/9901001"), "hep-th/9901001");
  EXPECT_EQ(arxiv_id("math.GT/0309136v2"), "math.GT/0309136v2");
}

TEST(ArxivId, RefusesWhatArxivNeverGaveOut) {
  EXPECT_EQ(arxiv_id(""), "");
  EXPECT_EQ(arxiv_id("2313.12345"), "");     // month 13
  EXPECT_EQ(arxiv_id("2303.123"), "");       // three digits
  EXPECT_EQ(arxiv_id("2303.123456"), "");    // six digits
  EXPECT_EQ(arxiv_id("2303.12345v"), "");    // a version without its number
  EXPECT_EQ(arxiv_id("hep-th/990100"), "");  // six digits
  EXPECT_EQ(arxiv_id("HEP-TH/9901001"), ""); // archives are lower case
  EXPECT_EQ(arxiv_id("10.48550/arXiv.2303.12345"), "");
}

TEST(ArxivUrl, TheAbstractPage) {
  EXPECT_EQ(arxiv_url("arXiv:2303.12345v2"), "https://arxiv.org/abs/2303.12345v2");
  EXPECT_EQ(arxiv_url("hep-th/9901001"), "https://arxiv.org/abs/hep-th/9901001");
  EXPECT_EQ(arxiv_url("not an id"), "");
}

TEST(ArxivIdInText, FindsTheIdThatANoteOrAnyArxivAddressNames) {
  EXPECT_EQ(arxiv_id_in_text("Preprint at arXiv:2303.12345v2, 2023."), "2303.12345v2");
  EXPECT_EQ(arxiv_id_in_text("see arXiv: 2007.14175."), "2007.14175");
  EXPECT_EQ(arxiv_id_in_text("https://export.arxiv.org/pdf/2303.12345.pdf"), "2303.12345");
  EXPECT_EQ(arxiv_id_in_text("(https://arxiv.org/abs/hep-th/9901001)"), "hep-th/9901001");
  EXPECT_EQ(arxiv_id_in_text("https://arxiv.org/abs/2303.12345?context=cs"), "2303.12345");
  // The first marker that names no id does not hide a later one.
  EXPECT_EQ(arxiv_id_in_text("arXiv: to appear; arXiv:1706.03762"), "1706.03762");
  EXPECT_EQ(arxiv_id_in_text("arXiv:2313.00001"), "") << "month 13";
  EXPECT_EQ(arxiv_id_in_text("https://example.org/abs/2303.12345"), "") << "not an arXiv page";
  EXPECT_EQ(arxiv_id_in_text(""), "");
}

TEST(Pmid, DigitsFromTheFormsPubmedAndOrcidWrite) {
  EXPECT_EQ(pmid("31452104"), "31452104");
  EXPECT_EQ(pmid("PMID: 31452104"), "31452104");
  EXPECT_EQ(pmid("https://pubmed.ncbi.nlm.nih.gov/31452104/"), "31452104");
  EXPECT_EQ(pmid("031452104"), "");
  EXPECT_EQ(pmid("PMC6712345"), ""); // a PubMed Central id is another identifier
  EXPECT_EQ(pubmed_url("PMID:31452104"), "https://pubmed.ncbi.nlm.nih.gov/31452104/");
}

TEST(IsbnDigits, ChecksTheCheckDigitOfBothLengths) {
  EXPECT_EQ(isbn_digits("978-0-262-04630-5"), "9780262046305");
  EXPECT_EQ(isbn_digits("978 0 262 04630 5"), "9780262046305");
  EXPECT_EQ(isbn_digits("0-262-04630-X"), "026204630X"); // the same book's ISBN-10; X is 10
  EXPECT_EQ(isbn_digits("0-8044-2957-X"), "080442957X");
  EXPECT_EQ(isbn_digits("978-0-262-04630-6"), "");       // wrong check digit
  EXPECT_EQ(isbn_digits("0-262-04630-5"), "");
  EXPECT_EQ(isbn_digits("97802620463"), "");             // eleven digits
  EXPECT_EQ(isbn_digits("ISBN 978-0-262-04630-5"), ""); // the label is not part of it
}

TEST(PublicationLinks, DoiArxivPubmedThenTheOwnUrlUnlessRepeated) {
  Publication paper;
  paper.doi = "10.1145/3581784.3607034";
  paper.arxiv = "2303.12345v2";
  paper.pmid = "31452104";
  paper.url = "https://example.org/paper.pdf";
  std::vector<std::string> urls, fields;
  for (const PublicationLink& link : publication_links(paper)) {
    urls.push_back(link.url);
    fields.emplace_back(link.field);
  }
  EXPECT_EQ(urls, (std::vector<std::string>{"https://doi.org/10.1145/3581784.3607034",
                                            "https://arxiv.org/abs/2303.12345v2",
                                            "https://pubmed.ncbi.nlm.nih.gov/31452104/",
                                            "https://example.org/paper.pdf"}));
  EXPECT_EQ(fields, (std::vector<std::string>{"doi", "arxiv", "pmid", "url"}));

  // The arXiv page copied into url as well (importers and people do) is shown once.
  paper.url = "https://arxiv.org/pdf/2303.12345v2.pdf";
  ASSERT_EQ(publication_links(paper).size(), 3u);
  EXPECT_EQ(publication_links(paper)[1].field, "arxiv");
  EXPECT_TRUE(publication_links(Publication{}).empty());

  // A value that is no id has no page: formats that show text show it as it is.
  Publication odd;
  odd.arxiv = "see the preprint";
  odd.url = "https://example.org/p";
  ASSERT_EQ(publication_links(odd).size(), 2u);
  EXPECT_EQ(publication_links(odd)[0].url, "");
  EXPECT_EQ(publication_links(odd)[0].id, "see the preprint");
  EXPECT_EQ(publication_links(odd)[1].url, "https://example.org/p");
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
