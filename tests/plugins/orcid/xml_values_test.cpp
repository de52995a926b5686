// The ORCID importer's reading of values (plugins/orcid/import/xml_values.hpp).
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "xml_values.hpp"

namespace cvport::orcid {
namespace {

TEST(OrcidXmlValues, ChildrenNamedFindsTheFirstElementOfEachLocalName) {
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string("<common:external-id xmlns:common=\"http://www.orcid.org/ns/common\">"
                                   "<!-- a comment is no element -->"
                                   "<common:external-id-value>10.1000/first</common:external-id-value>"
                                   "<common:external-id-type>doi</common:external-id-type>"
                                   "<common:external-id-value>10.1000/second</common:external-id-value>"
                                   "<external-id-url>https://doi.org/10.1000/first</external-id-url>"
                                   "</common:external-id>"));
  pugi::xml_node id = document.document_element();
  auto [type, value, url, relationship] = children_named(
      id, {"external-id-type", "external-id-value", "external-id-url", "external-id-relationship"});
  EXPECT_STREQ(type.text().get(), "doi"); // found after a name listed before it
  EXPECT_STREQ(value.text().get(), "10.1000/first"); // the first of two, as child_named finds it
  EXPECT_EQ(value, child_named(id, "external-id-value"));
  EXPECT_STREQ(url.text().get(), "https://doi.org/10.1000/first"); // a name without a prefix
  EXPECT_FALSE(relationship); // absent: an empty node
}

} // namespace
} // namespace cvport::orcid
