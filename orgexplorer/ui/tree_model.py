"""The tree of units as a Qt item model over the pure Organization, with a one-step filter."""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from orgexplorer.model import Organization, Placement, Unit
from orgexplorer.ui.icons import mark_color, mark_icon, mark_word, unit_icon

if TYPE_CHECKING:  # compare mode loads it when it first marks units, not the window
    from orgexplorer.model.change import Mark

UnitIdRole = Qt.ItemDataRole.UserRole
UnitIndexRole = Qt.ItemDataRole.UserRole + 1
IsMatchRole = Qt.ItemDataRole.UserRole + 2
MarksRole = Qt.ItemDataRole.UserRole + 3  # compare mode: the unit's marks (orgexplorer.model.compare.Mark)

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    HEAD = 1


def placement_tooltip(organization: Organization, unit: Unit) -> str:
    """How the unit sits in the hierarchy, in words."""
    parent = organization.parent(unit)
    if parent is None:
        return QCoreApplication.translate("UnitTreeModel", "Top-level unit")
    if unit.placement is Placement.ATTACHED:
        if parent.head:
            return QCoreApplication.translate("UnitTreeModel", "Attached to the {head} (not part of {unit})").format(
                head=parent.head.label(), unit=parent.name
            )
        return QCoreApplication.translate("UnitTreeModel", "Attached to the head of {unit} (not part of it)").format(
            unit=parent.name
        )
    return QCoreApplication.translate("UnitTreeModel", "Part of {unit}").format(unit=parent.name)


class _Tree:
    """The rows the model shows, every unit or only the ``visible`` ones: a parent's children and a
    unit's row are found the first time a view asks for them, so neither opening nor filtering walks
    every unit on the GUI thread (a cached organization even makes its units only when asked), and
    every unit costs one step however the views ask."""

    def __init__(self, organization: Organization | None = None, visible: Collection[int] | None = None) -> None:
        self._organization = organization
        self._visible = visible if visible is None or isinstance(visible, (set, frozenset)) else frozenset(visible)
        self._children: dict[int, tuple[int, ...]] = {}
        self._rows: dict[int, int] = {}
        self.roots = () if organization is None else self._shown(organization.roots)

    def _shown(self, units: tuple[int, ...]) -> tuple[int, ...]:
        visible = self._visible
        return units if visible is None else tuple(unit for unit in units if unit in visible)

    def children(self, unit: int) -> tuple[int, ...]:
        assert self._organization is not None
        if self._visible is None:
            return self._organization.units[unit].children
        children = self._children.get(unit)
        if children is None:
            children = self._children[unit] = self._shown(self._organization.units[unit].children)
        return children

    def row(self, unit: int) -> int:
        """The unit's row under its parent; -1 when it is not shown."""
        if self._organization is None or (self._visible is not None and unit not in self._visible):
            return -1
        row = self._rows.get(unit)
        if row is None:
            parent = self._organization.units[unit].parent
            siblings = self.roots if parent is None else self.children(parent)
            self._rows.update((sibling, position) for position, sibling in enumerate(siblings))
            row = self._rows.get(unit, -1)
        return row


def head_in_tree(unit: Unit) -> str:
    """The Head column's text: the head's title and name, less a title that only restates the unit's
    name ("Head of Budget Office (Ana Ilić)" beside "Budget Office": "Ana Ilić"), which would fill
    the column with the names the Unit column shows. A title alone stays: it is all there is. (The
    tooltip and the detail pane give the head in full.)"""
    head = unit.head
    if head is None:
        return ""
    if head.name and head.title:
        title = _words(head.title)
        if any(_words(name) in title for name in (unit.name, *(text for _, text in unit.names))):
            return head.name
    return head.label()


_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """The text's words, folded, between spaces: a name is found in a title only as whole words
    ("IT" is not in "Digital")."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


class UnitTreeModel(QAbstractItemModel):
    """Units as a tree: internal ids are unit indices, so nothing Python-owned goes to Qt.

    A filter is applied in one step (``set_filter``): the visible set is computed by the caller
    (the search index) and the model is reset once, instead of a proxy asking Python row by row.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._organization: Organization | None = None
        self._tree = _Tree()  # a filter costs what it shows, not the whole organization
        self._matches: Collection[int] | None = None
        self._filtered = False
        self.language: str | None = None  # the language tag names are shown in, where the file has several
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        # Compare mode: marks per unit of the organization they were made for (a different organization
        # shown, after a reload, has none).
        self._marks: Mapping[int, tuple[Mark, ...]] = {}
        self._marked: Organization | None = None

    def set_marks(self, organization: Organization | None, marks: Mapping[int, tuple[Mark, ...]]) -> None:
        """Show ``marks`` (unit index → marks) while ``organization`` is the one shown."""
        self.layoutAboutToBeChanged.emit()
        self._marked, self._marks = organization, marks
        self.layoutChanged.emit()

    def _unit_marks(self, unit: Unit) -> tuple[Mark, ...]:
        if self._marked is None or self._marked is not self._organization:
            return ()
        return self._marks.get(unit.index, ())

    # --- what the window calls ---

    @property
    def organization(self) -> Organization | None:
        return self._organization

    def set_organization(self, organization: Organization | None) -> None:
        self.beginResetModel()
        self._organization = organization
        self._matches = None
        self._filtered = False
        self._rebuild(None)
        self.endResetModel()

    def set_filter(self, visible: Collection[int] | None, matches: Collection[int] | None = None) -> None:
        """Show only ``visible`` units (None: all), in one reset; ``matches`` are drawn as hits.

        When filtering, the units shown only as ancestors of matches are dimmed.
        """
        self.beginResetModel()
        self._matches = matches
        self._filtered = visible is not None
        self._rebuild(visible)
        self.endResetModel()

    def set_matches(self, matches: Collection[int] | None) -> None:
        """Mark ``matches`` as hits without changing which rows are shown."""
        # No rows move, but every row's look may change at any depth: a layout change makes the views
        # read everything again while keeping their expanded rows (a reset would collapse them).
        self.layoutAboutToBeChanged.emit()
        self._matches = matches
        self.layoutChanged.emit()

    def is_filtered(self) -> bool:
        return self._filtered

    def index_of(self, unit_index: int, column: int = 0) -> QModelIndex:
        """The model index of a unit, invalid when it is filtered out."""
        if self._organization is None or not 0 <= unit_index < len(self._organization.units):
            return QModelIndex()
        row = self._tree.row(unit_index)
        if row < 0:
            return QModelIndex()
        return self.createIndex(row, column, unit_index)

    def unit(self, index: _Index) -> Unit | None:
        if self._organization is None or not index.isValid():
            return None
        return self._organization.units[index.internalId()]

    def _rebuild(self, visible: Collection[int] | None) -> None:
        self._tree = _Tree(self._organization, visible)

    # --- QAbstractItemModel ---

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._tree.children(parent.internalId()) if parent.isValid() else self._tree.roots
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or self._organization is None:
            return QModelIndex()
        parent = self._organization.units[index.internalId()].parent
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._tree.row(parent), 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.column() > 0 or self._organization is None:
            return 0
        if not parent.isValid():
            return len(self._tree.roots)
        return len(self._tree.children(parent.internalId()))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self.tr("Unit") if section == Column.NAME else self.tr("Head")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit(index)
        if unit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return unit.name_in(self.language)
            return head_in_tree(unit)
        marks = self._unit_marks(unit) if self._marked is not None else ()
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            return mark_icon(marks[0]) if marks else unit_icon(unit)
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self._organization is not None
            lines = [unit.name_in(self.language), placement_tooltip(self._organization, unit)]
            if unit.head:
                lines.append(self.tr("Head: {head}").format(head=unit.head.label()))
            if marks:
                lines.append(self.tr("Changes: {marks}").format(marks=", ".join(mark_word(m) for m in marks)))
            return "\n".join(lines)
        if marks and role == MarksRole:
            return [mark.value for mark in marks]
        if marks and role == Qt.ItemDataRole.FontRole and _removed(marks[0]):
            return self._struck
        if marks and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(mark_color(marks[0])))
        if role == Qt.ItemDataRole.FontRole:
            if self._matches is not None and unit.index in self._matches:
                return self._bold
            if unit.placement is Placement.ATTACHED:
                return self._italic
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._filtered and self._matches is not None and unit.index not in self._matches:
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            return None
        if role == UnitIdRole:
            return unit.id
        if role == UnitIndexRole:
            return unit.index
        if role == IsMatchRole:
            return self._matches is not None and unit.index in self._matches
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.NAME:
            # What a screen reader says: the name the tree shows, in the interface's language.
            attached = self.tr(", attached unit") if unit.placement is Placement.ATTACHED else ""
            changed = "".join(f", {mark_word(mark)}" for mark in marks)
            return f"{unit.name_in(self.language)}{attached}{changed}"
        return None


def _removed(mark: Mark) -> bool:
    from orgexplorer.model.change import Mark  # there are marks: compare mode has loaded it

    return mark is Mark.REMOVED
