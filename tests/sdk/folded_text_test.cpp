// Words made comparable (cvport/folded_text.hpp): the key month names and the words for
// "present" are looked up by.
#include <gtest/gtest.h>

#include "cvport/folded_text.hpp"

namespace cvport {
namespace {

TEST(FoldedWordKey, AnAbbreviationWithOrWithoutItsFullStopIsOneWord) {
  EXPECT_EQ(folded_word_key("janv."), "janv");
  EXPECT_EQ(folded_word_key("janv"), "janv");
  EXPECT_EQ(folded_word_key("Sept."), "sept");
  EXPECT_EQ(folded_word_key("Févr."), "fevr");           // folded as folded_text folds
  EXPECT_EQ(folded_word_key("  н.вр. "), "н.вр");        // trimmed first; a stop inside stays
  EXPECT_EQ(folded_word_key("наст. время"), "наст. время");
  EXPECT_EQ(folded_word_key("."), "");
}

} // namespace
} // namespace cvport
