// A CV that fills every section with text that is hard to get right in XML and in Word:
// accents, CJK, Hebrew and Arabic (right-to-left), emoji, markup characters, control
// characters XML 1.0 forbids (U+0001, U+000B), and very long words.
#include "docx_test_support.hpp"

namespace cvport::docx::testing {

Cv tricky_cv() {
  Cv cv;
  Person& person = cv.person;
  person.name = "Zoë Ångström-Okafor";
  person.name_variants = {"Z. Ångström-Okafor"};
  person.headline = "Ingénieure de recherche \u2014 高性能计算 & <systems> \"fast\" 'safe'";
  person.email = "zoe@example.org";
  person.phone = "+1 514 555 0199";
  person.url = "https://zoe.example.org/";
  person.location = {.address = "845 rue Sherbrooke O.",
                     .postal_code = "H3A 0G4",
                     .city = "Montréal",
                     .region = "QC",
                     .country = "CA"};
  person.profiles = {
      {.network = "GitHub", .username = "zoe-ao", .url = "https://github.com/zoe-ao"},
      {.network = "Mastodon", .url = "https://fosstodon.org/@zoe"}};
  person.orcid = "0000-0002-1825-0097";
  person.summary = "Builds fast systems for everyone \U0001F680. Tabs\tand\nnew lines.";
  person.image = "https://zoe.example.org/photo.jpg";

  cv.intros.education = "Degrees in three scripts: Latin, עברית and 中文.";
  cv.intros.work = "خبرة في البحث والتطوير منذ 2017.";
  cv.intros.publications = "Selected papers; the owner's name is in bold.";

  Education hebrew;
  hebrew.institution = {.name = "האוניברסיטה העברית בירושלים",
                        .department = "בית הספר להנדסה",
                        .city = "ירושלים",
                        .country = "IL",
                        .url = "https://en.huji.ac.il/"};
  hebrew.degree = "Ph.D.";
  hebrew.field = "علوم الحاسوب";
  hebrew.start = {.year = 2019, .month = 9};
  hebrew.end = {.present = true};
  hebrew.score = "GPA 4.0/4.0";
  hebrew.advisor = "Prof. דוד כהן";
  hebrew.interests = {"Compilers", "Type systems"};
  hebrew.focus = {"Ownership types"};
  hebrew.courses = {"Advanced compilers", "Formal semantics"};
  hebrew.teaching = {
      {.role = "Teaching Assistant", .course = "Compilers 101", .date_label = "Fall 2020"}};
  hebrew.honors = {"Summa cum laude"};
  hebrew.url = "https://example.org/thesis";
  hebrew.summary = "Thesis on <unsafe> & \"safe\" code.";
  Education tokyo;
  tokyo.institution = {
      .name = "東京大学", .city = "東京", .country = "JP", .ror = "https://ror.org/057zh3y96"};
  tokyo.degree = "M.Eng.";
  tokyo.end = {.year = 2019};
  cv.education = {hebrew, tokyo};

  Work work;
  work.organization = {
      .name = "Ünïcødé Labs", .city = "Zürich", .country = "CH", .url = "https://unicode.example/"};
  work.position = "研究員 (Researcher)";
  work.start = {.year = 2017, .month = 3};
  work.end = {.year = 2019, .month = 8};
  work.summary = "Worked on text: 👩‍💻 ZWJ emoji, flags 🇨🇦, and skin tones 👍🏽.";
  work.highlights = {"Pneumonoultramicroscopicsilicovolcanoconiosis"
                     "Pneumonoultramicroscopicsilicovolcanoconiosis"
                     "Pneumonoultramicroscopicsilicovolcanoconiosis",
                     "Shipped a parser for العربية and עברית mixed with English."};
  work.url = "https://unicode.example/jobs/1";
  cv.work = {work};

  Publication paper;
  paper.id = "ao2024types";
  paper.type = "workshop-paper";
  paper.title = "Types <and> Effects & \"Other\" 'Things'";
  paper.authors = {
      {.name = "Zoë Ångström-Okafor", .self = true}, {.name = "李小龙"}, {.name = "محمد علي"}};
  paper.et_al = true;
  paper.venue = {.short_name = "PLDI 2024", .name = "Proceedings of PLDI Workshops"};
  paper.date = {.year = 2024, .month = 3, .day = 15};
  paper.volume = "12";
  paper.issue = "3";
  paper.pages = "1–14";
  paper.publisher = "ACM";
  paper.doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O";
  paper.url = "https://example.org/paper.pdf?x=1&y=2";
  paper.status = "submitted";
  paper.award = "Best Paper 🏆";
  paper.note = "Artifact evaluated.";
  Publication thesis;
  thesis.id = "ao2019thesis";
  thesis.type = "thesis";
  thesis.title = "修士論文: Ownership";
  thesis.authors = {{.name = "Z. Ångström-Okafor", .self = true}};
  thesis.date = {.year = 2019};
  cv.publications = {paper, thesis};

  cv.awards = {{.title = "Prix d'excellence",
                .awarder = {.name = "Université de Montréal", .city = "Montréal"},
                .date = {.year = 2023},
                .venue = "PLDI 2024",
                .for_publication = "ao2024types",
                .summary = "For \"outstanding\" work."}};
  cv.talks = {{.title = "Why Unicode is hard",
               .event = "Strange Loop",
               .host = {.name = "Strange Loop LLC"},
               .date = {.year = 2023, .month = 9},
               .location = {.city = "St. Louis", .region = "MO", .country = "US"},
               .url = "https://example.org/talk",
               .summary = "Recorded."}};
  cv.software = {{.name = "rtl-kit",
                  .description = "bidi helpers ⇄",
                  .date = {.year = 2022},
                  .doi = "10.5281/zenodo.1234567",
                  .url = "https://github.com/zoe-ao/rtl-kit"}};
  cv.media = {{.title = "Les caractères qui cassent tout",
               .outlet = "Le Devoir",
               .date = {.year = 2021},
               .url = "https://example.org/devoir"}};
  cv.service = {{.role = "Reviewer",
                 .venue = "OOPSLA",
                 .kind = "reviewer",
                 .organization = {.name = "ACM SIGPLAN", .url = "https://sigplan.org/"},
                 .start = {.year = 2022},
                 .end = {.year = 2023},
                 .url = "https://example.org/oopsla"}};
  cv.skills = {{.name = "Rust", .level = "Expert", .keywords = {"async", "unsafe"}}};
  cv.languages = {{.language = "العربية", .fluency = "Fluent"},
                  {.language = "日本語", .fluency = "Conversational"}};
  cv.interests = {{.name = "Typography", .keywords = {"OpenType", "ligatures"}}};
  cv.references = {{.name = "Dr. Ada L.", .reference = "Available on request."}};
  cv.projects = {{.name = "Bidi Lab",
                  .description = "Right-to-left test suite.",
                  .highlights = {"1000 cases"},
                  .keywords = {"bidi", "ICU"},
                  .start = {.year = 2020},
                  .end = {.present = true},
                  .url = "https://example.org/bidi",
                  .roles = {"Lead"},
                  .entity = "Mozilla",
                  .type = "application"}};
  cv.volunteer = {{.organization = {.name = "Python Software Foundation"},
                   .position = "Mentor",
                   .url = "https://example.org/psf",
                   .start = {.year = 2018},
                   .end = {.year = 2019},
                   .summary = "Mentored newcomers.",
                   .highlights = {"12 mentees"}}};
  cv.certificates = {{.name = "AWS Certified",
                      .date = {.year = 2021, .month = 6},
                      .issuer = "Amazon",
                      .url = "https://example.org/cert"}};
  cv.sections = {
      {.title = "Patents",
       .intro = "Granted and pending.",
       .entries = {{.title = "Bidi-aware text layout",
                    .subtitle = "US 11,111,111",
                    .date = {.year = 2022},
                    .location = "USPTO",
                    .url = "https://example.org/patent",
                    .summary = "Filed with <co-inventors>.",
                    .highlights = {"Licensed twice"}}}},
      {.title = "专利与授权",
       .entries = {{.title = "文本排版方法", .start = {.year = 2020}, .end = {.year = 2021}}}}};
  return cv;
}

} // namespace cvport::docx::testing
