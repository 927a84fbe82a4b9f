"""The Problems panel speaks Serbian about a broken file: a corpus of broken and hostile files (YAML
syntax, the format's rules, encodings, limits, spreadsheets), each opened in the real window in Serbian
Latin and Cyrillic; every message listed is the model's translated template, with no English left
around what the file itself says."""

from __future__ import annotations

import ast
import os
import re
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QListWidget

from orgexplorer.model import load_file
from orgexplorer.model.importer import ImportChoices
from orgexplorer.model.said import Said, said
from orgexplorer.ui.language import install_language
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.problems_panel import said_text
from tests.conftest import REPO
from tests.model.test_yaml_errors import BROKEN, REFUSALS

sys.path.insert(0, str(REPO / "scripts"))
from sr_latn import SR_LATN

HEADER = "format: orgexplorer/1\norganization: T\nunits:\n"
HOSTILE = REPO / "tests" / "hostile"


def _unit(body: str) -> str:
    return HEADER + "  - id: a\n    name: A\n" + body


#: (name, content: text, or bytes as they are) — at least one file for each kind of message
YAML_CASES: list[tuple[str, str | bytes]] = [
    ("not-a-mapping", "- a\n- b\n"),
    ("unknown-top-key", "format: orgexplorer/1\norganisation: T\nunits: [{id: a, name: A}]\n"),
    ("unknown-format", "format: orgexplorer/2\norganization: T\nunits: [{id: a, name: A}]\n"),
    ("empty-units", "format: orgexplorer/1\norganization: T\nunits: []\n"),
    ("unit-not-a-mapping", HEADER + "  - just a name\n  -\n"),
    ("unit-without-id-and-name", HEADER + "  - kind: office\n"),
    ("empty-name", HEADER + "  - id: a\n    name: ''\n"),
    ("name-a-list", HEADER + "  - id: a\n    name: [A]\n"),
    ("unknown-unit-key", _unit("    kidn: office\n    colour: red\n")),
    ("duplicate-id", HEADER + "  - {id: a, name: A}\n  - {id: a, name: B}\n"),
    ("invisible-id-and-name", HEADER + '  - {id: "a\\u200Bb", name: "A\\u200BB"}\n'),
    ("control-character", HEADER + '  - {id: a, name: "A\\aB", responsibilities: ["x\\ay"]}\n'),
    ("responsibilities", _unit("    responsibilities: [ok, [x], '  ', {a: b}]\n")),
    ("subunits-a-mapping", _unit("    subunits:\n      id: b\n      name: B\n")),
    ("subunits-text", _unit("    subunits: b\n")),
    ("glossary-a-list", "format: orgexplorer/1\norganization: T\nglossary: [a]\nunits: [{id: a, name: A}]\n"),
    (
        "glossary-entry-empty",
        "format: orgexplorer/1\norganization: T\nglossary: {SAF: ''}\nunits: [{id: a, name: A}]\n",
    ),
    ("head-unknown-key", _unit("    head: {title: [x], nme: Ana}\n")),
    ("names-by-language", _unit("    subunits:\n      - {id: b, name: {'sr_Latn!': B, en: ''}}\n")),
    ("details", _unit("    details: [x]\n  - {id: b, name: B, details: {Phone: [1]}}\n")),
    (
        "related",
        HEADER + "  - {id: alpha, name: A, related: [alpah, nowhere, alpha, [x]]}\n"
        "  - {id: b, name: B, related: [alpha, alpha]}\n",
    ),
    ("empty-key", _unit("    '': x\n")),
    ("key-not-text", _unit("    [k]: x\n")),
    ("too-deep", "[" * 1100 + "]" * 1100 + "\n"),
    ("long-value", _unit(f"    description: {'x' * 100_001}\n")),
    ("many-problems", HEADER + "".join(f"  - {{id: u{n}, name: U, oops: 1}}\n" for n in range(210))),
    ("utf32", "\ufefformat: x\n".encode("utf-32")),
    ("bad-utf16", b"\xff\xfe" + "format: x\n".encode("utf-16-le") + b"\x00\xd8"),
    ("not-yaml-character", _unit("    kind: a\x07b\n")),
    ("unexplained-syntax", "units: [x,\n  - y]"),
    ("glued-list-dash", HEADER + "  -id: a\n    name: A\n"),
    ("no-units", "format: orgexplorer/1\norganization: T\n"),
    ("reserved-character", _unit("    kind: @x\n")),
    ("lone-alias-sign", _unit("    kind: *\n")),
    ("one-word-line", _unit("    justword\n")),
    ("detail-indented", _unit("    details:\n      a: 1\n       b: 2\n")),
    ("colon-in-value", _unit("    kind: a: b\n")),
    ("bad-escape", _unit('    kind: "a\\qb"\n')),
    ("text-after-quote", _unit('    kind: "A" B\n')),
    ("item-out-of-line", _unit("    responsibilities:\n      - a\n     - b\n")),
    ("colon-among-items", _unit("    kind: x\n  :\n")),
    *[(f"syntax-{param.id}", param.values[0]) for param in BROKEN],
    *[(f"refused-{param.id}", param.values[0]) for param in REFUSALS],
    *[
        (f"hostile-{path.stem}", path.read_bytes())
        for path in sorted(HOSTILE.glob("*.yaml"))
        if path.stem != "yaml11-values"  # (its values stay text: it loads)
    ],
]

#: (name, text of a .csv, how it is read: as the import dialog or --map, --delimiter would have it)
CSV_CASES: list[tuple[str, str, ImportChoices | None]] = [
    ("csv-empty", "", None),
    ("csv-header-only", "id,parentId,name\n", None),
    ("csv-no-columns", "id,what\n1,x\n", None),
    ("csv-unknown-parent", "id,parentId,name\n1,,A\n2,9,B\n", None),
    ("csv-ambiguous-parent", "id,parentId,name\n1,,A\n2,1,B\n3,1,B\n4,B,C\n", None),
    ("csv-reports-to", "Name,Reports_To\nA,\nB,Nobody\nC,A\nC,A\nD,C\n", None),
    ("csv-second-top-and-cycle", "id,parentId,name\n1,,A\n2,,B\n3,4,C\n4,3,D\n", None),
    ("csv-duplicate-id", "id,parentId,name\n1,,A\n1,1,B\n", None),
    ("csv-header-twice-and-unnamed", "id,parentId,name,Phone,Phone,\n1,,A,1,2,x\n2,1,B,3,4,y\n3,1,C,5,6,z\n", None),
    ("csv-separator-unknown", "id;parentId,name\n1;2,3\n", None),
    ("csv-long-cell", "id,parentId,name\n1,," + "x" * 100_001 + "\n", None),
    ("csv-one-column", "id parentId name|x\n1 2 3|y\n", None),
    ("csv-bad-separator", "id,parentId,name\n1,,A\n", ImportChoices(delimiter=";")),
    ("csv-tab-separator", "id;parentId;name\n1;;A\n", ImportChoices(delimiter="\t")),
    ("csv-bad-mapping", "id,parentId,name\n1,,A\n", ImportChoices(columns={"boss": "x", "name": "Full Name"})),
    ("csv-no-separator", "id/name\n1/A\n", None),
    ("csv-one-unnamed-value", "id,parentId,name,\n1,,A,x\n", None),
    ("csv-field-too-large", 'id,parentId,name\n1,,A\n2,1,"' + "x" * 140_000 + '"\n', None),
]


def _xlsx_cases(folder: Path) -> list[Path]:
    from openpyxl import Workbook

    made = []
    several = Workbook()
    units = several.active
    units.title = "Units"
    for row in (["id", "parentId", "name", "Total"], ["1", "", "A", "=1+1"], ["2", "1", "B", ""]):
        units.append(row)
    several.create_sheet("Notes").append(["x"])
    several.create_sheet("Old").append(["y"])
    about = several.create_sheet("Organization")
    for row in (["field", "term", "text"], ["colour", "", "red"], ["glossary", "", "x"], ["glossary", "A", "a"]):
        about.append(row)
    about.append(["glossary", "A", "b"])
    made.append(folder / "several.xlsx")
    several.save(made[-1])
    empty = Workbook()
    made.append(folder / "empty.xlsx")
    empty.save(made[-1])
    made.append(folder / "not-a-zip.xlsx")
    made[-1].write_text("id,name\n")
    made.append(folder / "damaged.xlsx")
    with zipfile.ZipFile(made[-1], "w") as archive:
        archive.writestr("[Content_Types].xml", "<x")
    return made


def _cases(folder: Path) -> list[tuple[Path, ImportChoices | None]]:
    paths: list[tuple[Path, ImportChoices | None]] = []
    for name, content in YAML_CASES:
        path = folder / f"{name}.yaml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append((path, None))
    for name, text, choices in CSV_CASES:
        path = folder / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        paths.append((path, choices))
    workbooks = _xlsx_cases(folder)
    paths.extend((path, None) for path in workbooks)
    paths.append((workbooks[0], ImportChoices(sheet="Nope")))
    paths.append((folder / "missing.yaml", None))
    (folder / "a-folder.yaml").mkdir()
    paths.append((folder / "a-folder.yaml", None))
    os.mkfifo(folder / "a-pipe.yaml")
    paths.append((folder / "a-pipe.yaml", None))
    return paths


# --- what counts as English ---


def _templates() -> list[str]:
    """Every template the model marks for translation (QT_TRANSLATE_NOOP("Problems", ...))."""
    found = []
    for path in sorted((REPO / "orgexplorer" / "model").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(text, ast.Constant), f"{path.name}:{node.lineno}: a template must be a literal"
                if isinstance(context, ast.Constant) and context.value == "Problems":
                    found.append(text.value)
    return found


_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(re.sub(r"\{[^}]*\}|%L?n", " ", text))]


def _english_words() -> frozenset[str]:
    """The words of the model's English messages that Serbian does not use too ('id', 'YAML', ...)."""
    english = {word for template in _templates() for word in _words(template)}
    serbian = set()
    for translated in SR_LATN.values():
        for text in (translated,) if isinstance(translated, str) else translated:
            serbian.update(_words(text))
    return frozenset(english - serbian)


ENGLISH = _english_words()
#: Latin words a Cyrillic message keeps as they are: names of programs, encodings, formats and units.
KEPT_LATIN = frozenset(
    {"orgexplorer", "yaml", "pyyaml", "python", "openpyxl", "utf", "nul", "fifo", "mib", "csv", "xlsx", "id"}
)


def _data(message: Said) -> list[str]:
    """The texts a message holds as data (ids, keys, the user's text, PyYAML's words): not translated."""
    found = []
    for _, value in message.arguments:
        if isinstance(value, Said):
            found.extend(_data(value))
        elif isinstance(value, str):
            found.append(value)
    return found


def _templates_in(message: Said) -> set[str]:
    """The message's template and those of the phrases it holds."""
    found = {message.template}
    for _, value in message.arguments:
        if isinstance(value, Said):
            found |= _templates_in(value)
    return found


def _without_data(text: str, message: Said) -> str:
    for value in sorted(_data(message), key=len, reverse=True):
        if value:
            text = text.replace(value, " ¦ ")
    return text


def _english_run(text: str) -> list[str] | None:
    """Three ordinary English words in a row (between the data), or None."""
    for piece in text.split("¦"):
        words = _words(piece)
        for start in range(len(words) - 2):
            if all(word in ENGLISH for word in words[start : start + 3]):
                return words[start : start + 3]
    return None


@pytest.fixture
def serbian():
    yield install_language
    QSettings().setValue("language", "")
    install_language("en")


def test_the_english_vocabulary_is_a_real_one():
    """The check below means something: the words it looks for are the messages' own."""
    assert {"the", "file", "must", "column", "line", "unit", "quotes", "value"} <= ENGLISH
    assert _english_run("the file must be a list") == ["the", "file", "must"]
    assert _english_run("datoteka mora biti lista") is None


@pytest.mark.parametrize("language", ["sr_Latn", "sr_Cyrl"])
def test_every_problem_of_a_broken_file_is_said_in_serbian(qtbot, tmp_path, serbian, language):
    serbian(language)
    window = MainWindow()
    qtbot.addWidget(window)
    listed = window.problems_panel.findChild(QListWidget, "problemsList")
    seen_templates = set()
    shown_count = 0
    for path, choices in _cases(tmp_path):
        window.open_file(path, choices=choices)  # refused with its errors, or open with its warnings (several.xlsx)
        for dialog in window.findChildren(QDialog):  # a sheet whose columns cannot be told asks for them
            dialog.reject()
        problems = window.problems_panel.problems
        assert problems and window.problems_panel.path == str(path) and listed.count() == len(problems), path
        for row, problem in enumerate(problems):
            message = problem.message
            assert isinstance(message, Said), f"{path.name}: not translatable: {message}"
            shown = listed.item(row).text()
            assert shown.endswith(said_text(message)), (path.name, shown)
            assert listed.item(row).toolTip().endswith(said_text(message)), path.name  # (not the English)
            text = shown.split(": ", 1)[1]
            assert text != str(message) or not _words(message.template), (path.name, text)
            left = _without_data(text, message)
            assert _english_run(left) is None, (path.name, _english_run(left), text)
            if language == "sr_Cyrl":
                for word in _WORD.findall(left):
                    latin = re.search("[A-Za-z]", word) is not None
                    assert not latin or word.casefold() in KEPT_LATIN, (path.name, word, text)
            seen_templates.update(_templates_in(message))
            shown_count += 1
    assert shown_count > 150
    assert len(seen_templates) > 100, len(seen_templates)  # the corpus covers most kinds of message


def test_every_template_has_its_serbian_translation():
    """A new message without Serbian fails here (and update_translations.py reports it unfinished):
    a translation for each template, the same fields (a field is data, never translated), no format
    spec (the window writes numbers as Serbian does), three plural forms where the template counts."""
    templates = _templates()
    assert len(templates) > 140
    for template in templates:
        assert template in SR_LATN, f"no Serbian for: {template}"
        translated = SR_LATN[template]
        fields = set(re.findall(r"\{(\w+)", template))
        counted = "%n" in template or "%Ln" in template
        forms = translated if isinstance(translated, tuple) else (translated,)
        assert len(forms) == (3 if counted else 1), template
        for form in forms:
            assert set(re.findall(r"\{(\w+)", form)) <= fields, (template, form)
            assert not re.search(r"\{\w+:", form), form
            assert ("%Ln" in template, "%n" in template) == ("%Ln" in form, "%n" in form), form  # Qt's marker


def _message_arguments(call: ast.Call) -> list[ast.expr]:
    """The message a reporting call passes: ``error(line, column, message)``, ``Problem(path, line,
    column, message)``, ``InputError(message)``."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name in ("error", "warning"):
        return call.args[-1:]
    if name == "Problem":
        return call.args[3:4]
    if name == "InputError":
        return call.args[:1]
    return []


def test_the_model_reports_no_problem_in_plain_english():
    """Every message the model reports about a file is a ``said`` template, never a literal or an
    f-string that the window could not translate."""
    plain = []
    for path in sorted((REPO / "orgexplorer" / "model").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for argument in _message_arguments(node):
                    if isinstance(argument, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                        plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


SHEETS = (
    "the workbook has %n sheets; the first, '{first}', was read, not {others} "
    "(choose one with {option}, or in the window's import)"
)


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "ima 1 list;"), (2, "ima 2 lista;"), (5, "ima 5 listova;"), (11, "ima 11 listova;"), (21, "ima 21 list;"),
     (22, "ima 22 lista;")],
)  # fmt: skip
def test_a_count_in_a_message_takes_its_serbian_plural_form(serbian, count, expected):
    serbian("sr_Latn")
    text = said_text(said(SHEETS, count=count, first="A", others="'B'", option="--sheet NAME"))
    assert expected in text, text


def test_the_command_line_stays_english(tmp_path):
    """The same file the window shows in Serbian: `check` prints the English."""
    path = tmp_path / "org.yaml"
    path.write_text(_unit("    kidn: office\n"), encoding="utf-8")
    assert [p.message for p in load_file(path).problems] == ["unknown key 'kidn' in unit 'a'; did you mean 'kind'?"]
