// libyaml refuses characters that YAML does not allow in a stream (C0 controls other than tab
// and line breaks, DEL, C1 controls, U+FFFE, U+FFFF), and counts NEL, U+2028 and U+2029 as line
// breaks. cvport reads all of them as text instead: the controls are then removed with a
// warning naming the field (text_checks.cpp; text pasted from a PDF often carries them), and
// lines are counted at '\n' only, as editors and the rest of cvport count them.
// So before parsing, each such character is swapped for a stand-in from the end of plane 16's
// private use area (U+10FF00..U+10FFFF), one character for one so that every line and column
// stays where it was, and each scalar gets its original characters back.
#ifndef CVPORT_SRC_YAML_REFUSED_CHARACTERS_HPP
#define CVPORT_SRC_YAML_REFUSED_CHARACTERS_HPP

#include <optional>
#include <string>
#include <string_view>

namespace cvport {

// `text` with stand-ins, or nothing when it needs none. A text that already holds a character of
// the stand-in range is left alone (libyaml then reports its control characters, if any).
std::optional<std::string> with_yaml_stand_ins(std::string_view text);

// Puts the original characters back in place of their stand-ins.
void restore_yaml_stand_ins(std::string& text);

} // namespace cvport

#endif
