"""A loaded organization as plain values for a cache entry, and back: its units made when first asked for.

Reopening a large file then costs reading its entry, not making a hundred thousand units that a
window showing the top of the tree never looks at.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from orgexplorer.model.organization import Head, Organization, Placement, Unit

#: Bump when the Organization/Unit shape, the loader's rules or the entry's bytes
#: (``cache_entry``) change: old entries are then ignored.
CACHE_VERSION = 7
_MAGIC = "orgexplorer-cache"
_PLACEMENT_CODES = {Placement.ROOT: "r", Placement.SUBUNIT: "s", Placement.ATTACHED: "a"}
_PLACEMENTS = {code: placement for placement, code in _PLACEMENT_CODES.items()}
_RELATIONS = ("subunits", "attached", "related", "referred_by")
#: Where ``freeze`` puts the units' text (names, heads, responsibilities...): nearly all of an entry,
#: decoded lazily (``cache_entry.decode``'s ``lazy``), as units are made.
LAZY = (7,)


def _relations(units: Sequence[Unit], field: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """One relation of every unit as offsets into one flat tuple (unit i's: flat[off[i]:off[i + 1]])."""
    flat: list[int] = []
    offsets = [0]
    for unit in units:
        flat += getattr(unit, field)
        offsets.append(len(flat))
    return tuple(offsets), tuple(flat)


def freeze(organization: Organization) -> tuple[object, ...]:
    """The organization as tuples, strings and integers (what ``marshal`` writes)."""
    units = organization.units
    rows = tuple(
        (
            u.name,
            u.kind,
            (u.head.title, u.head.name) if u.head else None,
            u.description,
            u.responsibilities,
            u.depth,
            u.line,
            u.column,
            u.details,
            u.names,
        )
        for u in units
    )
    return (
        _MAGIC,
        CACHE_VERSION,
        organization.title,
        organization.source,
        tuple(organization.glossary.items()),
        organization.roots,
        tuple(u.id for u in units),
        rows,
        tuple(-1 if u.parent is None else u.parent for u in units),
        "".join(_PLACEMENT_CODES[u.placement] for u in units),
        *(part for field in _RELATIONS for part in _relations(units, field)),
    )


def thaw(frozen: Any, path: str) -> Organization:
    """An organization from a cache entry; the structure is checked here (indices in range, lengths
    agree), each unit is made when first asked for (``_CachedUnits``)."""
    magic, version, title, source, glossary, roots, ids, rows, parents, placements, *relations = frozen
    if magic != _MAGIC or version != CACHE_VERSION or not isinstance(title, str) or len(relations) != 8:
        raise ValueError("not a cache entry of this version")
    count = len(ids)
    if len(rows) != count or len(parents) != count or len(placements) != count or not set(placements) <= set("rsa"):
        raise ValueError("parts of the entry disagree")
    if (count and not -1 <= min(parents) <= max(parents) < count) or any(not 0 <= root < count for root in roots):
        raise ValueError("a unit outside the organization")
    for offsets, flat in zip(relations[::2], relations[1::2], strict=True):
        if len(offsets) != count + 1 or offsets[0] != 0 or offsets[-1] != len(flat):
            raise ValueError("parts of the entry disagree")
        if flat and not 0 <= min(flat) <= max(flat) < count:
            raise ValueError("a relation outside the organization")
    by_id = dict(zip(ids, range(count), strict=True))
    if len(by_id) != count:
        raise ValueError("an id twice")
    units = _CachedUnits(ids, rows, parents, placements, relations)
    return Organization(title, units, tuple(roots), source, dict(glossary), str(Path(path).resolve()), by_id)


class _CachedUnits(Sequence[Unit]):
    """The units of a cached organization, each made the first time it is asked for.

    Reopening a large file then costs reading its entry, not making a hundred thousand units that a
    window showing the top of the tree never looks at; a walk over all of them costs what making
    them at once would. Made units are kept: ``units[i] is units[i]``.
    """

    __slots__ = ("_ids", "_made", "_parents", "_placements", "_relations", "_rows")

    def __init__(
        self,
        ids: tuple[str, ...],
        rows: Sequence[tuple[Any, ...]],
        parents: tuple[int, ...],
        placements: str,
        relations: list[tuple[int, ...]],
    ) -> None:
        self._ids, self._rows, self._parents, self._placements, self._relations = (
            ids,
            rows,
            parents,
            placements,
            relations,
        )
        self._made: list[Unit | None] = [None] * len(ids)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Unit: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Unit, ...]: ...

    def __getitem__(self, index: int | slice) -> Unit | tuple[Unit, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        unit = self._made[index]
        if unit is None:
            unit = self._made[index] = self._make(index % len(self._made))
        return unit

    def __iter__(self) -> Iterator[Unit]:
        for index, unit in enumerate(self._made):
            yield unit if unit is not None else self[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return NotImplemented if not isinstance(other, Sequence) else False
        return all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def children_of(self, index: int) -> tuple[int, ...]:
        """The unit's children (subunits, then attached) without making it (``Organization.children_of``)."""
        relations = self._relations
        sub_offsets, att_offsets = relations[0], relations[2]
        return (
            relations[1][sub_offsets[index] : sub_offsets[index + 1]]
            + relations[3][att_offsets[index] : att_offsets[index + 1]]
        )

    def parent_of(self, index: int) -> int | None:
        parent = self._parents[index]
        return None if parent < 0 else parent

    def _make(self, index: int) -> Unit:
        name, kind, head, description, responsibilities, depth, line, column, details, names = self._rows[index]
        sub_offsets, subunits, att_offsets, attached, rel_offsets, related, ref_offsets, referred_by = self._relations
        parent = self._parents[index]
        return Unit(
            index,
            self._ids[index],
            name,
            kind,
            Head(*head) if head is not None else None,
            description,
            responsibilities,
            _PLACEMENTS[self._placements[index]],
            None if parent < 0 else parent,
            subunits[sub_offsets[index] : sub_offsets[index + 1]],
            attached[att_offsets[index] : att_offsets[index + 1]],
            related[rel_offsets[index] : rel_offsets[index + 1]],
            referred_by[ref_offsets[index] : ref_offsets[index + 1]],
            depth,
            line,
            column,
            details,
            names,
        )
