"""The words of the ``tree`` command's outline in a language of the interface: kinds as the window
and the detail pane name them, and the outline's own "head:" and "[attached]", through the same Qt
translations (so the command needs Qt only when a language other than English is asked for)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from orgexplorer.ui.kinds import kind_label
from orgexplorer.ui.language import install_language

_APP: list[QCoreApplication] = []  # kept alive while the words are used


def outline_words(tag: str) -> tuple[Callable[[str], str], str, str]:
    """(kind in the language, "head: {head}" template, the attached marker) for a language tag."""
    if QCoreApplication.instance() is None:
        _APP.append(QCoreApplication(["orgexplorer"]))
    install_language(tag.replace("-", "_"))
    translate = QCoreApplication.translate
    return kind_label, translate("Outline", "head: {head}"), translate("Outline", "[attached]")
