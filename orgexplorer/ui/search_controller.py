"""Search in the window: the field and its filter toggle, the results list, and the tree they filter."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.model import Organization
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask
from orgexplorer.ui.language import key_name
from orgexplorer.ui.meaning_search import meaning_summary
from orgexplorer.ui.search_results import SearchResultsModel, SearchResultsView
from orgexplorer.ui.unit_tree import UnitTree

if TYPE_CHECKING:  # search loads with the first search, not with the window
    from orgexplorer.model.search import SearchIndex, SearchResult

_LINE_EDIT_MARGIN = 2  # QLineEdit keeps this many pixels free on either side of its text
_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class SearchController(QObject):
    """Searches as the user types and shows the answer: the results list, and the tree filtered to the
    matches and their ancestors (or the matches in bold). On an organization of more than
    ``background.ASYNC_SEARCH_UNITS`` units the query runs on a worker, so that typing never waits;
    only the newest query's answer is shown.

    Attributes: ``field`` (``searchField``), ``filter_toggle``, ``results_label``, ``results_view``,
    ``row`` (the field and the toggle) and ``panel`` (the label and the results), for the window to place.

    Signals:
        shown(object): the tree and the list now show this SearchResult (None: no search).
        unit_chosen(int): the user chose the unit with this index among the results.
    """

    shown = Signal(object)
    unit_chosen = Signal(int)

    def __init__(self, tree: UnitTree, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._model = tree.unit_model
        self._organization: Organization | None = None
        self._index: Callable[[], SearchIndex | None] = lambda: None
        self.result: SearchResult | None = None
        self._chosen: int | None = None  # the selected unit, marked in the results
        self._task = BackgroundTask("orgexplorer-search", self)
        self._create_widgets()

    def column(self) -> QWidget:
        """The window's left column: the field and its toggle above the results and the tree, which
        share a splitter (``leftSplitter``)."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("leftSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self._tree)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 440])
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(splitter)
        return column

    def _create_widgets(self) -> None:
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search units"))
        self.field.setAccessibleDescription(
            self.tr(
                "Find units by name, head or function; Up and Down move through the results, {enter} selects"
            ).format(enter=key_name(Qt.Key.Key_Enter))
        )
        shortcut = key_name(QKeySequence.StandardKey.Find)
        self._placeholders = (  # the longest that fits the field is shown, so no hint ends in "…"
            self.tr("Find a unit by name or function, e.g. arms control ({shortcut})").format(shortcut=shortcut),
            self.tr("Find a unit by name or function, e.g. arms control"),
            self.tr("Find a unit by name or function"),
        )
        self.field.setPlaceholderText(self._placeholders[0])
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply)
        self.field.textChanged.connect(self._timer.start)

        self.filter_toggle = QCheckBox(self.tr("Filter tree"))
        self.filter_toggle.setObjectName("filterToggle")
        self.filter_toggle.setAccessibleName(self.tr("Filter tree"))
        self.filter_toggle.setToolTip(self.tr("Show only the matching units and the units above them"))
        self.filter_toggle.setChecked(bool(QSettings().value("search/filterTree", True, type=bool)))
        self.filter_toggle.toggled.connect(self._on_filter_toggle_toggled)

        self.results_label = QLabel()
        self.results_label.setObjectName("resultsLabel")
        self.results_label.setWordWrap(True)
        self.results_label.setTextFormat(Qt.TextFormat.RichText)
        self.results_label.setAccessibleName(self.tr("Number of units found"))
        self._results = SearchResultsModel(self)
        self._results.language = self._model.language
        self.results_view = SearchResultsView()
        self.results_view.setModel(self._results)
        self.results_view.clicked.connect(self._on_results_view_activated)
        self.results_view.activated.connect(self._on_results_view_activated)
        self.results_view.selectionModel().currentChanged.connect(self._on_results_view_current_changed)

        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.field, 1)
        self.row.addWidget(self.filter_toggle)
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results_view)
        self.panel.hide()

    # --- what the window calls ---

    @property
    def query(self) -> str:
        return self.field.text()

    def set_source(self, organization: Organization, index: Callable[[], SearchIndex | None]) -> None:
        """Search ``organization`` through the index ``index()`` gives (made when first asked for)
        from now on; the field and the answer are cleared."""
        self._task.cancel()
        self._organization, self._index = organization, index
        self.result = None
        self._results.set_result(None, None)
        self.panel.hide()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)

    def search_now(self, text: str) -> None:
        """Put ``text`` in the field and answer it at once (a reload or a new window keeps the search)."""
        self.field.setText(text)
        self.flush()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        """Empty the field and show the whole tree."""
        self._timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.apply()

    def flush(self) -> None:
        """Answer the query typed so far now (Enter, Up, Down want the current hits)."""
        current = self.result.query if self.result is not None else ""
        if self._timer.isActive() or current != self.field.text():
            self._timer.stop()
            self.apply(wait=True)

    def apply(self, wait: bool = False) -> None:
        """Search, then show the hits and filter (or mark) the tree in one step."""
        organization = self._organization
        if organization is None:
            return
        text = self.field.text()
        if not text.strip():
            self._task.cancel()
            self._show(None, None)
            return
        search_index = self._index()  # made now when this is the first search
        if search_index is None:
            return
        filtering = self.filter_toggle.isChecked()

        def work(progress: Progress) -> tuple[SearchResult, set[int] | None]:
            result = search_index.search(text)
            matches = result.units  # every match, fetched here rather than on the GUI thread
            return result, search_index.visible_units(matches) if filtering else None

        inline = wait or len(organization) <= background.ASYNC_SEARCH_UNITS
        self._task.start(work, lambda answer: self._show(*answer), inline=inline)

    # --- showing the answer ---

    def _show(self, result: SearchResult | None, visible: set[int] | None) -> None:
        if result is not None and not result.hits and not result.terms:
            result = None  # only punctuation: nothing to search for
        self.result = result
        self._results.set_result(self._organization, result)
        if result is None:
            self.panel.hide()
            if self._model.is_filtered():
                self._model.set_filter(None)
                self._tree.expand_for(len(self._organization or ()))
            else:
                self._model.set_matches(None)
        else:
            self.panel.show()
            self.results_label.setText(self._summary(result))
            matches = set(result.units)
            if visible is not None:
                self._model.set_filter(visible, matches)
                self._tree.expand_for(len(matches), depth=1)
            elif self._model.is_filtered():
                self._model.set_filter(None, matches)
                self._tree.expand_for(len(self._organization or ()))
            else:
                self._model.set_matches(matches)
        self.shown.emit(result)

    def _summary(self, result: SearchResult) -> str:
        count = len(result)
        if count == 0:
            return self.tr("No unit matches.")
        shown = self.tr("%Ln units found", "", count)
        if len(result.hits) < count:
            shown += " " + self.tr("(the best %Ln listed)", "", len(result.hits))
        if result.partial:
            shown = self.tr("No unit matches every word; these match some of them: {found}").format(found=shown)
        if result.only_by_meaning:
            shown = self.tr("No unit has these words; nearest by meaning: {found}").format(found=shown)
        else:
            shown += meaning_summary(result)
        if result.corrected:
            shown = self.tr("Showing results for <b>{query}</b>: {found}").format(
                query=html.escape(result.corrected), found=shown
            )
        return shown + "."

    def mark_chosen(self, unit_index: int | None) -> None:
        """Show as selected in the results the row of the selected unit, and no other."""
        self._chosen = unit_index
        selection = self.results_view.selectionModel()
        for row in range(self._results.rowCount()):
            hit = self._results.hit(row)
            if hit is not None and hit.unit == unit_index:
                selection.select(self._results.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return
        selection.clearSelection()

    # --- the keyboard in the field, the mouse in the list ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.Resize:
            self._fit_placeholder()
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in _MOVES:
                self.flush()
                self._move_in_results(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                self._activate_current_hit()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.clear()
                return True
        return super().eventFilter(watched, event)

    def placeholder_room(self) -> int:
        """How wide a placeholder the field shows without eliding it, in pixels."""
        option = QStyleOptionFrame()
        self.field.initStyleOption(option)
        style = self.field.style()
        rect = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, self.field)
        # The clear button keeps its place, hidden or not, with a gap of a quarter icon (as QLineEdit
        # reserves it); its width, not its position, which is updated only after this resize is seen.
        gap = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.field) // 4
        buttons = sum(button.width() + gap for button in self.field.findChildren(QToolButton))
        margins = self.field.textMargins()
        return rect.width() - buttons - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN

    def _fit_placeholder(self) -> None:
        room = self.placeholder_room()
        metrics = self.field.fontMetrics()
        fitting = [text for text in self._placeholders if metrics.horizontalAdvance(text) <= room]
        self.field.setPlaceholderText(fitting[0] if fitting else self._placeholders[-1])

    def _move_in_results(self, key: int) -> None:
        """From the field, Down goes to the first result (a new answer has no current row: the field
        stands above the list), Up from the first back to the field; the current row is highlighted."""
        rows = self._results.rowCount()
        if rows == 0:
            return
        current = self.results_view.currentIndex().row()  # -1: in the field
        row = min(rows - 1, current + _MOVES[Qt.Key(key)])
        if row < 0 and current <= 0:  # back in the field (Enter takes the best hit), the chosen unit marked
            self.results_view.selectionModel().clearCurrentIndex()
            self.mark_chosen(self._chosen)
            return
        self.results_view.setCurrentIndex(self._results.index(max(0, row)))

    def _activate_current_hit(self) -> None:
        index = self.results_view.currentIndex()
        if not index.isValid() and self._results.rowCount():
            index = self._results.index(0)
        if index.isValid():
            self._on_results_view_activated(index)

    def _on_results_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.results_view.scrollTo(current)

    def _on_results_view_activated(self, index: QModelIndex) -> None:
        hit = self._results.hit(index.row())
        if hit is not None:
            self.unit_chosen.emit(hit.unit)

    def _on_filter_toggle_toggled(self, checked: bool) -> None:
        QSettings().setValue("search/filterTree", checked)
        self.apply()
