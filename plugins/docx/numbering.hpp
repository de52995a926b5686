// word/numbering.xml: the two lists of a CV, as real Word numbering rather than typed
// characters, so Word, LibreOffice and pandoc see lists.
#ifndef CVPORT_DOCX_NUMBERING_HPP
#define CVPORT_DOCX_NUMBERING_HPP

#include <string>

namespace cvport::docx {

inline constexpr int kBulletListNumId = 1;      // "•" items: highlights, awards, talks, ...
inline constexpr int kPublicationListNumId = 2; // "[1]", "[2]", ... publications

std::string build_numbering_xml();

} // namespace cvport::docx

#endif
