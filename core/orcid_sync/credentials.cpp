#include "credentials.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cvport/text.hpp"
#include "cvport/exit_codes.hpp"
#include "sync_types.hpp"
#include "cvport/file_bytes.hpp"

namespace cvport::orcid {

Credentials load_credentials(const std::string& token_file) {
  Credentials credentials;
  if (token_file.empty()) {
    const char* token = std::getenv("ORCID_ACCESS_TOKEN");
    credentials.token = token ? trimmed(token) : "";
    if (credentials.token.empty())
      throw SyncError(exit_code::usage, "no access token: set ORCID_ACCESS_TOKEN or give --token-file FILE "
                                        "(the token, or ORCID's token response JSON)");
    return credentials;
  }
  std::optional<std::string> bytes = read_file_bytes(token_file);
  if (!bytes) throw SyncError(exit_code::no_input, token_file + ": cannot read the token file");
  std::string text = trimmed(*bytes);
  if (!text.empty() && text.front() == '{') {
    nlohmann::json response = nlohmann::json::parse(text, nullptr, false);
    if (response.is_discarded() || !response.is_object() || !response.contains("access_token") ||
        !response["access_token"].is_string())
      throw SyncError(exit_code::invalid_input,
                      token_file + ": JSON without a string \"access_token\" (ORCID's token response has one)");
    credentials.token = trimmed(response["access_token"].get<std::string>());
    if (response.contains("orcid") && response["orcid"].is_string()) credentials.orcid = response["orcid"];
    if (response.contains("client_id") && response["client_id"].is_string())
      credentials.client_id = response["client_id"];
  } else {
    credentials.token = text;
  }
  if (credentials.token.empty()) throw SyncError(exit_code::usage, token_file + ": the token file is empty");
  return credentials;
}

std::string scrubbed(std::string text, const std::string& secret) {
  if (secret.empty()) return text;
  for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at))
    text.replace(at, secret.size(), "[token]");
  return text;
}

} // namespace cvport::orcid
