#include "unmapped_parts.hpp"

#include <utility>

#include <fmt/format.h>

namespace cvport::orcid {

namespace {

void by_design(MappingContext& context, bool present, std::string_view source,
               std::string_view reason) {
  if (present) context.reporter.skip("orcid.no-home", source, reason, CVPORT_SEVERITY_NOTE);
}

void report_person(MappingContext& context) {
  const Person& person = context.cv.person;
  by_design(context, !person.name.empty(), "person.name",
            "ORCID takes the name from the researcher's account; member clients cannot write it");
  by_design(context, !person.summary.empty(), "person.summary",
            "the ORCID biography is edited by the researcher only; member clients cannot write it");
  by_design(context, !person.email.empty(), "person.email",
            "ORCID e-mail addresses are edited by the researcher only");
  by_design(context, !person.headline.empty(), "person.headline", "ORCID has no headline");
  by_design(context, !person.phone.empty(), "person.phone", "ORCID has no phone number");
  by_design(context, !person.image.empty(), "person.image", "ORCID has no photo");
  const Location& location = person.location;
  by_design(context,
            !location.address.empty() || !location.postal_code.empty() || !location.city.empty() ||
                !location.region.empty(),
            "person.location", "ORCID keeps only the country of residence");
  if (context.options.person) return;
  bool has_person_items = !person.url.empty() || !person.profiles.empty() ||
                          !person.name_variants.empty() || !person.location.country.empty() ||
                          !context.cv.interests.empty();
  for (const Education& education : context.cv.education)
    has_person_items = has_person_items || !education.interests.empty();
  if (has_person_items)
    context.reporter.skip("orcid.skipped-by-option", "person",
                          "web pages, name variants, research interests and country are left "
                          "out (--option person=false)");
}

void report_intros(MappingContext& context) {
  const SectionIntros& intros = context.cv.intros;
  const std::pair<const std::string*, std::string_view> all[] = {
      {&intros.education, "intros.education"},
      {&intros.work, "intros.work"},
      {&intros.awards, "intros.awards"},
      {&intros.talks, "intros.talks"},
      {&intros.publications, "intros.publications"},
      {&intros.software, "intros.software"},
      {&intros.media, "intros.media"},
      {&intros.service, "intros.service"}};
  for (const auto& [text, source] : all)
    by_design(context, !text->empty(), source,
              "ORCID items have no place for a section's introduction");
}

void report_sections(MappingContext& context) {
  const Cv& cv = context.cv;
  by_design(context, !cv.skills.empty(), "skills",
            "ORCID has no section for skills; its keywords are for research topics");
  by_design(context, !cv.languages.empty(), "languages", "ORCID has no section for languages");
  by_design(context, !cv.references.empty(), "references",
            "referees are personal details of others and never go to ORCID");
  by_design(context, !cv.projects.empty(), "projects",
            "ORCID has no section for projects; list a project's outputs under publications or "
            "software to send them as works");
  for (size_t s = 0; s < cv.sections.size(); ++s) {
    const CustomSection& section = cv.sections[s];
    std::string source = indexed("sections", s);
    if (!target_of_section(context.options, section.title)) {
      context.reporter.skip(
          "orcid.no-home", source,
          fmt::format("no ORCID home is chosen for the section \"{}\": export with --option "
                      "custom-sections=\"{}=TARGET\", TARGET a work type (patent, data-set, "
                      "...) or invited-position, distinction, service, membership, "
                      "qualification",
                      section.title, section.title));
      continue;
    }
    by_design(context, !section.intro.empty(), source + ".intro",
              "ORCID items have no place for a section's introduction");
  }
}

} // namespace

void report_parts_without_home(MappingContext& context) {
  report_person(context);
  report_intros(context);
  report_sections(context);
}

} // namespace cvport::orcid
