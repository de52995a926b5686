// How the facts every format shows are written as text, once for all plugins: identifier URLs
// (DOI, ROR, arXiv, PubMed), the address and place of an organisation in one documented order, author lists with
// the CV owner marked. Dates and date ranges: display_date and display_range in cvport/date_text.hpp; a
// publication's venue line: render_venue_line in cvport/venue_line.hpp.
//
// Each function returns plain UTF-8 text (or calls back with plain pieces); a format escapes it
// for its own syntax (XML, Markdown, LaTeX) afterwards.
#ifndef CVPORT_RENDER_HPP
#define CVPORT_RENDER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/model.hpp"
#include "cvport/text.hpp"

namespace cvport {

// --- Identifier URLs -------------------------------------------------------------------------

// `text` with every byte percent-encoded ("%5B") that a URI path segment cannot hold as it is
// (RFC 3986 `pchar`): kept are the unreserved characters A-Z a-z 0-9 - . _ ~, the sub-delims
// ! $ & ' ( ) * + , ; =, and : @ /. Everything else is encoded, among them % " # ? [ ] < > \ ^ `
// { | }, spaces and every byte of a non-ASCII character: the set the DOI Handbook (3.8.3) asks
// for, and more, so the URL is valid in XML attributes, Markdown and BibTeX alike.
inline std::string percent_encode_path(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool kept = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
                std::string_view("-._~!$&'()*+,;=:@/").find(c) != std::string_view::npos;
    if (kept) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

// "https://doi.org/" + the DOI, percent-encoded as above: doi_url("10.1002/(SICI)1097-4571<3::AID>")
// is "https://doi.org/10.1002/(SICI)1097-4571%3C3::AID%3E". Takes the bare DOI or any form
// strip_doi_prefix knows ("doi:10.x/y", "https://dx.doi.org/10.x/y"); empty for an empty DOI.
// A Crossref Funder ID (10.13039/...) is a DOI too.
inline std::string doi_url(std::string_view doi) {
  std::string_view bare = strip_doi_prefix(trim_space(doi));
  return bare.empty() ? std::string() : "https://doi.org/" + percent_encode_path(bare);
}

// "https://ror.org/" + the 9-character id, from the bare id or its URL; empty for an empty id.
inline std::string ror_url(std::string_view ror) {
  std::string_view bare = strip_ror_prefix(trim_space(ror));
  return bare.empty() ? std::string() : "https://ror.org/" + std::string(bare);
}

// "https://arxiv.org/abs/" + the bare arXiv id (arxiv_id takes the forms people write); empty
// for text that holds no arXiv id.
inline std::string arxiv_url(std::string_view id) {
  std::string bare = arxiv_id(id);
  return bare.empty() ? std::string() : "https://arxiv.org/abs/" + bare;
}

// "https://pubmed.ncbi.nlm.nih.gov/<PMID>/", the address PubMed gives an article; empty for text
// that is no PMID.
inline std::string pubmed_url(std::string_view id) {
  std::string bare = pmid(id);
  return bare.empty() ? std::string() : "https://pubmed.ncbi.nlm.nih.gov/" + bare + "/";
}

// The links of a publication in the order every format shows them: its DOI, its arXiv page, its
// PubMed page, then its own url unless that is one of the pages already listed (an importer or a
// user often copies the arXiv page into `url` as well). `field` names the model field each came
// from, for messages. An arXiv or PubMed value that is no id (the host refuses one in a source
// file, but a plugin may be given any model) has no url: a format shows `id` as text, or nothing.
struct PublicationLink {
  std::string url;
  std::string_view field;
  std::string id; // the arXiv or PubMed id as shown ("2303.12345v2"), or the value that is none
};
inline std::vector<PublicationLink> publication_links(const Publication& publication) {
  std::vector<PublicationLink> links;
  auto add = [&](std::string url, std::string_view field, std::string id) {
    if (url.empty() && id.empty()) return;
    for (const PublicationLink& link : links)
      if (!url.empty() && link.url == url) return;
    links.push_back({std::move(url), field, std::move(id)});
  };
  add(doi_url(publication.doi), "doi", "");
  std::string arxiv = arxiv_id(publication.arxiv);
  add(arxiv_url(arxiv), "arxiv", arxiv.empty() ? trimmed(publication.arxiv) : arxiv);
  std::string pubmed = pmid(publication.pmid);
  add(pubmed_url(pubmed), "pmid", pubmed.empty() ? trimmed(publication.pmid) : pubmed);
  std::string url(trim_space(publication.url));
  if (!arxiv.empty() && arxiv_id(url) == arxiv) url.clear();
  add(url, "url", "");
  return links;
}

// --- Places ----------------------------------------------------------------------------------

// The one order of an address in every format, the postal order of the English-speaking
// countries the seed CVs come from: street, city, region and postal code, country.
//   {address: "360 Huntington Ave", city: Boston, region: MA, postal_code: "02115", country: US}
//   -> "360 Huntington Ave, Boston, MA 02115, US"
// A missing part is left out with its separator: no region gives "Boston, 02115, US"; only a
// postal code and a country give "02115, US". The country stays the ISO code it is in the model.
inline std::string address_text(const Location& location) {
  std::string region_and_code = join_nonempty({location.region, location.postal_code}, " ");
  return join_nonempty({location.address, location.city, region_and_code, location.country}, ", ");
}

// Where an organisation is: "Boston, MA, US" (city, region, country; missing parts left out).
inline std::string place_text(std::string_view city, std::string_view region, std::string_view country) {
  return join_nonempty({city, region, country}, ", ");
}
inline std::string place_text(const Organization& organization) {
  return place_text(organization.city, organization.region, organization.country);
}

// --- Author lists ----------------------------------------------------------------------------

// The pieces of an author list, in the order render_author_list passes them.
enum class AuthorPart {
  inventors_label, // "Inventors: " before the names of a patent (its authors are its inventors)
  name,            // a co-author's name as printed
  owner_name,      // the CV owner's name (author.self): the format marks it (bold, a style)
  separator,       // ", " between two names, " " before "et al."
  et_al,           // "et al." after a list the source marks as truncated (publication.et_al)
};

inline constexpr std::string_view kAuthorSeparator = ", ";

// Calls `emit(AuthorPart part, std::string_view text, std::size_t author_index)` for each piece
// of the author list of `publication`, in order: "Inventors: " (patents with authors only), the
// names separated by ", ", then " et al." when publication.et_al. author_index is the index in
// publication.authors for names, and publication.authors.size() for the other pieces. A list
// with no names and et_al is "et al." alone. The labels are in the language of `language`
// ("Erfinder: ", "i in."), English by default.
template <class Emit>
void render_author_list(const Publication& publication, std::string_view language, Emit&& emit) {
  const std::size_t none = publication.authors.size();
  if (publication.type == "patent" && !publication.authors.empty())
    emit(AuthorPart::inventors_label, label(language, "inventors"), none);
  for (std::size_t i = 0; i < publication.authors.size(); ++i) {
    if (i > 0) emit(AuthorPart::separator, kAuthorSeparator, none);
    const Author& author = publication.authors[i];
    emit(author.self ? AuthorPart::owner_name : AuthorPart::name, std::string_view(author.name), i);
  }
  if (publication.et_al) {
    if (!publication.authors.empty()) emit(AuthorPart::separator, std::string_view(" "), none);
    emit(AuthorPart::et_al, label(language, "et_al"), none);
  }
}
template <class Emit> void render_author_list(const Publication& publication, Emit&& emit) {
  render_author_list(publication, kDefaultLanguage, emit);
}

// The author list as plain text, with the owner's name between `owner_before` and `owner_after`
// ("**", "**" in a text that is Markdown already; nothing by default):
// "Inventors: Li, B., Chen, Y. et al.".
inline std::string author_list_text(const Publication& publication, std::string_view owner_before = {},
                                    std::string_view owner_after = {}) {
  std::string text;
  render_author_list(publication, [&](AuthorPart part, std::string_view piece, std::size_t) {
    if (part == AuthorPart::owner_name) {
      text += owner_before;
      text += piece;
      text += owner_after;
    } else {
      text += piece;
    }
  });
  return text;
}

// --- Words of the CV's language (labels of cvport/language.hpp) --------------------------------

// "Ph.D. in Computer Engineering" (the translation's "degree_in_field"), or whichever of the two
// is given. The pieces are used as they are: a format may pass them escaped.
inline std::string degree_in_field(std::string_view degree, std::string_view field, std::string_view language) {
  if (degree.empty() || field.empty()) return std::string(degree) + std::string(field);
  return fill_label(label(language, "degree_in_field"), {{"degree", degree}, {"field", field}});
}

// A publication's status after its venue, in lower case ("in press", "im Druck"); nothing for
// "published", an absent status or one without a label.
inline std::string_view publication_status_text(std::string_view status, std::string_view language) {
  return status.empty() ? std::string_view{} : label(language, "status." + std::string(status));
}

// The kinds of publication a reader cannot tell from the venue, in lower case ("technical
// report"); articles and papers speak for themselves and have no label.
inline std::string_view publication_kind_text(std::string_view type, std::string_view language) {
  return type.empty() ? std::string_view{} : label(language, "kind." + std::string(type));
}

// A kind of funding in lower case ("salary award"); a kind without a label as written.
inline std::string_view funding_kind_text(std::string_view type, std::string_view language) {
  std::string_view translated = type.empty() ? std::string_view{} : label(language, "funding_kind." + std::string(type));
  return translated.empty() ? type : translated;
}

} // namespace cvport

#endif // CVPORT_RENDER_HPP
