// The commented starter file `cvport init` writes: every section once, with a placeholder entry
// a reader can recognise as such, and a comment wherever a field is not self-explanatory.
// tests/core/authoring_cli_test.cpp checks that it is valid without a warning and exports to
// every format; tests/editor checks that an editor with the JSON Schema finds nothing wrong.
#include "cli_common.hpp"

namespace cvport::cli {

std::string starter_cv(const std::string& schema_location) {
  return "# yaml-language-server: $schema=" + schema_location + R"yaml(
#
# A CV for cvport. Replace the placeholders, delete the sections you do not need, then:
#   cvport validate cv.yaml                 every problem, with line:column
#   cvport export cv.yaml --to all -o out/  Markdown, DOCX, JSON Resume, ORCID
# The line above gives editors with a YAML language server completion and checking.
# Every field: docs/reference/fields.md (or `cvport schema --markdown`).
#
# Dates are YYYY, YYYY-MM or YYYY-MM-DD, without quotes; an end date may be `present`. To show a
# date in words, keep the date and add `date_label: "Fall 2016"`.

# The language the CV is written out in: section titles, labels and dates. en, de, fr, es, it, pt,
# nl, pl, ru, zh, ja, ko, ar, he, or a tag with a region (pt-BR); `export --lang` overrides it.
language: en

person:
  name: Alex Doe                          # the one field every CV must have
  # Other spellings in author lists: those authors are marked as you in publications.
  name_variants: [A. Doe]
  headline: Research Engineer, Distributed Systems
  email: alex.doe@example.org
  phone: +1 555 0100
  url: https://example.org/alex
  location: {city: Boston, region: MA, country: US}   # country: ISO 3166-1 code ("GB", "DE")
  profiles:
    - {network: GitHub, username: alexdoe, url: https://github.com/alexdoe}
  orcid: 0000-0002-1825-0097              # your ORCID iD; the check digit is verified
  summary: One short paragraph about your work.

# Optional paragraphs shown under a section's heading.
intros:
  publications: Selected peer-reviewed publications.

education:
  - institution:                          # or just the name: `institution: Example University`
      name: Example University
      city: Boston
      region: MA
      country: US
      ror: https://ror.org/04t5xt781      # your school's id from ror.org: ORCID needs one
    degree: Ph.D.
    field: Computer Science
    start: 2019-09
    end: 2024                             # or `present`
    score: 4.0/4.0
    advisor: Prof. Jane Roe
    teaching:
      - role: Teaching Assistant
        course: Operating Systems
        start: 2020-09
        end: 2020-12
        date_label: Fall 2020             # shown instead of the two dates

work:
  - organization: {name: Example Labs, city: Cambridge, region: MA, country: US}
    position: Research Intern
    start: 2023-06
    end: 2023-08
    highlights:
      - One achievement per line, with numbers where you have them.
    tags: [industry]                      # any entry: words a variant chooses it by (see below)

publications:
  # `id` is how awards refer to a paper (`for:`); without one, cvport derives it.
  - id: doe2023example
    type: conference-paper                # journal-article, preprint, thesis, ... (see the reference)
    title: "An Example Paper: Titles with a Colon Need Quotes"
    authors: [Alex Doe, Sam Roe]          # in order; your name is found and marked
    venue: {short: EXCONF 2023, name: Proceedings of the Example Conference}
    date: 2023-11
    pages: 1-12
    doi: 10.1000/182                      # bare DOI, without https://doi.org/

awards:
  - title: Best Paper Award
    awarder: Example Conference
    date: 2023
    for: doe2023example                   # the `id` of a publication above

funding:
  - title: Reliable Example Systems
    funder: Example Science Foundation    # ORCID wants its id too: fundref: 10.13039/...
    number: EX-2024-001                   # the grant number
    amount: 250000                        # digits only; needs currency
    currency: USD                         # ISO 4217
    start: 2024-01
    end: 2026-12
    role: PI

talks:
  - title: Building Example Systems
    event: Systems Seminar
    host: Example University
    date: 2024-03

software:
  - name: example-tool
    description: A command-line tool that does one thing well.
    date: 2024-01
    url: https://github.com/alexdoe/example-tool

media:
  - title: Researchers build an example system
    outlet: Example News
    date: 2024-02
    url: https://example.org/news/example-system

service:
  - role: Reviewer
    venue: Example Conference 2024
    kind: reviewer                        # reviewer, committee, editor, organizer or other
    start: 2024

skills:
  - name: Programming
    level: Expert
    keywords: [C++, Python]

languages:
  - language: English
    fluency: Native speaker

interests:
  - name: Open source
    keywords: [Linux]

projects:
  - name: Example Project
    description: What the project is and why it matters.
    start: 2022
    end: present
    url: https://example.org/project

volunteer:
  - organization: Example Code Club
    position: Mentor
    start: 2021
    end: 2022

certificates:
  - name: Example Cloud Certificate
    issuer: Example Cloud
    date: 2022-05

references:
  - name: Prof. Jane Roe
    reference: Available on request.

# Sections with a title of your own: patents, grants, exhibitions, ...
sections:
  - title: Grants
    entries:
      - title: Example Research Fellowship
        subtitle: Example Foundation
        date: 2022

# Views of this CV for one audience each: `cvport export cv.yaml --variant industry --to all`.
# A publication takes `selected: true` for `selected_only` (docs/source-format.md, Variants).
variants:
  industry:
    sections: [work, skills, publications]
    include_tags: [industry]              # entries with these tags, and those without tags
    publications: {max: 5}                # selected_only: true: only those marked selected
    headline: Software Engineer, Distributed Systems
)yaml";
}

} // namespace cvport::cli
