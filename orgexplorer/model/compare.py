"""The comparison of two versions of an organization: ``compare`` and what it returns, the changes
in tree order with the units matched and the merged tree.

Units are matched in ``matching.py`` and the changes found in ``change_finder.py``. The changes are
placed in the tree of the newer version with the removed units put back where they were
(``Comparison.merged_organization``): the order of that tree is the order of the report, and the
window and the chart show that tree with each unit's marks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from orgexplorer.model.change import Change, ChangeKind, Mark, mark_of
from orgexplorer.model.change_finder import ChangeFinder
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.matching import Match, match_units, merged_tree
from orgexplorer.model.organization import Organization, Unit

PREVIOUS_NAME = "x-previous"  # the language tag of a renamed unit's old name in the merged organization


@dataclass(eq=False)
class Comparison:
    """Two versions and what changed from ``old`` to ``new``.

    Attributes:
        old, new: the two organizations.
        changes: every change: the organization's own (title, source, glossary; no position) first,
            then the units' in tree order (a unit's changes in ``ChangeKind`` order).
        old_to_new, new_to_old: the match, index to index (None: removed, added).
        matched: how each unit of ``new`` was matched.
        order: the units of the merged tree in pre-order, each as a key: ``i`` for ``new.units[i]``,
            ``len(new) + j`` for the removed ``old.units[j]``.
        parent_key, placement_of: per key, the merged tree's parent key (None at the top) and placement.
    """

    old: Organization
    new: Organization
    changes: list[Change]
    old_to_new: list[int | None]
    new_to_old: list[int | None]
    matched: list[Match]
    order: list[int]
    parent_key: dict[int, int | None]
    children_of: dict[int | None, tuple[Sequence[int], Sequence[int]]]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def removed(self, key: int) -> bool:
        return key >= len(self.new)

    def unit_of(self, key: int) -> Unit:
        return self.new.units[key] if key < len(self.new) else self.old.units[key - len(self.new)]

    @cached_property
    def position_of(self) -> dict[int, int]:
        """Key to index in the merged organization."""
        return {key: position for position, key in enumerate(self.order)}

    @cached_property
    def marks(self) -> list[frozenset[ChangeKind]]:
        """Per unit of the merged organization, the kinds of its changes (a unit that gave away a
        responsibility is marked RESPONSIBILITY_MOVED too)."""
        kinds: list[set[ChangeKind]] = [set() for _ in self.order]
        for change in self.changes:
            if change.position is None:  # the organization as a whole: no unit to mark
                continue
            kinds[change.position].add(change.kind)
            if change.kind is ChangeKind.RESPONSIBILITY_MOVED and change.detail.get("_from_position") is not None:
                kinds[change.detail["_from_position"]].add(change.kind)
        return [frozenset(found) for found in kinds]

    @cached_property
    def unit_marks(self) -> dict[int, tuple[Mark, ...]]:
        """Per unit of the merged organization that changed, its marks in ``Mark`` order."""
        out: dict[int, tuple[Mark, ...]] = {}
        for position, kinds in enumerate(self.marks):
            if kinds:
                found = {mark_of(kind) for kind in kinds}
                if Mark.REMOVED in found or Mark.ADDED in found:  # the rest goes with the unit
                    found &= {Mark.REMOVED, Mark.ADDED}
                out[position] = tuple(mark for mark in Mark if mark in found)
        return out

    @cached_property
    def by_position(self) -> dict[int, list[Change]]:
        """The changes of each unit of the merged organization (units without changes left out)."""
        out: dict[int, list[Change]] = defaultdict(list)
        for change in self.changes:
            if change.position is not None:
                out[change.position].append(change)
        return dict(out)

    @cached_property
    def merged_organization(self) -> Organization:
        """The newer organization with the removed units put back where they were, in tree order: the
        tree the window and the chart show. Removed units keep their old id (never one of the newer
        version's: an id in both versions is always a match) and lose their cross-references."""
        with paused_gc():  # a unit each: as ``compare``
            return self._merged()

    def _merged(self) -> Organization:
        position = self.position_of
        count = len(self.new)
        units: list[Unit] = []
        for rank, key in enumerate(self.order):
            unit = self.unit_of(key)
            subunits, attached = self.children_of.get(key, ([], []))
            parent = self.parent_key[key]
            depth = 0 if parent is None else units[position[parent]].depth + 1
            names = unit.names
            if key < count:
                related = tuple(position[i] for i in unit.related)
                referred = tuple(position[i] for i in unit.referred_by)
                before = self.new_to_old[key]
                if before is not None and self.old.units[before].name != unit.name:
                    # The old name as a name in a private-use language: search finds the unit by it,
                    # and no interface language ever shows it.
                    names = (*unit.names, (PREVIOUS_NAME, self.old.units[before].name))
            else:
                related = referred = ()
            # Made anew, not by dataclasses.replace (five times slower); a test checks every field of
            # Unit is carried over.
            units.append(
                Unit(
                    index=rank,
                    id=unit.id,
                    name=unit.name,
                    kind=unit.kind,
                    head=unit.head,
                    description=unit.description,
                    responsibilities=unit.responsibilities,
                    placement=unit.placement,
                    parent=None if parent is None else position[parent],
                    subunits=tuple([position[k] for k in subunits]),
                    attached=tuple([position[k] for k in attached]),
                    related=related,
                    referred_by=referred,
                    depth=depth,
                    line=unit.line,
                    column=unit.column,
                    details=unit.details,
                    names=names,
                )
            )
        roots = tuple(position[k] for k in self.children_of.get(None, ([], []))[0])
        return Organization(self.new.title, units, roots, self.new.source, self.new.glossary, self.new.path)

    def grouped(self) -> Iterator[tuple[ChangeKind, list[Change]]]:
        """The changes by kind (in ``ChangeKind`` order), each group in tree order."""
        groups: dict[ChangeKind, list[Change]] = defaultdict(list)
        for change in self.changes:
            groups[change.kind].append(change)
        for kind in ChangeKind:
            if groups.get(kind):
                yield kind, groups[kind]


def compare(old: Organization, new: Organization) -> Comparison:
    """What changed from ``old`` to ``new``.

    With the collector paused: two unrelated versions make hundreds of thousands of changes that all
    live on, and its passes over them (up to 0.26 s each at 20,000 units) hold Python's lock, which
    froze the window while a worker compared."""
    with paused_gc():
        old_to_new, new_to_old, matched = match_units(old, new)
        order, parent_key, children_of = merged_tree(old, new, old_to_new, new_to_old)
        changes = ChangeFinder(old, new, old_to_new, new_to_old, matched, order, parent_key).build()
    return Comparison(old, new, changes, old_to_new, new_to_old, matched, order, parent_key, children_of)
