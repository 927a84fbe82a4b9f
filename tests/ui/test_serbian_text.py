"""Serbian everywhere the interface and its outputs speak: counted phrases in their plural forms, an
export's warnings and a change report in the chosen language, the words of a cut box."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings

from orgexplorer.model import load_file
from orgexplorer.model.text import latin_to_cyrillic
from orgexplorer.ui.language import install_language
from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED, REPO, write


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> str:
    return squash(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture
def serbian():
    """Each test chooses its language; English again afterwards (View > Language's choice too)."""
    yield install_language
    QSettings().setValue("language", "")
    install_language("en")


SCRIPTS = {"sr_Latn": lambda text: text, "sr_Cyrl": latin_to_cyrillic}

#: A counted phrase in Serbian (Latin) for 1, 2, 5, 11, 21 and 22: three forms, 11-14 in the third.
COUNTED = [
    (
        "SearchController",
        "%Ln units found",
        [
            "Pronađena je 1 jedinica",
            "Pronađene su 2 jedinice",
            "Pronađeno je 5 jedinica",
            "Pronađeno je 11 jedinica",
            "Pronađena je 21 jedinica",
            "Pronađene su 22 jedinice",
        ],
    ),
    (
        "BookPreview",
        "on %Ln pages",
        ["na 1 strani", "na 2 strane", "na 5 strana", "na 11 strana", "na 21 strani", "na 22 strane"],
    ),
    (
        "Chart",
        "+ %Ln units below",
        [
            "+ 1 jedinica ispod",
            "+ 2 jedinice ispod",
            "+ 5 jedinica ispod",
            "+ 11 jedinica ispod",
            "+ 21 jedinica ispod",
            "+ 22 jedinice ispod",
        ],
    ),
    (
        "ProblemsPanel",
        "<b>{path}</b> could not be opened: %Ln errors.",
        [
            f"<b>{{path}}</b> nije otvorena: {n} {word}."
            for n, word in [
                (1, "greška"),
                (2, "greške"),
                (5, "grešaka"),
                (11, "grešaka"),
                (21, "greška"),
                (22, "greške"),
            ]
        ],
    ),
]


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl"])
@pytest.mark.parametrize(("context", "source", "expected"), COUNTED)
def test_counted_phrases_take_the_serbian_plural_form(qapp, serbian, code, context, source, expected):
    serbian(code)
    said = [QCoreApplication.translate(context, source, None, n) for n in (1, 2, 5, 11, 21, 22)]
    assert said == [SCRIPTS[code](text) for text in expected]


def test_english_says_one_unit_and_two_units(qapp, serbian):
    serbian("en")
    assert [QCoreApplication.translate("SearchController", "%Ln units found", None, n) for n in (1, 2, 1000)] == [
        "1 unit found",
        "2 units found",
        "1,000 units found",
    ]


def test_every_counted_phrase_has_each_plural_form():
    """Serbian has three forms of a counted phrase, English two; none is missing or empty."""
    import xml.etree.ElementTree as ET

    for code, forms in (("sr_Latn", 3), ("sr_Cyrl", 3), ("en", 2)):
        root = ET.parse(REPO / "resources" / "translations" / f"orgexplorer_{code}.ts").getroot()
        counted = [m for m in root.iter("message") if "%Ln" in (m.findtext("source") or "")]
        assert len(counted) >= 15, code
        for message in counted:
            assert message.get("numerus") == "yes", message.findtext("source")
            texts = [form.text for form in message.iter("numerusform")]
            assert len(texts) == forms and all(text and "%Ln" in text for text in texts), message.findtext("source")


def test_the_results_label_counts_in_serbian(qtbot, serbian):
    serbian("sr_Latn")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(BUNDLED)
    window.search_field.setText("department")
    window.flush_search()
    count = len(window.search_result)
    assert count > 1
    label = window.results_label.text()
    assert "jedinica: " not in label and "Pronađeno jedinica" not in label
    assert label.startswith(QCoreApplication.translate("SearchController", "%Ln units found", None, count))


def test_the_book_preview_says_two_pages_in_serbian(qtbot, serbian):
    """ "9 jedinica na 2 strane", never "na 2 strana"."""
    serbian("sr_Latn")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(BUNDLED)
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    dialog.fit_box.setCurrentIndex(2)  # Book
    qtbot.waitUntil(lambda: dialog.book_preview.book is not None, timeout=30_000)
    book = dialog.book_preview.book
    qtbot.waitUntil(lambda: "nazivi veličine" in dialog.info.text(), timeout=10_000)
    units = QCoreApplication.translate("BookPreview", "%Ln units", None, len(book.page_of))
    pages = QCoreApplication.translate("BookPreview", "on %Ln pages", None, book.pages)
    assert f"{units} {pages}, od toga šeme na" in dialog.info.text()  # (the summary since 38c0475)
    assert pages.split()[-1] == {1: "strani", 2: "strane", 3: "strane", 4: "strane"}.get(book.pages, "strana")


def test_the_export_dialog_warns_in_serbian_naming_its_own_control(qtbot, tmp_path, serbian):
    """Text too small on one page: the warning is Serbian and names the dialog's "Pages: Poster"."""
    serbian("sr_Latn")
    lines = "\n".join(
        f"      - id: u{i}\n        name: Unit number {i} with a rather long name\n        head: Head of unit {i}"
        for i in range(400)
    )
    path = write(tmp_path, f"format: orgexplorer/1\norganization: Wide\nunits:\n  - id: top\n    name: Top\n"
                           f"    subunits:\n{lines}\n")  # fmt: skip
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_file(path)
    dialog = window.show_export_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Upozorenje" in dialog.info.text(), timeout=30_000)
    info = dialog.info.text()
    assert "Strane: Plakat" in info and "najmanji tekst" in info
    assert "the smallest" not in info and "--fit" not in info


def test_the_command_line_names_its_option_in_the_warning(tmp_path):
    lines = "\n".join(f"      - id: u{i}\n        name: Unit number {i} with a long name" for i in range(400))
    path = write(tmp_path, f"format: orgexplorer/1\norganization: Wide\nunits:\n  - id: top\n    name: Top\n"
                           f"    subunits:\n{lines}\n")  # fmt: skip
    result = run("export", str(path), "-o", str(tmp_path / "wide.pdf"), "--language", "sr-Latn")
    assert result.returncode == 0, result.stderr
    assert "--fit poster" in result.stderr and "Pages: Poster" not in result.stderr


def test_a_cut_box_counts_the_units_below_in_serbian(tmp_path):
    """--depth cuts: "+ 2 јединице испод" and "+ 5 јединица испод", never "units below"."""
    text = """format: orgexplorer/1
organization: Cut
units:
  - id: top
    name: Top
    subunits:
      - id: a
        name: Alpha
        subunits: [{id: a1, name: A one}, {id: a2, name: A two}]
      - id: b
        name: Beta
        subunits: [{id: b1, name: B1}, {id: b2, name: B2}, {id: b3, name: B3}, {id: b4, name: B4}, {id: b5, name: B5}]
      - id: c
        name: Gamma
        subunits: [{id: c1, name: C one}]
"""
    path = write(tmp_path, text)
    for fit in ("page", "book"):
        out = tmp_path / f"cut-{fit}.pdf"
        result = run("export", str(path), "-o", str(out), "--depth", "1", "--fit", fit, "--language", "sr-Cyrl")
        assert result.returncode == 0, result.stderr
        chart = pdf_text(out)
        assert "+ 2 јединице испод" in chart and "+ 5 јединица испод" in chart and "+ 1 јединица испод" in chart
        assert "below" not in chart
    out = tmp_path / "cut-en.pdf"
    assert run("export", str(path), "-o", str(out), "--depth", "1").returncode == 0
    assert "+ 1 unit below" in pdf_text(out) and "+ 2 units below" in pdf_text(out)


def test_the_change_report_names_attached_units_in_serbian(tmp_path):
    old = REPO / "resources" / "examples" / "city-services-2024.yaml"
    new = REPO / "resources" / "examples" / "city-services-2025.yaml"
    out = tmp_path / "changes.pdf"
    result = run("export", str(new), "--compare", str(old), "-o", str(out), "--language", "sr-Cyrl")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    report = "".join(" ".join(page.extract_text() for page in reader.pages[1:]).split())  # marked words split
    assert "CityManager'sOffice[придружена]" in report
    assert "[attached]" not in report and "toplevel" not in report


def test_the_changes_list_names_attached_units_in_serbian(qtbot, serbian):
    from orgexplorer.model.compare import compare
    from orgexplorer.ui.changes_panel import ChangesModel, Column

    serbian("sr_Latn")
    old = load_file(REPO / "resources" / "examples" / "city-services-2024.yaml").organization
    new = load_file(REPO / "resources" / "examples" / "city-services-2025.yaml").organization
    model = ChangesModel()
    model.set_comparison(compare(old, new))
    shown = [model.index(row, Column.WHAT).data() for row in range(model.rowCount())]
    assert any("[pridružena]" in text for text in shown)
    assert not any("[attached]" in text for text in shown)


def test_exported_with_warnings_says_them_in_serbian(qtbot, tmp_path, serbian):
    """Export changes: the message box after it is Serbian, and names the dialog's control."""
    from PySide6.QtWidgets import QMessageBox

    serbian("sr_Latn")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    assert window.open_file(REPO / "resources" / "examples" / "city-services-2025.yaml")
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000):
        window.compare.compare_with(str(REPO / "resources" / "examples" / "city-services-2024.yaml"))
    with qtbot.waitSignal(window.export_finished, timeout=60000):
        window.compare.export_to(str(tmp_path / "changes.pdf"))
    box = window.findChild(QMessageBox, "exportMessage")
    assert box is not None and box.windowTitle() == "Izvezeno uz upozorenja"
    assert "najmanji tekst" in box.text() and "Strane: Plakat" in box.text()
    assert "the smallest" not in box.text() and "--fit" not in box.text()


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "sr_RS.UTF-8@latin"}, "sr_Latn"),
        ({"LANG": "sr_RS@latin"}, "sr_Latn"),
        ({"LANG": "sr_RS.UTF-8@cyrillic"}, "sr_Cyrl"),
        ({"LC_ALL": "sr_ME.UTF-8@latin", "LANG": "en_US.UTF-8"}, "sr_Latn"),
        ({"LC_MESSAGES": "sr_RS.UTF-8@latin", "LANG": "sr_RS.UTF-8"}, "sr_Latn"),
        ({"LC_ALL": "", "LC_MESSAGES": "en_GB.UTF-8", "LANG": "sr_RS.UTF-8@latin"}, None),  # LC_MESSAGES wins
        ({"LANG": "sr_RS.UTF-8"}, None),  # no modifier: Qt's script stands
        ({"LANG": "de_DE.UTF-8@euro"}, None),
        ({}, None),
    ],
)
def test_the_posix_modifier_names_the_script(environment, expected):
    from orgexplorer.ui.language import posix_language

    assert posix_language(environment) == expected


def test_lang_serbian_at_latin_gives_a_latin_interface(tmp_path):
    """Qt reports Cyrillic for sr_RS.UTF-8@latin; the interface chosen from the system is Latin."""
    import os

    code = (
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "app = QCoreApplication([])\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "from orgexplorer.ui.language import chosen_language\n"
        "print(chosen_language())\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    for lang, expected in (("sr_RS.UTF-8@latin", "sr_Latn"), ("sr_RS.UTF-8", "sr_Cyrl"), ("en_US.UTF-8", "en")):
        result = subprocess.run(
            [sys.executable, "-c", code], env={**environment, "LANG": lang}, capture_output=True, text=True, check=True
        )
        assert result.stdout.split() == [expected], (lang, result.stderr)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Qt's mnemonic), lower-cased; None when there is none."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].lower() or None
    return None


@pytest.mark.parametrize("code", ["en", "sr_Latn", "sr_Cyrl"])
def test_every_menu_item_has_its_own_mnemonic(qtbot, serbian, tmp_path, code):
    """Alt+letter reaches each item: none without a mnemonic, no two alike in a menu (or the menu bar),
    also with compare mode's items, the Changes toggle and a recent file in the menus."""
    from PySide6.QtWidgets import QMenu

    serbian(code)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(BUNDLED)  # a recent file, and its menu's "Clear list"
    menus = [("menu bar", window.menuBar().actions())]
    problems = []
    while menus:
        name, actions = menus.pop()
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter is None:
                problems.append(f"{name}: no mnemonic in {action.text()!r}")
            elif letter in seen:
                problems.append(f"{name}: {letter!r} in {seen[letter]!r} and {action.text()!r}")
            else:
                seen[letter] = action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                menus.append((action.text(), menu.actions()))
    assert problems == []


@pytest.mark.parametrize("user_width", [None, 150])
def test_a_language_switch_keeps_the_trees_column_widths(qtbot, serbian, user_width):
    """The Unit column stays as wide as it was (fitted, or as the user dragged it): the Head column
    stays in view."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):  # as a first start shows it, whatever tests ran before
        dock.hide()
    window.splitter.setSizes([450, 550])
    assert window.open_file(BUNDLED)
    tree = window.unit_tree
    if user_width is not None:
        tree.setColumnWidth(0, user_width)
    before, room = tree.columnWidth(0), tree.viewport().width()
    assert before < room - 40
    translated = window.choose_language("sr_Latn")
    qtbot.addWidget(translated)
    qtbot.waitExposed(translated)
    after = translated.unit_tree
    assert after.columnWidth(0) == before  # the Head column is seen as it was


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "No organization is open: open a file (Ctrl+O)"), ("sr_Latn", "Nijedna organizacija nije otvorena")],
)
def test_with_nothing_open_the_detail_pane_says_to_open_a_file(qtbot, serbian, code, expected):
    serbian(code)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.organization is None
    text = window.detail_pane.toPlainText()
    assert text.startswith(expected) and "elect" not in text and "Izaberite" not in text


def test_serbian_names_the_details_section_apart_from_the_details_tab(qtbot, tmp_path, serbian):
    serbian("sr_Latn")
    path = write(
        tmp_path,
        "format: orgexplorer/1\norganization: O\nunits:\n  - id: a\n    name: A\n"
        "    details:\n      Phone: '011 123'\n",
    )
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(path)
    window.select_unit(0)
    tab = window.right_tabs.tabText(window.right_tabs.indexOf(window.detail_pane)).replace("&", "")
    headings = [line for line in window.detail_pane.toPlainText().splitlines() if line.strip()]
    assert "Phone" in window.detail_pane.toPlainText()
    assert tab == "Podaci" and tab not in headings and "Dodatni podaci" in headings


def test_by_meaning_is_one_term_in_serbian():
    """ "po značenju" everywhere, never "po smislu" beside it."""
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO / "resources" / "translations" / "orgexplorer_sr_Latn.ts").getroot()
    texts = [
        t
        for m in root.iter("message")
        for t in [m.findtext("translation") or ""] + [f.text or "" for f in m.iter("numerusform")]
    ]
    assert sum("po značenju" in t for t in texts) >= 5
    assert not any("smisl" in t for t in texts)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "датотека не може да се прочита: не постоји"),
        ("", "датотека је празна; датотека организације почиње са „format: orgexplorer/1“"),
        ("format: orgexplorer/1\norganization: O\n", "датотека нема „units“"),
        ("format: orgexplorer/1\norganization: O\nunits: []\n", "„units“ је празно"),
    ],
)
def test_the_problems_panel_says_the_loaders_messages_in_serbian(qtbot, tmp_path, serbian, content, expected):
    """The model's messages are templates marked for translation (model/said.py), translated here;
    the command line keeps the English."""
    serbian("sr_Cyrl")
    path = tmp_path / "org.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_file(path)
    from PySide6.QtWidgets import QListWidget

    listed = window.problems_panel.findChild(QListWidget, "problemsList")
    shown = [listed.item(row).text() for row in range(listed.count())]
    assert any(expected in text for text in shown), shown
    checked = run("check", str(path))
    assert checked.returncode in (1, 2) and "error: " in checked.stdout + checked.stderr
    assert "датотека" not in checked.stdout + checked.stderr


def test_the_name_column_leaves_the_head_column_in_sight_in_a_narrow_pane(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.splitter.setSizes([260, 640])
    assert window.open_file(BUNDLED)
    tree = window.unit_tree
    assert tree.columnWidth(0) <= tree.viewport().width() * 0.62 + 1
