"""Search in the window: results list, keyboard, filter toggle, Esc, highlighting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.search_results import HitHtmlRole
from orgexplorer.ui.tree_model import IsMatchRole, UnitIdRole
from tests.conftest import BUNDLED


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.filter_toggle.setChecked(True)
    assert window.open_file(BUNDLED)
    return window


def type_query(window, qtbot, text):
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: window.search_result is not None and window.search_result.query == text)


def results(window):
    model = window.results_view.model()
    return [model.index(row).data(UnitIdRole) for row in range(model.rowCount())]


def assert_found_first(window, unit_id):
    """``unit_id`` alone has the words; the rest, if any, are the meaning layer's (whether it is ready
    when the query lands depends on the machine: it is made in the background)."""
    found = results(window)
    assert found[0] == unit_id and len(found) == 1 + window.search_result.by_meaning, found


def current_id(window):
    return window.unit_tree.currentIndex().data(UnitIdRole)


def test_results_as_you_type(window, qtbot, qtmodeltester):
    type_query(window, qtbot, "arms control")
    # Whether the meaning layer is ready yet (it is made in the background) decides what follows.
    by_meaning = window.search_result.by_meaning
    assert results(window)[0] == "verification-centre" and len(results(window)) == 1 + by_meaning
    assert window.results_view.isVisible()
    label = "1 unit found." if not by_meaning else f"{1 + by_meaning} units found; {by_meaning} of them by meaning."
    assert window.results_label.text() == label
    html = window.results_view.model().index(0).data(HitHtmlRole)
    assert "Verification Centre" in html and "responsibility:" in html and "arms</span>" in html
    qtmodeltester.check(window.results_view.model())


def test_enter_selects_the_best_hit(window, qtbot):
    type_query(window, qtbot, "media")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert current_id(window) == "office-for-administrative-and-professional-services"
    text = window.detail_pane.toHtml()
    assert "media</span>" in text  # the term is marked in the detail pane


def highlighted(window):
    """The rows of the results list drawn highlighted (selected)."""
    return [index.row() for index in window.results_view.selectionModel().selectedIndexes()]


def test_up_down_move_through_results(window, qtbot):
    type_query(window, qtbot, "military")
    assert len(results(window)) >= 3
    assert window.results_view.currentIndex().row() == -1  # none yet (the selected unit's row is marked)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # from the field to the first result
    assert window.results_view.currentIndex().row() == 0 and highlighted(window) == [0]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results_view.currentIndex().row() == 2 and highlighted(window) == [2]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)
    assert window.results_view.currentIndex().row() == 1 and highlighted(window) == [1]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Enter)
    assert current_id(window) == results(window)[1]
    assert highlighted(window) == [1] and window.search_field.hasFocus()


def test_down_then_enter_chooses_the_best_hit(window, qtbot):
    type_query(window, qtbot, "arms control")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert current_id(window) == "verification-centre"
    window.search_field.selectAll()
    type_query(window, qtbot, "verification")  # a new answer: Down starts from its first row again
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results_view.currentIndex().row() == 0


def test_up_from_the_first_result_goes_back_to_the_field(window, qtbot):
    type_query(window, qtbot, "cooperation")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)  # nothing above the field
    assert window.results_view.currentIndex().row() == -1
    chosen = highlighted(window)  # the selected unit's row, if it is among the results
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert highlighted(window) == [0]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)
    assert window.results_view.currentIndex().row() == -1 and highlighted(window) == chosen
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # Enter alone: the best hit
    assert current_id(window) == results(window)[0]


def test_tab_leaves_the_field_for_the_filter_then_the_results(window, qtbot):
    type_query(window, qtbot, "cooperation")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Tab)
    assert window.filter_toggle.hasFocus() and window.search_field.text() == "cooperation"
    qtbot.keyClick(window.filter_toggle, Qt.Key.Key_Tab)
    assert window.results_view.hasFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_Down)
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert current_id(window) == results(window)[window.results_view.currentIndex().row()]


def test_click_selects_and_expands(window, qtbot):
    window.unit_tree.collapseAll()
    type_query(window, qtbot, "verif")
    view = window.results_view
    rect = view.visualRect(view.model().index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_id(window) == "verification-centre"
    assert window.unit_tree.isExpanded(window.unit_tree.currentIndex().parent())


def test_filter_on_shows_matches_and_ancestors(window, qtbot, qtmodeltester):
    type_query(window, qtbot, "arms control")
    model = window.unit_tree.model()
    qtmodeltester.check(model)
    organization = window.organization
    shown = {u.id for u in organization if model.index_of(u.index).isValid()}
    assert shown == {"defence-policy-sector", "international-military-cooperation-department", "verification-centre"}
    assert model.index_of(organization.by_id("verification-centre").index).data(IsMatchRole)
    assert not model.index_of(organization.by_id("defence-policy-sector").index).data(IsMatchRole)


def test_filter_off_keeps_tree_and_marks(window, qtbot, qtmodeltester):
    window.filter_toggle.setChecked(False)
    type_query(window, qtbot, "arms control")
    model = window.unit_tree.model()
    qtmodeltester.check(model)
    assert all(model.index_of(u.index).isValid() for u in window.organization)
    assert model.index_of(window.organization.by_id("verification-centre").index).data(IsMatchRole)
    window.filter_toggle.setChecked(True)
    assert not model.index_of(window.organization.by_id("project-management-office").index).isValid()


def test_escape_clears_and_keeps_selection(window, qtbot):
    type_query(window, qtbot, "verification")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert current_id(window) == "verification-centre"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert not window.unit_tree.model().is_filtered()
    assert not window.results_view.isVisible()
    assert current_id(window) == "verification-centre"
    assert all(window.unit_tree.model().index_of(u.index).isValid() for u in window.organization)


def test_typo_says_showing_results_for(window, qtbot):
    type_query(window, qtbot, "verfication ")
    assert "Showing results for <b>verification</b>" in window.results_label.text()
    assert_found_first(window, "verification-centre")


def test_no_match(window, qtbot):
    type_query(window, qtbot, "zzzzqqq")
    assert window.results_label.text() == "No unit matches."
    assert window.unit_tree.model().rowCount() == 0


def test_selecting_a_filtered_out_unit_clears_the_filter(window, qtbot):
    type_query(window, qtbot, "arms control")
    window.select_unit(window.organization.by_id("project-management-office").index)
    assert current_id(window) == "project-management-office"


def test_large_organizations_search_on_a_worker_thread(window, qtbot, monkeypatch):
    from orgexplorer.ui import background

    monkeypatch.setattr(background, "ASYNC_SEARCH_UNITS", 0)  # treat the sector as large
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "arms")
    qtbot.keyClicks(window.search_field, " control")
    qtbot.waitUntil(lambda: window.search_result is not None and window.search_result.query == "arms control")
    assert_found_first(window, "verification-centre")
    assert window.unit_tree.model().is_filtered()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert current_id(window) == "verification-centre"


def test_escape_keeps_a_selected_unit_the_filter_had_hidden(window, qtbot):
    """The README: Esc clears the search and keeps the selected unit, also one the filter hid."""
    window.select_unit(window.organization.by_id("project-management-office").index)
    type_query(window, qtbot, "arms control")  # the filter hides the Project Management Office
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert current_id(window) == "project-management-office"
    assert "Project Management Office" in window.detail_pane.toPlainText()


def test_results_and_detail_pane_agree_on_the_selected_unit(window, qtbot):
    """A single result is not shown selected while the detail pane shows another unit, or none."""
    window.select_unit(window.organization.by_id("project-management-office").index)
    type_query(window, qtbot, "arms control")
    assert_found_first(window, "verification-centre")
    assert "Select a unit" not in window.detail_pane.toPlainText()
    assert window.current_unit().id == "project-management-office"  # still selected, though filtered out
    marked = [index.data(UnitIdRole) for index in window.results_view.selectionModel().selectedIndexes()]
    assert marked == []
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # choosing the hit selects it everywhere
    marked = [index.data(UnitIdRole) for index in window.results_view.selectionModel().selectedIndexes()]
    assert marked == ["verification-centre"] == [window.current_unit().id] == [current_id(window)]
