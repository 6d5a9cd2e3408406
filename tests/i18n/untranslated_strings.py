#!/usr/bin/env python3
"""Finds user-visible strings of the desktop application that bypass Qt's translation.

A string literal is reported when it is not inside tr(), QCoreApplication::translate(),
QT_TR_NOOP(), QT_TRANSLATE_NOOP() (or their _N_ forms) and either
  - it is passed, directly or through QStringLiteral / QLatin1String / QString, to a call
    that shows text (setText, setToolTip, addTab, QLabel's constructor, QMessageBox::warning,
    ...), or
  - it reads as an English phrase (three or more plain words), wherever it is.
Literals without a letter ("%1 (%2)", "%1%") are never text. Developer diagnostics
(qDebug, qWarning, ...) are not user-visible.

Numbers follow the locale too (0,85 in German, 0.85 in English): QString::number(...),
QString::asprintf(...) and QString::arg(number, width, 'f'|'g'|'e', precision) are
reported, QLocale().toString(...) is the way; a number written for a machine (a CSV file,
a fingerprint) or an identifier is marked i18n:.

Exceptions are explicit: a comment containing "i18n:" with the reason, on the literal's line
or on the line above it, e.g.  // i18n: not translated (the methods' names).

  untranslated_strings.py [--root DIR] [PATH...]   scan PATHs (default: widgets app/gui)
  untranslated_strings.py --self-test              the scanner against its fixture
  untranslated_strings.py --check-ts FILE.ts...    every message translated, placeholders kept
  untranslated_strings.py --extracted TS... -- PATH...
                                                   the texts in PATHs' tr() calls are in the
                                                   .ts files (none skipped by lupdate)

Exit code 0: nothing found; 1: findings (listed as path:line: "text" (reason)).
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
               "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_NOOP3", "qtTrId", "QT_TRID_NOOP", "trUtf8"}
# Calls that only turn a literal into a string: the call around them decides.
WRAPPERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString", "QStringView",
            "fromUtf8", "fromLatin1", "fromLocal8Bit", "fromStdString", "QByteArrayLiteral",
            "u8", "QStringList"}
# Calls and constructors whose string arguments a person reads.
SHOWING = {
    # setters
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setTabText", "setTabToolTip", "setItemText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setHeaderLabel", "setPrefix", "setSuffix", "setSpecialValueText", "setFormat",
    "setAccessibleName", "setAccessibleDescription", "setNameFilter", "setNameFilters",
    "setInformativeText", "setDetailedText", "setWindowIconText", "setOkButtonText",
    "setCancelButtonText", "setApplicationDescription", "addPositionalArgument",
    "setChartTitle", "setTitleText",
    # adders
    "addTab", "insertTab", "addItem", "addItems", "insertItem", "insertItems", "addAction",
    "addMenu", "addSection", "addPage", "showMessage", "addButton",
    # constructors
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QDockWidget", "QCommandLineOption", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "QStandardItem", "QToolBar", "QWidgetAction",
    # static dialogs
    "warning", "information", "critical", "question", "about", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText", "getInt",
    "getDouble", "getItem",
    # this application's own views
    "setRunTitle", "setDecoderMessage", "setProgress", "clearProgress", "setMessage",
    "setProblem", "setStatus",
}
# Developer diagnostics, in English like Qt's own.
DIAGNOSTICS = {"qDebug", "qInfo", "qWarning", "qCritical", "qFatal", "Q_ASSERT_X",
               "static_assert", "Q_CLASSINFO", "qRegisterMetaType", "Q_DECLARE_METATYPE"}
MARKER = "i18n:"
BLOCK = "#block"
BLOCK_OPENERS = {"const", "override", "noexcept", "mutable", "else", "do", "try", "final"}
SOURCE_SUFFIXES = (".cpp", ".h", ".hpp", ".cc")
WORD = re.compile(r"^\(?[A-Za-z][a-z]+(?:'[a-z]+)?[,.:;!?)]*$")
# Numbers turned into text without the locale: QString::number(...), and QString::arg's
# floating-point overload (a format character), its first argument allowing one level of
# parentheses.
LOCALE_LESS_NUMBER = re.compile(
    r"\bQString::(?:number|asprintf)\s*\(|"
    r"\.arg\(\s*[^;()]*(?:\([^;()]*\)[^;()]*)*,\s*-?\d+\s*,\s*'[eEfFgG]'")


def tokens(text):
    """Yields (kind, value, offset) for the C++ source: 'str' literals (value = content),
    'comment' (value = text), 'ident', 'punct' (one character). Preprocessor lines are
    skipped."""
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if c in " \t\r":
            i += 1
            continue
        if line_start and c == "#":  # #include "x.h", #define ...: skip to the line's end
            while i < n and text[i] != "\n":
                i += 2 if text[i] == "\\" else 1
            continue
        line_start = False
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            yield "comment", text[i:end], i
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            yield "comment", text[i:end], i
            i = end
            continue
        m = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', text[i:i + 40])
        if m:
            close = ")" + m.group(1) + '"'
            start = i + m.end()
            end = text.find(close, start)
            end = n if end < 0 else end
            yield "str", text[start:end], i
            i = end + len(close)
            continue
        m = re.match(r'(?:u8|u|U|L)?"', text[i:i + 3])
        if m:
            j = i + m.end()
            buf = []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    buf.append(text[j:j + 2])
                    j += 2
                else:
                    buf.append(text[j])
                    j += 1
            yield "str", "".join(buf), i
            i = j + 1
            continue
        if c == "'":  # a character literal ('"', '\'', 'x')
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text[i:i + 200])
        if m:
            yield "ident", m.group(0), i
            i += m.end()
            continue
        if c.isdigit():
            m = re.match(r"[0-9][0-9A-Za-z_.']*", text[i:i + 100])
            i += m.end()
            continue
        yield "punct", c, i
        i += 1


def looks_like_a_phrase(text):
    """Three or more plain words, and at least half of the whitespace-separated pieces."""
    pieces = re.sub(r"<[^>]+>", " ", text).split()
    words = [p for p in pieces if WORD.match(p)]
    return len(words) >= 3 and 2 * len(words) >= len(pieces)


def has_letters(text):
    # Placeholders: QString::arg's, tr()'s count, QProgressBar's (%p %v %m).
    stripped = re.sub(r"%L?\d+|%[npvm]|<[^>]+>|&[a-z]+;|\\[ntr]", "", text)
    return re.search(r"[A-Za-z]", stripped) is not None


def scan_text(path, text, translated=None):
    """Findings of one source file: (line, literal, reason). The literals given to tr() and
    its kin are appended to `translated` (a list) as (line, text)."""
    line_of = [0] * (len(text) + 1)
    line = 1
    for k, ch in enumerate(text):
        line_of[k] = line
        if ch == "\n":
            line += 1
    line_of[len(text)] = line
    marked = set()  # lines whose literals are exempt
    stack = []  # open brackets: (char, name of the call it opens or None)
    previous = []  # the last two significant tokens
    literals = []  # (offset, value, enclosing calls innermost first)
    code = list(text)  # the text with comments and literals blanked, for the number rule
    for kind, value, offset in tokens(text):
        if kind in ("comment", "str"):
            end = text.find(value, offset) + len(value) if kind == "str" else offset + len(value)
            for k in range(offset, min(end, len(text))):
                if code[k] != "\n":
                    code[k] = " "
        if kind == "comment":
            if MARKER in value:
                first = line_of[offset]
                last = line_of[min(offset + len(value), len(text))]
                marked.update(range(first, last + 2))  # its lines and the one below
            continue
        if kind == "str":
            calls = [name for _, name in reversed(stack)]
            if previous and previous[-1][0] == "str":  # "a" "b": one literal
                o, v, c = literals[-1]
                literals[-1] = (o, v + value, c)
            else:
                literals.append((offset, value, calls))
            previous = (previous + [(kind, value)])[-2:]
            continue
        if kind == "punct" and value in "({[":
            name = None
            last = previous[-1] if previous else ("punct", ";")
            if value == "{" and (last[0] == "punct" and last[1] in ")];:{}" or
                                 last[0] == "ident" and last[1] in BLOCK_OPENERS):
                name = BLOCK  # a function's, lambda's or statement's body
            elif last[0] == "ident":
                name = last[1]
            stack.append((value, name))
        elif kind == "punct" and value in ")}]" and stack:
            stack.pop()
        previous = (previous + [(kind, value)])[-2:]

    findings = []
    for offset, value, calls in literals:
        line = line_of[offset]
        if BLOCK in calls:  # the calls outside the statement's body are not its own
            calls = calls[:calls.index(BLOCK)]
        outer = [c for c in calls if c is not None and c not in WRAPPERS]
        first = outer[0] if outer else None
        if first in TRANSLATING:
            if translated is not None and first != "qtTrId":
                translated.append((line, value))
            continue
        if line in marked or not has_letters(value) or first in DIAGNOSTICS:
            continue
        if first in SHOWING:
            findings.append((line, value, "shown by " + first + "()"))
        elif looks_like_a_phrase(value):
            findings.append((line, value, "English phrase outside tr()"))
    for m in LOCALE_LESS_NUMBER.finditer("".join(code)):
        line = line_of[m.start()]
        if line not in marked:
            findings.append((line, m.group(0).strip(), "number without the locale "
                             "(QLocale().toString)"))
    return sorted(findings)


def source_files(root, paths):
    for p in paths:
        full = os.path.join(root, p)
        if os.path.isfile(full):
            yield full
            continue
        for directory, dirs, files in os.walk(full):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(directory, f)


def scan(root, paths):
    findings = []
    for path in source_files(root, paths):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for line, value, reason in scan_text(path, text):
            findings.append((os.path.relpath(path, root), line, value, reason))
    return findings


def unescape(literal):
    """The text of a C++ literal's content: the escapes that the sources use."""
    def one(m):
        escape = m.group(1)
        if escape.startswith("u"):
            return chr(int(escape[1:], 16))
        return {"n": "\n", "t": "\t"}.get(escape, escape)
    return re.sub(r'\\(u[0-9a-fA-F]{4}|["\'\\?nt])', one, literal)


def check_extracted(root, sources, ts_files):
    """Every literal given to tr() and its kin in `sources` is a source text, comment or
    context of the .ts files: lupdate's parser skips calls it misreads (a template argument
    list among the arguments), and those texts would stay English."""
    known = set()
    for ts in ts_files:
        tree = ET.parse(ts).getroot()
        for context in tree.iter("context"):
            known.add(context.findtext("name"))
            for message in context.iter("message"):
                known.add(message.findtext("source"))
                known.add(message.findtext("comment"))
    missing = []
    for path in source_files(root, sources):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        translated = []
        scan_text(path, text, translated)
        for line, value in translated:
            if unescape(value) not in known:
                missing.append(f'{os.path.relpath(path, root)}:{line}: "{value}" is in no .ts')
    return missing


def self_test():
    """The fixture marks each line whose literal must be reported with 'expect-report'."""
    fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures",
                           "bypassing_strings.cpp")
    with open(fixture, encoding="utf-8") as f:
        text = f.read()
    expected = {i + 1 for i, l in enumerate(text.splitlines())
                if re.search(r"//\s*expect-report\s*$", l)}
    found = {line for line, _, _ in scan_text(fixture, text)}
    ok = True
    for line in sorted(expected - found):
        print(f"{fixture}:{line}: a bypassing string was not reported")
        ok = False
    for line in sorted(found - expected):
        print(f"{fixture}:{line}: reported, but it is translated, exempt or not text")
        ok = False
    print(f"self-test: {len(expected)} bypassing strings expected, {len(found)} reported")
    return ok and expected  # an empty fixture proves nothing


PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def check_ts(path):
    """Every message has a translation, with the source's placeholders and an accelerator
    when the source has one."""
    problems = []
    root = ET.parse(path).getroot()
    count = 0
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            where = f"{path}: {cname}: \"{source}\""
            if kind == "unfinished" or not all(f.strip() for f in forms):
                problems.append(f"{where}: not translated")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)))
                if got != wanted and not (message.get("numerus") == "yes" and
                                          set(got) == set(wanted) - {"%n"}):
                    problems.append(f"{where}: placeholders {wanted} became {got}")
                if re.search(r"&[^&\s]", source.replace("&&", "")) and "&" not in form:
                    problems.append(f"{where}: the accelerator (&) is lost")
    return problems, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=os.path.normpath(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")))
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--check-ts", action="store_true")
    parser.add_argument("--extracted", nargs="+", metavar="TS",
                        help="the texts of PATHs' tr() calls are all in these .ts files")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.self_test:
        return 0 if self_test() else 1
    if args.check_ts:
        failed = False
        for path in args.paths:
            problems, count = check_ts(path)
            for p in problems:
                print(p)
            print(f"{path}: {count} messages, {len(problems)} problems")
            failed = failed or bool(problems)
        return 1 if failed else 0
    if args.extracted:
        missing = check_extracted(args.root, args.paths, args.extracted)
        for m in missing:
            print(m)
        print(f"{len(missing)} translatable texts missing from {', '.join(args.extracted)}"
              + (" (run update_translations; lupdate misreads a call with a template argument "
                 "list among its arguments)" if missing else ""))
        return 1 if missing else 0
    findings = scan(args.root, args.paths or ["widgets", "app/gui"])
    for path, line, value, reason in findings:
        print(f'{path}:{line}: "{value}" ({reason})')
    print(f"{len(findings)} user-visible strings or numbers bypass translation or the locale"
          + (" (mark a real exception with a comment '// i18n: <reason>')" if findings else ""))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
