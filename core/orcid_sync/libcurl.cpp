#include "libcurl.hpp"

#include <dlfcn.h>

#include <string>

#include "cvport/exit_codes.hpp"
#include "sync_types.hpp"

#ifndef CVPORT_LIBCURL_SONAME
#error "CVPORT_LIBCURL_SONAME (the soname of the libcurl cvport was built against) is set by core/orcid_sync/CMakeLists.txt"
#endif

namespace cvport::orcid {

namespace {

template <typename Function>
void resolve(void* library, const char* name, Function& function) {
  function = reinterpret_cast<Function>(dlsym(library, name));
  if (!function)
    throw SyncError(exit_code::unavailable,
                    std::string(CVPORT_LIBCURL_SONAME) + " has no " + name + ": cvport needs libcurl 7.85 or later");
}

LibCurl load() {
  // Never unloaded: libcurl's global state lives as long as the process, as its docs ask.
  void* library = dlopen(CVPORT_LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char* reason = dlerror();
    throw SyncError(exit_code::unavailable,
                    std::string("cvport orcid sync needs libcurl, which could not be loaded (") +
                        (reason ? reason : CVPORT_LIBCURL_SONAME) + "); on Debian: apt install libcurl4");
  }
  LibCurl curl{};
  resolve(library, "curl_global_init", curl.global_init);
  resolve(library, "curl_easy_init", curl.easy_init);
  resolve(library, "curl_easy_cleanup", curl.easy_cleanup);
  resolve(library, "curl_easy_reset", curl.easy_reset);
  resolve(library, "curl_easy_setopt", curl.easy_setopt);
  resolve(library, "curl_easy_perform", curl.easy_perform);
  resolve(library, "curl_easy_getinfo", curl.easy_getinfo);
  resolve(library, "curl_easy_strerror", curl.easy_strerror);
  resolve(library, "curl_slist_append", curl.slist_append);
  resolve(library, "curl_slist_free_all", curl.slist_free_all);
  CURLcode initialised = curl.global_init(CURL_GLOBAL_DEFAULT);
  if (initialised != CURLE_OK)
    throw SyncError(exit_code::unavailable,
                    std::string("libcurl could not start: ") + curl.easy_strerror(initialised));
  return curl;
}

} // namespace

const LibCurl& libcurl() {
  static const LibCurl loaded = load();
  return loaded;
}

} // namespace cvport::orcid
