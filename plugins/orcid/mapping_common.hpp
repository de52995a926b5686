// What every mapper from CV entries to ORCID items shares: the context, dates, organisations.
#ifndef CVPORT_ORCID_MAPPING_COMMON_HPP
#define CVPORT_ORCID_MAPPING_COMMON_HPP

#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "cvport/model.hpp"
#include "cvport/render.hpp" // doi_url, ror_url
#include "cvport/text.hpp"   // join_nonempty
#include "options.hpp"
#include "report.hpp"
#include "self_ids.hpp"

namespace cvport::orcid {

struct MappingContext {
  const Cv& cv;
  const Options& options;
  Reporter& reporter;
  KeyMaker& keys;
  std::string owner_orcid; // the person's checksum-valid iD, or empty
};

// The date as ORCID can hold it: "present" and years outside 1900-2100 become no date (the
// latter with a warning). A date_label with no date is reported: ORCID needs a calendar date.
// A label next to a date is display text only and goes to `left_out`.
Date orcid_date(MappingContext& context, const Date& date, std::string_view path);
void check_date_label(MappingContext& context, const Date& date, const std::string& label,
                      const std::string& label_path, std::vector<std::string>& left_out);

// ORCID's record page shows a start date without an end date as "<start> to present" (every
// affiliation type but distinction, and fundings: orcid-angular, src/app/record/components/
// affiliation/affiliation.component.html and funding/funding.component.html), where a CV shows
// a start alone as one date ("2019"); only `end: present` means ongoing. So an item whose model
// entry has a start, no end and is not ongoing is sent as that one date, start and end the same,
// as the JSON Resume export does. When the entry shows its dates as a `date_label` its end is not
// known (an import keeps an end it cannot read only in the label): a copy of the start would be a
// wrong end and the start alone a false "present", so neither date is sent, with a warning.
struct DatedEntry {
  const Date& model_end;     // the entry's own end, before orcid_date
  bool label_hides_end;      // a range entry with a date_label
  const std::string& source; // "education[2]"
};
void send_start_alone_as_one_date(MappingContext& context, const DatedEntry& entry, Date& start,
                                  Date& end, std::vector<std::string>& left_out);

// The organisation identifiers ORCID accepts as disambiguated organisation, in the order cvport
// prefers them when an organisation has several: ROR first (ORCID's own choice for new data),
// then the others in the order of ORCID's OrgDisambiguatedSourceType.
struct OrgIdField {
  std::string_view field;  // the model field: "ringgold"
  std::string Organization::*value;
  std::string_view source; // ORCID's disambiguation-source: "RINGGOLD"
};
inline constexpr OrgIdField kOrgIdFields[] = {
    {"ror", &Organization::ror, "ROR"},
    {"ringgold", &Organization::ringgold, "RINGGOLD"},
    {"grid", &Organization::grid, "GRID"},
    {"fundref", &Organization::fundref, "FUNDREF"},
    {"lei", &Organization::lei, "LEI"},
};

// The organisation cleaned for XML, with the first of its identifiers (kOrgIdFields order) as
// the disambiguated organisation, in the form ORCID looks it up.
OrgRef clean_organization(MappingContext& context, const Organization& organization,
                          const std::string& path);

// Appends `path` to `left_out` when the fact is there.
void leave_out_if(std::vector<std::string>& left_out, bool present, std::string path);

} // namespace cvport::orcid

#endif
