// The OAuth access token `cvport orcid sync` writes with, and what comes with it. The token
// never comes from the command line (other users see it in `ps`), and never leaves this
// process except in the Authorization header: every message that could hold it is scrubbed.
#ifndef CVPORT_ORCID_CREDENTIALS_HPP
#define CVPORT_ORCID_CREDENTIALS_HPP

#include <string>

namespace cvport::orcid {

struct Credentials {
  std::string token;
  std::string orcid;     // from ORCID's token response ("orcid"), or empty
  std::string client_id; // from a "client_id" member of the token file, or empty
};

// From `token_file` when given: the bare token, or ORCID's OAuth token response JSON
// ({"access_token": ..., "orcid": ..., ...}); otherwise from the ORCID_ACCESS_TOKEN environment
// variable. Throws SyncError: no_input when the file cannot be read, usage when no token is
// given, invalid_input when the file is JSON without an access_token.
Credentials load_credentials(const std::string& token_file);

// `text` with every occurrence of `secret` replaced by "[token]".
std::string scrubbed(std::string text, const std::string& secret);

} // namespace cvport::orcid

#endif
