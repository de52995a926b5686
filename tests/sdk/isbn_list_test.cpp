// cvport/isbn_list.hpp: a value listing several ISBNs, split as the BibTeX and ORCID importers both
// split it. The values are the shapes real files hold (ORCID records, Zotero and publisher .bib).
#include "cvport/isbn_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using cvport::first_valid_isbn;
using cvport::isbn_digits;
using cvport::isbn_list_pieces;
using cvport::isbn_with_standard_separators;
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

// "978.84.613.5636.2", as a real .bib file writes it: a dot between the parts is a separator,
// as a hyphen or a space is (cvport/identifiers.hpp), so every reader of ISBNs takes it.
TEST(IsbnList, DotsBetweenThePartsAreSeparators) {
  EXPECT_EQ(isbn_digits("978.84.613.5636.2"), "9788461356362");
  EXPECT_EQ(isbn_digits("0.262.04630.X"), "026204630X");
  EXPECT_EQ(isbn_digits("0.262.04630.X "), "026204630X");
  EXPECT_EQ(isbn_digits("0.262.X.04630"), "");          // an X only at the end
  EXPECT_EQ(isbn_list_pieces("978.84.613.5636.2"), (Pieces{"978.84.613.5636.2"}));
  EXPECT_EQ(first_valid_isbn("978.84.613.5636.2"), "978-84-613-5636-2"); // as the model holds it
  EXPECT_EQ(first_valid_isbn("978.84.613.5636.1; 0306406152"), "0306406152");
  EXPECT_EQ(isbn_with_standard_separators(" 978.84.613.5636.2 "), "978-84-613-5636-2");
  EXPECT_EQ(isbn_with_standard_separators("0.262.04630.X"), "0-262-04630-X");
  EXPECT_EQ(isbn_with_standard_separators("978-0-262-04630-5"), "978-0-262-04630-5"); // hyphens as written
  EXPECT_EQ(isbn_with_standard_separators("978 0 262 04630 5"), "978 0 262 04630 5"); // and spaces
  EXPECT_EQ(isbn_with_standard_separators("978.84.613.5636.1"), "");                  // wrong check digit
}

// Dots elsewhere, and numbers that are no ISBN, stay unread: the check digit decides.
TEST(IsbnList, ADoiOrANumberWithADecimalPointIsNoIsbn) {
  EXPECT_EQ(isbn_digits("10.1145/3297858"), "");       // a DOI
  EXPECT_EQ(isbn_digits("10.1145.3297858"), "");       // thirteen digits, no valid ISBN-13
  EXPECT_EQ(isbn_digits("3.14159265358979"), "");      // fifteen digits
  EXPECT_EQ(isbn_digits("9780306406.158"), "");        // thirteen digits, wrong check digit
  EXPECT_EQ(isbn_digits("978-0-262-04630-5."), "");    // a full stop after it is not a separator
  EXPECT_EQ(isbn_digits(".9780262046305"), "");
  EXPECT_EQ(isbn_digits("978..0262046305"), "");       // nor two dots
  EXPECT_EQ(isbn_digits("026204630.x."), "");
  EXPECT_EQ(first_valid_isbn("10.1145/3297858"), "");
}

} // namespace
