"""Compare mode with real widgets: marks in the tree, the Changes list walked by keyboard, before → after
in the detail pane, search over both versions, the marked chart, export, Esc, Shift+drop, bad files;
and the window agreeing with ``orgexplorer diff`` on the example pair."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDockWidget

from orgexplorer.ui.changes_panel import ChangeKindRole, ChangesPanel
from orgexplorer.ui.language import install_language
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import MarksRole, UnitIdRole
from tests.conftest import REPO, write

OLD = REPO / "resources" / "examples" / "city-services-2024.yaml"
NEW = REPO / "resources" / "examples" / "city-services-2025.yaml"


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    assert window.open_file(NEW)
    return window


@pytest.fixture
def comparing(window, qtbot):
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000) as blocker:
        window.compare.compare_with(str(OLD))
    assert blocker.args == [True]
    return window


def tree_index(window, unit_id):
    return window._model.index_of(window.organization.by_id(unit_id).index)


def test_tree_marks_units_with_colour_and_icon_and_strikes_removed_ones(comparing, qtmodeltester):
    window = comparing
    qtmodeltester.check(window._model)
    assert len(window.organization) == 28 + 2  # the newer version and its two removed units
    added = tree_index(window, "climate")
    assert added.data(MarksRole) == ["added"]
    assert added.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not added.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "new" in added.data(Qt.ItemDataRole.AccessibleTextRole)
    removed = tree_index(window, "printing")
    assert removed.data(MarksRole) == ["removed"]
    assert removed.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert removed.parent().data(UnitIdRole) == "services"  # where it was
    assert tree_index(window, "treasury").data(MarksRole) is None
    assert tree_index(window, "it").data(MarksRole) == ["renamed", "changed"]
    assert window.findChild(object, "changesDock").isVisible()


def test_window_and_cli_agree_on_the_example_pair(comparing, qtmodeltester):
    model = comparing.compare.panel.model
    qtmodeltester.check(model)
    shown = [(model.index(row, 0).data(ChangeKindRole), model.change(model.index(row, 0)).id) for row in
             range(model.rowCount())]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "diff", str(OLD), str(NEW), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert shown == [(change["kind"], change["id"] or "") for change in json.loads(result.stdout)]


def test_changes_list_is_walked_with_the_keyboard(comparing, qtbot):
    window = comparing
    view = window.compare.panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    before = window.current_unit().index
    change = window.compare.panel.model.change(view.currentIndex())
    assert change.position is None and change.kind.value == "organization renamed"  # no unit to select
    assert window.current_unit().index == before
    for _ in range(5):  # past the organization's own changes: title, source, three glossary terms
        qtbot.keyClick(view, Qt.Key.Key_Down)
    change = window.compare.panel.model.change(view.currentIndex())
    assert window.current_unit().index == change.position
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    change = window.compare.panel.model.change(view.currentIndex())
    assert window.current_unit().index == change.position
    # Selecting a unit in the tree brings its change into view in the list.
    window.select_unit(window.organization.by_id("fleet").index)
    assert window.compare.panel.model.change(view.currentIndex()).id == "fleet"


def test_detail_pane_shows_before_and_after_with_words_marked(comparing):
    window = comparing
    window.select_unit(window.organization.by_id("it").index)
    text = window.detail_pane.toPlainText()
    assert "Changes since city-services-2024.yaml" in text
    assert "Information Technology Department → Digital Services Department" in text
    assert "answering staff calls about computers" in text and "from Helpdesk" in text
    page = window.detail_pane.toHtml()
    assert "line-through" in page and "underline" in page
    window.select_unit(window.organization.by_id("permits-desk").index)
    assert "Responsibility moved away" in window.detail_pane.toPlainText()
    window.select_unit(window.organization.by_id("treasury").index)
    assert "Changes since" not in window.detail_pane.toPlainText()


def test_search_finds_units_of_both_versions(comparing, qtbot):
    window = comparing
    # A removed unit, a new one, and a renamed one by its old name.
    for text, unit_id in (("print shop", "printing"), ("climate", "climate"), ("traffic engineering", "mobility")):
        window.search_field.setText(text)
        qtbot.waitUntil(lambda t=text: window.search_result is not None and window.search_result.query == t)
        assert unit_id in {window.organization.units[hit.unit].id for hit in window.search_result.hits}


def test_chart_shows_the_marks(comparing, qtbot):
    window = comparing
    window.right_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.chart_view.chart_layout is not None)
    marks = window.chart_view.chart_layout.marks
    assert marks[window.organization.by_id("printing").index][0].value == "removed"


def test_escape_clears_a_search_first_then_leaves_compare_mode(comparing, qtbot):
    window = comparing
    window.select_unit(window.organization.by_id("it").index)
    window.search_field.setText("parks")
    with qtbot.waitSignal(window.compare.compare_left, raising=False, timeout=300) as left:
        qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not left.signal_triggered and window.compare.active and window.search_field.text() == ""
    with qtbot.waitSignal(window.compare.compare_left):
        qtbot.keyClick(window.unit_tree, Qt.Key.Key_Escape)
    assert not window.compare.active
    assert len(window.organization) == 28
    assert window.current_unit().id == "it"
    assert tree_index(window, "it").data(MarksRole) is None
    assert not window.findChild(object, "changesDock").isVisible()
    assert "Changes since" not in window.detail_pane.toPlainText()
    # Esc clears the search again, as outside compare mode.
    window.search_field.setText("parks")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""


def test_leave_button(comparing, qtbot):
    with qtbot.waitSignal(comparing.compare.compare_left):
        comparing.compare.panel.leave_button.click()
    assert len(comparing.organization) == 28


def test_dropping_a_file_with_shift_compares(window, qtbot):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(OLD))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
    )
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000):
        window.dropEvent(event)
    assert window.compare.active and window.path == str(NEW)


def test_a_bad_older_file_shows_its_problems_and_keeps_the_organization(window, qtbot, tmp_path):
    broken = write(tmp_path, "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n")
    shown = window.organization
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000) as blocker:
        window.compare.compare_with(str(broken))
    assert blocker.args == [False]
    assert window.organization is shown and not window.compare.active
    assert window.problems_dock.isVisible()
    assert any("nmae" in problem.message for problem in window.problems_panel.problems)


def test_a_file_compared_with_itself_says_no_changes(window, qtbot):
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000):
        window.compare.compare_with(str(NEW))
    assert "No changes" in window.compare.panel.summary.text()
    assert window.compare.panel.model.rowCount() == 0


def test_swap_versions(comparing, qtbot):
    with qtbot.waitSignal(comparing.compare.compare_finished, timeout=30000):
        comparing.compare.panel.swap_button.click()
    organization = comparing.organization
    assert organization.by_id("printing").name == "Print Shop"  # the 2024 tree now, the 2025 ids removed
    assert tree_index(comparing, "climate").data(MarksRole) == ["removed"]


def test_export_from_the_window(comparing, qtbot, tmp_path):
    out = tmp_path / "changes.pdf"
    with qtbot.waitSignal(comparing.export_finished, timeout=60000):
        comparing.compare.export_to(str(out))
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    assert "Changes from city-services-2024.yaml to city-services-2025.yaml" in " ".join(
        " ".join(page.extract_text().split()) for page in reader.pages[1:]
    )


def test_leaving_a_large_comparison_indexes_off_the_gui_thread(comparing, qtbot, monkeypatch):
    from orgexplorer.ui import compare_controller

    monkeypatch.setattr(compare_controller, "BACKGROUND_INDEX_UNITS", 0)
    comparing.select_unit(comparing.organization.by_id("fleet").index)
    with qtbot.waitSignal(comparing.compare.compare_left, timeout=30000):
        comparing.compare.leave()
        assert comparing.compare.active  # still showing the comparison while the index is made
    assert len(comparing.organization) == 28 and comparing.current_unit().id == "fleet"
    comparing.search_field.setText("parks")
    qtbot.waitUntil(lambda: comparing.search_result is not None and comparing.search_result.query == "parks")
    assert comparing.search_result.hits


def test_a_bad_file_while_comparing_keeps_the_comparison(comparing, qtbot, tmp_path):
    broken = write(tmp_path, "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n")
    rows = comparing.compare.panel.model.rowCount()
    with qtbot.waitSignal(comparing.compare.compare_finished, timeout=30000) as blocker:
        comparing.compare.compare_with(str(broken))
    assert blocker.args == [False] and comparing.compare.active
    assert comparing.compare.panel.model.rowCount() == rows
    assert "Changes from city-services-2024.yaml" in comparing.compare.panel.summary.text()


# --- the Changes dock belongs to compare mode ---


def changes_dock(window):
    return window.findChild(QDockWidget, "changesDock")


def test_the_changes_dock_cannot_be_shown_empty_after_leaving(comparing, qtbot):
    window = comparing
    toggle = changes_dock(window).toggleViewAction()
    assert changes_dock(window).isVisible() and toggle.isEnabled()
    with qtbot.waitSignal(window.compare.compare_left):
        window.compare.leave()
    assert not changes_dock(window).isVisible()
    assert not toggle.isEnabled()  # View > Changes: nothing to show outside compare mode
    toggle.trigger()
    assert not changes_dock(window).isVisible()


def test_comparing_twice_then_leaving(comparing, qtbot):
    window = comparing
    rows = window.compare.panel.model.rowCount()
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000) as blocker:
        window.compare.compare_with(str(OLD))
    assert blocker.args == [True] and window.compare.panel.model.rowCount() == rows
    assert len(window.organization) == 28 + 2  # compared with the newer version, not with the merged one
    with qtbot.waitSignal(window.compare.compare_left):
        window.compare.leave()
    assert len(window.organization) == 28 and not changes_dock(window).isVisible()


def test_a_session_ended_in_compare_mode_starts_without_the_dock(comparing, qtbot):
    saved = QSettings().value("window/state")
    try:
        comparing.close()  # saves the layout with the Changes dock shown
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_file(NEW)
        assert not changes_dock(window).isVisible()
        assert not changes_dock(window).toggleViewAction().isEnabled()
    finally:
        QSettings().setValue("window/state", saved)


@pytest.fixture
def english():
    yield
    QSettings().setValue("language", "")
    install_language("en")


def test_the_dock_stays_hidden_across_language_switches_after_leaving(comparing, qtbot, english):
    latin = comparing.choose_language("sr_Latn")  # the window closes, saving the dock as shown
    qtbot.addWidget(latin)
    assert latin.compare.active and changes_dock(latin).isVisible()
    assert latin.compare.panel.summary.text().startswith("Promene od city-services-2024.yaml")  # Serbian now
    assert "promene od city-services-2024.yaml" in latin.windowTitle()
    with qtbot.waitSignal(latin.compare.compare_left):
        latin.compare.leave()
    english_window = latin.choose_language("en")
    qtbot.addWidget(english_window)
    assert not english_window.compare.active
    assert not changes_dock(english_window).isVisible()


def test_a_comparison_being_made_goes_on_in_the_new_language(window, qtbot, english):
    window.compare.compare_with(str(OLD))
    latin = window.choose_language("sr_Latn")
    qtbot.addWidget(latin)
    with qtbot.waitSignal(latin.compare.compare_finished, timeout=30000) as blocker:
        pass
    assert blocker.args == [True] and latin.compare.active and changes_dock(latin).isVisible()
    assert latin.compare.panel.model.rowCount() > 0
    assert not window.compare.active  # the closed window made nothing of it


def test_opening_another_file_while_comparing_cancels_the_comparison(window, qtbot, tmp_path, bundled_path):
    window.compare.compare_with(str(OLD))
    assert changes_dock(window).isVisible()
    assert window.open_file(bundled_path)
    assert not changes_dock(window).isVisible()
    with qtbot.waitSignal(window.compare.compare_finished, raising=False, timeout=2000) as blocker:
        pass
    assert not blocker.signal_triggered
    assert not window.compare.active and len(window.organization) == 9


def test_the_panel_without_a_comparison_says_what_it_is_for(qtbot):
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    assert "Compare With" in panel.summary.text()
    assert not panel.swap_button.isEnabled() and not panel.export_button.isEnabled()


def test_the_changes_panel_fits_a_narrow_dock_and_shows_before_and_after(comparing, qtbot):
    from orgexplorer.ui.changes_panel import Column

    panel = ChangesPanel()  # as the dock holds it, at the widths a dock may give it
    qtbot.addWidget(panel)
    panel.set_comparison(comparing.compare.comparison, "Changes")
    panel.show()
    buttons = (panel.swap_button, panel.export_button, panel.leave_button)
    one_row = sum(button.sizeHint().width() for button in buttons)
    assert panel.minimumSizeHint().width() < one_row  # the dock may be narrower than three buttons
    for width, rows in ((panel.sizeHint().width(), 1), (panel.minimumSizeHint().width(), 2)):
        panel.resize(width, 500)
        qtbot.wait(10)
        assert len({button.y() for button in buttons}) == rows, width
        for button in buttons:  # each whole, none cut by the panel's edge
            assert button.width() >= button.sizeHint().width() and button.geometry().right() < panel.width()
    panel.resize(400, 500)
    qtbot.wait(10)
    view = panel.view
    assert view.header().sectionViewportPosition(Column.WHAT) < view.viewport().width() - 60  # in sight


def test_the_print_preview_offers_no_book_while_comparing(comparing, qtbot):
    """A book does not mark changes yet (export refuses --fit book with --compare): not offered."""
    from orgexplorer.chart.paper import Fit
    from orgexplorer.ui.print_preview import FITS

    preview = comparing.print_chart()
    qtbot.addWidget(preview)
    choices = preview.fit_box.model()
    assert not choices.item(FITS.index(Fit.BOOK)).isEnabled()
    assert choices.item(FITS.index(Fit.POSTER)).isEnabled()
    assert "compare" in choices.item(FITS.index(Fit.BOOK)).toolTip()
    preview.reject()
    comparing.compare.leave()
    preview = comparing.print_chart()
    qtbot.addWidget(preview)
    assert preview.fit_box.model().item(FITS.index(Fit.BOOK)).isEnabled()
    preview.reject()


def test_the_changes_model_passes_the_model_tester_without_a_comparison(comparing, qtmodeltester):
    model = comparing.compare.panel.model
    qtmodeltester.check(model)
    comparing.compare.leave()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_compare_with_is_offered_once_an_organization_is_open(qtbot, tmp_path):
    """A window whose file was refused has nothing to compare: Compare With… would ask for a file
    and then do nothing."""
    broken = write(tmp_path, "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_file(broken)
    assert window.organization is None and not window.compare.compare_action.isEnabled()
    window.compare.compare_with(str(OLD))  # as a file dropped with Shift
    assert "open an organization first" in window.statusBar().currentMessage()
    assert not window.compare.active and not window.findChild(QDockWidget, "changesDock").isVisible()
    assert window.open_file(NEW)
    assert window.compare.compare_action.isEnabled()


def test_leaving_while_a_comparison_is_made_stops_it_and_says_so(window, qtbot):
    window.compare.compare_with(str(OLD))
    assert window.statusBar().currentMessage().startswith("Comparing with")
    window.compare.panel.leave_button.click()  # the panel's button, while the worker compares
    assert "was stopped" in window.statusBar().currentMessage()
    assert not window.findChild(QDockWidget, "changesDock").isVisible()
    with qtbot.waitSignal(window.compare.compare_finished, raising=False, timeout=2000) as blocker:
        pass
    assert not blocker.signal_triggered and not window.compare.active and len(window.organization) == 28


def test_the_newer_file_changed_on_disk_is_compared_again(qtbot, tmp_path):
    """The open file is watched and reloaded when it changes; while comparing, the reloaded version
    is compared with the same older one (compare mode is not left behind the user's back)."""
    newer = tmp_path / "city-services-2025.yaml"
    newer.write_text(NEW.read_text(encoding="utf-8"), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(newer)
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000):
        window.compare.compare_with(str(OLD))
    rows = window.compare.panel.model.rowCount()
    window.select_unit(window.organization.by_id("fleet").index)
    text = newer.read_text(encoding="utf-8").replace("name: Vehicle Fleet Unit", "name: Fleet Services Unit")
    assert "Fleet Services Unit" in text
    with qtbot.waitSignal(window.compare.compare_finished, timeout=30000) as blocker:
        newer.write_text(text, encoding="utf-8")  # the watcher reloads it
    assert blocker.args == [True] and window.compare.active
    assert window.compare.panel.model.rowCount() == rows + 1  # the rename is one more change
    assert window.organization.by_id("fleet").name == "Fleet Services Unit"
    assert window.current_unit().id == "fleet" and window.path == str(newer)
    assert window.findChild(QDockWidget, "changesDock").isVisible()
