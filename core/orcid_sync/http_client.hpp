// ORCID's member API over libcurl: bearer auth, ORCID's XML media type, a pace under ORCID's
// documented rate (24 requests a second, bursts of 40: https://info.orcid.org/faq-category/api/,
// "What are the API limits?"), and bounded retries with exponential backoff.
#ifndef CVPORT_ORCID_HTTP_CLIENT_HPP
#define CVPORT_ORCID_HTTP_CLIENT_HPP

#include <chrono>
#include <memory>
#include <string>

namespace cvport::orcid {

struct HttpResponse {
  long status = 0;          // 0: no HTTP answer (see `transport_error`)
  std::string body;
  std::string location;     // the Location header (201 Created)
  std::string transport_error; // libcurl's message when the connection failed
  bool maybe_processed = false; // no answer, but the request may have reached the server
};

struct RetryPolicy {
  int attempts = 6;                                         // in all, the first included
  std::chrono::milliseconds first_delay{250};               // doubled after each retry
  std::chrono::milliseconds longest_delay{8000};
  std::chrono::milliseconds longest_retry_after{60000};     // a longer Retry-After is cut to this
  std::chrono::milliseconds request_interval{50};           // 20 requests a second at most
};

class OrcidApi {
public:
  // `base_url` without the trailing "/v3.0/...": "https://api.orcid.org", "http://127.0.0.1:8080".
  OrcidApi(std::string base_url, std::string token, RetryPolicy policy = {});
  ~OrcidApi();
  OrcidApi(const OrcidApi&) = delete;
  OrcidApi& operator=(const OrcidApi&) = delete;

  // One request, retried while the answer is 429 (after its Retry-After) or, for the
  // idempotent GET, PUT and DELETE, a 5xx or a failed connection. A POST is retried after a
  // failed connection only when nothing was sent: a POST that may have been carried out is
  // never repeated blindly (an address has no duplicate check at ORCID), the caller stops and
  // the next run matches against the record.
  HttpResponse send(const std::string& method, const std::string& path, const std::string& body = "");

  // Requests sent so far, retries included.
  int requests_sent() const { return requests_sent_; }

private:
  HttpResponse send_once(const std::string& method, const std::string& path, const std::string& body,
                         std::string& retry_after);
  void pace();

  std::string base_url_;
  std::string token_;
  RetryPolicy policy_;
  void* curl_ = nullptr;
  std::chrono::steady_clock::time_point last_request_{};
  int requests_sent_ = 0;
};

} // namespace cvport::orcid

#endif
