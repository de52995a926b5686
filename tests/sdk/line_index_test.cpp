// cvport/line_index.hpp: byte offsets turned into the line and column an editor shows, the one
// way every reader (host YAML/JSON, BibTeX, JSON Resume, ORCID) locates its messages.
#include "cvport/line_index.hpp"

#include <string>

#include <gtest/gtest.h>

namespace cvport {
namespace {

void expect_at(const LineIndex& lines, std::size_t offset, int line, int column) {
  TextPosition position = lines.position(offset);
  EXPECT_EQ(position.line, line) << "offset " << offset;
  EXPECT_EQ(position.column, column) << "offset " << offset;
}

TEST(LineIndex, AsciiOffsetsAreOneBasedLinesAndColumns) {
  LineIndex lines("person:\n  name: Ada\n");
  expect_at(lines, 0, 1, 1);  // "p"
  expect_at(lines, 6, 1, 7);  // ":"
  expect_at(lines, 7, 1, 8);  // the "\n" ends line 1
  expect_at(lines, 8, 2, 1);  // the first space of line 2
  expect_at(lines, 16, 2, 9); // "A"
  EXPECT_EQ(lines.line_count(), 3);
}

TEST(LineIndex, ColumnsCountCharactersNotBytes) {
  // "é" is 2 bytes, "中" 3, "😀" 4: each is one column.
  std::string text = "x: \u00e9\u4e2d\U0001F600!\nb";
  LineIndex lines(text);
  expect_at(lines, 3, 1, 4);  // "é"
  expect_at(lines, 5, 1, 5);  // "中"
  expect_at(lines, 8, 1, 6);  // "😀"
  expect_at(lines, 12, 1, 7); // "!"
  expect_at(lines, text.find('b'), 2, 1);
  EXPECT_EQ(lines.line_text(1), "x: \u00e9\u4e2d\U0001F600!");
}

TEST(LineIndex, ColumnsOfLongUtf8RunsCountedEightBytesAtATime) {
  // Twenty "é" (40 bytes): whole 8-byte words of continuation bytes are counted word by word.
  std::string text;
  for (int i = 0; i < 20; ++i) text += "\u00e9";
  text += "z";
  expect_at(LineIndex(text), text.size() - 1, 1, 21);
}

TEST(LineIndex, CrLfLineEndsStartANewLineAfterTheLf) {
  std::string text = "a: 1\r\nbb: 2\r\n";
  LineIndex lines(text);
  expect_at(lines, 4, 1, 5); // the "\r" is a character of line 1
  expect_at(lines, 6, 2, 1); // "b"
  expect_at(lines, 8, 2, 3); // ":"
  EXPECT_EQ(lines.line_text(1), "a: 1\r");
  EXPECT_EQ(lines.line_text(2), "bb: 2\r");
  EXPECT_EQ(lines.line_start(2), 6u);
}

TEST(LineIndex, OffsetAtOrPastTheEndIsJustAfterTheLastCharacter) {
  expect_at(LineIndex("ab\ncd"), 5, 2, 3);
  expect_at(LineIndex("ab\ncd"), 99, 2, 3);
  expect_at(LineIndex("ab\n"), 3, 2, 1); // after a final "\n": the empty line that follows
  expect_at(LineIndex(""), 0, 1, 1);
}

TEST(LineIndex, LineStartAndTextOfLinesThatDoNotExist) {
  LineIndex lines("one\ntwo");
  EXPECT_EQ(lines.line_start(2), 4u);
  EXPECT_EQ(lines.line_text(2), "two");
  EXPECT_EQ(lines.line_start(0), 7u);
  EXPECT_EQ(lines.line_start(3), 7u);
  EXPECT_EQ(lines.line_text(0), "");
  EXPECT_EQ(lines.line_text(3), "");
}

TEST(LineIndex, AMegabyteOnOneLineLocatedInDocumentOrderAndBack) {
  // A minified document: one line of 1 MiB, "<w>é</w>" repeated (9 bytes, 8 characters each).
  std::string text;
  const std::string unit = "<w>\u00e9</w>";
  while (text.size() < (1u << 20)) text += unit;
  LineIndex lines(text);
  ASSERT_EQ(unit.size(), 9u);
  // Each element's "<" in document order, as an importer walks them: column 8 k + 1.
  for (std::size_t k = 0; k * unit.size() < text.size(); k += 997)
    expect_at(lines, k * unit.size(), 1, int(8 * k + 1));
  std::size_t last = text.size() / unit.size() - 1;
  expect_at(lines, last * unit.size() + 5, 1, int(8 * last + 5)); // the "<" of "</w>", after "é"
  expect_at(lines, text.size(), 1, int(8 * (last + 1) + 1));
  // Out of order: the cached position is not used for an offset before it.
  expect_at(lines, unit.size() * 3, 1, 25);
  expect_at(lines, 0, 1, 1);
}

TEST(LineIndex, ALaterLineAfterACachedPositionCountsFromItsOwnStart) {
  LineIndex lines("\u00e9\u00e9\u00e9\nab");
  expect_at(lines, 4, 1, 3);
  expect_at(lines, 8, 2, 2); // not column 2 + the three characters counted on line 1
}

TEST(PositionOf, OneOffsetWithoutKeepingAnIndex) {
  TextPosition position = position_of("{\n  \"a\": \u00e9x\n}", 11);
  EXPECT_EQ(position.line, 2);
  EXPECT_EQ(position.column, 9);
}

} // namespace
} // namespace cvport
