#!/usr/bin/env bash
# `cmake --install` of the build tree into a scratch prefix puts there what a plugin author and a
# user need; the CMake package has cvport's version (same major compatible) and names the plugin
# ABI's own version; cvport::abi is there without nlohmann-json.
source "$(dirname "${BASH_SOURCE[0]}")/test_lib.sh"
: "${CVPORT_ABI_MAJOR:?}" "${CVPORT_ABI_MINOR:?}" "${CVPORT_PACKAGE_VERSION:?}"
package_major=${CVPORT_PACKAGE_VERSION%%.*}
package_minor=${CVPORT_PACKAGE_VERSION#*.}
package_minor=${package_minor%%.*}

rm -rf "$work"
mkdir -p "$work"
step "cmake --install $CVPORT_BUILD_DIR --prefix $prefix"
run_logged "$work/install.log" "$CVPORT_CMAKE" --install "$CVPORT_BUILD_DIR" --prefix "$prefix"

step "the installed files"
for file in bin/cvport \
  include/cvport/cvport_plugin.h include/cvport/plugin.hpp include/cvport/model.hpp \
  include/cvport/plugin_context.hpp include/cvport/import_context.hpp include/cvport/json_fwd.hpp \
  include/cvport/model_json.hpp include/cvport/date.hpp include/cvport/identifiers.hpp \
  include/cvport/countries.hpp include/cvport/iso_3166_codes.hpp include/cvport/iso_3166_names.hpp \
  include/cvport/text.hpp include/cvport/date_column.hpp include/cvport/line_index.hpp include/cvport/venue_line.hpp \
  include/cvport/typed_options.hpp include/cvport/sections_option.hpp include/cvport/paper.hpp include/cvport/page_options.hpp \
  share/cvport/cvport.schema.json \
  lib/cmake/cvport/cvportConfig.cmake lib/cmake/cvport/cvportConfigVersion.cmake \
  lib/cmake/cvport/cvportTargets.cmake lib/cmake/cvport/cvportAbiTargets.cmake lib/cmake/cvport/CvportPlugin.cmake; do
  expect_file "$prefix/$file"
done
[[ -x "$cvport" ]] || fail "$cvport is not executable"
/usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$prefix/share/cvport/cvport.schema.json" ||
  fail "the installed JSON Schema is not JSON"

step "the installed country headers (generated from iso-codes) compile on their own"
cat >"$work/countries_probe.cpp" <<'CPP'
#include <cstdio>
#include "cvport/countries.hpp"
#include "cvport/identifiers.hpp"
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    std::printf("%s %d\n", std::string(cvport::country_code_for(argv[i]).value_or("-")).c_str(),
                cvport::is_country_code(argv[i]));
}
CPP
: "${CVPORT_CXX_COMPILER:?}"
run_logged "$work/countries_probe.log" "$CVPORT_CXX_COMPILER" -std=c++20 -I"$prefix/include" \
  "$work/countries_probe.cpp" -o "$work/countries_probe"
probed=$("$work/countries_probe" Deutschland GE UK)
[[ "$probed" == $'DE 0\nGE 1\nGB 0' ]] || fail "the installed countries.hpp answers [$probed]"

step "a plugin's writer file compiles with plugin_context.hpp alone, without nlohmann/json and the model reader"
cat >"$work/writer_probe.cpp" <<'CPP'
#include "cvport/plugin_context.hpp"
cvport::Cv read_probe(cvport::sdk::ImportContext& context); // declared with the light header alone
void write_probe(cvport::sdk::ExportContext& context) {
  if (context.cv.person.name.empty()) throw cvport::sdk::Error("probe.no-name", "person.name", "no name");
  context.diagnostics.note("probe.name", "person.name", context.cv.person.name);
  context.output.primary().write(context.cv.person.name);
}
CPP
# -H lists every header the unit reads, one per line, on stderr.
"$CVPORT_CXX_COMPILER" -std=c++20 -I"$prefix/include" -fsyntax-only -H "$work/writer_probe.cpp" 2>"$work/writer_probe.log" || {
  cat "$work/writer_probe.log"
  fail "a writer that includes only cvport/plugin_context.hpp does not compile"
}
headers=$(cat "$work/writer_probe.log")
expect_match "$headers" "^\. $prefix/include/cvport/plugin_context\.hpp\$" "the probe's headers"
expect_no_match "$headers" "/nlohmann/json\.hpp\$" "the headers of a unit that includes plugin_context.hpp"
expect_no_match "$headers" "/cvport/model_json(_reader)?\.hpp\$" "the headers of a unit that includes plugin_context.hpp"

step "the first-party plugins, where the installed cvport finds them on its own"
expected_plugins=$(tr ',' '\n' <<<"${CVPORT_FIRST_PARTY_PLUGINS:-}" | sed '/^$/d' | sort)
installed_plugins=""
if [[ -d "$prefix/lib/cvport/plugins" ]]; then
  installed_plugins=$(find "$prefix/lib/cvport/plugins" -maxdepth 1 -name '*.so' -printf '%f\n' | sed 's/\.so$//' | sort)
fi
[[ "$installed_plugins" == "$expected_plugins" ]] ||
  fail "plugin folder holds [$installed_plugins], the build has [$expected_plugins]"
listing=$("$cvport" plugins)
expect_match "$listing" "^  $prefix/lib/cvport/plugins\$" "cvport plugins search path"
for plugin in $expected_plugins; do
  expect_match "$listing" "^$plugin [0-9.]+  ABI $CVPORT_ABI_MAJOR\.[0-9]+  $prefix/lib/cvport/plugins/$plugin\.so\$" \
    "cvport plugins loads $plugin"
done
for plugin in $(tr ',' '\n' <<<"${CVPORT_LINKED_PLUGINS:-}" | sed '/^$/d'); do
  expect_match "$listing" "^$plugin [0-9.]+  ABI $CVPORT_ABI_MAJOR\.[0-9]+  \(linked into cvport\)\$" \
    "cvport plugins lists $plugin, linked into cvport"
done
expect_no_match "$listing" "^refused" "cvport plugins"
expect_match "$("$cvport" --version)" "^cvport ${CVPORT_PACKAGE_VERSION//./\\.} \(plugin ABI $CVPORT_ABI_MAJOR\.$CVPORT_ABI_MINOR, model 1\.1," \
  "cvport --version"

step "the man page cvport(1) renders and names every command"
expect_file "$prefix/share/man/man1/cvport.1"
page=$(MANWIDTH=120 man -l "$prefix/share/man/man1/cvport.1" 2>"$work/man.log") || {
  cat "$work/man.log"
  fail "man -l could not render cvport.1"
}
expect_match "$page" "^NAME" "the man page"
# The commands as the installed cvport itself lists them under "Subcommands:" in --help.
commands=$("$cvport" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[[ $(wc -l <<<"$commands") -ge 7 ]] || fail "cvport --help lists only [$commands]"
for command in $commands; do
  # man justifies table cells, so a name may stand apart by more than one space.
  expect_match "$page" "cvport +$command" "the man page, for the command $command"
done

step "cvport init names the installed schema in its starter"
(cd "$work" && "$cvport" init -q starter.yaml) || fail "cvport init failed"
expect_match "$(head -1 "$work/starter.yaml")" "^# yaml-language-server: \\\$schema=$prefix/share/cvport/cvport.schema.json\$" \
  "the starter's schema line"

step "find_package(cvport VERSION): the package version is cvport's; the ABI version is its own"
probe() { # probe VERSION LOG [ARGS...]: configures the probe project asking for cvport VERSION
  local version="$1" log="$2"
  shift 2
  "$CVPORT_CMAKE" -S "$CVPORT_SOURCE_DIR/tests/sdk/version_probe" -B "$work/probe-$version" \
    -DCMAKE_PREFIX_PATH="$prefix" -DREQUESTED_VERSION="$version" "$@" >"$log" 2>&1
}
found="cvport ${CVPORT_PACKAGE_VERSION//./\\.}, plugin ABI $CVPORT_ABI_MAJOR\.$CVPORT_ABI_MINOR, targets: cvport::abi cvport::sdk"
for accepted in "$package_major" "$package_major.$package_minor"; do
  probe "$accepted" "$work/probe.log" || {
    cat "$work/probe.log"
    fail "find_package(cvport $accepted) failed"
  }
  expect_match "$(cat "$work/probe.log")" "$found" "find_package(cvport $accepted)"
done
for refused in "$((package_major + 1))" "$package_major.$((package_minor + 1))"; do
  if probe "$refused" "$work/probe.log"; then fail "find_package(cvport $refused) accepted cvport $CVPORT_PACKAGE_VERSION"; fi
  expect_match "$(cat "$work/probe.log")" "version: ${CVPORT_PACKAGE_VERSION//./\\.}" "find_package(cvport $refused) says why"
done

step "without nlohmann-json the package still gives cvport::abi, and says what cvport::sdk needs"
probe "$package_major" "$work/probe.log" -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=TRUE || {
  cat "$work/probe.log"
  fail "find_package(cvport) without nlohmann-json failed"
}
expect_match "$(cat "$work/probe.log")" "plugin ABI $CVPORT_ABI_MAJOR\.$CVPORT_ABI_MINOR, targets: cvport::abi\$" \
  "find_package(cvport) without nlohmann-json"
if probe "$package_major" "$work/probe.log" -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=TRUE -DREQUESTED_COMPONENTS=sdk; then
  fail "find_package(cvport COMPONENTS sdk) succeeded without nlohmann-json"
fi
expect_match "$(cat "$work/probe.log")" "nlohmann_json" "find_package(cvport COMPONENTS sdk) without nlohmann-json"
echo "sdk.install: ok"
