"""The print preview's pages: a model of their images, drawn when they come into view and a few
kept, and a view that places them in rows (one column where a page is wider than the view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

_Index = QModelIndex | QPersistentModelIndex
PAGE_GAP = 8  # pixels around a page in the preview
KEEP_PAGES = 24  # page images kept; others are drawn again when they come back into view


class PagesView(QListView):
    """The pages in rows, each row centred in the view (a single page stands in the middle, not at the
    left): the grid's cells share the view's width, and each page is drawn in the middle of its cell."""

    def __init__(self) -> None:
        super().__init__()
        self.page_size = QSize()
        self.setItemDelegate(_PageDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.centre()

    def set_page_size(self, size: QSize) -> None:
        self.page_size = size
        self.setIconSize(size)
        self.centre()

    def centre(self) -> None:
        """Cells as wide as the view's width shared by the pages a row holds (after a resize, a zoom)."""
        model, page = self.model(), self.page_size
        if model is None or page.isEmpty():
            return
        # the width the viewport has with a scroll bar beside it: a cell no wider, or the bar coming
        # would wrap the row (and a row taller than the view brings the bar)
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width() - 2
        cell = page.width() + 2 * PAGE_GAP
        columns = max(1, min(model.rowCount(), room // cell))
        grid = QSize(max(cell, room // columns), page.height() + 2 * PAGE_GAP)
        # A page wider than the view (zoomed in, a narrow dialog) would wrap to a row of its own below
        # an empty one and never be seen: then the pages stand in one column, scrolled sideways too.
        wrapping = cell <= room
        if grid != self.gridSize() or wrapping != self.isWrapping():
            self.setFlow(QListView.Flow.LeftToRight if wrapping else QListView.Flow.TopToBottom)
            self.setWrapping(wrapping)
            self.setGridSize(grid)
            self.doItemsLayout()  # the items' size (cached: uniform sizes) is the new cell's


class _PageDelegate(QStyledItemDelegate):
    """A page's picture in the middle of its cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(picture, QPixmap):
            return
        size = picture.deviceIndependentSize().toSize()
        rect = option.rect
        painter.drawPixmap(rect.left() + (rect.width() - size.width()) // 2, rect.top() + PAGE_GAP, picture)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        view = self.parent()
        assert isinstance(view, PagesView)
        return view.gridSize()  # the whole cell: the page is drawn in its middle


class PagesModel(QAbstractListModel):
    """One row per page: its image once drawn (a blank page until then), its number as a tooltip
    (the page's own footer says "page X of Y")."""

    def __init__(self, pages: int, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._images: dict[int, QPixmap] = {}
        self.set_page_size(size)

    def set_pages(self, pages: int, size: QSize) -> None:
        """Other pages (planned anew): ``pages`` of them, blank until drawn at ``size``."""
        self.beginResetModel()
        self._pages = pages
        self.endResetModel()
        self.set_page_size(size)

    def set_page_size(self, size: QSize) -> None:
        self.beginResetModel()
        self.size = size
        self._images.clear()
        self._blank = QPixmap(size)
        self._blank.fill(QColor("white"))
        self.endResetModel()

    def forget(self) -> None:
        """Let go of the page images (the preview was closed)."""
        self.set_page_size(self.size)

    def has_image(self, page: int) -> bool:
        return page in self._images

    def set_image(self, page: int, image: QImage) -> None:
        if len(self._images) >= KEEP_PAGES:
            self._images.pop(next(iter(self._images)))  # the oldest drawn
        self._images[page] = QPixmap.fromImage(image)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._pages

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._pages:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Page {page} of {pages}").format(page=index.row() + 1, pages=self._pages)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._images.get(index.row(), self._blank)
        return None
