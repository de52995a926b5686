// cvport/isbn_list.hpp: a value listing several ISBNs, split as the BibTeX and ORCID importers both
// split it. The values are the shapes real files hold (ORCID records, Zotero and publisher .bib).
#include "cvport/isbn_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using cvport::first_valid_isbn;
using cvport::isbn_list_pieces;
using Pieces = std::vector<std::string>;

TEST(IsbnList, PiecesAreSplitAtCommasAndSemicolonsAndTrimmed) {
  EXPECT_EQ(isbn_list_pieces("9780306406157;0306406152;"), (Pieces{"9780306406157", "0306406152"}));
  EXPECT_EQ(isbn_list_pieces(" 978-0-262-04630-5 , 0-262-04630-X"), (Pieces{"978-0-262-04630-5", "0-262-04630-X"}));
  EXPECT_EQ(isbn_list_pieces(""), Pieces{});
  EXPECT_EQ(isbn_list_pieces(" ; , "), Pieces{});
}

// An ISBN may be written with spaces, so a piece is split into words only when it is no ISBN.
TEST(IsbnList, APieceIsSplitIntoWordsOnlyWhenItIsNoIsbnAsAWhole) {
  EXPECT_EQ(isbn_list_pieces("978 0 306 40615 7"), (Pieces{"978 0 306 40615 7"}));
  EXPECT_EQ(isbn_list_pieces("9780306406157 0306406152"), (Pieces{"9780306406157", "0306406152"}));
  EXPECT_EQ(isbn_list_pieces("ISBN 9780306406157 (pbk.)"), (Pieces{"ISBN", "9780306406157", "(pbk.)"}));
}

TEST(IsbnList, TheFirstValidIsbnIsGivenAsWritten) {
  EXPECT_EQ(first_valid_isbn("978-0-262-04630-5, 0-262-04630-X"), "978-0-262-04630-5");
  // The first piece's check digit is wrong: the next valid one.
  EXPECT_EQ(first_valid_isbn("978-0-262-04630-6; 0306406152"), "0306406152");
  EXPECT_EQ(first_valid_isbn("ISBN 9780306406157 (pbk.)"), "9780306406157");
  EXPECT_EQ(first_valid_isbn("978-0-262-04630-6"), "");
  EXPECT_EQ(first_valid_isbn("n/a"), "");
}

} // namespace
