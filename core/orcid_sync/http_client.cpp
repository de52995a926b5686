#include "http_client.hpp"

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "cvport/text.hpp"
#include "credentials.hpp"
#include "libcurl.hpp"

namespace cvport::orcid {

namespace {

size_t append_body(char* data, size_t size, size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

struct HeaderSink {
  std::string location;
  std::string retry_after;
};

// Keeps the two headers sync reads; header names are case-insensitive.
size_t read_header(char* data, size_t size, size_t count, void* target) {
  std::string line(data, size * count);
  auto* sink = static_cast<HeaderSink*>(target);
  size_t colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = lower_ascii(std::string_view(line).substr(0, colon));
    std::string value(trim_space(std::string_view(line).substr(colon + 1)));
    if (name == "location") sink->location = value;
    if (name == "retry-after") sink->retry_after = value;
  }
  return size * count;
}

// libcurl failures after which a request cannot have reached the server.
bool failed_before_sending(CURLcode code) {
  return code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_CONNECT ||
         code == CURLE_COULDNT_RESOLVE_PROXY || code == CURLE_SSL_CONNECT_ERROR;
}

} // namespace

OrcidApi::OrcidApi(std::string base_url, std::string token, RetryPolicy policy)
    : base_url_(std::move(base_url)), token_(std::move(token)), policy_(policy) {
  while (!base_url_.empty() && base_url_.back() == '/') base_url_.pop_back();
  curl_ = libcurl().easy_init();
}

OrcidApi::~OrcidApi() { libcurl().easy_cleanup(static_cast<CURL*>(curl_)); }

void OrcidApi::pace() {
  auto next = last_request_ + policy_.request_interval;
  auto now = std::chrono::steady_clock::now();
  if (now < next) std::this_thread::sleep_for(next - now);
  last_request_ = std::chrono::steady_clock::now();
}

HttpResponse OrcidApi::send_once(const std::string& method, const std::string& path, const std::string& body,
                                 std::string& retry_after) {
  const LibCurl& api = libcurl();
  CURL* curl = static_cast<CURL*>(curl_);
  api.easy_reset(curl);
  HttpResponse response;
  HeaderSink headers;
  char error[CURL_ERROR_SIZE] = "";
  std::string url = base_url_ + path;
  // The token goes only into this header list, which libcurl does not print (CURLOPT_VERBOSE
  // stays off) and which is freed right after the request.
  std::string authorization = "Authorization: Bearer " + token_;
  curl_slist* header_list = nullptr;
  header_list = api.slist_append(header_list, authorization.c_str());
  header_list = api.slist_append(header_list, "Accept: application/vnd.orcid+xml");
  if (!body.empty()) header_list = api.slist_append(header_list, "Content-Type: application/vnd.orcid+xml; charset=UTF-8");
  header_list = api.slist_append(header_list, "Expect:");
  api.easy_setopt(curl, CURLOPT_URL, url.c_str());
  api.easy_setopt(curl, CURLOPT_HTTPHEADER, header_list);
  api.easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "POST") {
    // libcurl silently sends a request again when a reused connection turns out to be closed;
    // a POST that ORCID may have carried out must not be repeated, so it gets a connection of
    // its own.
    api.easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
    api.easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
  }
  if (method == "POST" || method == "PUT") {
    api.easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    api.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  api.easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
  api.easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  api.easy_setopt(curl, CURLOPT_HEADERFUNCTION, read_header);
  api.easy_setopt(curl, CURLOPT_HEADERDATA, &headers);
  api.easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  api.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
  api.easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
  api.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  api.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  api.easy_setopt(curl, CURLOPT_USERAGENT, "cvport-orcid-sync");
  pace();
  ++requests_sent_;
  CURLcode code = api.easy_perform(curl);
  api.slist_free_all(header_list);
  if (code != CURLE_OK) {
    response.transport_error = scrubbed(error[0] ? error : api.easy_strerror(code), token_);
    response.maybe_processed = !failed_before_sending(code);
    return response;
  }
  api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  response.location = headers.location;
  retry_after = headers.retry_after;
  return response;
}

HttpResponse OrcidApi::send(const std::string& method, const std::string& path, const std::string& body) {
  bool idempotent = method != "POST";
  std::chrono::milliseconds delay = policy_.first_delay;
  HttpResponse response;
  for (int attempt = 1;; ++attempt) {
    std::string retry_after;
    response = send_once(method, path, body, retry_after);
    bool again = response.status == 429 ||
                 (idempotent && (response.status >= 500 || response.status == 0)) ||
                 (response.status == 0 && !response.maybe_processed);
    if (!again || attempt >= policy_.attempts) return response;
    std::chrono::milliseconds wait = delay;
    if (response.status == 429 && !retry_after.empty()) {
      char* end = nullptr;
      long seconds = std::strtol(retry_after.c_str(), &end, 10);
      if (end != retry_after.c_str() && *end == '\0' && seconds >= 0)
        wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(seconds), policy_.longest_retry_after);
    }
    std::this_thread::sleep_for(wait);
    delay = std::min(delay * 2, policy_.longest_delay);
  }
}

} // namespace cvport::orcid
