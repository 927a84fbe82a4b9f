"""The tree of units as a view: revealing a unit, how far a tree opens, a name column that fits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from orgexplorer.model import Unit
from orgexplorer.ui.tree_model import UnitTreeModel

#: Up to this many units a tree (or a filtered tree's matches) opens fully expanded; beyond it, only
#: the first levels: expanding 100,000 rows costs seconds.
EXPAND_ALL_UNITS = 2000


class UnitTree(QTreeView):
    """The ``unitTree`` view over a ``UnitTreeModel``."""

    def __init__(self, model: UnitTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitTree")
        self.setAccessibleName(self.tr("Units"))
        self.setAccessibleDescription(self.tr("The organization's units as a tree"))
        self.setModel(model)
        self.unit_model = model
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # fitting measures the rows in sight, not 1,000 of 100,000
        # The name column follows what is in sight (a branch opened, the window widened) until the user
        # sets its width by hand.
        self._sized_by_hand = False
        self._fitting = False
        self._refit, self._widen = QTimer(self), QTimer(self)
        for timer in (self._refit, self._widen):
            timer.setSingleShot(True)
            timer.setInterval(0)
        self._refit.timeout.connect(lambda: self._fit_unless_sized_by_hand())
        self._widen.timeout.connect(lambda: self._fit_unless_sized_by_hand(True))
        header.sectionResized.connect(self._on_header_section_resized)
        self.expanded.connect(lambda _index: self._refit.start())
        # Scrolling brings other names into sight: the column widens for them, never narrows (it
        # would jitter under the reader's eyes).
        # (Not connected to start() itself: valueChanged's value would become the timer's interval.)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._widen.start())

    def current_unit(self) -> Unit | None:
        return self.unit_model.unit(self.currentIndex())

    def reveal(self, unit_index: int) -> bool:
        """Make the unit current: its ancestors expanded, its row selected and scrolled to. False when
        the unit is not in the tree as shown (a filter hides it)."""
        index = self.unit_model.index_of(unit_index)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)
        return True

    def expand_for(self, units: int, depth: int = 0) -> None:
        """Expand everything when ``units`` is small enough, else the levels down to ``depth``."""
        if units <= EXPAND_ALL_UNITS:
            self.expandAll()
        else:
            self.expandToDepth(depth)

    def fit_name_column(self, widen_only: bool = False) -> None:
        """Names as wide as the rows in sight need; the heads have the rest, and at least 38% of the
        width when the names would take more (a name cut short is the lesser loss there)."""
        self._sized_by_hand = False
        room = self.viewport().width()
        names, heads = self.sizeHintForColumn(0), self.sizeHintForColumn(1)
        width = min(names, max(room - heads, int(room * 0.62)))
        if widen_only and width <= self.columnWidth(0):
            return
        self._fitting = True
        try:
            self.setColumnWidth(0, max(width, min(names, 80)))  # a narrow pane: the heads stay in sight
        finally:
            self._fitting = False

    def _fit_unless_sized_by_hand(self, widen_only: bool = False) -> None:
        if not self._sized_by_hand:
            self.fit_name_column(widen_only)

    def _on_header_section_resized(self, section: int, old: int, new: int) -> None:
        if section == 0 and not self._fitting:
            self._sized_by_hand = True  # dragged, or restored as the user left it

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()
