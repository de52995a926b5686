// The documented exit codes of the cvport command (docs/cli.md). They follow BSD sysexits so
// scripts can tell a bad CV from a bad command line from a failed write.
#ifndef CVPORT_EXIT_CODES_HPP
#define CVPORT_EXIT_CODES_HPP

namespace cvport::exit_code {

inline constexpr int ok = 0;
inline constexpr int some_failed = 1;    // batch export: some inputs failed, others were written
inline constexpr int usage = 64;         // bad command line: unknown option, format or flag value
inline constexpr int invalid_input = 65; // the CV has errors (or warnings with --werror)
inline constexpr int no_input = 66;      // an input file is missing or unreadable
inline constexpr int unavailable = 69;   // a library needed at run time is missing (libcurl, for orcid sync)
inline constexpr int plugin_failed = 70; // a plugin failed or was refused (plugins inspect)
inline constexpr int cannot_write = 73;  // an output could not be written; nothing was clobbered
inline constexpr int temporary_failure = 75; // orcid sync stopped (no answer, retries used up): run it again
inline constexpr int not_permitted = 77;     // orcid sync: the token was refused, or the CV names another iD

} // namespace cvport::exit_code

#endif
