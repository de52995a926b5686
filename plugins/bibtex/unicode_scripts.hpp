// Text raised or lowered as LaTeX prints \textsuperscript{2} or $x_2$, written with Unicode's
// superscript and subscript characters ("²", "₂") where Unicode has one for every character.
#ifndef CVPORT_BIBTEX_UNICODE_SCRIPTS_HPP
#define CVPORT_BIBTEX_UNICODE_SCRIPTS_HPP

#include <optional>
#include <string>
#include <string_view>

namespace cvport::bibtex {

// Only the characters Unicode encodes as superscripts and subscripts for plain text (the
// Superscripts and Subscripts block, and ¹ ² ³ of Latin-1): digits, + − = ( ), and the letters
// it has (superscript i n; subscript a e h k l m n o p s t x). Phonetic modifier letters (ˢ ᵗ)
// are not taken: "1\textsuperscript{st}" stays "1st", not "1ˢᵗ". Nothing when a character of
// `text` has none, or `text` is empty.
std::optional<std::string> as_superscript(std::string_view text);
std::optional<std::string> as_subscript(std::string_view text);

} // namespace cvport::bibtex

#endif
