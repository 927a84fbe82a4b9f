"""The change report printed after a compared chart: every change grouped by kind, in tree order, with
before → after and the words that changed marked (struck and tinted, underlined and tinted: never
colour alone). Also the translated names of the kinds of change, for the window and the report."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter, QTextDocument

from orgexplorer.model.change import PATH_SEPARATOR, Change, ChangeKind
from orgexplorer.model.compare import Comparison
from orgexplorer.model.matching import Match
from orgexplorer.model.organization import Organization, Placement, Unit
from orgexplorer.model.wording import Edit, Stretch, side, word_changes

REMOVED_STYLE = "background-color:#ffd7d5; color:#82071e; text-decoration:line-through"
ADDED_STYLE = "background-color:#ccffd8; color:#055d20; text-decoration:underline; font-weight:bold"
_SENTENCES = {
    ChangeKind.DESCRIPTION_CHANGED,
    ChangeKind.RESPONSIBILITY_ADDED,
    ChangeKind.RESPONSIBILITY_REMOVED,
    ChangeKind.RESPONSIBILITY_REWORDED,
    ChangeKind.RESPONSIBILITY_MOVED,
}


def kind_label(kind: ChangeKind) -> str:
    """The translated name of a kind of change, as a heading ("Renamed")."""
    translate = QCoreApplication.translate
    return {
        ChangeKind.ORGANIZATION_RENAMED: translate("Changes", "Organization renamed"),
        ChangeKind.SOURCE_CHANGED: translate("Changes", "Source changed"),
        ChangeKind.GLOSSARY_ADDED: translate("Changes", "Glossary term added"),
        ChangeKind.GLOSSARY_REMOVED: translate("Changes", "Glossary term removed"),
        ChangeKind.GLOSSARY_CHANGED: translate("Changes", "Glossary term changed"),
        ChangeKind.ADDED: translate("Changes", "Added"),
        ChangeKind.REMOVED: translate("Changes", "Removed"),
        ChangeKind.MOVED: translate("Changes", "Moved"),
        ChangeKind.RENAMED: translate("Changes", "Renamed"),
        ChangeKind.ID_CHANGED: translate("Changes", "Id changed"),
        ChangeKind.KIND_CHANGED: translate("Changes", "Kind changed"),
        ChangeKind.HEAD_CHANGED: translate("Changes", "Head changed"),
        ChangeKind.DESCRIPTION_CHANGED: translate("Changes", "Description changed"),
        ChangeKind.RESPONSIBILITY_ADDED: translate("Changes", "Responsibility added"),
        ChangeKind.RESPONSIBILITY_REMOVED: translate("Changes", "Responsibility removed"),
        ChangeKind.RESPONSIBILITY_REWORDED: translate("Changes", "Responsibility reworded"),
        ChangeKind.RESPONSIBILITY_MOVED: translate("Changes", "Responsibility moved here"),
        ChangeKind.RELATION_ADDED: translate("Changes", "Cross-reference added"),
        ChangeKind.RELATION_REMOVED: translate("Changes", "Cross-reference removed"),
    }[kind]


def match_label(match: Match) -> str:
    """How a unit was matched, for a reader (empty for the usual match by id)."""
    translate = QCoreApplication.translate
    return {
        Match.ID: "",
        Match.NAME_AND_PLACE: translate("Changes", "id changed: matched by name and place"),
        Match.PLACE_AND_RESPONSIBILITIES: translate("Changes", "id changed: matched by place and responsibilities"),
        Match.NAME: translate("Changes", "id changed: matched by name"),
        Match.NONE: "",
    }[match]


def marked_html(old: str | None, new: str | None) -> tuple[str, str]:
    """Before and after as HTML, the words that differ marked in each."""
    if old is None or new is None:
        return escape(old or "—"), escape(new or "—")
    stretches = word_changes(old, new)
    return _html(side(stretches, Edit.REMOVED), REMOVED_STYLE), _html(side(stretches, Edit.ADDED), ADDED_STYLE)


def _html(stretches: list[Stretch], style: str) -> str:
    return "".join(  # white space alone is not marked: a struck-through space reads as a stray line
        escape(s.text) if s.edit is Edit.SAME or s.text.isspace() else f'<span style="{style}">{escape(s.text)}</span>'
        for s in stretches
    )


def place_words(organization: Organization, unit: Unit) -> str:
    """Where a unit hangs, in the interface's language: its parent's path, "(top level)" for a root,
    "[attached]" after the path of a staff unit (the model's ``Change.old``/``new`` say it in English)."""
    translate = QCoreApplication.translate
    parent = organization.parent(unit)
    if parent is None:
        return translate("Changes", "(top level)")
    path = PATH_SEPARATOR.join(u.name for u in organization.path_to(parent))
    if unit.placement is Placement.ATTACHED:
        return translate("Changes", "{path} [attached]").format(path=path)
    return path


def before_after(change: Change, comparison: Comparison | None) -> tuple[str | None, str | None]:
    """A change's text before and after; a move's places in the interface's language."""
    was, now = change.old_unit, change.new_unit
    if change.kind is ChangeKind.MOVED and comparison is not None and was is not None and now is not None:
        return place_words(comparison.old, comparison.old.units[was]), place_words(
            comparison.new, comparison.new.units[now]
        )
    return change.old, change.new


def change_html(change: Change, comparison: Comparison | None = None) -> str:
    """One change (of ``comparison``) as an HTML fragment: what it is about, and before → after."""
    translate = QCoreApplication.translate
    kind = change.kind
    if kind is ChangeKind.ADDED:
        return escape(translate("Changes", "new unit: {name}").format(name=change.new))
    if kind is ChangeKind.REMOVED:
        return f'<span style="{REMOVED_STYLE}">{escape(change.old or "")}</span>'
    if kind in (ChangeKind.RELATION_ADDED, ChangeKind.RELATION_REMOVED):
        return escape(change.other_name or change.other or "")
    before, after = marked_html(*before_after(change, comparison))
    if kind in _SENTENCES:
        before, after = (f"“{text}”" if text != "—" else text for text in (before, after))
    if kind is ChangeKind.RESPONSIBILITY_MOVED:
        origin = escape(translate("Changes", "from {unit}").format(unit=change.other_name or change.other))
        if change.old == change.new:
            return f"{after} <i>({origin})</i>"
        return f"{before} <i>({origin})</i> → {after}"
    if kind is ChangeKind.RESPONSIBILITY_ADDED:
        return after
    if kind is ChangeKind.RESPONSIBILITY_REMOVED:
        return before
    term = str(change.detail.get("term", ""))  # a glossary entry's: said before its expansion
    if kind is ChangeKind.GLOSSARY_ADDED:
        return f"<b>{escape(term)}</b>: {after}"
    if kind is ChangeKind.GLOSSARY_REMOVED:
        return f'<b>{escape(term)}</b>: <span style="{REMOVED_STYLE}">{escape(change.old or "")}</span>'
    return f"<b>{escape(term)}</b>: {before} → {after}" if term else f"{before} → {after}"


def report_html(comparison: Comparison, old_name: str, new_name: str) -> str:
    """The whole report: title, the count by kind, then each kind's changes with the units' paths."""
    translate = QCoreApplication.translate
    parts = [
        "<html><body>",
        "<h2>{}</h2>".format(
            escape(translate("Changes", "Changes from {old} to {new}").format(old=old_name, new=new_name))
        ),
    ]
    if not comparison:
        nothing = translate("Changes", "No changes.")
        parts.append(f"<p>{escape(nothing)}</p></body></html>")
        return "".join(parts)
    counts = ", ".join(f"{kind_label(kind).lower()}: {len(changes)}" for kind, changes in comparison.grouped())
    parts.append(f"<p>{escape(counts)}</p>")
    struck = translate("Changes", "struck through")
    underlined = translate("Changes", "underlined")
    legend = translate("Changes", "Words taken out are {removed}; words put in are {added}.").format(
        removed=f'<span style="{REMOVED_STYLE}">{escape(struck)}</span>',
        added=f'<span style="{ADDED_STYLE}">{escape(underlined)}</span>',
    )
    parts.append(f"<p>{legend}</p>")
    for kind, changes in comparison.grouped():
        parts.append(f"<h3>{escape(kind_label(kind))} ({len(changes)})</h3>")
        parts.append('<table cellspacing="0" cellpadding="2" width="100%">')
        for change in changes:
            path = escape(PATH_SEPARATOR.join(change.path) or comparison.new.title)  # (the organization's own)
            how = match_label(change.matched)
            note = f' <span style="color:#5c5c5c">({escape(how)})</span>' if how else ""
            parts.append(
                f'<tr><td style="color:#33475b">{path}{note}</td></tr>'
                f'<tr><td style="padding-left:12px">{change_html(change, comparison)}</td></tr>'
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


class ReportPages:
    """The change report as pages after a chart (``export.Appendix``): a line naming the report and the
    page number at the top of each, real text below."""

    HEADER = 24.0  # points above the text of each page

    def __init__(self, html: str, title: str) -> None:
        self.html, self.title = html, title

    def _document(self, width: float, height: float) -> QTextDocument:
        from orgexplorer.chart.render import chart_font, metrics_device

        document = QTextDocument()
        document.documentLayout().setPaintDevice(metrics_device())  # 1 unit = 1 point, as the painter's
        font = chart_font()
        font.setPointSizeF(8.5)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setPageSize(QSizeF(width, height - self.HEADER))
        document.setHtml(self.html)
        return document

    def count(self, width: float, height: float) -> int:
        return max(1, self._document(width, height).pageCount())

    def paint(
        self, painter: QPainter, width: float, height: float, new_page: Callable[[], object], first: int, total: int
    ) -> None:
        from orgexplorer.chart.render import chart_font

        document = self._document(width, height)
        body = height - self.HEADER
        for page in range(max(1, document.pageCount())):
            new_page()
            painter.save()
            painter.setPen(QColor("#33475b"))
            small = chart_font()
            small.setPointSizeF(7.0 * 72.0 / (painter.device().logicalDpiY() or 72))
            painter.setFont(small)
            label = QCoreApplication.translate("Changes", "{title}: change report, page {page} of {pages}").format(
                title=self.title, page=first + page, pages=total
            )
            painter.drawText(QPointF(0, 9.0), label)
            painter.translate(0, self.HEADER - page * body)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
