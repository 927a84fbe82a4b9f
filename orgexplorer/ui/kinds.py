"""Kinds of units ("centre", "department", ...) in the interface's language.

A kind is a free word in the file; the common ones are translated, any other is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "UnitKind"
_KINDS = {
    "ministry": QT_TRANSLATE_NOOP("UnitKind", "ministry"),
    "sector": QT_TRANSLATE_NOOP("UnitKind", "sector"),
    "department": QT_TRANSLATE_NOOP("UnitKind", "department"),
    "division": QT_TRANSLATE_NOOP("UnitKind", "division"),
    "section": QT_TRANSLATE_NOOP("UnitKind", "section"),
    "office": QT_TRANSLATE_NOOP("UnitKind", "office"),
    "mission": QT_TRANSLATE_NOOP("UnitKind", "mission"),
    "centre": QT_TRANSLATE_NOOP("UnitKind", "centre"),
    "center": QT_TRANSLATE_NOOP("UnitKind", "centre"),
    "group": QT_TRANSLATE_NOOP("UnitKind", "group"),
    "unit": QT_TRANSLATE_NOOP("UnitKind", "unit"),
    "service": QT_TRANSLATE_NOOP("UnitKind", "service"),
    "directorate": QT_TRANSLATE_NOOP("UnitKind", "directorate"),
    "administration": QT_TRANSLATE_NOOP("UnitKind", "administration"),
    "agency": QT_TRANSLATE_NOOP("UnitKind", "agency"),
    "command": QT_TRANSLATE_NOOP("UnitKind", "command"),
    "inspectorate": QT_TRANSLATE_NOOP("UnitKind", "inspectorate"),
    "secretariat": QT_TRANSLATE_NOOP("UnitKind", "secretariat"),
    "cabinet": QT_TRANSLATE_NOOP("UnitKind", "cabinet"),
    "institute": QT_TRANSLATE_NOOP("UnitKind", "institute"),
    "council": QT_TRANSLATE_NOOP("UnitKind", "council"),
    "committee": QT_TRANSLATE_NOOP("UnitKind", "committee"),
    "team": QT_TRANSLATE_NOOP("UnitKind", "team"),
}


def kind_label(kind: str) -> str:
    """``kind`` in the interface's language where it is a common kind, else as the file writes it."""
    source = _KINDS.get(kind.strip().casefold())
    return QCoreApplication.translate(_CONTEXT, str(source)) if source else kind
