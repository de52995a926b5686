#!/usr/bin/python3
"""pandoc, a real BibTeX consumer, reads the .bib file the BibTeX example plugin wrote from the
example CV (sdk.example_plugins leaves it in $CVPORT_TEST_WORK/out/) without a warning, and the
CSL JSON it gives back holds every publication, software release and talk of the canonical model
written next to it: titles, authors in order, venues, years, DOIs, notes and entry types.

pandoc sentence-cases English titles for CSL, as CSL asks; so titles are compared ignoring case,
and every word whose capitals the plugin protected (GPU, QoS, ACM/IEEE) must keep them.
"""
import json
import os
import re
import shutil
import subprocess
import sys

work = os.environ["CVPORT_TEST_WORK"]
bib_path = os.path.join(work, "out", "cv.bib")
model_path = os.path.join(work, "out", "cv.cvport.json")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


pandoc = shutil.which("pandoc")
if not pandoc:
    sys.exit("FAIL: pandoc is not installed; scripts/install-deps --consumers installs it")
if not os.path.exists(bib_path):
    sys.exit(f"FAIL: {bib_path} is missing; sdk.example_plugins writes it")
run = subprocess.run([pandoc, "--fail-if-warnings", "-f", "bibtex", "-t", "csljson", bib_path],
                     capture_output=True, text=True)
if run.returncode != 0 or run.stderr.strip():
    sys.exit(f"FAIL: pandoc -f bibtex exited {run.returncode}:\n{run.stderr}")
entries = json.loads(run.stdout)
by_id = {entry["id"]: entry for entry in entries}
with open(model_path, encoding="utf-8") as model_file:
    model = json.load(model_file)

CSL_TYPES = {"journal-article": "article-journal", "conference-paper": "paper-conference",
             "workshop-paper": "paper-conference", "book": "book", "book-chapter": "chapter",
             "thesis": "thesis", "report": "report", "preprint": "manuscript", "poster": "speech",
             "other": ""}


def protected_words(title):
    """The words the plugin braces: two capitals, or a capital after a lower-case letter or digit."""
    return [word for word in re.findall(r"[A-Za-z0-9]+", title)
            if sum(c.isupper() for c in word) >= 2 or re.search(r"[a-z0-9][A-Z]", word)]


def check_title(what, actual, expected):
    if not check(actual is not None and actual.casefold() == expected.casefold(),
                 f"{what}: title {actual!r}, expected {expected!r} (any case)"):
        return
    for word in protected_words(expected):
        check(re.search(rf"\b{re.escape(word)}\b", actual), f"{what}: {word!r} lost its capitals in {actual!r}")


def author_names(entry):
    names = []
    for name in entry.get("author", []):
        if "literal" in name:
            names.append(name["literal"])
        else:
            parts = [name.get(key, "") for key in ("given", "dropping-particle", "non-dropping-particle", "family")]
            names.append(" ".join(part for part in parts if part))
    return names


def year_of(entry):
    return entry.get("issued", {}).get("date-parts", [[None]])[0][0]


# The example CV's own facts, so that an empty or truncated model cannot pass.
check(len(model["publications"]) == 12, "the example CV should hold 12 publications")
check(len(model["software"]) == 6, "the example CV should hold 6 software releases")
check(len(model["talks"]) == 4, "the example CV should hold 4 talks")
check(len(entries) == len(model["publications"]) + len(model["software"]) + len(model["talks"]),
      f"pandoc read {len(entries)} entries")

for index, publication in enumerate(model["publications"]):
    what = f"publications[{index}] ({publication['id']})"
    entry = by_id.get(publication["id"])
    if not check(entry is not None, f"{what}: no entry with its id as citation key"):
        continue
    check(entry.get("type") == CSL_TYPES[publication["type"]],
          f"{what}: CSL type {entry.get('type')!r} for a {publication['type']}")
    check_title(what, entry.get("title"), publication["title"])
    expected_authors = [author["name"] for author in publication["authors"]]
    if publication.get("et_al"):
        expected_authors.append("others")
    check(author_names(entry) == expected_authors, f"{what}: authors {author_names(entry)}, expected {expected_authors}")
    venue = publication.get("venue", {}).get("name")
    if venue and publication["type"] in ("journal-article", "conference-paper", "workshop-paper", "book-chapter"):
        check(entry.get("container-title") == venue, f"{what}: container-title {entry.get('container-title')!r}")
    if "date" in publication:
        check(year_of(entry) == int(publication["date"][:4]), f"{what}: year {year_of(entry)}")
    for field, csl_field in (("doi", "DOI"), ("url", "URL")):
        if field in publication:
            check(entry.get(csl_field) == publication[field], f"{what}: {csl_field} {entry.get(csl_field)!r}")
    if "award" in publication:
        check(publication["award"] in entry.get("note", ""), f"{what}: note {entry.get('note')!r} lacks the award")

by_doi = {entry["DOI"]: entry for entry in entries if "DOI" in entry}
for index, software in enumerate(model["software"]):
    what = f"software[{index}] ({software['name']})"
    entry = by_doi.get(software.get("doi"))
    if not check(entry is not None, f"{what}: no entry with DOI {software.get('doi')}"):
        continue
    check(entry.get("type") == "book", f"{what}: CSL type {entry.get('type')!r}; pandoc reads @software as book")
    check_title(what, entry.get("title"), software["name"])
    if "description" in software:
        check(entry.get("abstract") == software["description"], f"{what}: abstract {entry.get('abstract')!r}")

speeches = [entry for entry in entries if entry.get("type") == "speech"]
for index, talk in enumerate(model["talks"]):
    what = f"talks[{index}]"
    matches = [entry for entry in speeches if entry.get("title", "").casefold() == talk["title"].casefold()]
    if not check(len(matches) == 1, f"{what}: {len(matches)} speech entries titled {talk['title']!r}"):
        continue
    entry = matches[0]
    check_title(what, entry.get("title"), talk["title"])
    check(entry.get("event") == talk["event"], f"{what}: event {entry.get('event')!r}")
    check(author_names(entry) == [model["person"]["name"]], f"{what}: speaker {author_names(entry)}")
    check(year_of(entry) == int(talk["date"][:4]), f"{what}: year {year_of(entry)}")
    check(talk["host"]["name"] in entry.get("note", ""), f"{what}: note {entry.get('note')!r} lacks the host")

# A few facts spelled out.
check(by_id.get("li2023kairos", {}).get("note") == "Best Paper Award Winner", "li2023kairos: award note")
check(by_id.get("zhao2023sustainable", {}).get("note") == "In press", "zhao2023sustainable: status note")
check(by_id.get("li2023clover", {}).get("title") ==
      "Clover: Toward sustainable AI with carbon-aware machine learning inference service", "li2023clover: title")
check(by_doi.get("10.5281/zenodo.7853719", {}).get("title") == "MISO", "the MISO release")
check(any(entry.get("event") == "Huawei Cloud InnoWave Outstanding Research Paper Seminar" for entry in speeches),
      "the Huawei Cloud talk")

if failures:
    print("\n".join(f"FAIL: {failure}" for failure in failures))
    sys.exit(1)
print(f"sdk.bibtex_pandoc: ok, pandoc read {len(entries)} entries back")
