#!/usr/bin/env bash
# The out-of-tree examples, as a third party builds and ships them: examples/bibtex-plugin (C++)
# and examples/c-plugin (plain C) are configured as separate CMake projects against the prefix
# sdk.install filled, and the installed cvport runs them through CVPORT_PLUGIN_PATH.
# Leaves $work/out/ (cv.bib, cv.cvport.json) for sdk.bibtex_pandoc.
source "$(dirname "${BASH_SOURCE[0]}")/test_lib.sh"
[[ -x "$cvport" ]] || fail "no installed cvport in $prefix: sdk.install sets it up"
: "${CVPORT_C_COMPILER:?}" "${CVPORT_CXX_COMPILER:?}" "${CVPORT_ABI_MAJOR:?}" "${CVPORT_ABI_MINOR:?}"

bibtex_build="$work/bibtex-build"
c_build="$work/c-build"
out="$work/out"
example_cv="$CVPORT_SOURCE_DIR/examples/baolin-li.yaml"
rm -rf "$bibtex_build" "$c_build" "$out" "$prefix/lib/cvport/plugins/biblatex.so"
mkdir -p "$out"

step "build examples/bibtex-plugin against $prefix"
run_logged "$work/bibtex-configure.log" "$CVPORT_CMAKE" -S "$CVPORT_SOURCE_DIR/examples/bibtex-plugin" -B "$bibtex_build" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$CVPORT_CXX_COMPILER"
run_logged "$work/bibtex-build.log" "$CVPORT_CMAKE" --build "$bibtex_build" --parallel 2
expect_file "$bibtex_build/biblatex.so"

step "build examples/c-plugin, a C-only project, against $prefix, with nlohmann-json out of sight"
# CMAKE_DISABLE_FIND_PACKAGE_nlohmann_json: the package must give a C plugin cvport::abi without it
# (configuring fails if the package insists on nlohmann-json).
run_logged "$work/c-configure.log" "$CVPORT_CMAKE" -S "$CVPORT_SOURCE_DIR/examples/c-plugin" -B "$c_build" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER="$CVPORT_C_COMPILER" -DCMAKE_C_FLAGS="-Wall -Wextra -pedantic -Werror" \
  -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=TRUE
run_logged "$work/c-build.log" "$CVPORT_CMAKE" --build "$c_build" --parallel 2
expect_file "$c_build/outline.so"
# No C++ compiler was even looked for: the ABI needs C only.
expect_no_match "$(cat "$c_build/CMakeCache.txt")" "^CMAKE_CXX_COMPILER:" "the C plugin's CMake cache"
expect_match "$(cat "$work/c-build.log")" "Building C object .*outline_entry\.c\.o" "the C plugin's build"

step "each plugin exports its entry symbols and nothing else"
# The C++ SDK gives ABI 1.1's cvport_plugin_entry_<id> and, weak, ABI 1.0's name (for an older
# cvport to refuse it with both versions named); the C example defines the 1.1 entry only.
symbols=$(nm -D --defined-only "$bibtex_build/biblatex.so" | awk '{ print $2 " " $3 }' | sort)
[[ "$symbols" == $'T cvport_plugin_entry_biblatex\nW cvport_plugin_entry' ]] || fail "biblatex.so exports: $symbols"
symbols=$(nm -D --defined-only "$c_build/outline.so" | awk '{ print $3 }')
[[ "$symbols" == "cvport_plugin_entry_outline" ]] || fail "outline.so exports: $symbols"

export CVPORT_PLUGIN_PATH="$bibtex_build:$c_build"

step "cvport formats"
formats=$("$cvport" formats)
expect_match "$formats" "^biblatex +biblatex +\.bib +export,thread-safe +Publications, software and talks" "cvport formats"
expect_match "$formats" "^outline +outline +\.txt +export,thread-safe +The whole CV as indented plain text" "cvport formats"
expect_no_match "$("$cvport" plugins)" "^refused" "cvport plugins"

step "cvport plugins inspect"
inspect=$("$cvport" plugins inspect "$bibtex_build/biblatex.so")
expect_match "$inspect" "^biblatex 1\.0\.0  ABI $CVPORT_ABI_MAJOR\.$CVPORT_ABI_MINOR  $bibtex_build/biblatex\.so\$" "inspect bibtex"
expect_match "$inspect" "^  format biblatex: BibLaTeX \[export,thread-safe\] extensions \.bib MIME application/x-bibtex -> cv\.bib\$" \
  "inspect bibtex"
expect_match "$inspect" '^  sections +array +The sections to write, in this order: .* \(default \[\]\)$' \
  "inspect bibtex options"
expect_match "$inspect" "^ok: loads with this cvport" "inspect bibtex"
inspect=$("$cvport" plugins inspect "$c_build/outline.so")
expect_match "$inspect" "^outline 1\.0\.0  ABI $CVPORT_ABI_MAJOR\.$CVPORT_ABI_MINOR  " "inspect outline"
expect_match "$inspect" '^  indent +integer +Spaces per level \(default 2\)$' "inspect outline options"
status=0
refusal=$("$cvport" plugins inspect "$c_build/CMakeCache.txt" 2>&1) || status=$?
[[ $status -eq 70 ]] || fail "inspecting a file that is not a plugin exited $status, not 70"
expect_match "$refusal" "CMakeCache\.txt: refused: not a plugin" "inspect refuses a non-plugin"

step "cvport export the example CV to biblatex, outline and cvport-json"
"$cvport" export "$example_cv" --to biblatex,outline,cvport-json -o "$out/" 2>"$out/export.log" ||
  fail "export failed: $(cat "$out/export.log")"
expect_no_match "$(cat "$out/export.log")" "warning|error" "exporting the example CV"
bib=$(cat "$out/cv.bib")
[[ $(grep -c '^@inproceedings{' <<<"$bib") -eq 12 ]] || fail "cv.bib does not hold the 12 conference papers"
[[ $(grep -c '^@software{' <<<"$bib") -eq 6 ]] || fail "cv.bib does not hold the 6 software releases"
[[ $(grep -c '^@unpublished{' <<<"$bib") -eq 4 ]] || fail "cv.bib does not hold the 4 talks"
expect_match "$bib" '^  title     = \{\{KAIROS\}: Building Cost-Efficient Machine Learning Inference Systems with Heterogeneous Cloud Resources\},$' "cv.bib"
outline=$(cat "$out/cv.txt")
expect_match "$outline" "^  name: Baolin Li\$" "cv.txt"
expect_match "$outline" "^  - id: li2023clover\$" "cv.txt"
expect_match "$outline" "^      - name: Baolin Li\$" "cv.txt"

step "the same export to one named file gives the same bytes"
"$cvport" -q export "$example_cv" --to biblatex -o "$out/x.bib"
cmp "$out/cv.bib" "$out/x.bib" || fail "two exports of the same CV differ"

step "format options, checked by the host against each plugin's schema"
"$cvport" -q export "$example_cv" --to biblatex --option sections=software -o "$out/software.bib"
software=$(cat "$out/software.bib")
[[ $(grep -c '^@' <<<"$software") -eq 6 && $(grep -c '^@software{' <<<"$software") -eq 6 ]] ||
  fail "sections=software wrote other entries: $software"
"$cvport" -q export "$example_cv" --to outline --option indent=4 -o "$out/indent4.txt"
expect_match "$(cat "$out/indent4.txt")" "^    name: Baolin Li\$" "indent=4"
for bad in indent=0 indent=x; do
  status=0
  message=$("$cvport" export "$example_cv" --to biblatex,outline --option "$bad" -o "$out/bad/" 2>&1) || status=$?
  [[ $status -eq 64 ]] || fail "--option $bad exited $status, not 64"
  expect_match "$message" "usage.bad-option-value" "--option $bad"
done

step "plugin diagnostics come back as positions in the user's file"
cat >"$out/problem.yaml" <<'YAML'
person:
  name: Ada Lovelace
  summary: "Line one\r\nline two"
publications:
  - type: journal-article
    title: Notes on the Analytical Engine
    authors: [Ada Lovelace]
    date: 1843
YAML
"$cvport" export "$out/problem.yaml" --to biblatex,outline -o "$out/problem/" 2>"$out/problem.log" ||
  fail "export of problem.yaml failed: $(cat "$out/problem.log")"
problems=$(cat "$out/problem.log")
expect_match "$problems" "problem\.yaml:[0-9]+:[0-9]+: warning: publications\[0\]\.venue: A BibTeX @article needs its journal.*\[biblatex\.no-venue\]" \
  "bibtex diagnostics"
[[ "$(sed -n 2,5p "$out/problem/cv.txt")" == $'person:\n  name: Ada Lovelace\n  summary: Line one\n    line two' ]] ||
  fail "the outline does not break the summary's CRLF into an indented line: $(cat "$out/problem/cv.txt")"

step "shipping: installed into cvport's prefix, the plugin loads without CVPORT_PLUGIN_PATH"
run_logged "$work/bibtex-install.log" "$CVPORT_CMAKE" --install "$bibtex_build" --prefix "$prefix"
expect_file "$prefix/lib/cvport/plugins/biblatex.so"
expect_match "$(env -u CVPORT_PLUGIN_PATH "$cvport" formats)" "^biblatex +biblatex +\.bib" "cvport formats after install"
# Both copies on the search path: CVPORT_PLUGIN_PATH comes first, the installed copy is refused.
listing=$("$cvport" plugins)
expect_match "$listing" "^biblatex 1\.0\.0  ABI [0-9.]+  $bibtex_build/biblatex\.so\$" "search order"
expect_match "$listing" "^refused $prefix/lib/cvport/plugins/biblatex\.so: duplicate format id \"biblatex\"" "search order"
rm "$prefix/lib/cvport/plugins/biblatex.so"
echo "sdk.example_plugins: ok"
