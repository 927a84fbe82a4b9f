"""The detail pane: everything known about one unit, with every related unit as a link."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, assert_never

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from orgexplorer.model import Organization, Placement, Relation, Unit
from orgexplorer.ui.kinds import kind_label
from orgexplorer.ui.language import key_name

if TYPE_CHECKING:  # search loads with the first search, not with the window
    from orgexplorer.model.search import SearchResult


def not_stated() -> str:
    return QCoreApplication.translate("DetailPane", "not stated")


_LINK_SCHEME = "unit"

_STYLE = """
h1 { font-size: x-large; margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; }
.path { color: MUTED; }
.meta { margin-top: 0px; }
.missing { color: MUTED; font-style: italic; }
td.label { padding-right: 10px; font-weight: bold; vertical-align: top; white-space: nowrap; }
td { padding-bottom: 3px; }
"""
MARK_STYLE = "background-color: #ffe680; color: #000000; font-weight: bold;"


def unit_link(unit: Unit, language: str | None = None) -> str:
    """An anchor selecting ``unit``, named in ``language`` where the file gives names by language."""
    return f'<a href="{_LINK_SCHEME}:{unit.index}">{html.escape(unit.name_in(language))}</a>'


def muted_color() -> str:
    """Text that matters less, in the colour the palette gives it (light, dark or high contrast)."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()


def _missing() -> str:
    return f'<span class="missing">{html.escape(not_stated())}</span>'


def marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped for HTML, with the (start, end) spans marked."""
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def unit_html(
    organization: Organization, unit: Unit, search: SearchResult | None = None, language: str | None = None
) -> str:
    """The detail pane's page for ``unit``; the words of ``search`` are marked where they occur."""

    def mark(text: str) -> str:
        return marked_html(text, search.spans(text) if search is not None else ())

    parts = [f"<style>{_STYLE.replace('MUTED', muted_color())}</style>"]
    path = organization.path_to(unit)[:-1]
    if path:
        parts.append('<p class="path">' + " › ".join(unit_link(u, language) for u in path) + "</p>")
    parts.append(f"<h1>{mark(unit.name_in(language))}</h1>")
    parent = organization.parent(unit)
    if parent is not None and unit.placement is Placement.ATTACHED:
        sentence = QCoreApplication.translate(
            "DetailPane", "Attached unit: organizationally and functionally related to {head}, not one of its subunits."
        ).format(head=html.escape(_head_phrase(parent, language)))
        parts.append(f'<p class="meta"><i>{sentence}</i></p>')

    rows = [
        (
            QCoreApplication.translate("DetailPane", "Kind"),
            html.escape(kind_label(unit.kind)) if unit.kind else _missing(),
        ),
        (QCoreApplication.translate("DetailPane", "Head"), mark(unit.head.label()) if unit.head else _missing()),
    ]
    parts.append(
        "<table>"
        + "".join(f'<tr><td class="label">{label}</td><td>{value}</td></tr>' for label, value in rows)
        + "</table>"
    )

    heading = QCoreApplication.translate("DetailPane", "Description")
    parts.append(f"<h3>{heading}</h3>")
    if unit.description:
        parts.extend(f"<p>{mark(paragraph)}</p>" for paragraph in unit.description.split("\n") if paragraph.strip())
    else:
        parts.append(f"<p>{_missing()}</p>")
    heading = QCoreApplication.translate("DetailPane", "Responsibilities")
    parts.append(f"<h3>{heading}</h3>")
    if unit.responsibilities:
        parts.append("<ul>" + "".join(f"<li>{mark(item)}</li>" for item in unit.responsibilities) + "</ul>")
    else:
        parts.append(f"<p>{_missing()}</p>")

    if unit.details:
        heading = QCoreApplication.translate("DetailPane", "Details")
        parts.append(f"<h3>{heading}</h3><table>")
        parts += [
            f'<tr><td class="label">{html.escape(label)}</td><td>{mark(value)}</td></tr>'
            for label, value in unit.details
        ]
        parts.append("</table>")

    heading = QCoreApplication.translate("DetailPane", "Related units")
    parts.append(f"<h3>{heading}</h3>")
    groups = _relations(organization, unit, language)
    if groups:
        parts.append(
            "<table>"
            + "".join(f'<tr><td class="label">{label}</td><td>{links}</td></tr>' for label, links in groups)
            + "</table>"
        )
    else:
        none = QCoreApplication.translate("DetailPane", "none")
        parts.append(f'<p class="missing">{none}</p>')
    return "".join(parts)


def _head_phrase(unit: Unit, language: str | None = None) -> str:
    """The head of ``unit``: its post ("Head of the X Department"), with the unit where the post does
    not name it, or "the head of X" where the file states no post."""
    if unit.head and unit.head.title:
        phrase = unit.head.label()
        name = unit.name_in(language)
        if unit.name.casefold() not in phrase.casefold() and name.casefold() not in phrase.casefold():
            phrase = QCoreApplication.translate("DetailPane", "{post}, head of {unit}").format(post=phrase, unit=name)
        return phrase
    return QCoreApplication.translate("DetailPane", "the head of {unit}").format(unit=unit.name_in(language))


def _links(units: Iterable[Unit], language: str | None) -> str:
    return "<br>".join(unit_link(u, language) for u in units)


def relation_label(relation: Relation) -> str:
    """The heading of a group of related units, in the interface's language."""
    match relation:
        case Relation.PART_OF:
            return QCoreApplication.translate("DetailPane", "Part of")
        case Relation.ATTACHED_TO_HEAD_OF:  # followed by the head's post, not by a unit's name
            return QCoreApplication.translate("DetailPane", "Attached to")
        case Relation.SUBUNIT:
            return QCoreApplication.translate("DetailPane", "Subunits")
        case Relation.ATTACHED_UNIT:
            return QCoreApplication.translate("DetailPane", "Attached units")
        case Relation.RELATED:
            return QCoreApplication.translate("DetailPane", "Related")
        case Relation.REFERRED_TO_BY:
            return QCoreApplication.translate("DetailPane", "Referred to by")
        case _:
            assert_never(relation)


def _relations(organization: Organization, unit: Unit, language: str | None) -> list[tuple[str, str]]:
    units = organization.units
    groups: list[tuple[str, str]] = []
    for relation, indices in organization.relation_groups(unit):
        if relation is Relation.ATTACHED_TO_HEAD_OF:  # name the head's post, linking to its unit
            parent = units[indices[0]]
            links = f'<a href="{_LINK_SCHEME}:{parent.index}">{html.escape(_head_phrase(parent, language))}</a>'
        else:
            links = _links((units[i] for i in indices), language)
        groups.append((relation_label(relation), links))
    return groups


class DetailPane(QTextBrowser):
    """Shows one unit; clicking a related unit asks for it to be selected.

    Signals:
        unit_activated(int): a link to the unit with this index was clicked.
    """

    unit_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Unit details"))
        self.setAccessibleDescription(self.tr("Name, kind, head, description, responsibilities and related units"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._organization: Organization | None = None
        self._unit: Unit | None = None
        self.language: str | None = None  # the language tag names are shown in, where the file has several
        # Compare mode: HTML put after the unit's name (what changed), given the organization and unit.
        self.annotate: Callable[[Organization, Unit], str] | None = None
        self.show_unit(None, None)

    @property
    def unit(self) -> Unit | None:
        return self._unit

    def show_unit(
        self, organization: Organization | None, unit: Unit | None, search: SearchResult | None = None
    ) -> None:
        self._organization, self._unit = organization, unit
        if organization is None or unit is None:
            # Translated on its own, not inside the f-string, where lupdate would never find it.
            if organization is None:  # nothing to select from: say how to open a file
                opening = self.tr("No organization is open: open a file ({open}) or drop one on the window.")
                message = html.escape(opening.format(open=key_name(QKeySequence.StandardKey.Open)))
            else:
                message = html.escape(self.tr("Select a unit to see its details."))
            self.setHtml(f'<p style="color:{muted_color()}">{message}</p>')
            return
        page = unit_html(organization, unit, search, self.language)
        extra = self.annotate(organization, unit) if self.annotate is not None else ""
        if extra:  # after the name: the first thing read after it is what changed
            page = page.replace("</h1>", "</h1>" + extra, 1)
        self.setHtml(page)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != _LINK_SCHEME or self._organization is None:
            return
        try:
            index = int(url.path())
        except ValueError:
            return
        if 0 <= index < len(self._organization):
            self.unit_activated.emit(index)
