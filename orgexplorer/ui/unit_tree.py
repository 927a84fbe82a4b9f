"""The tree of units as a view: revealing a unit, how far a tree opens, a name column that fits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
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

    def fit_name_column(self) -> None:
        # Names as wide as they need, but never pushing the head column out of sight: in a narrow
        # pane too, once the tree is shown (before, the viewport's width is not yet the pane's).
        self.resizeColumnToContents(0)
        limit = int(self.viewport().width() * 0.62)
        if (limit > 200 or self.isVisible()) and self.columnWidth(0) > limit:
            self.setColumnWidth(0, max(limit, 80))
