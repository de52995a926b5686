// Every fact of the seed CV that has an ORCID home is in the bundle; the facts without one are
// named here by their model field, with the reason, and are checked to be absent.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

std::string collapse_whitespace(const std::string& text) {
  std::string result;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !result.empty();
      continue;
    }
    if (space) result += ' ';
    space = false;
    result += c;
  }
  return result;
}

struct Fact {
  std::string section;
  std::string text;
};

std::vector<Fact> read_seed_facts() {
  std::ifstream in(kSeedFacts);
  EXPECT_TRUE(in) << kSeedFacts << " is missing";
  std::vector<Fact> facts;
  std::string section;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# ", 0) == 0) {
      section = line.substr(2);
      continue;
    }
    if (!collapse_whitespace(line).empty()) facts.push_back({section, collapse_whitespace(line)});
  }
  return facts;
}

// The fields of the seed CV ORCID has no place for, each with the reason the bundle leaves it
// out (docs/formats/orcid.md, "What has no ORCID home").
std::map<std::string, std::string> facts_without_home(const Cv& cv) {
  std::map<std::string, std::string> exempt;
  auto add = [&](const std::string& value, const std::string& reason) {
    if (!value.empty()) exempt[collapse_whitespace(value)] = reason;
  };
  for (const std::string* intro :
       {&cv.intros.education, &cv.intros.work, &cv.intros.awards, &cv.intros.talks,
        &cv.intros.publications, &cv.intros.software, &cv.intros.media, &cv.intros.service})
    add(*intro, "intros: ORCID items have no place for a section's introduction");
  for (const Education& education : cv.education) {
    add(education.score, "education.score: ORCID education items have no grade");
    add(education.advisor, "education.advisor: ORCID education items have no advisor");
    for (const auto& topic : education.focus)
      add(topic, "education.focus: thesis topics are not research interests (keywords) and have no "
                 "other place");
    for (const auto& course : education.courses)
      add(course, "education.courses: ORCID has no courses");
    for (const TeachingRole& teaching : education.teaching) {
      add(teaching.role, "education.teaching: ORCID has no section for teaching");
      add(teaching.course, "education.teaching: ORCID has no section for teaching");
    }
  }
  for (const Work& work : cv.work) {
    add(work.summary, "work.summary: ORCID employment items have no description");
    for (const auto& highlight : work.highlights)
      add(highlight, "work.highlights: ORCID employment items have no description");
    add(work.date_label,
        "work.date_label: ORCID keeps calendar dates (start and end years are sent)");
  }
  for (const MediaFeature& media : cv.media) {
    add(media.title,
        "media: coverage by others is left out by default (--option include-media=true)");
    add(media.outlet,
        "media: coverage by others is left out by default (--option include-media=true)");
  }
  return exempt;
}

// How the bundle shows a fact that has a form of its own in ORCID.
std::string shown_form(const std::string& fact) {
  if (fact == "et al.") return "and others"; // BibTeX's "et al." in the citation
  return fact;
}

TEST(OrcidFacts, SeedFactsWithAnOrcidHomeAreInTheBundle) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  std::vector<Fact> facts = read_seed_facts();
  ASSERT_GT(facts.size(), 100u);
  auto host = export_bundle(*cv);
  std::string bundle_text;
  for (const std::string& text : text_nodes(*host)) bundle_text += collapse_whitespace(text) + "\n";

  std::map<std::string, std::string> exempt = facts_without_home(*cv);
  std::vector<std::string> present_facts;
  for (const Fact& fact : facts)
    if (!exempt.count(fact.text)) present_facts.push_back(fact.text);

  std::map<std::string, int> exemptions_used;
  for (const Fact& fact : facts) {
    auto reason = exempt.find(fact.text);
    if (reason == exempt.end()) {
      EXPECT_NE(bundle_text.find(shown_form(fact.text)), std::string::npos)
          << "# " << fact.section << ": \"" << fact.text << "\" is not in the bundle";
      continue;
    }
    ++exemptions_used[reason->second];
    // Absent, unless it is part of a fact that has a home ("GPU Multi-Tenancy" is in a talk title).
    bool inside_present_fact =
        std::any_of(present_facts.begin(), present_facts.end(), [&](const std::string& present) {
          return present.find(fact.text) != std::string::npos;
        });
    if (!inside_present_fact) {
      EXPECT_EQ(bundle_text.find(fact.text), std::string::npos)
          << "# " << fact.section << ": \"" << fact.text << "\" has no ORCID home ("
          << reason->second << ") but is in the bundle: update the exemptions and the docs";
    }
  }
  // Every reason covers a fact of the seed: an exemption list that no longer matches fails.
  std::set<std::string> reasons;
  for (const auto& [fact, reason] : exempt) reasons.insert(reason);
  for (const std::string& reason : reasons)
    EXPECT_GT(exemptions_used[reason], 0) << "exemption matches no seed fact: " << reason;
}

// The exempt facts are exactly what the writer reports as left out or skipped.
TEST(OrcidFacts, FactsWithoutHomeAreReported) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  auto host = export_bundle(*cv);
  std::set<std::string> reported;
  for (const auto& diagnostic : host->diagnostics)
    if (diagnostic.code == "orcid.left-out" || diagnostic.code == "orcid.media-skipped" ||
        diagnostic.code == "orcid.no-home")
      reported.insert(diagnostic.path + ": " + diagnostic.message);
  EXPECT_TRUE(reported.count(
      "intros.publications: ORCID items have no place for a section's introduction"));
  EXPECT_TRUE(
      reported.count("education[0]: ORCID education items have no field for `score`, `advisor`, "
                     "`focus`, `courses`: left out of the bundle"));
  EXPECT_TRUE(reported.count("education[1]: ORCID education items have no field for `score`, "
                             "`teaching`: left out of the bundle"));
  EXPECT_TRUE(reported.count("work[0]: ORCID employment items have no field for `date_label`, "
                             "`summary`, `highlights`: left out of the bundle"));
  for (size_t i = 0; i < cv->media.size(); ++i) {
    bool found = std::any_of(reported.begin(), reported.end(), [&](const std::string& line) {
      return line.rfind("media[" + std::to_string(i) + "]: ", 0) == 0;
    });
    EXPECT_TRUE(found) << "media[" << i << "] not reported";
  }
}

} // namespace
} // namespace cvport::orcid::testing
