// libcurl, loaded when `cvport orcid sync` first talks to ORCID rather than when cvport starts.
// Linking it costs every run of cvport about 5 ms of CPU (libcurl brings some thirty libraries:
// TLS, Kerberos, LDAP, SSH, IDN...; docs/performance.md), and only the sync ever sends a request.
#ifndef CVPORT_ORCID_LIBCURL_HPP
#define CVPORT_ORCID_LIBCURL_HPP

#include <curl/curl.h>

namespace cvport::orcid {

// The libcurl functions the HTTP client calls, resolved from the library once per process.
struct LibCurl {
  CURLcode (*global_init)(long flags);
  CURL* (*easy_init)();
  void (*easy_cleanup)(CURL*);
  void (*easy_reset)(CURL*);
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...);
  CURLcode (*easy_perform)(CURL*);
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...);
  const char* (*easy_strerror)(CURLcode);
  curl_slist* (*slist_append)(curl_slist*, const char*);
  void (*slist_free_all)(curl_slist*);
};

// The loaded library, initialised (curl_global_init) on the first call. Throws SyncError
// (exit_code::unavailable) naming the library and how to install it when it cannot be loaded.
const LibCurl& libcurl();

} // namespace cvport::orcid

#endif
