// What the official schema's validators accept, as the writer checks it before writing.
#include <gtest/gtest.h>

#include "schema_formats.hpp"

namespace cvport::jsonresume {
namespace {

TEST(JsonResumeSchemaFormats, DatePattern) {
  EXPECT_TRUE(schema_accepts_date("2023"));
  EXPECT_TRUE(schema_accepts_date("2023-06"));
  EXPECT_TRUE(schema_accepts_date("1999-12-31"));
  EXPECT_FALSE(schema_accepts_date("0999"));
  EXPECT_FALSE(schema_accepts_date("3001-01"));
  EXPECT_FALSE(schema_accepts_date("2023-6"));
  EXPECT_FALSE(schema_accepts_date("2023-06-01T00:00"));
  EXPECT_FALSE(schema_accepts_date(""));
}

TEST(JsonResumeSchemaFormats, EmailFormat) {
  EXPECT_TRUE(schema_accepts_email("zoe.okafor@example.edu"));
  EXPECT_TRUE(schema_accepts_email("a+tag@mail.example-site.org"));
  EXPECT_FALSE(schema_accepts_email("zoë@example.org"));
  EXPECT_FALSE(schema_accepts_email("a..b@example.org"));
  EXPECT_FALSE(schema_accepts_email("a@localhost"));
  EXPECT_FALSE(schema_accepts_email("a@-example.org"));
  EXPECT_FALSE(schema_accepts_email("no-at-sign"));
}

TEST(JsonResumeSchemaFormats, UriEncoding) {
  EXPECT_EQ(to_schema_uri("https://example.org/a/b?x=1&y=2#top"), "https://example.org/a/b?x=1&y=2#top");
  EXPECT_EQ(to_schema_uri("https://example.edu/~zoë"), "https://example.edu/~zo%C3%AB");
  EXPECT_EQ(to_schema_uri("https://example.org/a|b?q={x}"), "https://example.org/a%7Cb?q=%7Bx%7D");
  EXPECT_EQ(to_schema_uri("https://example.org/100%/ok%20"), "https://example.org/100%25/ok%20");
  EXPECT_EQ(to_schema_uri("https://example.org/p#a#b"), "https://example.org/p#a%23b");
  EXPECT_EQ(to_schema_uri("https://example.org/[x]"), "https://example.org/%5Bx%5D");
  EXPECT_EQ(to_schema_uri("http://user:pw@[::1]:8080/"), "http://user:pw@[::1]:8080/");
}

} // namespace
} // namespace cvport::jsonresume
