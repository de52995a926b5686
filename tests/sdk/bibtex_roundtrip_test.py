#!/usr/bin/python3
"""The round trip of issue #14: the example CV → BibLaTeX (the BibTeX example plugin, whose output
sdk.example_plugins leaves in $CVPORT_TEST_WORK/out/cv.bib) → cvport's own BibTeX importer gives the
same publications back: titles (exactly, protective braces removed), authors in order with the
owner marked, DOIs, URLs, venues, years, volumes and pages, awards (as notes: BibLaTeX has no award
field), and the software releases.

The importer runs as a user runs it: `cvport import cv.bib -o cv.yaml`, then `cvport validate` of
the result (0 warnings), then `cvport export --to cvport-json` to read the facts back.
"""
import json
import os
import subprocess
import sys

work = os.environ["CVPORT_TEST_WORK"]
cvport = os.path.join(work, "prefix", "bin", "cvport")
out = os.path.join(work, "out")
bib_path = os.path.join(out, "cv.bib")
model_path = os.path.join(out, "cv.cvport.json")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def run(*args):
    done = subprocess.run([cvport, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: cvport {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return done


if not os.path.exists(bib_path):
    sys.exit(f"FAIL: {bib_path} is missing; sdk.example_plugins writes it")
imported_yaml = os.path.join(out, "roundtrip.yaml")
imported_json = os.path.join(out, "roundtrip.cvport.json")
run("import", bib_path, "-o", imported_yaml, "--force")
validated = run("validate", imported_yaml)
check("valid (0 errors, 0 warnings" in validated.stderr, f"cvport validate of the import: {validated.stderr.strip()}")
run("-q", "export", imported_yaml, "--to", "cvport-json", "-o", imported_json)

with open(model_path, encoding="utf-8") as model_file:
    model = json.load(model_file)
with open(imported_json, encoding="utf-8") as imported_file:
    imported = json.load(imported_file)

# The example CV's own facts, so that an empty or truncated model cannot pass.
check(len(model["publications"]) == 12, "the example CV should hold 12 publications")
check(imported["person"]["name"] == model["person"]["name"],
      f"the owner: {imported['person']['name']!r}, expected {model['person']['name']!r}")

by_id = {publication["id"]: publication for publication in imported["publications"]}


def authors(publication):
    return [(author["name"], author.get("self", False)) for author in publication["authors"]]


for index, expected in enumerate(model["publications"]):
    what = f"publications[{index}] ({expected['id']})"
    got = by_id.get(expected["id"])
    if not check(got is not None, f"{what}: not imported under its citation key"):
        continue
    check(got["title"] == expected["title"], f"{what}: title {got['title']!r}, expected {expected['title']!r}")
    check(authors(got) == authors(expected), f"{what}: authors {authors(got)}, expected {authors(expected)}")
    check(got.get("et_al", False) == expected.get("et_al", False), f"{what}: et_al {got.get('et_al')}")
    check(got["type"] == expected["type"], f"{what}: type {got['type']!r}, expected {expected['type']!r}")
    for field in ("doi", "url", "volume", "issue", "pages"):
        check(got.get(field) == expected.get(field), f"{what}: {field} {got.get(field)!r}, expected {expected.get(field)!r}")
    # BibLaTeX has no award field: the writer puts an award in `note`, which comes back as the note.
    if "award" in expected:
        check(got.get("note") == expected["award"], f"{what}: note {got.get('note')!r}, expected the award")
    check(got.get("venue", {}).get("name") == expected.get("venue", {}).get("name"),
          f"{what}: venue {got.get('venue')!r}, expected {expected.get('venue')!r}")
    check(got.get("date", "")[:4] == expected.get("date", "")[:4],
          f"{what}: year {got.get('date')!r}, expected {expected.get('date')!r}")

by_doi = {software.get("doi"): software for software in imported.get("software", [])}
for index, expected in enumerate(model["software"]):
    what = f"software[{index}] ({expected['name']})"
    got = by_doi.get(expected.get("doi"))
    if not check(got is not None, f"{what}: no software with DOI {expected.get('doi')}"):
        continue
    check(got["name"] == expected["name"], f"{what}: name {got['name']!r}")

if failures:
    print("\n".join(f"FAIL: {failure}" for failure in failures))
    sys.exit(1)
print(f"sdk.bibtex_roundtrip: ok, {len(model['publications'])} publications and "
      f"{len(model['software'])} software releases came back")
