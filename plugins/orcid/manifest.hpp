// manifest.json, version 2: the contract between the bundle and a sync client
// (docs/formats/orcid.md, docs/schema/orcid-manifest-2.schema.json). Per item: its key, all its
// self identifiers (as sent and as ORCID compares them), the SHA-256 of its request body, its
// CV place(s), the requests that create, update and delete it, and whether ORCID would accept
// it, with the reasons when not. For the bundle: the ORCID iD, the options it was made with,
// the sections and kinds of entry it is authoritative for, the bulk files, and every CV entry
// it leaves out, with the reason.
#ifndef CVPORT_ORCID_MANIFEST_HPP
#define CVPORT_ORCID_MANIFEST_HPP

#include <span>
#include <string>
#include <vector>

#include "bundle.hpp"
#include "cvport/model_json.hpp"
#include "options.hpp"

namespace cvport::orcid {

class Manifest {
public:
  // `orcid`: the person's iD, or empty to write "{orcid}" in the API paths. `options`: the
  // options as the exporter read them, defaults included.
  Manifest(std::string orcid, const Options& options, Json options_used);

  // A bulk file that creates `works` in one request (POST /works).
  void add_bulk(const std::string& file, std::span<const WorkItem> works);
  // Each item with its own request body: `file` is its name in the bundle, `body` its bytes.
  void add_work(const std::string& file, const std::string& body, const WorkItem& work);
  void add_funding(const std::string& file, const std::string& body, const FundingItem& funding);
  void add_affiliation(const std::string& file, const std::string& body,
                       const AffiliationItem& item);
  void add_person_item(const std::string& file, const std::string& body, const PersonItem& item);

  // The manifest's bytes: JSON, two-space indentation, final newline.
  std::string document(const std::vector<Skipped>& skipped) const;

private:
  std::string api_path(const std::string& tail) const;

  std::string orcid_;
  Json options_used_;
  Json authoritative_;
  Json bulks_ = Json::array();
  Json items_ = Json::array();
};

// Per ORCID item type ("work", "education", ..., "keyword"), the kinds of CV entry (the part of
// a key before its colon) that the options send in full: for those the bundle is the whole
// truth, and a client may delete its own items of that type and kind that the bundle lacks.
// A kind the options leave out, in part or in whole, is not listed.
Json authoritative_kinds(const Options& options);

} // namespace cvport::orcid

#endif
