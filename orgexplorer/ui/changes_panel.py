"""The "Changes" panel of compare mode: every change in tree order, walked with the keyboard, and the
buttons to swap the versions, export the marked chart and leave compare mode."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.chart.change_report import before_after, kind_label
from orgexplorer.model.change import PATH_SEPARATOR, Change, ChangeKind, mark_of
from orgexplorer.ui.icons import mark_color, mark_icon
from orgexplorer.ui.language import key_name

if TYPE_CHECKING:
    from orgexplorer.model.compare import Comparison

ChangePositionRole = Qt.ItemDataRole.UserRole  # the changed unit's index in the merged organization
ChangeKindRole = Qt.ItemDataRole.UserRole + 1  # the ChangeKind's value

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    CHANGE = 0
    UNIT = 1
    WHAT = 2


def change_summary(change: Change, comparison: Comparison | None = None) -> str:
    """Before → after in one line of plain text (the detail pane shows the words marked)."""
    if change.kind is ChangeKind.ADDED:
        return change.new or ""
    if change.kind is ChangeKind.REMOVED:
        return change.old or ""
    if change.kind in (ChangeKind.RELATION_ADDED, ChangeKind.RELATION_REMOVED):
        return change.other_name or change.other or ""
    term = change.detail.get("term")  # a glossary entry: the term, then its expansion
    old, new = before_after(change, comparison)
    if old is None:
        summary = new or ""
    elif new is None:
        summary = old
    else:
        summary = f"{old} → {new}"
    return f"{term}: {summary}" if term else summary


class ChangesModel(QAbstractTableModel):
    """The changes of a comparison as rows, in tree order: kind, unit, before → after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []
        self._comparison: Comparison | None = None
        self._first_row: dict[int, int] = {}
        self._title = ""  # the organization's, for its own changes (title, source, glossary)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._changes = list(comparison.changes) if comparison is not None else []
        self._title = comparison.new.title if comparison is not None else ""
        self._comparison = comparison
        self._first_row = {}
        for row, change in enumerate(self._changes):
            if change.position is not None:
                self._first_row.setdefault(change.position, row)
        self.endResetModel()

    def change(self, index: _Index) -> Change | None:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        return self._changes[index.row()]

    def row_of_position(self, position: int) -> int:
        """The first row about the unit at ``position``, or -1."""
        return self._first_row.get(position, -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == Column.CHANGE:
                return self.tr("Change")
            if section == Column.UNIT:
                return self.tr("Unit")
            if section == Column.WHAT:
                return self.tr("Before → after")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        change = self.change(index)
        if change is None:
            return None

        column = index.column()
        mark = mark_of(change.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.CHANGE:
                return kind_label(change.kind)
            if column == Column.UNIT:
                return change.path[-1] if change.path else self._title
            return change_summary(change, self._comparison)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CHANGE:
            return mark_icon(mark)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CHANGE:
            return QBrush(QColor(mark_color(mark)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return PATH_SEPARATOR.join(change.path) or self._title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            where = change.path[-1] if change.path else self._title
            return f"{kind_label(change.kind)}: {where}, {change_summary(change, self._comparison)}"
        if role == ChangePositionRole:
            return change.position
        if role == ChangeKindRole:
            return change.kind.value
        return None


class ChangesPanel(QWidget):
    """The list of changes with what to do in compare mode.

    Signals:
        unit_requested(int): the current change is about the unit at this index of the shown tree.
        swap_requested(): the user asked to swap which version is the older.
        export_requested(): the user asked to export the marked chart and the change report.
        leave_requested(): the user asked to leave compare mode.
    """

    unit_requested = Signal(int)
    swap_requested = Signal()
    export_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.model = ChangesModel(self)
        self.view = QTreeView()
        self.view.setObjectName("changesList")
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setAccessibleDescription(self.tr("Every change in tree order; Up and Down walk them"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setSectionResizeMode(Column.CHANGE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setResizeContentsPrecision(0)  # fit columns to the rows in view (Qt: 1,000 rows, 0.5 s)
        self.view.header().setStretchLastSection(True)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.swap_button = QPushButton(self.tr("&Swap versions"))
        self.swap_button.setToolTip(self.tr("Take the other file as the older version"))
        self.swap_button.clicked.connect(self.swap_requested)
        self.export_button = QPushButton(self.tr("E&xport changes…"))
        self.export_button.setToolTip(self.tr("The chart with the changes marked, and the change report, as PDF"))
        self.export_button.clicked.connect(self.export_requested)
        self.leave_button = QPushButton(self.tr("&Leave compare mode"))
        self.leave_button.setObjectName("leaveCompare")
        self.leave_button.setToolTip(
            self.tr("Back to the newer version alone ({key})").format(key=key_name(Qt.Key.Key_Escape))
        )
        self.leave_button.clicked.connect(self.leave_requested)
        # The buttons in one row where the panel is wide enough, Leave under the others where it is
        # not: a dock as wide as three buttons would take a narrow window's tree and details.
        self._buttons = QGridLayout()
        self._one_row: bool | None = None
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # minimumSizeHint says it
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons)
        self._place_buttons(True)
        self.set_comparison(None, "")

    def _buttons_width(self, one_row: bool) -> int:
        spacing = max(self._buttons.horizontalSpacing(), 6)
        swap, export, leave = (b.sizeHint().width() for b in (self.swap_button, self.export_button, self.leave_button))
        margins = self._outer.contentsMargins()
        width = swap + export + leave + 3 * spacing if one_row else max(swap + spacing + export, leave)
        return width + margins.left() + margins.right()

    def _place_buttons(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        grid = self._buttons
        for button in (self.swap_button, self.export_button, self.leave_button):
            grid.removeWidget(button)
        grid.addWidget(self.swap_button, 0, 0)
        grid.addWidget(self.export_button, 0, 1)
        if one_row:
            grid.addWidget(self.leave_button, 0, 3)
        else:
            grid.addWidget(self.leave_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(2, 1)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # the width the dock starts with: the buttons in one row
        return QSize(max(hint.width(), self._buttons_width(True)), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._buttons_width(False), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons(event.size().width() >= self._buttons_width(True))
        self._fit_unit_column()

    def _fit_unit_column(self) -> None:
        """The Unit column as wide as its names, but never so wide that Before → after is out of sight."""
        room = self.view.viewport().width()
        wanted = self.view.sizeHintForColumn(Column.UNIT)
        change = self.view.columnWidth(Column.CHANGE)
        self.view.setColumnWidth(Column.UNIT, max(60, min(wanted, (room - change) // 2)))

    def set_comparison(self, comparison: Comparison | None, summary: str) -> None:
        """Show ``comparison``'s changes under ``summary``; with neither, say what the panel is for
        (the window hides it outside compare mode, but a panel never stands empty unexplained)."""
        self.model.set_comparison(comparison)
        if comparison is None and not summary:
            summary = self.tr(
                "No comparison is shown. File > Compare With… compares the open organization with another"
                " version of it, and this panel then lists every change."
            )
        self.summary.setText(summary)
        self.swap_button.setEnabled(comparison is not None)
        self.export_button.setEnabled(comparison is not None)
        self._fit_unit_column()

    def show_unit(self, position: int) -> None:
        """Make the first change of the unit at ``position`` current, without asking for the unit."""
        row = self.model.row_of_position(position)
        current = self.model.change(self.view.currentIndex())
        if row < 0 or (current is not None and current.position == position):
            return
        self.view.blockSignals(True)
        self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectionModel().blockSignals(False)
        self.view.blockSignals(False)
        self.view.scrollTo(self.model.index(row, 0))
        self.view.viewport().update()

    def _on_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        change = self.model.change(current)
        if change is not None and change.position is not None:  # (the organization's own: no unit)
            self.unit_requested.emit(change.position)
