#!/usr/bin/env python3
"""Checks the JSON Resume round trip of docs/formats/jsonresume.md ("The round trip"), written
apart from the importer so it can catch the importer's mistakes.

    roundtrip_check.py ORIGINAL.json EXPORTED.json

EXPORTED is what `cvport export ORIGINAL.json --to jsonresume` wrote. Every value ORIGINAL holds
in a section must be in the same section of EXPORTED, as written or in its documented
normalisation (trimmed, ISO 8601 dates, https:// added, a country code for a country name,
paragraphs joined, other member names as current ones, positions as entries). Members JSON
Resume does not define must come back unchanged. Prints what is missing; exit 1 if anything is.
"""
import json
import re
import sys
import urllib.parse

SECTIONS = ["work", "volunteer", "education", "awards", "certificates", "publications", "skills",
            "languages", "interests", "references", "projects"]
STANDARD = {
    "basics": ["name", "label", "image", "email", "phone", "url", "summary"],
    "location": ["address", "postalCode", "city", "countryCode", "region"],
    "profiles": ["network", "username", "url"],
    "work": ["name", "location", "description", "position", "url", "startDate", "endDate", "summary", "highlights"],
    "volunteer": ["organization", "position", "url", "startDate", "endDate", "summary", "highlights"],
    "education": ["institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses"],
    "awards": ["title", "date", "awarder", "summary"],
    "certificates": ["name", "date", "url", "issuer"],
    "publications": ["name", "publisher", "releaseDate", "url", "summary"],
    "skills": ["name", "level", "keywords"],
    "languages": ["language", "fluency"],
    "interests": ["name", "keywords"],
    "references": ["name", "reference"],
    "projects": ["name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles",
                 "entity", "type"],
}
# Other names, as docs/formats/jsonresume.md lists them (read only when the current name is absent).
OTHER_NAMES = {
    "basics": {"website": "url", "picture": "image", "avatar": "image", "photo": "image", "title": "label"},
    "location": {"street-address": "address", "streetAddress": "address", "postal-code": "postalCode",
                 "zip": "postalCode", "locality": "city", "country-name": "countryCode", "country": "countryCode",
                 "state": "region"},
    "work": {"company": "name", "employer": "name", "organization": "name", "website": "url", "title": "position"},
    "volunteer": {"name": "organization", "website": "url"},
    "education": {"gpa": "score", "website": "url", "school": "institution"},
    "awards": {"name": "title"},
    "certificates": {"title": "name", "website": "url", "authority": "issuer"},
    "publications": {"title": "name", "website": "url", "date": "releaseDate"},
    "skills": {"category": "name", "group": "name", "tags": "keywords"},
    "languages": {"name": "language", "level": "fluency"},
    "interests": {"tags": "keywords"},
    "projects": {"website": "url", "title": "name"},
}
DATES = {"startDate", "endDate", "date", "releaseDate"}
# Members whose value the writer recomputes from several model values (a work entry's
# location is written from the employer's city, region and country).
RECOMPUTED = {("work", "location"), ("work", "city"), ("work", "region"), ("work", "country")}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}
FILE_TYPES = {"jpg", "jpeg", "png", "gif", "svg", "webp", "pdf", "html", "htm", "json"}
ONGOING = {"present", "now", "current", "today", "ongoing"}


def iso_date(text):
    """The ISO 8601 form of a date as the docs list the forms, None for no date."""
    t = text.strip()
    if t.lower() in ONGOING:
        return None
    m = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:T.*)?", t)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if not month:
            return year
        if day:
            days = [31, 29 if int(year) % 4 == 0 and (int(year) % 100 or int(year) % 400 == 0) else 28, 31, 30, 31,
                    30, 31, 31, 30, 31, 30, 31][int(month) - 1]
            if 1 <= int(day) <= days:
                return f"{year}-{int(month):02d}-{int(day):02d}"
        return f"{year}-{int(month):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", t)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"([A-Za-z]+)\.?,? (\d{4})", t)
    word = m.group(1).lower() if m else ""
    if m and word[:3] in MONTHS and (word in MONTH_NAMES or word == word[:3] or word == "sept"):
        return f"{m.group(2)}-{MONTHS.index(word[:3]) + 1:02d}"  # English names only: not "Septembre"
    return None


def is_multilingual(value):
    return isinstance(value, dict) and value and all(
        re.fullmatch(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*", k) for k in value)


def normalised(kind, member, value):
    """The values EXPORTED must hold for one member of ORIGINAL (a list; empty: nothing to check)."""
    if value is None or is_multilingual(value):
        return []
    if isinstance(value, list):
        if member in ("summary", "description", "reference"):
            text = "\n\n".join(v for v in value if isinstance(v, str) and v.strip())
            return [text] if text else []
        return [x for v in value if not isinstance(v, (dict, list)) for x in normalised(kind, member, v)]
    if isinstance(value, (dict,)):
        return []
    text = value if isinstance(value, str) else json.dumps(value)
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)  # a lone surrogate escape is read as U+FFFD
    if not text.strip():
        return []
    if member in DATES:
        date = iso_date(text)
        return [date] if date else []
    if member in ("url", "image") and re.match(r"(?i)https?://", text.strip()):
        return [re.sub(r"(?i)^https?://", lambda m: m.group(0).lower(), text.strip())]  # "Https://"
    if member in ("url", "image") and not re.match(r"https?://", text.strip()):
        rest = text.strip().removeprefix("//")
        if not re.match(r"[A-Za-z0-9]", rest):
            return []  # "./photo.jpg", "../index.html", ".": a path, not a host: left out
        if "/" not in rest and rest.rsplit(".", 1)[-1].lower() in FILE_TYPES:
            return []  # "me.jpg": a file next to the resume, left out
        return ["https://" + rest] if "." in rest.split("/")[0] and "://" not in rest else []
    if member == "countryCode":
        return ["<a country code>"]
    if member == "email":
        return [text.strip().removeprefix("mailto:")]
    return [text]


def entry_pairs(kind, entry, inherited=None):
    """(member, value) pairs of one entry of ORIGINAL, in current member names."""
    merged = dict(inherited or {})
    merged.pop("positions", None)
    merged.update(entry)
    pairs = set()
    standard = STANDARD.get(kind, [])
    others = OTHER_NAMES.get(kind, {})
    for name, value in merged.items():
        if name == "x-cvport" or (kind == "basics" and name in ("location", "profiles")):
            continue  # checked as groups of their own (a location text becomes the address)
        current = name if name in standard else others.get(name)
        if current and current != name and current in merged:
            current = None  # the current name is given too: this one is kept as it is
        if (kind, name) in RECOMPUTED or (kind, current) in RECOMPUTED:
            continue
        if current:
            for v in normalised(kind, current, value):
                pairs.add((current, v))
        elif not current and value not in (None, "", [], {}):
            pairs.add((name, json.dumps(value, sort_keys=True)))
    # One end of a range that cannot be read ("Herbst 2019"): the other is kept in x-cvport only,
    # since alone or copied it would claim an ongoing entry or a wrong date.
    for given, other in (("endDate", "startDate"), ("startDate", "endDate")):
        text = merged.get(given)
        if isinstance(text, str) and text.strip() and text.strip().lower() not in ONGOING and not iso_date(text):
            pairs = {pair for pair in pairs if pair[0] != other}
    return pairs


def exported_pairs(kind, entry):
    pairs = set()
    for name, value in entry.items():
        if name == "x-cvport":
            continue
        # An entry kept as it was (cvport could not hold it) keeps its other names.
        current = OTHER_NAMES.get(kind, {}).get(name, name)
        values = value if isinstance(value, list) and current in STANDARD.get(kind, []) else [value]
        for v in values:
            if isinstance(v, str):
                pairs.add((current, v.strip()))
                if current in ("url", "image"):  # written percent-encoded where the uri format needs it
                    pairs.add((current, urllib.parse.unquote(v.strip())))
                if name == "countryCode" and re.fullmatch(r"[A-Z]{2}", v):
                    pairs.add((name, "<a country code>"))
        pairs.add((name, json.dumps(value, sort_keys=True)))
    return pairs


def section_entries(document, kind):
    entries = document.get(kind)
    if not isinstance(entries, list):
        return []
    result = []
    for entry in entries:
        if isinstance(entry, str):
            entry = {STANDARD[kind][0]: entry}
        if not isinstance(entry, dict):
            continue
        positions = entry.get("positions")
        if kind == "work" and isinstance(positions, list) and positions:
            result += [(p, entry) for p in positions if isinstance(p, dict)]
        else:
            result.append((entry, None))
    return result


# The spellings of a split name that docs/formats/jsonresume.md says are read as basics.name.
NAME_PARTS = [("firstName", "lastName"), ("firstname", "lastname"), ("first_name", "last_name"),
              ("givenName", "familyName")]


def basics_as_documented(basics):
    """basics with the documented readings of non-standard shapes applied: a split name is the
    name, a list of e-mail addresses is the first one and "emails" for the others."""
    basics = dict(basics)
    if "name" not in basics:
        for first, last in NAME_PARTS:
            if first in basics or last in basics:
                basics["name"] = " ".join(p for p in (basics.pop(first, ""), basics.pop(last, "")) if p)
                break
        else:
            if "fullName" in basics:
                basics["name"] = basics.pop("fullName")
    email = basics.get("email")
    if isinstance(email, list) and email:
        basics["email"] = email[0]
        if len(email) > 1:
            basics["emails"] = email[1:]
    return basics


def main():
    original = json.load(open(sys.argv[1], encoding="utf-8-sig"))
    exported = json.load(open(sys.argv[2], encoding="utf-8"))
    if isinstance(original.get("basics"), dict):
        original["basics"] = basics_as_documented(original["basics"])
    missing = []
    groups = [("basics", [(original.get("basics") or {}, None)], [exported.get("basics", {})])]
    basics = original.get("basics") or {}
    if isinstance(basics.get("location"), dict):
        groups.append(("location", [(basics["location"], None)], [exported["basics"].get("location", {})]))
    elif isinstance(basics.get("location"), str):
        written = exported["basics"].get("location", {})
        parts = [p.strip() for p in basics["location"].split(",")]
        if "address" not in written and len(parts) == 2:
            # "City, Country" is read as a city and a country (the documented reading).
            groups.append(("location", [({"city": parts[0], "countryCode": parts[1]}, None)], [written]))
        else:
            groups.append(("location", [({"address": basics["location"]}, None)], [written]))
    if isinstance(basics.get("profiles"), list):
        groups.append(("profiles", [(p, None) for p in basics["profiles"] if isinstance(p, dict)],
                       exported["basics"].get("profiles", [])))
    for kind in SECTIONS:
        groups.append((kind, section_entries(original, kind), exported.get(kind, [])))
    for kind, entries, written in groups:
        have = set()
        for entry in written:
            if isinstance(entry, dict):
                have |= exported_pairs(kind, entry)
        for entry, inherited in entries:
            for member, value in sorted(entry_pairs(kind, entry, inherited)):
                if kind == "basics" and member == "name" and "name" not in exported.get("basics", {}):
                    continue
                if (member, value) not in have and (member, value.strip()) not in have:
                    missing.append(f"{kind}: {member} = {value[:80]!r}")
    for name, value in original.items():
        if name not in SECTIONS and name not in ("basics", "$schema", "x-cvport") and exported.get(name) != value:
            missing.append(f"top level: {name}")
    for line in missing:
        print(f"{sys.argv[1]}: not given back: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
