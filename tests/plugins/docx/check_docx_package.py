#!/usr/bin/python3
"""check_docx_package.py DOCX

Checks a .docx as an Open Packaging Conventions package, with the standard library only
(zipfile, ElementTree): every part is well-formed XML, [Content_Types].xml gives every part a
content type (Default by extension or Override) and names no missing part, the package has an
officeDocument relationship to a WordprocessingML main part, and every internal relationship
target of every *.rels part exists. Word reports "unreadable content" for the last two;
LibreOffice silently accepts them, which is why this check exists.

Prints one line per problem and exits 1 if there is any; prints a summary and exits 0 if not.
"""
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def main(path):
    problems = []
    package = zipfile.ZipFile(path)
    names = [info.filename for info in package.infolist()]
    if len(set(names)) != len(names):
        problems.append("duplicate zip entries")
    if package.testzip() is not None:
        problems.append("a zip entry has a bad CRC")

    parsed = {}
    for name in names:
        try:
            parsed[name] = ET.fromstring(package.read(name))
        except ET.ParseError as error:
            problems.append(f"{name} is not well-formed XML: {error}")

    types = parsed.get("[Content_Types].xml")
    content_type = {}
    if types is None:
        problems.append("no [Content_Types].xml")
    else:
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.findall(CT + "Default")}
        overrides = {o.get("PartName").lower(): o.get("ContentType") for o in types.findall(CT + "Override")}
        for name in names:
            if name == "[Content_Types].xml":
                continue
            extension = posixpath.basename(name).rsplit(".", 1)[-1].lower()
            kind = overrides.get("/" + name.lower()) or defaults.get(extension)
            if kind is None:
                problems.append(f"{name} has no content type")
            content_type[name] = kind
        lower_names = {"/" + n.lower() for n in names}
        for part in overrides:
            if part not in lower_names:
                problems.append(f"[Content_Types].xml names a missing part {part}")

    main_part = None
    for rels in (n for n in names if n.endswith(".rels")):
        root = parsed.get(rels)
        if root is None:
            continue
        source_folder = posixpath.dirname(posixpath.dirname(rels))
        for relationship in root.findall(REL + "Relationship"):
            if relationship.get("TargetMode") == "External":
                continue
            target = relationship.get("Target")
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(source_folder, target))
            if resolved not in names:
                problems.append(f"{rels}: {relationship.get('Id')} points at missing part {resolved}")
            if rels == "_rels/.rels" and relationship.get("Type") == OFFICE_DOCUMENT:
                main_part = resolved
    if main_part is None:
        problems.append("_rels/.rels has no officeDocument relationship")
    elif content_type.get(main_part) != WORD_MAIN:
        problems.append(f"main part {main_part} has content type {content_type.get(main_part)}")

    for problem in problems:
        print(problem)
    if not problems:
        print(f"OK: {len(names)} parts, every part typed and well-formed, every relationship target exists")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
