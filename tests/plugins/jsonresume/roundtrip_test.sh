#!/usr/bin/env bash
# The JSON Resume round trip of every fixture and official sample, judged by roundtrip_check.py
# (written apart from the importer): import, export to JSON Resume, and every standard member
# must come back as written or as its documented normalisation; members JSON Resume does not
# define must come back unchanged. Also a second import -> export must give the same bytes.
#   roundtrip_test.sh CVPORT TEST_DIR SCRATCH
set -euo pipefail
cvport="$1" dir="$2" scratch="$3"
rm -rf "$scratch" && mkdir -p "$scratch"
count=0
for input in "$dir"/fixtures/*.json "$dir"/samples/*.json; do
  name=$(basename "$input" .json)
  "$cvport" export "$input" -q --to jsonresume -o "$scratch/$name.json"
  python3 "$dir/roundtrip_check.py" "$input" "$scratch/$name.json"
  "$cvport" export "$scratch/$name.json" -q --to jsonresume -o "$scratch/$name.again.json"
  cmp "$scratch/$name.json" "$scratch/$name.again.json"
  count=$((count + 1))
done
echo "$count files round-tripped"
[[ $count -ge 10 ]]
