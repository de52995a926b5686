// Inline Markdown for user text: escaping, links and link destinations.
//
// The output must read the same in CommonMark (cmark, commonmark.js), GFM (cmark-gfm) and
// pandoc's own Markdown, and pass markdownlint's default rules. So every character any of them
// could read as markup is backslash-escaped, web and e-mail addresses become autolinks (GFM
// would link them anyway, CommonMark and pandoc would not, markdownlint calls them bare URLs),
// and destinations are written so that no reader decodes or splits them differently.
#ifndef CVPORT_MARKDOWN_ESCAPE_HPP
#define CVPORT_MARKDOWN_ESCAPE_HPP

#include <string>
#include <string_view>

namespace cvport::markdown {

// Cleaned user text as inline Markdown that renders as the same characters. Runs of whitespace
// become one space, each a place where a line may break; leading and trailing space is dropped.
std::string escape_text(std::string_view text);

// The same for text inside a link's brackets, where links cannot nest: addresses stay text.
std::string escape_link_text(std::string_view text);

// A link destination: spaces, controls and angle brackets percent-encoded, parentheses and
// backslashes escaped, and an "&" that would start a character reference written "&amp;".
std::string link_destination(std::string_view url);

// [text](url). When the text is one markdownlint's MD059 finds not descriptive ("here",
// "link", ...), the text is followed by the address instead.
std::string link(std::string_view text, std::string_view url);

// A URL shown as itself: <url> when every reader takes that as the same link, else an explicit
// link whose text is the URL.
std::string url_link(std::string_view url);

// An e-mail address as a mailto autolink, or as escaped text when it cannot be one.
std::string email_link(std::string_view email);

// A heading's inline Markdown: escaped, and a final . , ; : ! (also full-width) written as a
// numeric character reference, so it still shows but markdownlint's MD026 accepts it.
std::string heading_text(std::string_view text);

} // namespace cvport::markdown

#endif
