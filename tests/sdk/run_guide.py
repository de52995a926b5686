#!/usr/bin/python3
"""Runs the tutorial of docs/plugin-guide.md as a new user would, on the cvport that sdk.install
put into $CVPORT_TEST_WORK/prefix, reached as $HOME/cvport like the guide says.

The guide marks its blocks with HTML comments, which Markdown does not show:
  <!-- guide:file NAME -->    the fenced block below is the file NAME (in the current folder)
  <!-- guide:run -->          the fenced block below is shell commands
  <!-- guide:output NAME -->  the fenced block below is what the file NAME must hold afterwards
Every marked block becomes, in document order, part of one bash script (so `cd` and `export` carry
over), run with `set -euo pipefail` in an empty folder.
"""
import os
import re
import shutil
import subprocess
import sys

MARKER = re.compile(r"^<!-- guide:(file|run|output)(?: (\S+))? -->$")
FENCE = re.compile(r"^```")


def marked_blocks(guide_text):
    """(kind, name, text) for each marked fenced block, in order."""
    lines = guide_text.split("\n")
    blocks = []
    index = 0
    while index < len(lines):
        marker = MARKER.match(lines[index])
        index += 1
        if not marker:
            continue
        if index >= len(lines) or not FENCE.match(lines[index]):
            sys.exit(f"FAIL: line {index}: a guide:{marker.group(1)} marker must be followed by a fenced block")
        end = index + 1
        while end < len(lines) and not FENCE.match(lines[end]):
            end += 1
        blocks.append((marker.group(1), marker.group(2), "\n".join(lines[index + 1:end]) + "\n"))
        index = end + 1
    return blocks


def heredoc(text, delimiter="GUIDE_BLOCK_END"):
    if delimiter in text:
        sys.exit(f"FAIL: a guide block contains {delimiter}")
    return f"<<'{delimiter}'\n{text}{delimiter}\n"


def main():
    guide_path = sys.argv[1]
    work = os.environ["CVPORT_TEST_WORK"]
    prefix = os.path.join(work, "prefix")
    if not os.access(os.path.join(prefix, "bin", "cvport"), os.X_OK):
        sys.exit(f"FAIL: no installed cvport in {prefix}: sdk.install sets it up")
    with open(guide_path, encoding="utf-8") as guide:
        blocks = marked_blocks(guide.read())
    kinds = [kind for kind, _, _ in blocks]
    if kinds.count("file") < 3 or kinds.count("run") < 3 or kinds.count("output") < 1:
        sys.exit(f"FAIL: {guide_path} lost its tutorial markers (found {kinds})")

    root = os.path.join(work, "guide")
    shutil.rmtree(root, ignore_errors=True)
    home = os.path.join(root, "home")
    tutorial = os.path.join(root, "tutorial")
    os.makedirs(home)
    os.makedirs(tutorial)
    os.symlink(prefix, os.path.join(home, "cvport"))

    script = ["set -euo pipefail"]
    for kind, name, text in blocks:
        if kind == "run":
            script.append(text)
        elif kind == "file":
            script.append(f"cat > '{name}' " + heredoc(text))
        else:
            script.append(f"diff -u - '{name}' " + heredoc(text) +
                          f"echo 'guide: {name} holds what the guide shows'")
    script_path = os.path.join(root, "tutorial.sh")
    with open(script_path, "w", encoding="utf-8") as out:
        out.write("\n".join(script))

    environment = {key: value for key, value in os.environ.items() if key != "CVPORT_PLUGIN_PATH"}
    environment["HOME"] = home
    result = subprocess.run(["bash", script_path], cwd=tutorial, env=environment)
    if result.returncode != 0:
        sys.exit(f"FAIL: the tutorial of {guide_path} failed (exit {result.returncode}); script: {script_path}")
    print(f"sdk.plugin_guide: ok, {len(blocks)} blocks of the tutorial ran as written")


main()
