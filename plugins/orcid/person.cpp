#include "person.hpp"

#include <algorithm>

#include "text.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

// A web page, unless its address is missing or longer than ORCID takes (a cut URL would
// point elsewhere).
void add_researcher_url(MappingContext& context, const std::string& source,
                        const std::string& url_path, const std::string& name,
                        const std::string& raw_url, std::vector<PersonItem>& items) {
  std::string url = clean_text(context.reporter, raw_url, url_path);
  if (url.empty()) {
    context.reporter.skip("orcid.profile-without-url", source,
                          "ORCID lists web pages by their address: add the profile's url");
  } else if (count_characters(url) > kUrlLimit) {
    context.reporter.skip("orcid.text-too-long", source,
                          "ORCID takes web addresses of at most 2000 characters: left out");
  } else {
    items.push_back({"researcher-url", source, name, std::move(url)});
  }
}

void add_researcher_urls(MappingContext& context, std::vector<PersonItem>& items) {
  const Person& person = context.cv.person;
  if (!person.url.empty())
    add_researcher_url(context, "person.url", "person.url", "Homepage", person.url, items);
  for (size_t i = 0; i < person.profiles.size(); ++i) {
    std::string source = indexed("person.profiles", i);
    add_researcher_url(context, source, source + ".url",
                       clean_text(context.reporter, person.profiles[i].network, source + ".network",
                                  kUrlNameLimit),
                       person.profiles[i].url, items);
  }
}

void add_other_names(MappingContext& context, std::vector<PersonItem>& items) {
  const auto& variants = context.cv.person.name_variants;
  for (size_t i = 0; i < variants.size(); ++i) {
    std::string source = indexed("person.name_variants", i);
    std::string name = clean_text(context.reporter, variants[i], source, kKeywordLimit);
    if (!name.empty()) items.push_back({"other-name", source, std::move(name), ""});
  }
}

// One keyword per research interest, first mention wins.
void add_keyword(MappingContext& context, const std::string& text, const std::string& source,
                 std::vector<PersonItem>& items) {
  std::string keyword = clean_text(context.reporter, text, source, kKeywordLimit);
  if (keyword.empty()) return;
  bool known = std::any_of(items.begin(), items.end(), [&](const PersonItem& item) {
    return item.section == "keyword" && item.text == keyword;
  });
  if (!known) items.push_back({"keyword", source, std::move(keyword), ""});
}

void add_keywords(MappingContext& context, std::vector<PersonItem>& items) {
  const Cv& cv = context.cv;
  for (size_t i = 0; i < cv.interests.size(); ++i) {
    std::string source = indexed("interests", i);
    add_keyword(context, cv.interests[i].name, source + ".name", items);
    for (size_t k = 0; k < cv.interests[i].keywords.size(); ++k)
      add_keyword(context, cv.interests[i].keywords[k], indexed(source + ".keywords", k), items);
  }
  for (size_t e = 0; e < cv.education.size(); ++e)
    for (size_t k = 0; k < cv.education[e].interests.size(); ++k)
      add_keyword(context, cv.education[e].interests[k],
                  indexed(indexed("education", e) + ".interests", k), items);
}

} // namespace

std::vector<PersonItem> map_person(MappingContext& context) {
  std::vector<PersonItem> items;
  add_researcher_urls(context, items);
  add_other_names(context, items);
  add_keywords(context, items);
  const std::string& country = context.cv.person.location.country;
  if (!country.empty()) items.push_back({"address", "person.location.country", country, ""});
  return items;
}

std::string person_document(const PersonItem& item) {
  pugi::xml_document document;
  pugi::xml_node root = start_document(document, item.section);
  const std::string prefix = item.section + ":";
  if (item.section == "researcher-url") {
    append_text(root, prefix + "url-name", item.text);
    append_text(root, prefix + "url", item.url);
  } else if (item.section == "address") {
    append_text(root, prefix + "country", item.text);
  } else {
    append_text(root, prefix + "content", item.text);
  }
  return document_bytes(document);
}

} // namespace cvport::orcid
