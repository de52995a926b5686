// The options of the "orcid" format: each mapping choice the exporter makes is one of them.
// Declared once (cvport/typed_options.hpp): the declaration gives their JSON Schema, their
// defaults (the members' initial values) and the typed struct.
#ifndef CVPORT_ORCID_OPTIONS_HPP
#define CVPORT_ORCID_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/typed_options.hpp"

namespace cvport::orcid {

// A user-named CV section sent to ORCID: "Patents=patent" maps sections[] titled "Patents"
// to works of type patent; a target may also be an affiliation section ("invited-position").
struct CustomSectionTarget {
  std::string title;
  std::string target;
};

struct Options {
  std::string contributor_role = "author";
  std::string talks = "lecture-speech"; // a work type for talks, or "skip"
  std::string software = "with-doi";
  bool include_media = false;
  std::string media_type = "online-resource"; // work type of media features when included
  std::string awards = "distinction";
  std::string volunteer = "service";
  std::string certificates = "qualification";
  bool venue_as_organization = true;
  std::string citation = "bibtex";
  bool person = true; // researcher-urls, other-names, keywords, address
  std::string incomplete = "separate";
  int bulk_size = 100;
  std::vector<std::string> custom_section_specs;    // as given: "Title=target"
  std::vector<CustomSectionTarget> custom_sections; // read from them by read_options()
};

template <class V> void describe_options(V& v, Options& o) {
  v.option("contributor-role", o.contributor_role,
           "Role of each author of a publication: ORCID's legacy role \"author\", or none. CRediT roles say what each "
           "author did, which an author list does not tell.",
           sdk::one_of({"author", "none"}));
  v.option("talks", o.talks, "Work type of invited talks, or skip them.",
           sdk::one_of({"lecture-speech", "conference-presentation", "public-speech", "skip"}));
  v.option("software", o.software,
           "Which software entries become works of type software: those with a DOI, all (a source-work-id stands in "
           "for the DOI), or none.",
           sdk::one_of({"with-doi", "all", "skip"}));
  v.option("include-media", o.include_media,
           "Media features are coverage by others, which ORCID does not list: left out unless this is true.");
  v.option("media-type", o.media_type, "Work type of media features when include-media is true.",
           sdk::one_of({"online-resource", "newspaper-article", "magazine-article", "blog-post", "public-speech",
                        "other"}));
  v.option("awards", o.awards, "Awards become ORCID distinctions, or are left out.",
           sdk::one_of({"distinction", "skip"}));
  v.option("volunteer", o.volunteer, "Volunteering becomes ORCID service items, or is left out.",
           sdk::one_of({"service", "skip"}));
  v.option("certificates", o.certificates, "Certificates become ORCID qualifications, or are left out.",
           sdk::one_of({"qualification", "skip"}));
  v.option("venue-as-organization", o.venue_as_organization,
           "When an award has no awarder or a service entry no organization, name its venue as the organisation, "
           "which ORCID requires.");
  v.option("citation", o.citation,
           "Add a BibTeX citation to each publication: the only place ORCID has for volume, issue, pages and "
           "publisher.",
           sdk::one_of({"bibtex", "none"}));
  v.option("person", o.person,
           "Also write the person's web pages (researcher-url), name variants (other-name), research interests "
           "(keyword) and country (address).");
  v.option("incomplete", o.incomplete,
           "Items ORCID would refuse because the CV lacks something (a ROR id, a city): write them into incomplete/ "
           "(default), beside the ready items, or leave them out. Either way the manifest marks them not ready and "
           "says what to add.",
           sdk::one_of({"separate", "write", "skip"}));
  v.option("bulk-size", o.bulk_size, "Works per bulk file; ORCID takes at most 100 per request.", sdk::between(1, 100));
  v.option("custom-sections", o.custom_section_specs,
           "Send user-named sections to ORCID: \"Patents=patent\" makes the entries of the section titled Patents "
           "works of type patent; the target is an ORCID work type or invited-position, distinction, service, "
           "membership or qualification.");
}

// The target named for a user-named section (the first, if several name it), or nullptr.
const CustomSectionTarget* target_of_section(const Options& options, std::string_view title);

// The JSON Schema of the options.
const std::string& options_schema();

// `given` as the host passes it (defaults filled in) or partial (tests): missing options take
// their defaults. Throws sdk::Error("orcid.bad-option", ...) on a value the schema refuses or a
// custom-sections entry that names no target, so a test that passes one hears about it.
Options read_options(const Json& given);

} // namespace cvport::orcid

#endif
