// Text made comparable the way a reader compares words: "Oktober", "OKTOBER" and "oktober" are
// one word, and so are "Février" and "Fevrier" (people type month names without their accents).
// ICU does the case folding and the decomposition, for every script.
#ifndef CVPORT_FOLDED_TEXT_HPP
#define CVPORT_FOLDED_TEXT_HPP

#include <string>
#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cvport {

// `text` case-folded, without its combining marks (NFD, then every non-spacing mark left out),
// every kind of white space as one ASCII space, the typographic apostrophe as "'" (CLDR writes
// "aujourd’hui", people type "aujourd'hui"), and trimmed.
inline std::string folded_text(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  unicode.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* decomposition = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed = decomposition->normalize(unicode, status);
    if (U_SUCCESS(status)) unicode = decomposed;
  }
  icu::UnicodeString folded;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      if (!folded.isEmpty() && folded.charAt(folded.length() - 1) != u' ') folded.append(u' ');
      continue;
    }
    folded.append(c == 0x2019 || c == 0x02BC ? UChar32('\'') : c);
  }
  if (!folded.isEmpty() && folded.charAt(folded.length() - 1) == u' ') folded.truncate(folded.length() - 1);
  std::string utf8;
  return folded.toUTF8String(utf8);
}

// `word` as a key to look words up by: folded_text, without the full stops at its end. Month names
// and the words for "present" are written abbreviated ("janv.", "Sept.", "н.вр.")
// and just as often without the stop ("janv", "Sept"): both spellings must find the same word.
inline std::string folded_word_key(std::string_view word) {
  std::string key = folded_text(word);
  while (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

} // namespace cvport

#endif // CVPORT_FOLDED_TEXT_HPP
