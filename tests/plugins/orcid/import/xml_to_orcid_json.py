#!/usr/bin/python3
"""Writes an ORCID API 3.0 XML document in ORCID's JSON form, to make the JSON twins of the XML
fixtures (tests/plugins/orcid/import/*.json). Run by hand, not by the tests:

    /usr/bin/python3 tests/plugins/orcid/import/xml_to_orcid_json.py record.xml > record.json

It does not guess the JSON shape from cvport's importer: it learns it from ORCID's own JSON
samples vendored in samples/ (record-full-3.0.json, write_samples/*.json; ORCID-Source renders
them with Jackson), namely which members are arrays, which text elements are {"value": ...}
objects and which are plain strings, and refuses any element those samples never show, so a
twin holds only shapes ORCID itself writes. The rendering rules are those of json_as_xml.hpp's
comment: members named by local name, attributes as plain members, the JAXB choice lists
("summaries" of an affiliation-group, "bulk") as arrays of one-member objects, the document
element as the top object itself.
"""
import datetime
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"
ATTRIBUTES = {"put-code", "path", "visibility", "display-index", "currency-code", "language-code", "primary",
              "verified"}
CHOICE_LISTS = {"affiliation-group": "summaries", "bulk": "bulk"}
INTEGERS = {"put-code", "response-code", "error-code"}
# Shapes the vendored samples do not show (their e-mail list is empty), as ORCID's public API
# returns them (GET /v3.0/{orcid}/email: "email": [{"email": "name@example.org", ...}]).
EXTRA_SHAPES = {("emails", "email", "email"): {"plain"},
                ("emails", "email", "primary"): {"plain", "bool"},
                ("emails", "email", "verified"): {"plain", "bool"},
                # ORCID's funding JSON: "organization-defined-type": {"value": "..."}
                ("funding", "organization-defined-type"): {"wrapped"},
                ("funding-summary", "organization-defined-type"): {"wrapped"},
                ("funding", "amount"): {"wrapped"},  # {"value": "1000", "currency-code": "USD"}
                # The error document (GET of a locked record): its members are plain.
                ("response-code",): {"plain"}, ("developer-message",): {"plain"}, ("user-message",): {"plain"},
                ("error-code",): {"plain"}, ("more-info",): {"plain"}}


def learn(node, context, shapes):
    """Records the shape of each member under its two enclosing member names: a person's
    address has {"value": "GB"} for its country, an organisation's address a plain "GB"."""
    if isinstance(node, dict):
        for key, value in node.items():
            where = context[-2:] + (key,)
            if isinstance(value, list):
                shapes.setdefault(where, set()).add("array")
                for item in value:
                    learn(item, context[-1:] + (key,), shapes)
            elif isinstance(value, dict):
                shapes.setdefault(where, set()).add("wrapped" if "value" in value else "object")
                learn(value, context[-1:] + (key,), shapes)
            elif value is not None:
                shapes.setdefault(where, set()).update({"plain", type(value).__name__})


def local(tag):
    return tag.split("}")[-1]


def epoch_ms(text):
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return int(moment.timestamp() * 1000)


class Converter:
    def __init__(self):
        self.shapes = {key: set(value) for key, value in EXTRA_SHAPES.items()}
        for sample in [SAMPLES / "record-full-3.0.json", *sorted((SAMPLES / "write_samples").glob("*.json"))]:
            learn(json.loads(sample.read_text()), (), self.shapes)

    def shape(self, context, name, wanted):
        """Whether ORCID's samples show `name` under `context` as `wanted`, else anywhere."""
        where = context[-2:] + (name,)
        if where in self.shapes:
            return wanted in self.shapes[where]
        return any(wanted in shapes for key, shapes in self.shapes.items() if key[-1] == name)

    def scalar(self, context, name, text):
        """The text as ORCID's samples type the member there: "display-index" is a number in a
        person's items and a string in an activity's, "claimed" a boolean."""
        if name in INTEGERS or self.shape(context, name, "int"):
            return int(text)
        if self.shape(context, name, "bool"):
            return text == "true"
        return text

    def text_member(self, context, element):
        name = local(element.tag)
        text = (element.text or "").strip()
        if name in ("created-date", "last-modified-date", "completion-date", "submission-date", "deactivation-date"):
            return {"value": epoch_ms(text)}
        if self.shape(context, name, "wrapped"):
            member = {"value": text}
            for attribute, value in element.attrib.items():
                member[local(attribute)] = self.scalar(context + (name,), local(attribute), value)
            return member
        if self.shape(context, name, "plain"):
            return self.scalar(context, name, text)
        # An element ORCID's schema does not have (a fixture's stand-in for what a newer schema
        # adds): Jackson would write its text as a plain member.
        sys.stderr.write(f"note: <{element.tag}> is in no ORCID sample: written as a plain member\n")
        return text

    def value(self, context, element):
        if len(element) == 0:
            return self.text_member(context, element)
        return self.members(context + (local(element.tag),), element)

    def members(self, context, element):
        out = {}
        choice = CHOICE_LISTS.get(local(element.tag))
        for child in element:
            name = local(child.tag)
            if choice and name not in ("last-modified-date", "external-ids"):
                out.setdefault(choice, []).append({name: self.value(context + (choice,), child)})
            elif len(child) and self.shape(context, name, "array"):
                out.setdefault(name, []).append(self.value(context, child))
            elif name in out:
                raise SystemExit(f"<{child.tag}> repeats, but ORCID's samples never show it as an array")
            else:
                out[name] = self.value(context, child)
        for attribute, value in element.attrib.items():
            name = local(attribute)
            if name in ATTRIBUTES:
                out[name] = self.scalar(context, name, value)
        return out




def main():
    root = ET.parse(sys.argv[1]).getroot()
    document = Converter().members((), root)
    minified = len(sys.argv) > 2 and sys.argv[2] == "--minified"
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) if minified else \
        json.dumps(document, ensure_ascii=False, indent=2)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
