"""The main tasks by keyboard alone: open, find a unit by function, read its details, export.
And what keyboard and screen-reader users rely on: accessible names, focus order, contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from shiboken6 import isValid

from orgexplorer.chart.render import ChartColors
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import UnitIdRole
from tests.conftest import BUNDLED


def type_into_file_dialog(qtbot, path: str) -> None:
    """When the next modal file dialog opens, type ``path`` into it and press Enter (keyboard only)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        type_path(dialog)

    def type_path(dialog: QFileDialog) -> None:
        if not isValid(dialog) or not dialog.isVisible():
            return  # it took the path
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name_field, path)
        # On a busy machine the dialog's completer may finish listing the folder just as the last
        # letter is typed and leave the file's name alone in the field (Enter then looks for it in the
        # folder the dialog started in): a person sees that, selects the field and types the path again.
        for _ in range(5):
            qtbot.wait(300)
            if name_field.text() == path:
                break
            qtbot.keyClick(name_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(name_field, path)
        qtbot.keyClick(name_field, Qt.Key.Key_Return)
        QTimer.singleShot(500, lambda: type_path(dialog))  # still open (the field emptied): again

    QTimer.singleShot(50, answer)


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    return window


def test_main_tasks_by_keyboard_alone(window, qtbot, tmp_path):
    # Open: Ctrl+O, type the path, Enter.
    type_into_file_dialog(qtbot, str(BUNDLED))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.organization is not None)
    window.activateWindow()  # back from the dialog, as the window manager would do
    qtbot.waitUntil(window.isActiveWindow)

    # Find a unit by function: Ctrl+F, type, Down to the hit, Enter selects it.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "who handles arms control")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.unit_tree.currentIndex().data(UnitIdRole) == "verification-centre"

    # Read its details: they are in the detail pane, reached with Tab.
    for _ in range(6):
        if window.detail_pane.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.detail_pane.hasFocus()
    assert "arms control" in window.detail_pane.toPlainText()

    # Move in the tree with the arrows and type-ahead.
    window.unit_tree.setFocus()
    window.clear_search()
    qtbot.keyClicks(window.unit_tree, "Project")
    assert window.unit_tree.currentIndex().data(UnitIdRole) == "project-management-office"

    # Export: Ctrl+Shift+S, Enter on Export…, type the file name, Enter.
    out = tmp_path / "chart.pdf"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "exportDialog") is not None)
    dialog = window.findChild(QWidget, "exportDialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_into_file_dialog(qtbot, str(out))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists)
    assert out.read_bytes().startswith(b"%PDF")


def test_ctrl_q_quits_where_the_platform_binds_no_quit_key(window, qtbot):
    # Windows and Qt's offscreen platform bind nothing to the standard Quit key; README promises Ctrl+Q.
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_control_has_an_accessible_name(window):
    window.open_file(BUNDLED)
    for name in ("searchField", "filterToggle", "searchResults", "unitTree", "detailPane", "chartView", "rightTabs"):
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    for action in window.findChildren(type(window.open_action)):
        if action.text() and not action.isSeparator():
            assert action.statusTip() or action.menu() or action.actionGroup(), action.text()


def contrast(a: str, b: str) -> float:
    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("text", "fill"),
    [("ink", "box_fill"), ("head_ink", "box_fill"), ("ink", "attached_fill"), ("head_ink", "attached_fill"),
     ("ink", "selected_fill")],
)  # fmt: skip
def test_chart_text_contrast(text, fill):
    colors = ChartColors()
    assert contrast(getattr(colors, text), getattr(colors, fill)) >= 4.5
