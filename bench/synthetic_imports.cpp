#include "synthetic_imports.hpp"

#include <fmt/format.h>

namespace cvport::bench {

namespace {

std::string bib_entry(int i) {
  std::string n = std::to_string(i);
  if (i % 10 == 9)
    return "@misc{pre" + n + ",\n  author = {M{\\\"u}ller, J{\\\"o}rg and Li, Baolin and others},\n  title = {Preprint " +
           n + " on {GPU} Scheduling},\n  eprint = {" + fmt::format("2401.{:05}", i) + "}, archivePrefix = {arXiv},\n  year = 2024\n}\n\n";
  return "@article{art" + n + ",\n  author = {Li, Baolin and Garc\\'{i}a M\\'arquez, Gabriel and de la Fontaine, Jean},\n"
         "  title = {A Study of {\\ss}-Things --- Part " + n + "},\n  journal = tpds,\n  volume = {" + n +
         "}, number = 3, pages = {12--34},\n  year = " + std::to_string(1990 + i % 35) + ", month = may,\n"
         "  doi = {10.1109/TPDS." + n + "},\n  abstract = {An abstract \\& more.}\n}\n\n";
}

constexpr const char* kBibPreamble = "@string{tpds = \"IEEE Transactions on \" # \"Parallel and Distributed Systems\"}\n\n";

// --- the ORCID record ---------------------------------------------------------------------

// Client ids of the two integrations that write most works into real records.
constexpr const char* kCrossref = "0000-0002-3054-1567";
constexpr const char* kScopus = "0000-0002-5982-8983";

std::string date_element(const char* name, int year, int month) {
  if (month == 0) return fmt::format("<common:{0}><common:year>{1}</common:year></common:{0}>", name, year);
  return fmt::format("<common:{0}><common:year>{1}</common:year><common:month>{2:02}</common:month></common:{0}>",
                     name, year, month);
}

std::string dates(int put_code) {
  return fmt::format("<common:created-date>2019-03-{0:02}T10:{1:02}:00.000Z</common:created-date>"
                     "<common:last-modified-date>2024-05-{0:02}T08:{1:02}:12.345Z</common:last-modified-date>",
                     1 + put_code % 28, put_code % 60);
}

// The researcher as the source (what they typed in or imported with a search-and-link wizard).
std::string own_source() {
  return fmt::format("<common:source><common:source-orcid><common:uri>https://orcid.org/{0}</common:uri>"
                     "<common:path>{0}</common:path><common:host>orcid.org</common:host></common:source-orcid>"
                     "<common:source-name>Josiah Carberry</common:source-name></common:source>",
                     kSyntheticOrcid);
}

// A member integration (Crossref, Scopus) writing on the researcher's behalf.
std::string client_source(const char* client, const char* name) {
  return fmt::format("<common:source><common:source-client-id><common:uri>https://orcid.org/client/{0}</common:uri>"
                     "<common:path>{0}</common:path><common:host>orcid.org</common:host></common:source-client-id>"
                     "<common:source-name>{1}</common:source-name>"
                     "<common:assertion-origin-orcid><common:uri>https://orcid.org/{2}</common:uri>"
                     "<common:path>{2}</common:path><common:host>orcid.org</common:host></common:assertion-origin-orcid>"
                     "<common:assertion-origin-name>Josiah Carberry</common:assertion-origin-name></common:source>",
                     client, name, kSyntheticOrcid);
}

std::string external_id(const std::string& type, const std::string& value, const std::string& url,
                        const char* relationship = "self") {
  std::string link = url.empty() ? "" : "<common:external-id-url>" + url + "</common:external-id-url>";
  return fmt::format("<common:external-id><common:external-id-type>{}</common:external-id-type>"
                     "<common:external-id-value>{}</common:external-id-value>"
                     "<common:external-id-normalized transient=\"true\">{}</common:external-id-normalized>{}"
                     "<common:external-id-relationship>{}</common:external-id-relationship></common:external-id>",
                     type, value, value, link, relationship);
}

struct SyntheticWork {
  int index = 0;
  std::string title, journal, doi, eid, arxiv, type;
  int year = 0, month = 0;
};

SyntheticWork work_number(int i) {
  SyntheticWork work;
  work.index = i;
  work.year = 1995 + i % 30;
  work.month = i % 7 == 0 ? 0 : 1 + i % 12;
  static constexpr const char* kTopics[] = {"Sediment Transport", "Pottery Glazes", "Crack Propagation",
                                            "Kiln Temperatures", "Clay Rheology"};
  work.title = fmt::format("On {} in Brown Ceramics, Part {}", kTopics[i % 5], i + 1);
  if (i % 10 == 9) {
    work.type = "preprint";
    work.journal = "arXiv";
    work.arxiv = fmt::format("{:02}{:02}.{:05}", 15 + i % 10, 1 + i % 12, i); // YYMM.NNNNN
  } else {
    static constexpr const char* kTypes[] = {"journal-article", "journal-article", "conference-paper",
                                             "journal-article", "book-chapter"};
    static constexpr const char* kJournals[] = {"Journal of the American Ceramic Society", "Ceramics International",
                                                "Proceedings of the Brown Ceramics Symposium",
                                                "Journal of Materials Science", "Handbook of Pots"};
    work.type = kTypes[i % 5];
    work.journal = kJournals[i % 5];
    work.doi = fmt::format("10.{}/jace.{}.{}", 1111 + i % 7, work.year, 10000 + i);
    work.eid = fmt::format("2-s2.0-{}", 84900000000LL + i);
  }
  return work;
}

std::string work_ids(const SyntheticWork& work, bool with_eid) {
  std::string ids;
  if (!work.doi.empty()) ids += external_id("doi", work.doi, "https://doi.org/" + work.doi);
  if (with_eid && !work.eid.empty()) ids += external_id("eid", work.eid, "");
  if (!work.arxiv.empty()) ids += external_id("arxiv", "arXiv:" + work.arxiv, "https://arxiv.org/abs/" + work.arxiv);
  return ids;
}

std::string work_summary(const SyntheticWork& work, int put_code, const std::string& source, bool with_eid) {
  return fmt::format("<work:work-summary put-code=\"{0}\" path=\"/{1}/work/{0}\" visibility=\"public\" "
                     "display-index=\"0\">{2}{3}<work:title><common:title>{4}</common:title></work:title>"
                     "<common:external-ids>{5}</common:external-ids>{6}<work:type>{7}</work:type>{8}"
                     "<work:journal-title>{9}</work:journal-title></work:work-summary>",
                     put_code, kSyntheticOrcid, dates(put_code), source, work.title, work_ids(work, with_eid),
                     work.doi.empty() ? "" : "<common:url>https://doi.org/" + work.doi + "</common:url>", work.type,
                     date_element("publication-date", work.year, work.month), work.journal);
}

// Co-authors named as real records name them: some with an iD, the owner by iD or credit name.
std::string contributors(const SyntheticWork& work) {
  static constexpr const char* kCoauthors[] = {"Maria Garc\u00eda-L\u00f3pez", "Wei Zhang", "Jean de la Fontaine",
                                               "Aisha Okonkwo", "J\u00f6rg M\u00fcller", "Priya Raman",
                                               "Tom\u00e1\u0161 Nov\u00e1k"};
  int count = 3 + work.index % 5;
  int owner_at = work.index % count;
  std::string list;
  for (int k = 0; k < count; ++k) {
    std::string orcid;
    std::string name;
    if (k == owner_at) {
      name = work.index % 2 ? "Josiah S. Carberry" : "J. Carberry";
      if (work.index % 3 != 0) orcid = kSyntheticOrcid;
    } else {
      name = kCoauthors[(work.index + k) % 7];
      if (k % 3 == 1) orcid = fmt::format("0000-0003-{:04}-{:04}", 1000 + k, (work.index * 7 + k) % 10000);
    }
    std::string id_element =
        orcid.empty() ? "" : fmt::format("<common:contributor-orcid><common:uri>https://orcid.org/{0}</common:uri>"
                                         "<common:path>{0}</common:path><common:host>orcid.org</common:host>"
                                         "</common:contributor-orcid>", orcid);
    list += fmt::format("<work:contributor>{}<work:credit-name>{}</work:credit-name><work:contributor-attributes>"
                        "<work:contributor-sequence>{}</work:contributor-sequence>"
                        "<work:contributor-role>author</work:contributor-role></work:contributor-attributes>"
                        "</work:contributor>",
                        id_element, name, k == 0 ? "first" : "additional");
  }
  return "<work:contributors>" + list + "</work:contributors>";
}

std::string bibtex_citation(const SyntheticWork& work) {
  return fmt::format("<work:citation><work:citation-type>bibtex</work:citation-type><work:citation-value>"
                     "@article{{carberry{0}{1},\n  author = {{Carberry, Josiah S. and Garc{{\\'i}}a-L{{\\'o}}pez, "
                     "Maria and Zhang, Wei and others}},\n  title = {{{2}}},\n  journal = {{{3}}},\n  volume = "
                     "{{{4}}},\n  number = {{{5}}},\n  pages = {{{6}--{7}}},\n  year = {{{0}}},\n  doi = {{{8}}}\n}}"
                     "</work:citation-value></work:citation>",
                     work.year, work.index, work.title, work.journal, 10 + work.index % 40, 1 + work.index % 12,
                     100 + work.index % 300, 112 + work.index % 300, work.doi);
}

std::string full_work(const SyntheticWork& work, int put_code) {
  std::string subtitle = work.index % 4 == 0 ? "<common:subtitle>A Longitudinal Study</common:subtitle>" : "";
  return fmt::format("<work:work put-code=\"{0}\" path=\"/{1}/work/{0}\" visibility=\"public\">{2}{3}"
                     "<work:title><common:title>{4}</common:title>{5}</work:title>"
                     "<work:journal-title>{6}</work:journal-title>"
                     "<work:short-description>Measurements of {4} across {7} sites.</work:short-description>"
                     "{8}<work:type>{9}</work:type>{10}<common:external-ids>{11}</common:external-ids>{12}{13}"
                     "<common:language-code>en</common:language-code></work:work>",
                     put_code, kSyntheticOrcid, dates(put_code), own_source(), work.title, subtitle, work.journal,
                     3 + work.index % 9, work.doi.empty() ? "" : bibtex_citation(work), work.type,
                     date_element("publication-date", work.year, work.month), work_ids(work, true),
                     work.doi.empty() ? "" : "<common:url>https://doi.org/" + work.doi + "</common:url>",
                     contributors(work));
}

// A group: the identifiers the versions share, then the versions, as ORCID groups them.
std::string work_group(int i, int& put_code) {
  SyntheticWork work = work_number(i);
  std::string versions;
  if (i % 3 != 2 && !work.doi.empty())
    versions += work_summary(work, ++put_code, client_source(kCrossref, "Crossref"), false);
  if (i % 3 == 0 && !work.eid.empty())
    versions += work_summary(work, ++put_code, client_source(kScopus, "Scopus - Elsevier"), true);
  versions += full_work(work, ++put_code);
  return fmt::format("<activities:group><common:last-modified-date>2024-05-01T08:00:00.000Z</common:last-modified-date>"
                     "<common:external-ids>{}</common:external-ids>{}</activities:group>",
                     work_ids(work, true), versions);
}

std::string organization(int i) {
  struct Org {
    const char* name;
    const char* city;
    const char* region;
    const char* country;
    const char* id;
    const char* source;
  };
  static constexpr Org kOrgs[] = {
      {"Brown University", "Providence", "RI", "US", "https://ror.org/05gq02987", "ROR"},
      {"Wesleyan University", "Middletown", "CT", "US", "6786", "RINGGOLD"},
      {"Technische Universit\u00e4t M\u00fcnchen", "M\u00fcnchen", "Bayern", "DE", "grid.6936.a", "GRID"},
      {"Universit\u00e9 de Gen\u00e8ve", "Gen\u00e8ve", "", "CH", "https://ror.org/01swzsf04", "ROR"},
      {"National Science Foundation", "Alexandria", "VA", "US", "http://dx.doi.org/10.13039/100000001", "FUNDREF"},
  };
  const Org& org = kOrgs[i % 5];
  std::string region = *org.region ? fmt::format("<common:region>{}</common:region>", org.region) : "";
  return fmt::format("<common:organization><common:name>{}</common:name><common:address><common:city>{}</common:city>"
                     "{}<common:country>{}</common:country></common:address><common:disambiguated-organization>"
                     "<common:disambiguated-organization-identifier>{}</common:disambiguated-organization-identifier>"
                     "<common:disambiguation-source>{}</common:disambiguation-source></common:disambiguated-organization>"
                     "</common:organization>",
                     org.name, org.city, region, org.country, org.id, org.source);
}

// `count` affiliations of one kind ("employment", ...), each in its own affiliation-group.
std::string affiliations(const char* kind, int count, const char* role, int& put_code) {
  std::string groups;
  for (int i = 0; i < count; ++i) {
    int start = 1990 + 4 * i;
    int code = ++put_code;
    std::string end = i + 1 < count || std::string_view(kind) == "education" ? date_element("end-date", start + 4, 6) : "";
    groups += fmt::format(
        "<activities:affiliation-group><common:last-modified-date>2024-01-02T03:04:05.000Z</common:last-modified-date>"
        "<common:external-ids/><{0}:{0}-summary put-code=\"{1}\" path=\"/{2}/{0}/{1}\" visibility=\"public\" "
        "display-index=\"{3}\">{4}{5}<common:department-name>Department of Ceramics</common:department-name>"
        "<common:role-title>{6}</common:role-title>{7}{8}{9}</{0}:{0}-summary></activities:affiliation-group>",
        kind, code, kSyntheticOrcid, i, dates(code), own_source(), role, date_element("start-date", start, 9), end,
        organization(i + code));
  }
  return fmt::format("<activities:{0}s path=\"/{1}/{0}s\">{2}</activities:{0}s>", kind, kSyntheticOrcid, groups);
}

std::string fundings(int count, int& put_code) {
  std::string groups;
  for (int i = 0; i < count; ++i) {
    std::string grant = fmt::format("CER-{}-{:04}", 2000 + i, 17 * i + 3);
    int code = ++put_code;
    std::string ids = external_id("grant_number", grant, "https://www.nsf.gov/awardsearch/" + grant);
    groups += fmt::format(
        "<activities:group><common:last-modified-date>2024-01-02T03:04:05.000Z</common:last-modified-date>"
        "<common:external-ids>{0}</common:external-ids><funding:funding-summary put-code=\"{1}\" "
        "path=\"/{2}/funding/{1}\" visibility=\"public\" display-index=\"0\">{3}{4}"
        "<funding:title><common:title>Glaze Chemistry of Brown Pots, phase {5}</common:title></funding:title>"
        "<common:external-ids>{0}</common:external-ids><common:url>https://www.nsf.gov/awardsearch/{6}</common:url>"
        "<funding:type>{7}</funding:type>{8}{9}{10}</funding:funding-summary></activities:group>",
        ids, code, kSyntheticOrcid, dates(code), i % 2 ? own_source() : client_source("APP-NSFFUNDING000001", "NSF"),
        i + 1, grant, i % 4 == 3 ? "award" : "grant", date_element("start-date", 2000 + 2 * i, 7),
        date_element("end-date", 2003 + 2 * i, 6), organization(4));
  }
  return fmt::format("<activities:fundings path=\"/{}/fundings\">{}</activities:fundings>", kSyntheticOrcid, groups);
}

std::string peer_reviews(int venues, int& put_code) {
  std::string groups;
  for (int v = 0; v < venues; ++v) {
    std::string issn = fmt::format("issn:{:04}-{:04}", 1000 + v * 37, 2000 + v * 11);
    std::string reviews;
    for (int r = 0; r < 2 + v; ++r) {
      int code = ++put_code;
      reviews += fmt::format(
          "<peer-review:peer-review-summary put-code=\"{0}\" path=\"/{1}/peer-review/{0}\" visibility=\"public\" "
          "display-index=\"0\">{2}{3}<peer-review:reviewer-role>reviewer</peer-review:reviewer-role>"
          "<common:external-ids>{4}</common:external-ids><peer-review:review-type>review</peer-review:review-type>"
          "<peer-review:completion-date><common:year>{5}</common:year></peer-review:completion-date>"
          "<peer-review:review-group-id>{6}</peer-review:review-group-id><peer-review:convening-organization>"
          "<common:name>Ceramic Society {7}</common:name><common:address><common:city>Westerville</common:city>"
          "<common:country>US</common:country></common:address></peer-review:convening-organization>"
          "</peer-review:peer-review-summary>",
          code, kSyntheticOrcid, dates(code), client_source("APP-PUBLONS000000001", "Publons"),
          external_id("source-work-id", fmt::format("review-{}", code), ""), 2010 + r, issn, v);
    }
    groups += fmt::format("<activities:group><common:external-ids>{}</common:external-ids>"
                          "<activities:peer-review-group><common:external-ids/>{}</activities:peer-review-group>"
                          "</activities:group>",
                          external_id("peer-review", issn, ""), reviews);
  }
  return fmt::format("<activities:peer-reviews path=\"/{}/peer-reviews\">{}</activities:peer-reviews>",
                     kSyntheticOrcid, groups);
}

std::string person() {
  std::string keywords, urls;
  static constexpr const char* kKeywords[] = {"ceramics", "pottery", "glazes", "sediment", "kilns"};
  int put_code = 100;
  for (const char* keyword : kKeywords) {
    int code = ++put_code;
    keywords += fmt::format("<keyword:keyword put-code=\"{0}\" visibility=\"public\" display-index=\"{0}\">{1}{2}"
                            "<keyword:content>{3}</keyword:content></keyword:keyword>",
                            code, dates(code), own_source(), keyword);
  }
  static constexpr const char* kUrls[][2] = {{"Homepage", "https://carberry.example.org/"},
                                             {"GitHub", "https://github.com/jcarberry"},
                                             {"Google Scholar", "https://scholar.google.com/citations?user=jc00000"}};
  for (const auto& [name, url] : kUrls) {
    int code = ++put_code;
    urls += fmt::format("<researcher-url:researcher-url put-code=\"{0}\" visibility=\"public\" display-index=\"1\">{1}{2}"
                        "<researcher-url:url-name>{3}</researcher-url:url-name><researcher-url:url>{4}</researcher-url:url>"
                        "</researcher-url:researcher-url>",
                        code, dates(code), own_source(), name, url);
  }
  return fmt::format(
      "<person:person path=\"/{0}/person\"><person:name visibility=\"public\" path=\"{0}\">"
      "<personal-details:given-names>Josiah</personal-details:given-names>"
      "<personal-details:family-name>Carberry</personal-details:family-name>"
      "<personal-details:credit-name>Josiah S. Carberry</personal-details:credit-name></person:name>"
      "<other-name:other-names path=\"/{0}/other-names\"><other-name:other-name put-code=\"90\" visibility=\"public\" "
      "display-index=\"1\">{1}<other-name:content>J. Carberry</other-name:content></other-name:other-name>"
      "</other-name:other-names><person:biography visibility=\"public\" path=\"/{0}/biography\">"
      "<personal-details:content>Josiah Carberry studies the cracks in brown pots &amp; the glazes that cause them."
      "</personal-details:content></person:biography>"
      "<researcher-url:researcher-urls path=\"/{0}/researcher-urls\">{2}</researcher-url:researcher-urls>"
      "<email:emails path=\"/{0}/email\"><email:email visibility=\"public\" verified=\"true\" primary=\"true\">{1}"
      "<email:email>josiah@carberry.example.org</email:email></email:email></email:emails>"
      "<address:addresses path=\"/{0}/address\"><address:address put-code=\"95\" visibility=\"public\" "
      "display-index=\"1\">{1}<address:country>US</address:country></address:address></address:addresses>"
      "<keyword:keywords path=\"/{0}/keywords\">{3}</keyword:keywords>"
      "<external-identifier:external-identifiers path=\"/{0}/external-identifiers\">"
      "<external-identifier:external-identifier put-code=\"96\" visibility=\"public\" display-index=\"1\">{4}{5}"
      "</external-identifier:external-identifier>"
      "<external-identifier:external-identifier put-code=\"97\" visibility=\"public\" display-index=\"2\">{6}{7}"
      "</external-identifier:external-identifier></external-identifier:external-identifiers></person:person>",
      kSyntheticOrcid, own_source(), urls, keywords, client_source(kScopus, "Scopus - Elsevier"),
      "<common:external-id-type>Scopus Author ID</common:external-id-type><common:external-id-value>7004212771"
      "</common:external-id-value><common:external-id-url>https://www.scopus.com/inward/authorDetails.url?authorID="
      "7004212771</common:external-id-url><common:external-id-relationship>self</common:external-id-relationship>",
      client_source("APP-WOSRESEARCHERID0", "ResearcherID"),
      "<common:external-id-type>ResearcherID</common:external-id-type><common:external-id-value>A-1234-2008"
      "</common:external-id-value><common:external-id-url>https://www.researcherid.com/rid/A-1234-2008"
      "</common:external-id-url><common:external-id-relationship>self</common:external-id-relationship>");
}

constexpr const char* kNamespaces[] = {"record", "common", "person", "personal-details", "other-name",
                                       "researcher-url", "email", "address", "keyword", "external-identifier",
                                       "activities", "work", "employment", "education", "qualification",
                                       "invited-position", "membership", "service", "distinction", "funding",
                                       "peer-review"};

} // namespace

std::string synthetic_bib(int entries) {
  std::string bib = kBibPreamble;
  for (int i = 0; i < entries; ++i) bib += bib_entry(i);
  return bib;
}

std::string synthetic_bib_of_size(size_t bytes) {
  std::string bib = kBibPreamble;
  for (int i = 0; bib.size() < bytes; ++i) bib += bib_entry(i);
  return bib;
}

std::string synthetic_orcid_record(int works) {
  std::string namespaces;
  for (const char* name : kNamespaces) namespaces += fmt::format(" xmlns:{0}=\"http://www.orcid.org/ns/{0}\"", name);
  int put_code = 1000;
  std::string groups;
  for (int i = 0; i < works; ++i) groups += work_group(i, put_code);
  std::string activities =
      // In the order of activities-3.0.xsd.
      affiliations("distinction", 2, "Fellow", put_code) + affiliations("education", 3, "PhD in Ceramics", put_code) +
      affiliations("employment", 5, "Professor", put_code) + fundings(12, put_code) +
      affiliations("invited-position", 2, "Visiting Professor", put_code) +
      affiliations("membership", 2, "Member", put_code) + peer_reviews(4, put_code) +
      affiliations("service", 1, "Editor, Journal of Pots", put_code) +
      fmt::format("<activities:works path=\"/{}/works\">{}</activities:works>", kSyntheticOrcid, groups);
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<record:record{0} path=\"/{1}\">"
                     "<common:orcid-identifier><common:uri>https://orcid.org/{1}</common:uri><common:path>{1}"
                     "</common:path><common:host>orcid.org</common:host></common:orcid-identifier>{2}"
                     "<activities:activities-summary path=\"/{1}/activities\">{3}</activities:activities-summary>"
                     "</record:record>\n",
                     namespaces, kSyntheticOrcid, person(), activities);
}

} // namespace cvport::bench
