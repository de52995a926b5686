# Shared by the SDK test scripts (sourced, not run). ctest sets the CVPORT_* variables
# (tests/sdk/CMakeLists.txt); every path the scripts use lives under $CVPORT_TEST_WORK.
set -euo pipefail
: "${CVPORT_BUILD_DIR:?}" "${CVPORT_SOURCE_DIR:?}" "${CVPORT_TEST_WORK:?}" "${CVPORT_CMAKE:?}"

# Resolved, because cvport prints canonical paths.
work="$(realpath -m "$CVPORT_TEST_WORK")"
prefix="$work/prefix"
cvport="$prefix/bin/cvport"
# Only the folders a test names: a developer's own plugin path must not change what loads.
unset CVPORT_PLUGIN_PATH

step() { echo "--- $*"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
expect_file() { [[ -f "$1" ]] || fail "missing file $1"; }
# expect_match TEXT REGEX WHAT: TEXT has a line matching the extended REGEX.
expect_match() { grep -Eq -- "$2" <<<"$1" || fail "$3: no line matches /$2/ in:"$'\n'"$1"; }
expect_no_match() { ! grep -Eq -- "$2" <<<"$1" || fail "$3: a line matches /$2/ in:"$'\n'"$1"; }
# run_logged LOG COMMAND...: runs quietly, shows the log if the command fails.
run_logged() {
  local log="$1"
  shift
  "$@" >"$log" 2>&1 || {
    cat "$log" >&2
    fail "command failed: $*"
  }
}
