"""One change between two versions of an organization, as the report, the window and the chart read
it: what kind of change, the mark its unit shows, and where in the tree it stands."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from orgexplorer.model.matching import Match

PATH_SEPARATOR = " › "


class ChangeKind(enum.Enum):
    """What changed; the order of the members is the order of the groups in a report: first what
    the file says of the whole organization (``ORGANIZATION_KINDS``), then the units."""

    ORGANIZATION_RENAMED = "organization renamed"  # the file's title, ``organization``
    SOURCE_CHANGED = "source changed"
    GLOSSARY_ADDED = "glossary term added"
    GLOSSARY_REMOVED = "glossary term removed"
    GLOSSARY_CHANGED = "glossary term changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"  # a new parent, or subunit ↔ attached
    RENAMED = "renamed"
    ID_CHANGED = "id changed"
    KIND_CHANGED = "kind changed"
    HEAD_CHANGED = "head changed"
    DESCRIPTION_CHANGED = "description changed"
    RESPONSIBILITY_ADDED = "responsibility added"
    RESPONSIBILITY_REMOVED = "responsibility removed"
    RESPONSIBILITY_REWORDED = "responsibility reworded"
    RESPONSIBILITY_MOVED = "responsibility moved"  # the same sentence, or nearly, now under another unit
    RELATION_ADDED = "relation added"
    RELATION_REMOVED = "relation removed"


#: The changes of the organization as a whole: no unit, no place in the tree (``Change.position`` None).
ORGANIZATION_KINDS = frozenset(
    {
        ChangeKind.ORGANIZATION_RENAMED,
        ChangeKind.SOURCE_CHANGED,
        ChangeKind.GLOSSARY_ADDED,
        ChangeKind.GLOSSARY_REMOVED,
        ChangeKind.GLOSSARY_CHANGED,
    }
)


class Mark(enum.Enum):
    """What the window and the chart show on a unit (a colour and a word or icon, never colour alone);
    the order of the members is the order in which a unit's marks are shown."""

    REMOVED = "removed"
    ADDED = "added"
    MOVED = "moved"
    RENAMED = "renamed"
    CHANGED = "changed"  # anything else: head, kind, description, responsibilities, relations, id


_MARK_OF = {ChangeKind.REMOVED: Mark.REMOVED, ChangeKind.ADDED: Mark.ADDED, ChangeKind.MOVED: Mark.MOVED}
_MARK_OF[ChangeKind.RENAMED] = Mark.RENAMED


def mark_of(kind: ChangeKind) -> Mark:
    """The mark (colour and icon) of a kind of change."""
    return _MARK_OF.get(kind, Mark.CHANGED)


@dataclass(frozen=True, slots=True)
class Change:
    """One change, placed in the tree.

    Attributes:
        kind: what changed.
        id: the unit's id in the newer version (the older one's for a removed unit); "" for a change
            of the organization as a whole.
        old, new: the text before and after (a name, a head, a sentence, a place as a path), or None.
        path: names from the top of the tree down to the unit, in the newer version's tree with the
            removed units where they were; () for a change of the organization as a whole.
        matched: how the unit was matched.
        position: the unit's index in ``Comparison.merged_organization`` (tree order); None for a change
            of the organization as a whole (its title, source or glossary: ``ORGANIZATION_KINDS``).
        old_unit, new_unit: the unit's index in the older and the newer organization, or None.
        other: the other unit concerned: for a relation, its id; for a responsibility moved, the id of
            the unit it came from (in the newer version when that unit is still there).
        detail: what a machine needs to replay the change: for ADDED the new unit's fields, parent
            and placement; for MOVED the new parent and placement; for a responsibility moved from a
            removed unit, ``from_removed``; for a glossary change, ``term``.
    """

    kind: ChangeKind
    id: str
    old: str | None
    new: str | None
    path: tuple[str, ...]
    matched: Match
    position: int | None
    old_unit: int | None = None
    new_unit: int | None = None
    other: str | None = None
    other_name: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The change as a JSON object: kind, id (null for the organization as a whole), old, new, path
        (joined), matched, and the rest."""
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "id": self.id if self.position is not None else None,
            "old": self.old,
            "new": self.new,
            "path": PATH_SEPARATOR.join(self.path),
            "matched": self.matched.value,
        }
        if self.other is not None:
            out["other"] = self.other
            out["other_name"] = self.other_name
        out.update((key, value) for key, value in self.detail.items() if not key.startswith("_") and key not in out)
        return out
