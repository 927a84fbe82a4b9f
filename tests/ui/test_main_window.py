"""The main window with real widgets: selection, links, history, bad files, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QLabel

from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import UnitIdRole
from tests.conftest import BUNDLED, write


def select(window, unit_id):
    window.select_unit(window.organization.by_id(unit_id).index)


def current_id(window):
    return window.unit_tree.currentIndex().data(UnitIdRole)


def test_object_names(window):
    for name in ("unitTree", "searchField", "detailPane"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName()


def test_opens_expanded_with_root_selected(window):
    assert current_id(window) == "defence-policy-sector"
    tree = window.unit_tree
    imc = window.unit_tree.model().index_of(
        window.organization.by_id("international-military-cooperation-department").index
    )
    assert tree.isExpanded(imc)
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "9 units" in labels and str(BUNDLED) in labels
    assert window.windowTitle().startswith("Ministry of Defence of the Republic of Serbia")


def test_selecting_fills_the_detail_pane(window):
    select(window, "strategic-planning-department")
    text = window.detail_pane.toPlainText()
    assert "Strategic Planning Department" in text
    assert "Head\tnot stated" in text or "not stated" in text
    assert "planning and development of scientific research and innovation" in text
    assert "Part of" in text and "Defence Policy Sector" in text


def test_detail_pane_of_an_attached_unit(window):
    select(window, "verification-centre")
    text = window.detail_pane.toPlainText()
    assert "Attached to" in text
    assert "Head of the International Military Cooperation Department" in text
    assert "the field of arms control" in text


def test_clicking_a_related_unit_link_selects_it(window, qtbot):
    select(window, "defence-policy-sector")
    pane = window.detail_pane
    target = window.organization.by_id("verification-centre")
    # Find the link's place in the document and click it as a user would.
    document = pane.document()
    cursor = document.find("Military Mission of the Republic of Serbia to the NATO")
    assert not cursor.isNull()
    rect = pane.cursorRect(cursor)
    with qtbot.waitSignal(window.unit_selected) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(20, 0))
    assert current_id(window) == "military-mission-to-nato"
    assert blocker.args == [window.organization.by_id("military-mission-to-nato").index]
    # and through the signal the link carries
    with qtbot.waitSignal(window.unit_selected):
        pane.anchorClicked.emit(QUrl(f"unit:{target.index}"))
    assert current_id(window) == "verification-centre"


def test_back_and_forward(window, qtbot):
    select(window, "strategic-planning-department")
    select(window, "verification-centre")
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    qtbot.keyClick(window.unit_tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == "strategic-planning-department"
    window.back_action.trigger()
    assert current_id(window) == "defence-policy-sector"
    assert not window.back_action.isEnabled()
    window.forward_action.trigger()
    window.forward_action.trigger()
    assert current_id(window) == "verification-centre"
    window.back_action.trigger()
    select(window, "project-management-office")  # a new visit drops the forward history
    assert not window.forward_action.isEnabled()


def test_bad_file_keeps_the_open_organization(window, tmp_path):
    bad = write(tmp_path, "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n")
    assert not window.open_file(bad)
    assert window.organization.title == "Ministry of Defence of the Republic of Serbia"
    assert window.path == str(BUNDLED)
    assert window.problems_dock.isVisible()
    problems = window.problems_panel.problems
    assert [(p.line, p.column) for p in problems] == [(4, 5), (5, 5)]
    listed = window.problems_panel.findChild(object, "problemsList")
    assert listed.count() == 2 and listed.item(1).text().startswith("5:5: unknown key 'nmae'")
    listed.setCurrentRow(1)
    excerpt = window.problems_panel.findChild(object, "problemExcerpt").toPlainText()
    assert "5 |     nmae: A" in excerpt and "  |     ^" in excerpt


def test_warnings_are_shown_with_the_file_they_belong_to(window, tmp_path):
    # A name with a zero-width space looks like another unit's: the file opens, and the window says
    # where (the loader's warning, which `check` prints too); a clean file then hides the panel again.
    look_alike = 'format: orgexplorer/1\norganization: Look\nunits:\n  - id: a\n    name: "Fin\u200bance"\n'
    path = write(tmp_path, look_alike)
    assert window.open_file(path)
    assert window.organization.title == "Look"
    assert window.problems_dock.isVisible()
    (warning,) = window.problems_panel.problems
    assert not warning.is_error and warning.line == 5
    summary = window.problems_panel.findChild(QLabel, "problemsSummary")
    assert "is open, with 1 warning" in summary.text()
    clean = write(tmp_path, "format: orgexplorer/1\norganization: Clean\nunits:\n  - {id: a, name: A}\n", "clean.yaml")
    assert window.open_file(clean)
    assert not window.problems_dock.isVisible()


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"a: &a [x]\nb: [*a, *a]\n", b"[" * 5000])
def test_hostile_files_leave_the_window_alone(window, tmp_path, content):
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    assert not window.open_file(path)
    assert len(window.organization) == 9
    assert window.problems_panel.problems


def test_valid_file_replaces_and_reload_keeps_selection(window, tmp_path):
    text = "format: orgexplorer/1\norganization: Small\nunits:\n  - {id: a, name: A, subunits: [{id: b, name: B}]}\n"
    path = write(tmp_path, text)
    assert window.open_file(path)
    assert window.organization.title == "Small" and not window.problems_dock.isVisible()
    select(window, "b")
    path.write_text(text.replace("name: B", "name: Bee"), encoding="utf-8")
    window.reload_action.trigger()
    assert current_id(window) == "b"
    assert "Bee" in window.detail_pane.toPlainText()
    assert str(path.resolve()) == window.recent_files()[0]


def test_search_field_filters_by_name(window, qtbot):
    qtbot.keyClicks(window.search_field, "centre")
    qtbot.waitUntil(lambda: window.unit_tree.model().is_filtered())
    model = window.unit_tree.model()
    assert model.index_of(window.organization.by_id("verification-centre").index).isValid()
    assert not model.index_of(window.organization.by_id("project-management-office").index).isValid()
    window.clear_search()
    assert not model.is_filtered()


def test_settings_persist(qtbot, tmp_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.open_file(BUNDLED)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.recent_files()[0] == str(BUNDLED.resolve())
    assert second.recent_menu.isEnabled()


def test_dropping_a_file_opens_it(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    path = write(tmp_path, "format: orgexplorer/1\norganization: Dropped\nunits: [{id: a, name: A}]\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.organization.title == "Dropped"


def test_opening_a_spreadsheet_imports_it(window, tmp_path):
    path = tmp_path / "company.csv"
    path.write_text("id,parentId,name,Phone\n1,,Top,111\n2,1,Child,222\n", encoding="utf-8")
    assert window.open_file(path)
    assert [u.name for u in window.organization.walk()] == ["Top", "Child"]
    select(window, "2")
    assert "Phone" in window.detail_pane.toPlainText() and "222" in window.detail_pane.toPlainText()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,parentId,name\n1,,Top\n2,9,Lost\n", encoding="utf-8")
    assert not window.open_file(bad)
    assert window.problems_panel.problems[0].line == 3 and window.organization.title == "Company"
