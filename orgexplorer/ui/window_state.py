"""What a main window hands to the window that takes its place (View > Language rebuilds the window):
a small public value, so that the new window never reaches into the old one."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray

from orgexplorer.model import Organization, Problem
from orgexplorer.model.search import SearchIndex


@dataclass(frozen=True, slots=True)
class ShownProblems:
    """The Problems panel's content: the file refused, its problems, the organization that stayed."""

    path: str
    problems: list[Problem]
    kept: str | None


@dataclass(frozen=True, slots=True)
class WindowState:
    """The organization open (with its search index, handed over rather than rebuilt), the selected
    unit, the search, the problems shown, and the window's geometry and layout."""

    geometry: QByteArray = field(default_factory=QByteArray)
    splitter: QByteArray = field(default_factory=QByteArray)
    tab: int = 0
    organization: Organization | None = None
    path: str | None = None
    index: SearchIndex | None = None
    selected: int | None = None
    query: str = ""
    problems: ShownProblems | None = None
