"""The Serbian interface: translations complete and compiled, switching languages in the window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QLabel, QPushButton

from orgexplorer.model import load_bytes
from orgexplorer.ui.language import chosen_language, install_language, system_language
from orgexplorer.ui.main_window import MainWindow
from tests.conftest import BUNDLED, REPO

TRANSLATIONS = REPO / "resources" / "translations"


@pytest.fixture
def english():
    yield
    QSettings().setValue("language", "")
    install_language("en")


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl"])
def test_every_text_is_translated(code):
    root = ET.parse(TRANSLATIONS / f"orgexplorer_{code}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.findtext("source")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]  # a count's forms
        for text in forms:
            assert text, message.findtext("source")
            for placeholder in ("{count}", "{name}", "{unit}", "{head}", "{path}", "{query}", "%Ln"):
                assert (placeholder in message.findtext("source")) == (placeholder in text)


def test_compiled_translations_are_up_to_date(tmp_path):
    """The committed .ts files hold every text of the sources, and the .qm files are compiled from them."""

    def tool(name: str) -> str:  # installed beside this Python by PySide6
        return shutil.which(name) or str(Path(sys.executable).parent / name)

    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    sources = sorted(
        str(p) for folder in ("ui", "chart", "model") for p in (REPO / "orgexplorer" / folder).glob("*.py")
    )
    for code in ("sr_Latn", "sr_Cyrl"):
        ts = tmp_path / f"{code}.ts"
        shutil.copy(TRANSLATIONS / f"orgexplorer_{code}.ts", ts)
        subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
        fresh = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
        committed = {
            m.findtext("source") for m in ET.parse(TRANSLATIONS / f"orgexplorer_{code}.ts").getroot().iter("message")
        }
        assert fresh == committed, "run scripts/update_translations.py"
        qm = tmp_path / f"{code}.qm"
        subprocess.run(
            [lrelease, str(TRANSLATIONS / f"orgexplorer_{code}.ts"), "-qm", str(qm)], check=True, capture_output=True
        )
        assert qm.read_bytes() == (TRANSLATIONS / f"orgexplorer_{code}.qm").read_bytes()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("sr_RS", "sr_Cyrl"), ("sr_Latn_RS", "sr_Latn"), ("sr_Cyrl_BA", "sr_Cyrl"), ("en_GB", "en"), ("de_DE", "en")],
)
def test_system_language(locale, expected):
    assert system_language(QLocale(locale)) == expected


def test_switching_to_cyrillic_and_back(qtbot, english):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    window.select_unit(window.organization.by_id("verification-centre").index)
    window.search_field.setText("arms control")
    window.flush_search()

    cyrillic = window.choose_language("sr_Cyrl")
    qtbot.addWidget(cyrillic)
    assert chosen_language() == "sr_Cyrl"
    titles = [action.text() for action in cyrillic.menuBar().actions()]
    assert titles == ["&Датотека", "&Уређивање", "&Приказ", "По&моћ"]
    assert cyrillic.organization is window.organization  # nothing reloaded
    assert cyrillic.current_unit().id == "verification-centre"
    text = cyrillic.detail_pane.toPlainText()
    assert "Надлежности" in text and "Придружена јединица" in text
    assert cyrillic.results_label.text() == "Пронађена је 1 јединица."
    assert cyrillic.findChild(object, "languageMenu").title() == "&Језик"
    assert not window.isVisible()

    english_window = cyrillic.choose_language("en")
    qtbot.addWidget(english_window)
    assert english_window.menuBar().actions()[0].text() == "&File"
    assert "Responsibilities" in english_window.detail_pane.toPlainText()


def test_names_follow_the_interface_language(qtbot, tmp_path, english):
    from tests.model.test_names import TEXT

    path = tmp_path / "names.yaml"
    path.write_text(TEXT, encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(path)
    assert window.unit_tree.model().index(0, 0).data() == "Defence Policy Sector"
    cyrillic = window.choose_language("sr_Cyrl")
    qtbot.addWidget(cyrillic)
    assert cyrillic.unit_tree.model().index(0, 0).data() == "Сектор за политику одбране"
    assert "Сектор за политику одбране" in cyrillic.detail_pane.toPlainText()


def test_switching_language_keeps_the_problems_and_the_organization(qtbot, tmp_path, english):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.open_file(bad)  # nothing open yet: only the problems
    latin = window.choose_language("sr_Latn")
    qtbot.addWidget(latin)
    assert latin.problems_dock.isVisible()
    assert [(p.line, p.column) for p in latin.problems_panel.problems] == [(4, 5), (5, 5)]

    assert latin.open_file(BUNDLED)
    assert not latin.open_file(bad)  # the sector stays open, the problems are shown
    cyrillic = latin.choose_language("sr_Cyrl")
    qtbot.addWidget(cyrillic)
    assert cyrillic.organization is not None and len(cyrillic.organization) == 9
    assert cyrillic.problems_dock.isVisible()
    assert [(p.line, p.column) for p in cyrillic.problems_panel.problems] == [(4, 5), (5, 5)]
    labels = [label.text() for label in cyrillic.problems_panel.findChildren(QLabel)]
    assert any("није отворена" in text for text in labels)  # in the new window's language


def test_select_a_unit_is_translated(qtbot, english):
    from orgexplorer.ui.detail_pane import DetailPane

    install_language("sr_Latn")
    pane = DetailPane()
    qtbot.addWidget(pane)
    assert pane.toPlainText().startswith("Nijedna organizacija nije otvorena")  # nothing open: open a file


def test_screen_readers_hear_attached_units_in_serbian(qtbot, english):
    from PySide6.QtCore import Qt

    from orgexplorer.ui.tree_model import UnitTreeModel

    install_language("sr_Cyrl")
    text = "format: orgexplorer/1\norganization: T\nunits:\n  - id: a\n    name: A\n    attached: [{id: b, name: B}]\n"
    model = UnitTreeModel()
    model.set_organization(load_bytes(text.encode()).organization)
    staff = model.index(0, 0, model.index(0, 0))
    assert staff.data(Qt.ItemDataRole.AccessibleTextRole) == "B, придружена јединица"


def test_unit_kinds_are_shown_in_serbian(qtbot, english):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(BUNDLED)
    cyrillic = window.choose_language("sr_Cyrl")
    qtbot.addWidget(cyrillic)
    cyrillic.select_unit(cyrillic.organization.by_id("verification-centre").index)
    assert "Врста\nцентар" in cyrillic.detail_pane.toPlainText()
    cyrillic.select_unit(cyrillic.organization.by_id("strategic-planning-department").index)
    assert "Врста\nодељење" in cyrillic.detail_pane.toPlainText()


def test_no_translatable_text_is_built_inside_an_f_string():
    """lupdate never sees tr() or translate() inside an f-string: such text stays English."""
    import ast

    offenders = []
    for path in sorted((REPO / "orgexplorer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr in ("tr", "translate")
                    ):
                        offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def _menu_and_toolbar_actions(window):
    """Every action a user reaches from the menu bar (submenus included) or a toolbar, with where."""
    from PySide6.QtWidgets import QToolBar

    found = []

    def walk(actions, where):
        for action in actions:
            if action.isSeparator():
                continue
            menu = action.menu()
            found.append((f"{where} > {action.text()}", action))
            if menu is not None:
                walk(menu.actions(), f"{where} > {menu.title()}")

    walk(window.menuBar().actions(), "menu bar")
    for toolbar in window.findChildren(QToolBar):
        walk(toolbar.actions(), toolbar.objectName())
    return found


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl"])
def test_every_menu_and_toolbar_action_is_translated(qtbot, english, code):
    """Each text, tooltip and status tip of a menu or toolbar action reads differently from English,
    but for the languages' own names (each written in its language) and the files in Open Recent."""
    from orgexplorer.ui.language import LANGUAGES

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(BUNDLED)
    english_texts = {
        where.split(" > ")[-1]: (action.text(), action.toolTip(), action.statusTip())
        for where, action in _menu_and_toolbar_actions(window)
    }
    translated = window.choose_language(code)
    qtbot.addWidget(translated)
    actions = _menu_and_toolbar_actions(translated)
    assert len(actions) > 30
    untranslated = []
    for where, action in actions:
        if action.text().replace("&", "") in LANGUAGES.values() or action.statusTip() == action.data():
            continue  # a language's own name, a recent file (its path)
        for kind, text in (("text", action.text()), ("tooltip", action.toolTip()), ("status tip", action.statusTip())):
            if text and any(text in texts for texts in english_texts.values()):
                untranslated.append(f"{where} ({kind}): {text}")
    assert untranslated == []


def test_every_translatable_text_is_looked_up_under_the_context_it_was_extracted_in():
    """At run time ``self.tr`` asks for the text under its class's name: lupdate must have filed it there.
    An alias (``tr = self.tr``) or a bare ``tr(...)`` is filed under no context and never translated."""
    import ast

    root = ET.parse(TRANSLATIONS / "orgexplorer_sr_Latn.ts").getroot()
    extracted = {
        (context.findtext("name") or "", message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    asked: list[tuple[str, str, str]] = []

    def visit(node: ast.AST, path: Path, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, path, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                texts = [arg.value for arg in child.args[:2] if isinstance(arg, ast.Constant)]
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                where = f"{path.relative_to(REPO)}:{child.lineno}"
                if name == "tr" and texts:
                    bare = not isinstance(func, ast.Attribute) or getattr(func.value, "id", "") not in ("self", "cls")
                    asked.append(("" if bare else cls, texts[0], where))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2:
                    asked.append((texts[0], texts[1], where))
            visit(child, path, cls)

    for folder in ("ui", "chart"):
        for path in sorted((REPO / "orgexplorer" / folder).glob("*.py")):
            visit(ast.parse(path.read_text(encoding="utf-8")), path, "")
    assert len(asked) > 250
    assert [
        f"{where}: {context or '(no context)'}: {text}"
        for context, text, where in asked
        if not context or (context, text) not in extracted
    ] == []


#: Qt's names of keys: an interface text takes them through a placeholder filled with Qt's native text.
_KEY_NAMES = re.compile(
    r"\b(?:Ctrl|Shift|Alt|Meta|Esc|Escape|Enter|Return|Tab|Backspace|Del|Delete|PgUp|PgDown|F\d+)\b"
)


def test_no_translatable_text_spells_a_key_name():
    """Spelt in a source text, a key name is transliterated in Cyrillic ("уз Схифт"). (Qt's own texts,
    such as its context menu's "Delete", are Qt's to word.)"""
    from orgexplorer.ui.qt_texts import QT_TEXTS

    root = ET.parse(TRANSLATIONS / "orgexplorer_sr_Latn.ts").getroot()
    qt_contexts = {context for context, _ in QT_TEXTS}
    assert [
        source
        for context in root.iter("context")
        if context.findtext("name") not in qt_contexts
        for m in context.iter("message")
        if _KEY_NAMES.search(source := m.findtext("source") or "")
    ] == []


def test_key_names_in_cyrillic_are_qts_own(qtbot, english):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from orgexplorer.ui.language import key_name

    install_language("sr_Cyrl")
    window = MainWindow()
    qtbot.addWidget(window)
    native = QKeySequence.SequenceFormat.NativeText
    assert f" {QKeySequence(Qt.Key.Key_Shift).toString(native)})" in window.compare.compare_action.statusTip()
    assert window.compare.compare_action.statusTip().startswith("Упореди")
    assert f"({QKeySequence(Qt.Key.Key_Escape).toString(native)})" in window.compare.panel.leave_button.toolTip()
    assert f", {key_name(Qt.Key.Key_Enter)} бира" in window.search_field.accessibleDescription()


@pytest.mark.parametrize("code", ["en", "sr_Latn", "sr_Cyrl"])
def test_the_search_hint_is_never_cut_short(qtbot, english, code):
    """The field shows the longest of its hints that fits: with the shortcut (Qt's name of it) in a
    wide window, shorter ones as the column narrows, never one cut short with "…" while one fits."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    install_language(code)
    QSettings().remove("window")  # no docks beside the tree left open by another test
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    field = window.search_field
    metrics = field.fontMetrics()
    shown = []
    for width in (1400, 1100, 900, 650):
        window.resize(width, 720)
        window.splitter.setSizes([width * 12 // 25, width * 13 // 25])
        QApplication.processEvents()
        shown.append(field.placeholderText())
        fits = metrics.horizontalAdvance(field.placeholderText()) <= window.search.placeholder_room()
        assert fits or width == 650, (width, field.placeholderText())
    assert shown[0].endswith(f"({QKeySequence(QKeySequence.StandardKey.Find).toString()})")
    assert len(set(shown)) == 3


#: Qt's standard buttons in Serbian: (button, Latin, Cyrillic).
_BUTTONS = [
    ("Ok", "U redu", "У реду"),
    ("Cancel", "Otkaži", "Откажи"),
    ("Yes", "&Da", "&Да"),
    ("No", "&Ne", "&Не"),
    ("Save", "Sačuvaj", "Сачувај"),
    ("Discard", "Odbaci", "Одбаци"),
    ("Close", "Zatvori", "Затвори"),
]


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl"])
def test_qts_own_dialogs_speak_serbian(qtbot, english, code):
    """Qt ships no Serbian of its own: its buttons, progress dialog and file dialog come from ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QProgressDialog

    install_language(code)
    column = 1 if code == "sr_Latn" else 2
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = QDialogButtonBox()
    qtbot.addWidget(buttons)
    for row in _BUTTONS:
        standard = getattr(QDialogButtonBox.StandardButton, row[0])
        assert buttons.addButton(standard).text() == row[column]
        box.addButton(getattr(QMessageBox.StandardButton, row[0]))
        assert box.button(getattr(QMessageBox.StandardButton, row[0])).text() == row[column]
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    assert progress.findChild(QPushButton).text() == ("Otkaži", "Откажи")[column - 1]
    dialog = QFileDialog(None, "", str(REPO))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == ("&Traži u:", "&Тражи у:")[column - 1]
    assert labels["fileTypeLabel"] == ("&Vrsta datoteka:", "&Врста датотека:")[column - 1]


@pytest.mark.parametrize("code", ["sr_Latn", "sr_Cyrl"])
def test_every_qt_text_we_list_is_translated_in_its_script(english, code):
    from PySide6.QtCore import QCoreApplication

    from orgexplorer.ui.qt_texts import QT_TEXTS

    install_language(code)
    cyrillic = re.compile("[\u0400-\u04ff]")
    for context, text in QT_TEXTS:
        translated = QCoreApplication.translate(context, text)
        assert translated != text, (context, text)
        assert bool(cyrillic.search(translated)) == (code == "sr_Cyrl"), (context, text, translated)


def _qt_translation(folder: Path, language: str, text: str) -> None:
    """A translation file as Qt ships them: ``qtbase_sr.qm`` (Serbian, Cyrillic)."""
    ts = folder / "qtbase_sr.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
        "<context><name>QPlatformTheme</name><message><source>Help</source>"
        f"<translation>{text}</translation></message>"
        "<message><source>Some text only Qt has</source><translation>Само Qt</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(ts), "-qm", str(folder / "qtbase_sr.qm")], check=True, capture_output=True)


def test_qts_translations_are_taken_in_the_same_script_only(tmp_path, english):
    """Where Qt ships Serbian (in Cyrillic), the Cyrillic interface takes it, with ours first; the Latin
    one does not (a Latin window with Cyrillic buttons), and ours holds the Latin words."""
    from PySide6.QtCore import QCoreApplication

    _qt_translation(tmp_path, "sr", "Помоћ (Qt)")
    translate = QCoreApplication.translate
    install_language("sr_Cyrl", str(tmp_path))
    assert translate("QPlatformTheme", "Some text only Qt has") == "Само Qt"
    assert translate("QPlatformTheme", "Help") == "Помоћ"  # ours, asked first
    install_language("sr_Latn", str(tmp_path))
    assert translate("QPlatformTheme", "Some text only Qt has") == "Some text only Qt has"
    assert translate("QPlatformTheme", "Help") == "Pomoć"
