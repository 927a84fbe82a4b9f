"""View > Language: the window is rebuilt in the new language, and the old one hands it its state as
a small public value (``WindowState``), so that the new window never reaches into the old one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from orgexplorer.model import Organization, Problem
from orgexplorer.ui.language import chosen_language, install_language

if TYPE_CHECKING:
    from orgexplorer.model.search import SearchIndex
    from orgexplorer.ui.compare_controller import CompareController


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
    tree_header: QByteArray = field(default_factory=QByteArray)  # the tree's column widths
    tab: int = 0
    organization: Organization | None = None
    path: str | None = None
    index: SearchIndex | None = None
    selected: int | None = None
    query: str = ""
    problems: ShownProblems | None = None
    compare: CompareController | None = None  # compare mode, adopted by the successor


class HandsOver(Protocol):
    """A window that can hand its state to a successor and take a predecessor's."""

    def hand_over(self) -> WindowState: ...

    def take_over(self, state: WindowState) -> None: ...

    def show(self) -> None: ...

    def close(self) -> bool: ...


W = TypeVar("W", bound=HandsOver)

#: Windows made to replace others; kept here so that Python does not drop them.
_WINDOWS: list[HandsOver] = []


def replace_in_language(window: W, code: str) -> W:
    """Switch the interface to ``code`` ("" for the system's) and put a window of the same kind, built
    in that language, in ``window``'s place with its state; ``window`` closes."""
    QSettings().setValue("language", code)
    install_language(chosen_language())
    successor = type(window)()
    _WINDOWS.append(successor)
    successor.take_over(window.hand_over())
    successor.show()
    window.close()
    if window in _WINDOWS:
        _WINDOWS.remove(window)
    return successor
