"""Compare mode of the window: the newer version's tree with the changes marked and the removed units
where they were, the Changes panel, what changed in the detail pane, the marked chart and its export.

The window shows the comparison's merged organization (``Comparison.merged_organization``) as it shows
any organization, so that the tree, the search (over both versions' units), the chart and the history
work unchanged; this controller adds the marks and the panel, and puts the plain version back when
compare mode is left.
"""

from __future__ import annotations

import html
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog

from orgexplorer.model import LoadResult, Organization, Unit, load_file
from orgexplorer.model.progress import Cancelled, Progress
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.icons import mark_color
from orgexplorer.ui.language import key_name
from orgexplorer.ui.window_state import ShownProblems

if TYPE_CHECKING:  # comparing and indexing load when a comparison is first made, not at start
    from orgexplorer.chart.values import ChartLayout
    from orgexplorer.model.change import Change
    from orgexplorer.model.compare import Comparison
    from orgexplorer.model.search import SearchIndex
    from orgexplorer.ui.changes_panel import ChangesPanel
    from orgexplorer.ui.main_window import MainWindow
    from orgexplorer.ui.tree_model import UnitTreeModel


@dataclass(frozen=True, slots=True)
class Compared:
    """A finished comparison: the older file's load result, and when it loaded, the comparison (with
    the merged organization made) and a search index over it."""

    path: str
    result: LoadResult | None
    comparison: Comparison | None = None
    index: SearchIndex | None = None
    older_name: str = ""
    newer_name: str = ""


def comparing(
    older: str | Organization, newer: Organization, older_name: str, newer_name: str
) -> Callable[[Progress], Compared]:
    """The work of a comparison, for a worker thread: load the other version (when given as a file),
    compare, and index the merged organization for search (100,000 units take seconds)."""

    def work(report: Progress) -> Compared:
        from orgexplorer.model.compare import compare
        from orgexplorer.model.search import SearchIndex

        path = older if isinstance(older, str) else older.path or ""
        result = None
        if isinstance(older, str):
            result = load_file(older, progress=lambda fraction: report(0.5 * fraction))
            if result.cancelled:
                raise Cancelled
            if result.organization is None:
                return Compared(path, result)
        old = result.organization if result is not None else older
        assert isinstance(old, Organization)
        comparison = compare(old, newer)
        report(0.7)
        # What the window asks of the comparison when it shows it, made here rather than on the GUI thread.
        comparison.unit_marks, comparison.by_position  # noqa: B018
        index = SearchIndex(comparison.merged_organization)
        return Compared(path, result, comparison, index, older_name, newer_name)

    return work


def _indexed(organization: Organization) -> SearchIndex:
    from orgexplorer.model.search import SearchIndex

    return SearchIndex(organization)


BACKGROUND_INDEX_UNITS = 5000  # above this, leaving compare mode indexes the plain version off the GUI thread


class CompareController(QObject):
    """Compare mode for one window.

    Signals:
        compare_finished(bool): a comparison is shown (True), or the other file was refused (False).
        compare_left(): compare mode was left.
    """

    compare_finished = Signal(bool)
    compare_left = Signal()

    def __init__(self, window: MainWindow, model: UnitTreeModel) -> None:
        super().__init__(window)
        self.window, self.model = window, model
        self.comparison: Comparison | None = None
        self._plain: tuple[Organization, str | None] | None = None  # what the window showed before
        self._older: Organization | None = None
        self._names = ("", "")
        self._gave: dict[int, list[Change]] = {}
        self._task = BackgroundTask("orgexplorer-compare", self)
        self._task.progress.connect(self._on_task_progress)
        self._pending = ""  # the name of the file being compared with
        # The comparison being made (``_start``'s arguments), until it is shown or refused: a window
        # replacing this one (a change of language) makes it again.
        self._request: tuple[str | Organization, Organization, str, str] | None = None
        self._summary = ""  # the panel's line about the comparison shown
        self._indexer = BackgroundTask("orgexplorer-index", self)
        self._leaving: str | None = None  # while the plain version's index is made: the unit to select
        self._panel: ChangesPanel | None = None  # made when compare mode first shows it
        self.dock = QDockWidget(self.tr("Changes"), window)
        self.dock.setObjectName("changesDock")
        self.dock.visibilityChanged.connect(lambda shown: self.panel if shown else None)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self._create_actions()
        self._show_dock(False)
        window.organization_changed.connect(self._on_window_organization_changed)
        window.unit_selected.connect(self._on_window_unit_selected)
        window.detail_pane.annotate = self.annotate

    @property
    def panel(self) -> ChangesPanel:
        """The Changes panel, made when first shown or used: the window starts without it."""
        if self._panel is None:
            from orgexplorer.ui.changes_panel import ChangesPanel

            panel = self._panel = ChangesPanel()
            panel.unit_requested.connect(self.window.select_unit)
            panel.swap_requested.connect(self.swap)
            panel.export_requested.connect(self.ask_export)
            panel.leave_requested.connect(self.leave)
            self.dock.setWidget(panel)
        return self._panel

    def _create_actions(self) -> None:
        window = self.window
        self.compare_action = QAction(self.tr("Co&mpare With…"), window)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        tip = self.tr("Compare the open organization with an older version of it (drop a file with {key}, too)")
        tip = tip.format(key=key_name(Qt.Key.Key_Shift))
        self.compare_action.setStatusTip(tip)
        self.compare_action.triggered.connect(self._on_compare_action_triggered)
        self.compare_action.setEnabled(window.organization is not None)  # nothing open: nothing to compare
        self.leave_action = QAction(self.tr("&Leave compare mode"), window)
        self.leave_action.setStatusTip(self.tr("Show the newer version alone again"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self._on_leave_action_triggered)
        window.addAction(self.leave_action)
        menu = window.file_menu
        anchor = window.export_action
        menu.insertAction(anchor, self.compare_action)
        menu.insertAction(anchor, self.leave_action)
        menu.insertSeparator(anchor)
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("Chan&ges"))  # the dock's title, with the menu's mnemonic
        toggle.setStatusTip(self.tr("Show or hide the list of changes of compare mode"))
        window.view_menu.addAction(toggle)

    def _show_dock(self, shown: bool) -> None:
        """The Changes dock belongs to compare mode (a comparison shown or being made): outside it the
        dock is hidden and View > Changes disabled, so that no empty panel can be shown."""
        self.dock.toggleViewAction().setEnabled(shown)
        self.dock.setVisible(shown)

    def restore_hidden(self) -> None:
        """After the window restored its saved layout: a session that ended in compare mode saved the
        dock as shown, and this one is not comparing (yet)."""
        if not self.active and self._request is None:
            self._show_dock(False)

    # --- entering and leaving ---

    @property
    def active(self) -> bool:
        return self.comparison is not None

    def compare_with(self, older_path: str) -> None:
        """Compare the organization shown (the newer version) with the file at ``older_path``."""
        plain = self._plain if self._plain is not None else self._shown()
        if plain is None:  # (a file dropped with Shift on a window with nothing open)
            self.window.statusBar().showMessage(
                self.tr("Nothing is open to compare with {name}: open an organization first").format(
                    name=Path(older_path).name
                ),
                8000,
            )
            return
        self._plain = plain
        newer_name = Path(plain[1]).name if plain[1] else plain[0].title
        self._start(older_path, plain[0], Path(older_path).name, newer_name)

    def swap(self) -> None:
        """Take the other version as the older one: the tree shows the file that was the older."""
        if self.comparison is None or self._plain is None or self._older is None:
            return
        newer, older = self._older, self._plain[0]
        self._plain = (newer, newer.path)
        self._older = None
        self._start(older, newer, self._names[1], self._names[0])

    def _start(self, older: str | Organization, newer: Organization, older_name: str, newer_name: str) -> None:
        self._pending = older_name
        self._request = (older, newer, older_name, newer_name)
        text = self.tr("Comparing with {name}…").format(name=older_name)
        if self.comparison is None:
            self.panel.set_comparison(None, text)
        else:  # the comparison shown stays until the new one is ready
            self.panel.summary.setText(text)
        self._show_dock(True)
        self.window.statusBar().showMessage(self.tr("Comparing with {name}…").format(name=older_name))
        self._task.start(comparing(older, newer, older_name, newer_name), self._on_task_finished, self._on_task_failed)

    def _on_task_failed(self, failure: Failure) -> None:
        self._request = None
        message = self.tr("{name} could not be compared: {reason}").format(name=self._pending, reason=failure.reason)
        self.panel.summary.setText(self._summary if self.comparison is not None else message)
        if self.comparison is None:
            self._show_dock(False)
            self._plain = None
        self.window.statusBar().showMessage(message, 8000)
        self.compare_finished.emit(False)

    def _on_task_progress(self, percent: int) -> None:
        if self._task.running:
            text = self.tr("Comparing with {name}… {percent}%").format(name=self._pending, percent=percent)
            self.panel.summary.setText(text)

    def _on_task_finished(self, done: Compared) -> None:
        self._request = None
        window = self.window
        if done.comparison is None or done.index is None:
            problems = done.result.problems if done.result is not None else []
            kept = window.organization.title if window.organization is not None else None
            window.problems_dock.show_problems(ShownProblems(done.path, problems, kept))
            window.statusBar().showMessage(
                self.tr("{name} was not compared: see Problems").format(name=Path(done.path).name), 8000
            )
            if self.comparison is None:
                self._show_dock(False)
                self._plain = None
            else:
                self.panel.summary.setText(self._summary)
            self.compare_finished.emit(False)
            return
        selected = window.current_unit()
        comparison = done.comparison
        merged = comparison.merged_organization
        if done.result is not None and done.result.organization is not None:
            self._older = done.result.organization
        elif self._older is None:
            self._older = comparison.old
        self.comparison = comparison
        self._names = (done.older_name, done.newer_name)
        self._gave = defaultdict(list)
        for change in comparison.changes:
            source = change.detail.get("_from_position")
            if source is not None:
                self._gave[source].append(change)
        self.model.set_marks(merged, comparison.unit_marks)
        window.set_organization(merged, self._plain[1] if self._plain else merged.path, done.index)
        if selected is not None and selected.id in merged:
            window.select_unit(merged.by_id(selected.id).index)
        self._show_comparison()
        window.problems_dock.hide()
        window.statusBar().showMessage(self._summary, 8000)
        self.compare_finished.emit(True)

    def _show_comparison(self) -> None:
        """The panel, the window's title and Esc for the comparison now held, in this window's language."""
        comparison = self.comparison
        assert comparison is not None
        older, newer = self._names
        count = len(comparison.changes)
        self._summary = (
            self.tr("Changes from {older} to {newer}: {count}").format(older=older, newer=newer, count=count)
            if count
            else self.tr("No changes from {older} to {newer}.").format(older=older, newer=newer)
        )
        self.panel.set_comparison(comparison, self._summary)
        self._show_dock(True)
        self.window.setWindowTitle(
            self.tr("{title} – changes since {older} – OrgExplorer").format(
                title=comparison.merged_organization.title, older=older
            )
        )
        self._take_escape(True)

    def leave(self) -> None:
        """Back to the newer version alone, keeping the selected unit where it still exists (a
        comparison still being made is stopped)."""
        self._stop_request()
        plain = self._plain
        if self.comparison is None or plain is None:
            self._drop()
            return
        selected = self.window.current_unit()
        if len(plain[0]) > BACKGROUND_INDEX_UNITS and self._leaving is None:
            # Indexing 100,000 units for search takes seconds: on a worker thread, then back.
            self._leaving = selected.id if selected is not None else None
            self.panel.set_comparison(self.comparison, self.tr("Leaving compare mode…"))
            organization = plain[0]
            self._indexer.start(lambda report: _indexed(organization), self._on_indexer_finished)
            return
        self._show_plain(plain, selected.id if selected is not None else None, None)

    def _on_indexer_finished(self, index: SearchIndex) -> None:
        plain, selected = self._plain, self._leaving
        self._leaving = None
        if plain is not None and self.comparison is not None and index.organization is plain[0]:
            self._show_plain(plain, selected, index)

    def _show_plain(
        self, plain: tuple[Organization, str | None], selected: str | None, index: SearchIndex | None
    ) -> None:
        self._drop()
        self.window.set_organization(plain[0], plain[1], index)
        if selected is not None and selected in plain[0]:
            self.window.select_unit(plain[0].by_id(selected).index)

    def _stop_request(self) -> None:
        """The comparison being made is not wanted any more: the status bar stops saying it is made."""
        if self._request is not None:
            message = self.tr("Comparing with {name} was stopped").format(name=self._pending)
            self.window.statusBar().showMessage(message, 5000)
        self._task.cancel()
        self._request = None

    def _drop(self) -> None:
        self._stop_request()
        self._indexer.cancel()
        self._leaving = None
        was_active = self.comparison is not None
        self.comparison, self._plain, self._older, self._gave = None, None, None, {}
        self.model.set_marks(None, {})
        if self._panel is not None:
            self._panel.set_comparison(None, "")
        self._show_dock(False)
        self._take_escape(False)
        if was_active:
            self.compare_left.emit()

    def _take_escape(self, take: bool) -> None:
        """In compare mode Esc leaves it (after clearing a search first); outside, Esc clears the search."""
        clear = self.window.clear_search_action
        if take:
            clear.setShortcut(QKeySequence())
            self.leave_action.setShortcut(QKeySequence("Esc"))
        else:
            self.leave_action.setShortcut(QKeySequence())
            clear.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(take)

    def _on_leave_action_triggered(self) -> None:
        if self.window.search_field.text():
            self.window.clear_search()
        else:
            self.leave()

    def _shown(self) -> tuple[Organization, str | None] | None:
        organization = self.window.organization
        return None if organization is None else (organization, self.window.path)

    def _on_window_organization_changed(self) -> None:
        # Another organization shown: compare mode ends with it, and a comparison being made of the
        # one shown before is not wanted any more. The newer file itself reloaded (it changed on
        # disk) is compared again with the same older version: the user is still comparing.
        shown, comparison, request = self.window.organization, self.comparison, self._request
        self.compare_action.setEnabled(shown is not None)
        if comparison is not None:
            if shown is not comparison.merged_organization:
                plain, older, (older_name, newer_name) = self._plain, self._older, self._names
                path = self.window.path
                self._drop()
                if shown is not None and older is not None and plain is not None and path and path == plain[1]:
                    self._plain = (shown, path)
                    self._start(older, shown, older_name, newer_name)
        elif request is not None and shown is not request[1]:
            self._drop()

    def _on_window_unit_selected(self, index: int) -> None:
        if self.comparison is not None:
            self.panel.show_unit(index)

    def adopt(self, other: CompareController) -> None:
        """Carry compare mode over from the window this one replaces (a change of language), and a
        comparison still being made there is made here instead."""
        request = other._request
        other._task.cancel(quietly=True)
        other._request = None
        self._plain, self._older = other._plain, other._older
        if other.comparison is not None:
            self.comparison = other.comparison
            self._names, self._gave = other._names, other._gave
            self.model.set_marks(other.comparison.merged_organization, other.comparison.unit_marks)
            self._show_comparison()
        if request is not None:
            self._start(*request)

    def _on_compare_action_triggered(self) -> None:
        folder = os.path.dirname(self.window.path) if self.window.path else ""
        filters = ";;".join(self.window.dialogs.organization_filters())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare with an older version"), folder, filters)
        if path:
            self.compare_with(path)

    # --- what the other parts of the window ask ---

    def annotate(self, organization: Organization, unit: Unit) -> str:
        """The detail pane's "what changed" for ``unit``: each change, before → after, words marked."""
        comparison = self.comparison
        if comparison is None or organization is not comparison.merged_organization:
            return ""
        from orgexplorer.chart.change_report import change_html, kind_label, match_label
        from orgexplorer.model.change import mark_of

        changes = comparison.by_position.get(unit.index, [])
        given = self._gave.get(unit.index, [])
        if not changes and not given:
            return ""
        rows = []
        for change in changes:
            color = mark_color(mark_of(change.kind))
            rows.append(
                f'<tr><td class="label" style="color:{color}">{html.escape(kind_label(change.kind))}</td>'
                f"<td>{change_html(change, comparison)}</td></tr>"
            )
        for change in given:
            label = self.tr("Responsibility moved away")
            target = self.tr("to {unit}").format(unit=change.path[-1])
            rows.append(
                f'<tr><td class="label">{html.escape(label)}</td>'
                f"<td>“{html.escape(change.old or '')}” <i>({html.escape(target)})</i></td></tr>"
            )
        heading = html.escape(self.tr("Changes since {older}").format(older=self._names[0]))
        how = match_label(comparison.matched[unit.index]) if unit.index < len(comparison.new) else ""
        note = f"<p><i>{html.escape(how)}</i></p>" if how and changes and changes[0].new_unit is not None else ""
        return f"<h3>{heading}</h3>{note}<table>{''.join(rows)}</table>"

    def decorate(self, layout: ChartLayout) -> ChartLayout:
        """The chart's layout with the marks, while the window shows the comparison."""
        comparison = self.comparison
        if comparison is None or self.window.organization is not comparison.merged_organization:
            return layout
        return replace(layout, marks=comparison.unit_marks)

    def ask_export(self) -> None:
        """Ask where to write the marked chart and the change report, then write them."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export changes"), "changes.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the marked chart and the change report as a PDF, off the GUI thread."""
        comparison = self.comparison
        if comparison is None:
            return
        older, newer = self._names
        language = self.model.language

        def job(progress: Progress):  # type: ignore[no-untyped-def]
            from orgexplorer.chart.change_report import ReportPages, report_html
            from orgexplorer.chart.export import chart_layout, export_chart
            from orgexplorer.chart.values import ChartOptions

            merged = comparison.merged_organization
            options = ChartOptions(language=language)
            layout = replace(chart_layout(merged, options), marks=comparison.unit_marks)
            appendix = ReportPages(report_html(comparison, older, newer), merged.title)
            return export_chart(merged, path, options, layout=layout, progress=progress, appendix=appendix)

        self.window.start_export(path, job)
