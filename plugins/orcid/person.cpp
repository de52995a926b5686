#include "person.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "self_ids.hpp"
#include "cvport/utf8.hpp"
#include "text.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

// The person items of one export, one per key; a CV entry with the same key as an earlier one
// becomes a second source of that item, and one note lists them all.
class PersonItems {
public:
  explicit PersonItems(MappingContext& context) : context_(context) {}

  void add(std::string section, std::string source, std::string text, std::string url = "") {
    std::string key = person_item_key(section, section == "researcher-url" ? url : text);
    auto known = std::find_if(items_.begin(), items_.end(),
                              [&](const PersonItem& item) { return item.key == key; });
    if (known != items_.end()) {
      known->also_from.push_back(source);
      dropped_.emplace_back(source, known->source);
      return;
    }
    items_.push_back({std::move(section), std::move(source), std::move(text), std::move(url),
                      std::move(key)});
  }

  std::vector<PersonItem> take() {
    if (!dropped_.empty()) {
      std::string list;
      for (const auto& [source, kept] : dropped_)
        list += fmt::format("{}{} (same as {})", list.empty() ? "" : ", ", source, kept);
      context_.reporter.note("orcid.duplicate-person-item", dropped_.front().first,
                             "ORCID refuses a second identical web page, name, keyword or "
                             "country, so each is sent once; left out: " +
                                 list);
    }
    return std::move(items_);
  }

  MappingContext& context() { return context_; }

private:
  MappingContext& context_;
  std::vector<PersonItem> items_;
  std::vector<std::pair<std::string, std::string>> dropped_; // source, source of the kept one
};

// A web page, unless its address is missing or longer than ORCID takes (a cut URL would
// point elsewhere).
void add_researcher_url(PersonItems& items, const std::string& source,
                        const std::string& url_path, const std::string& name,
                        const std::string& raw_url) {
  MappingContext& context = items.context();
  std::string url = clean_text(context.reporter, raw_url, url_path);
  if (url.empty()) {
    context.reporter.skip("orcid.profile-without-url", source,
                          "ORCID lists web pages by their address: add the profile's url");
  } else if (count_code_points(url) > kUrlLimit) {
    context.reporter.skip("orcid.text-too-long", source,
                          "ORCID takes web addresses of at most 2000 characters: left out");
  } else {
    items.add("researcher-url", source, name, std::move(url));
  }
}

void add_researcher_urls(PersonItems& items) {
  MappingContext& context = items.context();
  const Person& person = context.cv.person;
  if (!person.url.empty())
    add_researcher_url(items, "person.url", "person.url", "Homepage", person.url);
  for (size_t i = 0; i < person.profiles.size(); ++i) {
    std::string source = indexed("person.profiles", i);
    add_researcher_url(items, source, source + ".url",
                       clean_text(context.reporter, person.profiles[i].network, source + ".network",
                                  kUrlNameLimit),
                       person.profiles[i].url);
  }
}

void add_other_names(PersonItems& items) {
  MappingContext& context = items.context();
  const auto& variants = context.cv.person.name_variants;
  for (size_t i = 0; i < variants.size(); ++i) {
    std::string source = indexed("person.name_variants", i);
    std::string name = clean_text(context.reporter, variants[i], source, kKeywordLimit);
    if (!name.empty()) items.add("other-name", source, std::move(name));
  }
}

// One keyword per research interest.
void add_keyword(PersonItems& items, const std::string& text, const std::string& source) {
  std::string keyword = clean_text(items.context().reporter, text, source, kKeywordLimit);
  if (!keyword.empty()) items.add("keyword", source, std::move(keyword));
}

void add_keywords(PersonItems& items) {
  const Cv& cv = items.context().cv;
  for (size_t i = 0; i < cv.interests.size(); ++i) {
    std::string source = indexed("interests", i);
    add_keyword(items, cv.interests[i].name, source + ".name");
    for (size_t k = 0; k < cv.interests[i].keywords.size(); ++k)
      add_keyword(items, cv.interests[i].keywords[k], indexed(source + ".keywords", k));
  }
  for (size_t e = 0; e < cv.education.size(); ++e)
    for (size_t k = 0; k < cv.education[e].interests.size(); ++k)
      add_keyword(items, cv.education[e].interests[k],
                  indexed(indexed("education", e) + ".interests", k));
}

} // namespace

std::vector<PersonItem> map_person(MappingContext& context) {
  PersonItems items(context);
  add_researcher_urls(items);
  add_other_names(items);
  add_keywords(items);
  const std::string& country = context.cv.person.location.country;
  if (!country.empty()) items.add("address", "person.location.country", country);
  return items.take();
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
