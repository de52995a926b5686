#include "cvport/variant.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "cvport/sections.hpp"
#include "cvport/suggest.hpp"
#include "cvport/text.hpp"

namespace cvport {

namespace {

Diagnostic usage_error(std::string message, std::string hint = {}) {
  return {Severity::error, "usage.bad-option-value", "", 0, 0, "", std::move(message), std::move(hint)};
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string_view> views(candidates.begin(), candidates.end());
  std::string suggestion = closest_match(word, views);
  return suggestion.empty() ? "" : "did you mean \"" + suggestion + "\"?";
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
  return text;
}

bool shares_a_tag(const std::vector<std::string>& tags, const std::vector<std::string>& wanted) {
  return std::any_of(tags.begin(), tags.end(),
                     [&](const std::string& tag) { return std::find(wanted.begin(), wanted.end(), tag) != wanted.end(); });
}

// Which entries the tags of a variant keep.
struct TagChoice {
  std::vector<std::string> include; // empty: every entry
  std::vector<std::string> exclude;
  bool drop_untagged = false;

  bool keeps(const std::vector<std::string>& tags) const {
    if (shares_a_tag(tags, exclude)) return false;
    if (include.empty()) return true;
    return tags.empty() ? !drop_untagged : shares_a_tag(tags, include);
  }
};

// Calls `visit(list, path)` for every list of entries of `cv`: the standard sections, then the
// entries of each custom section.
template <class Cv_, class Visit> void for_each_entry_list(Cv_& cv, Visit&& visit) {
  visit(cv.education, std::string("education"));
  visit(cv.work, std::string("work"));
  visit(cv.awards, std::string("awards"));
  visit(cv.funding, std::string("funding"));
  visit(cv.talks, std::string("talks"));
  visit(cv.publications, std::string("publications"));
  visit(cv.software, std::string("software"));
  visit(cv.media, std::string("media"));
  visit(cv.service, std::string("service"));
  visit(cv.projects, std::string("projects"));
  visit(cv.volunteer, std::string("volunteer"));
  visit(cv.skills, std::string("skills"));
  visit(cv.languages, std::string("languages"));
  visit(cv.interests, std::string("interests"));
  visit(cv.certificates, std::string("certificates"));
  visit(cv.references, std::string("references"));
}

// Keeps the entries of `list` that `keep` accepts, at most `limit`, and records in `kept[path]`
// which ones (when any was left out).
template <class Entry, class Keep>
void keep_entries(std::vector<Entry>& list, const std::string& path, Keep&& keep, size_t limit,
                  std::map<std::string, std::vector<size_t>>& kept) {
  std::vector<Entry> shown;
  std::vector<size_t> indices;
  for (size_t i = 0; i < list.size(); ++i)
    if (shown.size() < limit && keep(list[i])) {
      shown.push_back(std::move(list[i]));
      indices.push_back(i);
    }
  if (shown.size() != list.size()) kept[path] = std::move(indices);
  list = std::move(shown);
}

size_t count_entries(const Cv& cv) {
  size_t count = 0;
  for (const CvSection& section : all_sections(cv)) count += entry_count(cv, section);
  return count;
}

// Every tag some entry carries, sorted.
std::vector<std::string> tags_in_use(const Cv& cv) {
  std::set<std::string> tags;
  auto add = [&](const auto& list, const std::string&) {
    for (const auto& entry : list) tags.insert(entry.tags.begin(), entry.tags.end());
  };
  for_each_entry_list(cv, add);
  for (const CustomSection& section : cv.sections) add(section.entries, "");
  return {tags.begin(), tags.end()};
}

class VariantApplier {
public:
  // `checking`: cvport validate looks at the declaration; no export is under way.
  VariantApplier(const Cv& cv, const VariantRequest& request, const std::string& file, DiagnosticList& diagnostics,
                 bool checking = false)
      : source_(cv), request_(request), file_(file), diagnostics_(diagnostics), checking_(checking) {}

  std::optional<AppliedVariant> apply() {
    const Variant* variant = find_variant();
    if (!request_.name.empty() && !variant) return std::nullopt;
    Variant chosen = variant ? *variant : Variant{};
    if (!request_.tags.empty()) chosen.include_tags = request_.tags;
    if (request_.selected_only) chosen.publications.selected_only = true;
    check_tags();

    AppliedVariant applied{.cv = source_};
    Cv& cv = applied.cv;
    if (!chosen.sections.empty() && !choose_sections(chosen, applied)) return std::nullopt;
    TagChoice tags{chosen.include_tags, chosen.exclude_tags, chosen.untagged == "drop"};
    auto keeps = [&](const auto& entry) { return tags.keeps(entry.tags); };
    auto filter = [&](auto& list, const std::string& path) {
      if (path != "publications") keep_entries(list, path, keeps, SIZE_MAX, applied.kept);
    };
    for_each_entry_list(cv, filter);
    for (size_t i = 0; i < cv.sections.size(); ++i) {
      size_t source_index = source_index_of_section(applied, i);
      keep_entries(cv.sections[i].entries, "sections[" + std::to_string(source_index) + "].entries", keeps, SIZE_MAX,
                   applied.kept);
    }
    size_t max = SIZE_MAX;
    if (!chosen.publications.max.empty())
      std::from_chars(chosen.publications.max.data(), chosen.publications.max.data() + chosen.publications.max.size(),
                      max);
    bool selected_only = chosen.publications.selected_only;
    keep_entries(
        cv.publications, "publications",
        [&](const Publication& publication) { return keeps(publication) && (!selected_only || publication.selected); },
        max, applied.kept);
    if (!chosen.headline.empty()) cv.person.headline = chosen.headline;
    cv.variants.clear(); // the declarations describe the whole CV, not this view of it
    applied.sections = section_option(applied);

    if (count_entries(cv) == 0 && count_entries(source_) > 0) {
      applied.empty = true;
      diagnostics_.add({Severity::warning, "variant.empty", variant ? file_ : "", 0, 0,
                        variant ? variant_path_ : "",
                        describe_request() + (checking_ ? " leaves no entry to show: an export with it writes nothing"
                                                        : " leaves no entry to show, so nothing was written (files "
                                                          "from an earlier export are left as they were)"),
                        "check its sections and tags against the tags the entries carry: " +
                            (tags_.empty() ? std::string("no entry has tags") : joined(tags_))});
    }
    return applied;
  }

private:
  std::string describe_request() const {
    if (!request_.name.empty()) return "the variant \"" + request_.name + "\"";
    if (!request_.tags.empty()) return request_.tags_argument;
    return "--option selected=true";
  }

  const Variant* find_variant() {
    if (request_.name.empty()) return nullptr;
    std::vector<std::string> names;
    for (size_t i = 0; i < source_.variants.size(); ++i) {
      if (source_.variants[i].name == request_.name) {
        variant_path_ = "variants[" + std::to_string(i) + "]";
        declared_ = &source_.variants[i];
        return declared_;
      }
      names.push_back(source_.variants[i].name);
    }
    std::string message = "--variant " + request_.name + ": " + file_ +
                          (names.empty() ? " declares no variants"
                                         : " declares no variant \"" + request_.name + "\"; its variants are " +
                                               joined(names));
    std::string hint = did_you_mean(request_.name, names);
    if (hint.empty() && names.empty()) hint = "declare it under \"variants:\" (docs/source-format.md, Variants)";
    diagnostics_.add({Severity::error, "usage.unknown-variant", "", 0, 0, "", message, hint});
    return nullptr;
  }

  // A tag no entry carries is a typo or a forgotten tag: the variant would silently show less.
  void check_tags() {
    tags_ = tags_in_use(source_);
    auto known = [&](const std::string& tag) { return std::binary_search(tags_.begin(), tags_.end(), tag); };
    auto unknown_message = [&](const std::string& tag) {
      return "no entry has the tag \"" + tag + "\"" +
             (tags_.empty() ? std::string("; no entry has tags at all") : "; the tags in use are " + joined(tags_));
    };
    if (!request_.tags.empty()) {
      for (const std::string& tag : request_.tags)
        if (!known(tag))
          diagnostics_.add({Severity::warning, "variant.unknown-tag", "", 0, 0, "",
                            request_.tags_argument + ": " + unknown_message(tag), did_you_mean(tag, tags_)});
    }
    if (!declared_) return;
    auto check_list = [&](const std::vector<std::string>& list, std::string_view field) {
      for (size_t i = 0; i < list.size(); ++i)
        if (!known(list[i]))
          diagnostics_.add({Severity::warning, "variant.unknown-tag", file_, 0, 0,
                            variant_path_ + "." + std::string(field) + "[" + std::to_string(i) + "]",
                            unknown_message(list[i]), did_you_mean(list[i], tags_)});
    };
    if (request_.tags.empty()) check_list(declared_->include_tags, "include_tags");
    check_list(declared_->exclude_tags, "exclude_tags");
  }

  // Leaves out the sections the variant does not list; false on an unknown section id.
  bool choose_sections(const Variant& chosen, AppliedVariant& applied) {
    std::vector<CvSection> sections = all_sections(source_);
    std::vector<std::string> ids;
    for (const CvSection& section : sections) ids.push_back(section.id);
    bool all_known = true;
    for (size_t i = 0; i < chosen.sections.size(); ++i) {
      const std::string& name = chosen.sections[i];
      if (name == kAllCustomSections) {
        for (const CvSection& section : sections)
          if (section.kind == SectionKind::custom) listed_.push_back(section);
        continue;
      }
      if (const CvSection* found = find_section(sections, name)) {
        listed_.push_back(*found);
        continue;
      }
      all_known = false;
      diagnostics_.add({Severity::error, "variant.unknown-section", file_, 0, 0,
                        variant_path_ + ".sections[" + std::to_string(i) + "]",
                        "no section has the id or title \"" + name + "\"; the ids are " + joined(ids) +
                            " and \"custom\" for every custom section",
                        did_you_mean(name, ids)});
    }
    if (!all_known) return false;
    auto listed = [&](const CvSection& section) {
      return std::any_of(listed_.begin(), listed_.end(), [&](const CvSection& s) { return s.id == section.id; });
    };
    Cv& cv = applied.cv;
    for (const CvSection& section : sections)
      if (section.kind != SectionKind::custom && !listed(section)) clear_section(cv, section);
    size_t index = 0;
    keep_entries(
        cv.sections, "sections", [&](const CustomSection&) { return listed(sections[kStandardCount + index++]); },
        SIZE_MAX, applied.kept);
    return true;
  }

  static size_t source_index_of_section(const AppliedVariant& applied, size_t shown_index) {
    auto found = applied.kept.find("sections");
    return found == applied.kept.end() ? shown_index : found->second[shown_index];
  }

  // The variant's section list as ids of the shown CV (a custom section's id may change when an
  // earlier one of the same title is left out), for the formats that order sections by it.
  std::vector<std::string> section_option(const AppliedVariant& applied) const {
    std::vector<std::string> ids;
    std::vector<CvSection> shown = all_sections(applied.cv);
    for (const CvSection& section : listed_) {
      if (section.kind != SectionKind::custom) {
        ids.push_back(section.id);
        continue;
      }
      for (size_t i = 0; i < applied.cv.sections.size(); ++i)
        if (source_index_of_section(applied, i) == section.custom_index) ids.push_back(shown[kStandardCount + i].id);
    }
    return ids;
  }

  static constexpr size_t kStandardCount = std::size(kStandardSections);

  const Cv& source_;
  const VariantRequest& request_;
  const std::string& file_;
  DiagnosticList& diagnostics_;
  bool checking_ = false;
  const Variant* declared_ = nullptr; // the declared variant asked for
  std::string variant_path_;          // and its path: "variants[1]"
  std::vector<std::string> tags_;
  std::vector<CvSection> listed_;
};

// "publications[2].doi" -> "publications[5].doi" by the indices `kept` records for the list.
std::string restore_path(const std::map<std::string, std::vector<size_t>>& kept, const std::string& path,
                         size_t from) {
  size_t open = path.find('[', from);
  size_t close = open == std::string::npos ? std::string::npos : path.find(']', open);
  if (close == std::string::npos) return path;
  size_t dot = path.find('.', from);
  if (dot != std::string::npos && dot < open) return path; // the first step of the rest is not a list
  auto found = kept.find(path.substr(0, open));
  size_t shown = 0;
  auto [end, error] = std::from_chars(path.data() + open + 1, path.data() + close, shown);
  if (found == kept.end() || error != std::errc() || end != path.data() + close || shown >= found->second.size())
    return path;
  std::string restored = path.substr(0, open + 1) + std::to_string(found->second[shown]) + path.substr(close);
  size_t next = restored.find(']', open) + 1;
  if (next < restored.size() && restored[next] == '.') return restore_path(kept, restored, next + 1);
  return restored;
}

} // namespace

void take_variant_options(std::vector<OptionAssignment>& assignments, VariantRequest& request, DiagnosticList& usage) {
  auto is_complete_record = [](const std::string& format) {
    return std::find(std::begin(kCompleteRecordFormats), std::end(kCompleteRecordFormats), format) !=
           std::end(kCompleteRecordFormats);
  };
  std::vector<OptionAssignment> rest;
  for (const OptionAssignment& assignment : assignments) {
    if (assignment.format.empty() && assignment.key == kTagsOption) {
      request.tags = split_list(assignment.value);
      request.tags_argument = "--option " + assignment.text;
      if (request.tags.empty()) usage.add(usage_error("--option " + assignment.text + ": expected tags, comma-separated"));
    } else if (assignment.format.empty() && assignment.key == kSelectedOption) {
      if (assignment.value == "true" || assignment.value == "yes" || assignment.value == "1")
        request.selected_only = true;
      else if (!(assignment.value == "false" || assignment.value == "no" || assignment.value == "0"))
        usage.add(usage_error("--option " + assignment.text + ": expected true or false"));
    } else if (is_complete_record(assignment.format) && assignment.key == kOrcidVariantOption) {
      if (assignment.value == "apply")
        request.apply_to_orcid = true;
      else if (assignment.value != "ignore")
        usage.add(usage_error("--option " + assignment.text + ": expected apply or ignore",
                              did_you_mean(assignment.value, {"apply", "ignore"})));
    } else {
      rest.push_back(assignment);
    }
  }
  assignments = std::move(rest);
}

std::optional<AppliedVariant> apply_variant(const Cv& cv, const VariantRequest& request, const std::string& file,
                                            DiagnosticList& diagnostics) {
  return VariantApplier(cv, request, file, diagnostics).apply();
}

void check_declared_variants(const Cv& cv, const std::string& file, DiagnosticList& diagnostics) {
  for (const Variant& variant : cv.variants) {
    VariantRequest request{.name = variant.name};
    VariantApplier(cv, request, file, diagnostics, /*checking=*/true).apply();
  }
}

void restore_source_paths(const AppliedVariant& applied, DiagnosticList& diagnostics) {
  if (applied.kept.empty()) return;
  DiagnosticList restored;
  for (Diagnostic d : diagnostics.items()) {
    d.path = restore_path(applied.kept, d.path, 0);
    restored.add(std::move(d));
  }
  diagnostics = std::move(restored);
}

} // namespace cvport
