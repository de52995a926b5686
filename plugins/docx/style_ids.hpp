// The style ids the CV layout uses: the contract with word/styles.xml and with a user's
// reference .docx (docs/formats/docx.md lists them). Restyling a style restyles every
// paragraph or run that uses it.
#ifndef CVPORT_DOCX_STYLE_IDS_HPP
#define CVPORT_DOCX_STYLE_IDS_HPP

#include <string_view>

namespace cvport::docx::style {

// Word's built-in styles the CV styles build on. The CV heading styles are based on
// Heading 1-3, so Word's navigation pane and a table of contents show the CV's outline.
inline constexpr std::string_view kNormal = "Normal";
inline constexpr std::string_view kHeading1 = "Heading1";
inline constexpr std::string_view kHeading2 = "Heading2";
inline constexpr std::string_view kHeading3 = "Heading3";
inline constexpr std::string_view kFooter = "Footer";
inline constexpr std::string_view kDefaultParagraphFont = "DefaultParagraphFont";
inline constexpr std::string_view kHyperlink = "Hyperlink";

// Paragraph styles.
inline constexpr std::string_view kName = "CVName"; // based on Heading 1
inline constexpr std::string_view kHeadline = "CVHeadline";
inline constexpr std::string_view kContact = "CVContact";
inline constexpr std::string_view kSummary = "CVSummary";
inline constexpr std::string_view kSection = "CVSection"; // based on Heading 2
inline constexpr std::string_view kSectionIntro = "CVSectionIntro";
inline constexpr std::string_view kEntryTitle = "CVEntryTitle"; // based on Heading 3
inline constexpr std::string_view kEntryDateColumn = "CVEntryDateColumn"; // beside an entry title
inline constexpr std::string_view kEntryDetails = "CVEntryDetails";
inline constexpr std::string_view kBullet = "CVBullet";
inline constexpr std::string_view kItem = "CVItem";
inline constexpr std::string_view kPublication = "CVPublication";
inline constexpr std::string_view kPageFooter = "CVFooter";

// Character styles.
inline constexpr std::string_view kEntryPlace = "CVEntryPlace";
inline constexpr std::string_view kEntryDate = "CVEntryDate";
inline constexpr std::string_view kLabel = "CVLabel";
inline constexpr std::string_view kItemTitle = "CVItemTitle";
inline constexpr std::string_view kNote = "CVNote";
inline constexpr std::string_view kPublicationTitle = "CVPublicationTitle";
inline constexpr std::string_view kAuthors = "CVAuthors";
inline constexpr std::string_view kOwner = "CVOwner";
inline constexpr std::string_view kVenue = "CVVenue";
inline constexpr std::string_view kAward = "CVAward";
inline constexpr std::string_view kLink = "CVLink";

} // namespace cvport::docx::style

#endif
