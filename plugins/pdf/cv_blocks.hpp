// The CV as a small tree of blocks and styled runs, built from the model before any drawing:
// a header (name, headline, contact lines, summary paragraphs), then sections, each a heading,
// an optional intro and entries. An entry is a group of blocks the page layout keeps together
// when it fits on a page. The structure follows the DOCX format's, so both show the same CV.
#ifndef CVPORT_PDF_CV_BLOCKS_HPP
#define CVPORT_PDF_CV_BLOCKS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/plugin_context.hpp"
#include "cvport/render.hpp"
#include "cvport/sections.hpp"

namespace cvport::pdf {

// How a run of text looks; the block kind sets the size and the paragraph's look.
enum class RunStyle { plain, strong, emphasis, muted, label, owner, venue, award, link };

struct Run {
  std::string text;
  RunStyle style = RunStyle::plain;
  std::string url; // a link target when not empty
};

enum class BlockKind {
  name,
  headline,
  contact,
  summary,
  section_intro,
  entry_title, // bold first line of a dated entry, date at the right
  detail,      // a line under an entry title
  bullet,      // a highlight, with a bullet
  item,        // the first line of a compact item, with a bullet and a date
  item_detail, // a further line of an item, aligned with its text
  publication, // the first line of a publication, with its number and the short venue
  publication_detail,
  section_heading // made by the typesetter from Section::title
};

struct Block {
  BlockKind kind;
  std::vector<Run> runs;
  std::string date;   // shown right-aligned on the first line, in the date column
  std::string marker; // "[3]" for a publication

  explicit Block(BlockKind block_kind) : kind(block_kind) {}
  bool empty() const { return runs.empty(); }
  Block& text(std::string_view text, RunStyle style = RunStyle::plain);
  // A link when `url` is set, else plain text in `style`.
  Block& link(std::string_view url, std::string_view text, RunStyle style = RunStyle::plain);
};

// Adds pieces to a block with a separator between the non-empty ones.
class Pieces {
public:
  Pieces(Block& block, std::string_view separator) : block_(block), separator_(separator) {}
  Pieces& text(std::string_view text, RunStyle style = RunStyle::plain);
  Pieces& link(std::string_view url, std::string_view text, RunStyle style = RunStyle::link);

private:
  void separate();
  Block& block_;
  std::string_view separator_;
};

struct Entry {
  std::vector<Block> blocks;
  // Appends `block` unless it has no text.
  void add(Block block);
};

struct Section {
  std::string id;
  std::string title;
  std::vector<Block> intro;
  std::vector<Entry> entries;
};

struct CvDocument {
  std::vector<Block> header;
  std::vector<Section> sections;
};

CvDocument build_cv_document(const Cv& cv, const std::vector<CvSection>& sections);

// Every text of `document` (runs, dates, markers, section titles), one after another: what the
// fonts must cover.
std::string document_text(const CvDocument& document);

// Where an organisation's name links to: its web site, else its ROR record, else nowhere.
std::string organization_url(const Organization& organization);

// cv_blocks_header.cpp
std::vector<Block> header_blocks(const Person& person);
// A text split into paragraphs of `kind` by cvport/text.hpp's split_paragraphs (single line breaks
// stay inside a paragraph: pango never stretches a line that ends in one).
std::vector<Block> paragraphs(std::string_view text, BlockKind kind, RunStyle style = RunStyle::plain);

// cv_blocks_entries.cpp: dated entries with a title line (education, work, projects, volunteer,
// custom sections).
void add_education(const Cv& cv, Section& section);
void add_work(const Cv& cv, Section& section);
void add_projects(const Cv& cv, Section& section);
void add_volunteer(const Cv& cv, Section& section);
void add_custom_entries(const CustomSection& custom, std::string_view language, Section& section);

// cv_blocks_items.cpp: compact bulleted items.
void add_awards(const Cv& cv, Section& section);
void add_funding(const Cv& cv, Section& section);
void add_talks(const Cv& cv, Section& section);
void add_software(const Cv& cv, Section& section);
void add_media(const Cv& cv, Section& section);
void add_service(const Cv& cv, Section& section);
void add_skills(const Cv& cv, Section& section);
void add_languages(const Cv& cv, Section& section);
void add_interests(const Cv& cv, Section& section);
void add_certificates(const Cv& cv, Section& section);
void add_references(const Cv& cv, Section& section);

// cv_blocks_publications.cpp
void add_publications(const Cv& cv, Section& section);

} // namespace cvport::pdf

#endif
