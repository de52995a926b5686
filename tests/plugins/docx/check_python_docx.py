#!/usr/bin/python3
"""check_python_docx.py DOCX STYLE_NAME...

Opens a .docx with python-docx, as a Python user would, and checks that every named style
exists and is used by some paragraph or run, and that the CV heading styles are based on Word's
Heading 1-3. Prints one line per problem and exits 1 if there is any.
"""
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

HEADING_BASES = {"CV Name": "Heading 1", "CV Section": "Heading 2", "CV Entry Title": "Heading 3"}


def main(path, wanted):
    document = docx.Document(path)
    problems = []
    defined = {style.name: style for style in document.styles}
    used = set()
    # Entry titles sit in a table cell beside their date (docs/formats/docx.md), where a Python
    # user finds them too: document.paragraphs lists only the body's own.
    cell_paragraphs = [p for table in document.tables for row in table.rows for cell in row.cells
                       for p in cell.paragraphs]
    for paragraph in document.paragraphs + cell_paragraphs:
        used.add(paragraph.style.name)
        for run in paragraph.runs:
            if run.style is not None:
                used.add(run.style.name)
    # python-docx lists only runs directly in paragraphs; runs in hyperlinks are in the XML.
    for element in document.element.body.iter(qn("w:rStyle")):
        used.add(document.styles.get_by_id(element.get(qn("w:val")), WD_STYLE_TYPE.CHARACTER).name)
    for name in wanted:
        if name not in defined:
            problems.append(f"style {name!r} is not defined")
        elif name not in used:
            problems.append(f"style {name!r} is defined but no paragraph or run uses it")
    for name, base in HEADING_BASES.items():
        style = defined.get(name)
        if style is not None and (style.base_style is None or style.base_style.name != base):
            problems.append(f"style {name!r} is not based on {base!r}")
    if not document.core_properties.title or not document.core_properties.author:
        problems.append("core properties lack a title or an author")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"OK: {len(document.paragraphs)} paragraphs, {len(document.tables)} tables, "
              f"{len(wanted)} styles defined and used, "
              f"title {document.core_properties.title!r}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
