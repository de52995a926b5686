#include "orcid_writer.hpp"

#include <algorithm>
#include <map>
#include <span>

#include <fmt/format.h>

#include "affiliation_xml.hpp"
#include "affiliations.hpp"
#include "cvport/identifiers.hpp"
#include "funding.hpp"
#include "identity.hpp"
#include "manifest.hpp"
#include "unmapped_parts.hpp"
#include "options.hpp"
#include "person.hpp"
#include "report.hpp"
#include "self_ids.hpp"
#include "work_xml.hpp"
#include "works.hpp"

namespace cvport::orcid {

namespace {

// The person's iD for API paths and the owner's contributor records. The host validates it;
// an iD with a bad check digit would point at someone else's record, so it is never used.
std::string owner_orcid(const Person& person, Reporter& reporter) {
  if (person.orcid.empty()) {
    reporter.note("orcid.no-orcid-id", "person.orcid",
                  "manifest.json writes {orcid} in the API paths and your author entries are "
                  "not linked to your record: add `orcid: 0000-0000-0000-0000` (your iD) to "
                  "the person");
    return "";
  }
  if (!is_valid_orcid(person.orcid)) {
    reporter.warning("orcid.bad-orcid-id", "person.orcid",
                     "not a valid ORCID iD (wrong shape or check digit): not used; copy the iD "
                     "from your ORCID record");
    return "";
  }
  return person.orcid;
}

std::string_view item_type(const WorkItem&) { return "work"; }
std::string_view item_type(const AffiliationItem& item) { return item.section; }
std::string_view item_type(const FundingItem&) { return "funding"; }

// With --option incomplete=skip, items ORCID would refuse stay out of the bundle.
template <class Item> void drop_incomplete(std::vector<Item>& items, Reporter& reporter) {
  std::erase_if(items, [&](const Item& item) {
    if (item.missing.empty()) return false;
    std::string fixes;
    for (const Requirement& requirement : item.missing)
      fixes += (fixes.empty() ? "" : "; ") + requirement.path;
    reporter.skip("orcid.incomplete", item.source,
                  fmt::format("ORCID would refuse this {} item (--option incomplete=skip): "
                              "fix {}",
                              item_type(item), fixes));
    return true;
  });
}

class BundleWriter {
public:
  BundleWriter(sdk::Output& output, Manifest& manifest, bool separate_incomplete)
      : output_(output), manifest_(manifest), separate_incomplete_(separate_incomplete) {}

  // One work:work file per work (its create and update body), and the ready works again in
  // bulk files of at most `bulk_size`, to create many in one request.
  void write_works(const std::vector<WorkItem>& works, size_t bulk_size) {
    std::vector<WorkItem> ready;
    for (const WorkItem& work : works) {
      write_item(work.missing.empty() ? "works" : aside("works"), "work", work_document(work),
                 [&](const std::string& file, const std::string& body) {
                   manifest_.add_work(file, body, work);
                 });
      if (work.missing.empty()) ready.push_back(work);
    }
    for (size_t first = 0; first < ready.size(); first += bulk_size) {
      std::span<const WorkItem> chunk(ready.data() + first,
                                      std::min(bulk_size, ready.size() - first));
      std::string file = next_name("works", "bulk");
      output_.open(file).write(bulk_document(chunk));
      manifest_.add_bulk(file, chunk);
    }
  }

  // Items ORCID would refuse go to incomplete/ (by default), so every file outside it can be
  // posted as it is.
  void write_affiliation(const AffiliationItem& item) {
    write_item(item.missing.empty() ? item.section : aside(item.section), item.section,
               affiliation_document(item), [&](const std::string& file, const std::string& body) {
                 manifest_.add_affiliation(file, body, item);
               });
  }

  void write_funding(const FundingItem& item) {
    write_item(item.missing.empty() ? "funding" : aside("funding"), "funding",
               funding_document(item), [&](const std::string& file, const std::string& body) {
                 manifest_.add_funding(file, body, item);
               });
  }

  void write_person_item(const PersonItem& item) {
    write_item("person", item.section, person_document(item),
               [&](const std::string& file, const std::string& body) {
                 manifest_.add_person_item(file, body, item);
               });
  }

private:
  std::string aside(const std::string& folder) const {
    return separate_incomplete_ ? "incomplete/" + folder : folder;
  }

  template <class AddToManifest>
  void write_item(const std::string& folder, const std::string& stem, const std::string& body,
                  AddToManifest add_to_manifest) {
    std::string file = next_name(folder, stem);
    output_.open(file).write(body);
    add_to_manifest(file, body);
  }

  // "education/education-001.xml": numbered per name, in bundle order.
  std::string next_name(const std::string& folder, const std::string& stem) {
    return fmt::format("{}/{}-{:03}.xml", folder, stem, ++counters_[folder + "/" + stem]);
  }

  sdk::Output& output_;
  Manifest& manifest_;
  bool separate_incomplete_;
  std::map<std::string, int> counters_;
};

} // namespace

void write_orcid(sdk::ExportContext& export_context) {
  Options options = read_options(export_context.options);
  Reporter reporter(export_context.diagnostics);
  KeyMaker keys(reporter);
  MappingContext context{export_context.cv, options, reporter, keys,
                         owner_orcid(export_context.cv.person, reporter)};

  std::vector<WorkItem> works = map_works(context);
  std::vector<AffiliationItem> affiliations = map_affiliations(context);
  std::vector<FundingItem> funding = map_funding(context);
  keys.report_entries_without_id();
  mark_colliding_items(works, affiliations, funding, reporter);
  if (options.incomplete == "skip") {
    drop_incomplete(works, reporter);
    drop_incomplete(affiliations, reporter);
    drop_incomplete(funding, reporter);
  }
  std::vector<PersonItem> person = options.person ? map_person(context) : std::vector<PersonItem>{};
  report_parts_without_home(context);

  Manifest manifest(context.owner_orcid, options, sdk::option_values(options));
  BundleWriter writer(export_context.output, manifest, options.incomplete == "separate");
  writer.write_works(works, size_t(options.bulk_size));
  for (const AffiliationItem& item : affiliations) writer.write_affiliation(item);
  for (const FundingItem& item : funding) writer.write_funding(item);
  for (const PersonItem& item : person) writer.write_person_item(item);
  // Named, not the primary output: the host refuses an unnamed output for a multi-file format,
  // whose default_output_name is the folder.
  export_context.output.open("manifest.json").write(manifest.document(reporter.skipped()));
}

} // namespace cvport::orcid
