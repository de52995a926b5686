// The parts of the sync runner that read ORCID's answers and prepare a PUT.
#include <gtest/gtest.h>

#include "credentials.hpp"
#include "sync_runner.hpp"

namespace cvport::orcid {
namespace {

TEST(SyncRunner, ThePutCodeOfA9021IsInItsMessage) {
  // ORCID-Source's message for error 9021, as its tests quote it.
  EXPECT_EQ(put_code_in_message("409 Conflict: You have already added this activity (matched by external "
                                "identifiers), please see element with put-code 10000. If you are trying to edit "
                                "the item, please use PUT instead of POST."),
            "10000");
  EXPECT_EQ(put_code_in_message("409 Conflict: the keyword already exists"), "");
}

TEST(SyncRunner, APutBodyNamesThePutCodeOnItsRoot) {
  std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<keyword:keyword xmlns:keyword=\"http://www.orcid.org/ns/keyword\">\n"
                     "  <keyword:content>Cracked pots</keyword:content>\n</keyword:keyword>\n";
  std::string put = with_put_code(body, "1042");
  EXPECT_NE(put.find("<keyword:keyword xmlns:keyword=\"http://www.orcid.org/ns/keyword\" put-code=\"1042\">"),
            std::string::npos)
      << put;
  EXPECT_NE(put.find("<keyword:content>Cracked pots</keyword:content>"), std::string::npos) << put;
  EXPECT_EQ(put.rfind("<?xml", 0), 0u) << put;
  // A body that names a put-code already gets the new one, not a second attribute.
  std::string again = with_put_code(put, "7");
  EXPECT_NE(again.find("put-code=\"7\""), std::string::npos);
  EXPECT_EQ(again.find("1042"), std::string::npos);
}

TEST(SyncRunner, MessagesAreScrubbedOfTheToken) {
  EXPECT_EQ(scrubbed("Bearer abc123 and abc123 again", "abc123"), "Bearer [token] and [token] again");
  EXPECT_EQ(scrubbed("nothing here", ""), "nothing here");
}

} // namespace
} // namespace cvport::orcid
