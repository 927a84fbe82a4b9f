"""The search results list: each hit with its unit, head and the matching text, terms marked; a hit
found by meaning shows its unit's sentence nearest to the query, labelled "by meaning", nothing marked."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from orgexplorer.model import Organization
from orgexplorer.ui.detail_pane import marked_html
from orgexplorer.ui.tree_model import UnitIdRole, UnitIndexRole

if TYPE_CHECKING:  # search loads with the first search, not with the window
    from orgexplorer.model.search import Hit, SearchResult

HitHtmlRole = Qt.ItemDataRole.UserRole + 10
_GREY = "#555555"  # a placeholder in the HTML, replaced by the palette's muted colour when painted


def field_label(field: str) -> str:
    """Where a hit matched, in words of the interface's language."""
    labels = {
        "name": QCoreApplication.translate("SearchResults", "name"),
        "head": QCoreApplication.translate("SearchResults", "head"),
        "responsibility": QCoreApplication.translate("SearchResults", "responsibility"),
        "kind": QCoreApplication.translate("SearchResults", "kind"),
        "description": QCoreApplication.translate("SearchResults", "description"),
        "glossary": QCoreApplication.translate("SearchResults", "abbreviation"),
        "detail": QCoreApplication.translate("SearchResults", "detail"),
    }
    return labels.get(field, field)


_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The explained hits of one SearchResult, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._organization: Organization | None = None
        self._hits: list[Hit] = []
        self.language: str | None = None

    def set_result(self, organization: Organization | None, result: SearchResult | None) -> None:
        self.beginResetModel()
        self._organization = organization
        self._hits = list(result.hits) if result is not None and organization is not None else []
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._organization is None or not 0 <= index.row() < len(self._hits):
            return None
        from orgexplorer.model.search import Match  # there are hits: search is loaded

        hit = self._hits[index.row()]
        unit = self._organization.units[hit.unit]
        by_meaning = hit.match is Match.MEANING
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            head = f", {unit.head.label()}" if unit.head else ""
            if by_meaning:
                return self.tr("{unit}{head}: by meaning, {field} {text}").format(
                    unit=unit.name, head=head, field=field_label(hit.field), text=hit.text
                )
            return f"{unit.name}{head}: {hit.field} {hit.text}"
        if role == HitHtmlRole:
            head = ""
            if unit.head:
                head_html = marked_html(unit.head.label(), hit.spans if hit.field == "head" else ())
                head = f' <span style="color:{_GREY}">— {head_html}</span>'
            shown = unit.name_in(self.language)
            name = marked_html(shown, hit.spans if hit.field == "name" and hit.text == shown else ())
            lines = [f"<b>{name}</b>{head}"]
            if by_meaning:
                label = self.tr("by meaning, {field}:").format(field=field_label(hit.field))
                lines.append(f'<i style="color:{_GREY}">{html.escape(label)}</i> {html.escape(hit.text)}')
            elif hit.field not in ("name", "head"):
                label = field_label(hit.field)
                lines.append(f'<span style="color:{_GREY}">{label}:</span> {marked_html(hit.text, hit.spans)}')
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            if by_meaning:
                matched = self.tr("Found by meaning; its {field} nearest to the search: {text}").format(
                    field=field_label(hit.field), text=hit.text
                )
            else:
                matched = self.tr("Matched in its {field}: {text}").format(field=field_label(hit.field), text=hit.text)
            return f"{unit.name}\n{matched}"
        if role == UnitIndexRole:
            return hit.unit
        if role == UnitIdRole:
            return unit.id
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's rich text (name, head, the matching text with the terms marked)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(str(index.data(HitHtmlRole) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 400
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        document.setHtml(str(index.data(HitHtmlRole) or "").replace(_GREY, muted.name()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            selected_text = option.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, selected_text)
            # The greyed labels would be unreadable on the selection colour.
            document.setHtml(str(index.data(HitHtmlRole) or "").replace(_GREY, selected_text.name()))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchResultsView(QListView):
    """The list of hits under the search field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.setAccessibleDescription(self.tr("Units matching the search, best first"))
        self.setItemDelegate(HitDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
