#!/usr/bin/env python3
"""Writes the grindstone(1) manual page from `grindstone --help`, so the page lists exactly the
options the installed binary has.

Usage: gui_manual.py GRINDSTONE_BINARY VERSION OUT_FILE
"""
import os
import re
import subprocess
import sys


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def parse_help(text):
    """(summary, [(flags, value, description)]) from QCommandLineParser's help layout."""
    lines = text.splitlines()
    summary = lines[1].strip() if len(lines) > 1 else ""
    options, column = [], None
    for line in lines[lines.index("Options:") + 1:]:
        if not line.strip():
            break
        head = re.match(r"^  (-\S.*?)(\s{2,})(\S.*)$", line)
        if head and not line.startswith(" " * 4):
            column = len(head.group(1)) + len(head.group(2)) + 2
            spec = head.group(1)
            value = re.search(r"<([^>]+)>", spec)
            flags = [f.strip() for f in re.sub(r"\s*<[^>]+>", "", spec).split(",")]
            options.append([flags, value.group(1) if value else "", head.group(3).strip()])
        elif options and column and line.startswith(" " * column):
            options[-1][2] += " " + line.strip()
        else:
            raise SystemExit(f"gui_manual.py: cannot read this help line: {line!r}")
    return summary, options


def main():
    binary, version, out = sys.argv[1:4]
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    text = subprocess.run([binary, "--help"], env=env, check=True, capture_output=True,
                          text=True).stdout
    summary, options = parse_help(text)
    page = [
        f'.TH GRINDSTONE 1 "" "Grindstone {version}" "User Commands"',
        ".nh",  # options must not break at a hyphen
        ".SH NAME",
        "grindstone \\- " + roff(summary.split(":", 1)[-1].strip()),
        ".SH SYNOPSIS",
        ".B grindstone",
        "[\\fIOPTIONS\\fR] [\\fIRUN\\fR]",
        ".SH DESCRIPTION",
        "\\fBgrindstone\\fR is the desktop workbench of Grindstone. It trains an embedding "
        "with plain triplet, HDML or two\\-stage hard\\-sample generation while it shows the "
        "curves and schedules, a 3D view of the embedding space with the current triplets, "
        "the generated samples of each stage with their quality figures and QA tags, and "
        "runs side by side. \\fIRUN\\fR, a run folder or its run.json, opens that run "
        "read\\-only.",
        ".SH OPTIONS",
    ]
    for flags, value, description in options:
        spelled = ", ".join("\\fB" + roff(f) + "\\fR" for f in flags)
        if value:
            spelled += " \\fI" + roff(value) + "\\fR"
        page += [".TP", spelled, roff(description)]
    page += [
        ".SH FILES",
        ".TP",
        "$XDG_DATA_HOME/grindstone/runs",
        "the default workspace (~/.local/share/grindstone/runs without XDG_DATA_HOME)",
        ".TP",
        "$XDG_CONFIG_HOME/Grindstone/grindstone.conf",
        "window layout and recent choices",
        ".SH ENVIRONMENT",
        ".TP",
        "LANG, LC_ALL, LC_MESSAGES",
        "the language of the interface (English or Japanese) and the format of numbers "
        "and dates",
        ".SH SEE ALSO",
        "\\fBgrindstone\\-cli\\fR(1): the same training from the command line, and every "
        "option \\fB\\-\\-set\\fR takes",
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
