"""The changes between two versions of an organization: units matched, what changed, in tree order.

Units are matched in ``matching.py``; here each matched pair's fields are compared, and the
responsibilities that left a unit are paired with those that arrived (``wording.pair_similar``, never
all pairs). Linear or n·log n, and deterministic: everything is visited in file order.

The changes are placed in the tree of the newer version with the removed units put back where they
were (``Comparison.merged_organization``): the order of that tree is the order of the report, and the
window and the chart show that tree with each unit's marks.

(Over 500 lines by a little: comparing each field of a matched pair, and placing the changes in the
merged tree, share the ``Change`` records and the walk in tree order; matching and wording are apart.)
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from orgexplorer.model.matching import ROOT as _ROOT
from orgexplorer.model.matching import Match as Match  # re-exported: a change says how it was matched
from orgexplorer.model.matching import match_units, merged_tree
from orgexplorer.model.organization import Organization, Placement, Unit
from orgexplorer.model.wording import NEARLY_SAME, REWORDED, normal, pair_similar, word_set

PATH_SEPARATOR = " › "
PREVIOUS_NAME = "x-previous"  # the language tag of a renamed unit's old name in the merged organization
_GONE = -2  # the place of a unit whose old parent was removed


class ChangeKind(enum.Enum):
    """What changed; the order of the members is the order of the groups in a report."""

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
_KIND_ORDER = {kind: number for number, kind in enumerate(ChangeKind)}


@dataclass(frozen=True, slots=True)
class Change:
    """One change, placed in the tree.

    Attributes:
        kind: what changed.
        id: the unit's id in the newer version (the older one's for a removed unit).
        old, new: the text before and after (a name, a head, a sentence, a place as a path), or None.
        path: names from the top of the tree down to the unit, in the newer version's tree with the
            removed units where they were.
        matched: how the unit was matched.
        position: the unit's index in ``Comparison.merged_organization`` (tree order).
        old_unit, new_unit: the unit's index in the older and the newer organization, or None.
        other: the other unit concerned: for a relation, its id; for a responsibility moved, the id of
            the unit it came from (in the newer version when that unit is still there).
        detail: what a machine needs to replay the change: for ADDED the new unit's fields, parent
            and placement; for MOVED the new parent and placement; for a responsibility moved from a
            removed unit, ``from_removed``.
    """

    kind: ChangeKind
    id: str
    old: str | None
    new: str | None
    path: tuple[str, ...]
    matched: Match
    position: int
    old_unit: int | None = None
    new_unit: int | None = None
    other: str | None = None
    other_name: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The change as a JSON object: kind, id, old, new, path (joined), matched, and the rest."""
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "id": self.id,
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


@dataclass(frozen=True, slots=True)
class _Sentence:
    unit: int  # old or new unit index
    text: str


@dataclass(eq=False)
class Comparison:
    """Two versions and what changed from ``old`` to ``new``.

    Attributes:
        old, new: the two organizations.
        changes: every change, in tree order (a unit's changes in ``ChangeKind`` order).
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
                found = {_MARK_OF.get(kind, Mark.CHANGED) for kind in kinds}
                if Mark.REMOVED in found or Mark.ADDED in found:  # the rest goes with the unit
                    found &= {Mark.REMOVED, Mark.ADDED}
                out[position] = tuple(mark for mark in Mark if mark in found)
        return out

    @cached_property
    def by_position(self) -> dict[int, list[Change]]:
        """The changes of each unit of the merged organization (units without changes left out)."""
        out: dict[int, list[Change]] = defaultdict(list)
        for change in self.changes:
            out[change.position].append(change)
        return dict(out)

    @cached_property
    def merged_organization(self) -> Organization:
        """The newer organization with the removed units put back where they were, in tree order: the
        tree the window and the chart show. Removed units keep their old id (never one of the newer
        version's: an id in both versions is always a match) and lose their cross-references."""
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


def place_label(organization: Organization, unit: Unit) -> str:
    """Where a unit hangs: its parent's path ("top level" for a root), "[attached]" for a staff unit."""
    parent = organization.parent(unit)
    if parent is None:
        return "(top level)"
    text = PATH_SEPARATOR.join(u.name for u in organization.path_to(parent))
    return text + " [attached]" if unit.placement is Placement.ATTACHED else text


def compare(old: Organization, new: Organization) -> Comparison:
    """What changed from ``old`` to ``new``."""
    old_to_new, new_to_old, matched = match_units(old, new)
    order, parent_key, children_of = merged_tree(old, new, old_to_new, new_to_old)
    builder = _Changes(old, new, old_to_new, new_to_old, matched, order, parent_key)
    changes = builder.build()
    return Comparison(old, new, changes, old_to_new, new_to_old, matched, order, parent_key, children_of)


def _head(unit: Unit) -> str | None:
    return unit.head.label() or None if unit.head else None


def _prose(text: str | None) -> str | None:
    return normal(text) or None if text else None


class _Changes:
    """The changes of matched units, then the responsibilities' fate across units."""

    def __init__(
        self,
        old: Organization,
        new: Organization,
        old_to_new: list[int | None],
        new_to_old: list[int | None],
        matched: list[Match],
        order: list[int],
        parent_key: dict[int, int | None],
    ) -> None:
        self.old, self.new = old, new
        self.old_to_new, self.new_to_old, self.matched = old_to_new, new_to_old, matched
        self.position = {key: rank for rank, key in enumerate(order)}
        self.parent_key = parent_key
        self.changes: list[tuple[int, int, int, Change]] = []
        self._paths: dict[int, tuple[str, ...]] = {}

    def path(self, key: int) -> tuple[str, ...]:
        cached = self._paths.get(key)
        if cached is not None:
            return cached
        chain: list[int] = []
        walk: int | None = key
        while walk is not None and walk not in self._paths:
            chain.append(walk)
            walk = self.parent_key[walk]
        path = self._paths[walk] if walk is not None else ()
        for step in reversed(chain):
            unit = self.new.units[step] if step < len(self.new) else self.old.units[step - len(self.new)]
            path = (*path, unit.name)
            self._paths[step] = path
        return path

    def unit_of(self, key: int) -> Unit:
        return self.new.units[key] if key < len(self.new) else self.old.units[key - len(self.new)]

    def add(self, kind: ChangeKind, key: int, old: str | None, new: str | None, **extra: Any) -> None:
        count = len(self.new)
        unit = self.new.units[key] if key < count else self.old.units[key - count]
        new_unit = key if key < count else None
        old_unit = key - count if key >= count else self.new_to_old[key]
        change = Change(
            kind,
            unit.id,
            old,
            new,
            self.path(key),
            self.matched[key] if key < count else Match.NONE,
            self.position[key],
            old_unit,
            new_unit,
            **extra,
        )
        self.changes.append((change.position, _KIND_ORDER[kind], len(self.changes), change))

    def build(self) -> list[Change]:
        old, new = self.old, self.new
        count = len(new)
        removed_duties: list[_Sentence] = []  # old unit, sentence: left a unit, not yet accounted for
        added_duties: list[_Sentence] = []  # new unit, sentence
        for unit in old.units:
            if self.old_to_new[unit.index] is None:
                self.add(ChangeKind.REMOVED, count + unit.index, unit.name, None)
                removed_duties.extend(_Sentence(unit.index, text) for text in unit.responsibilities)
        for unit in new.units:
            counterpart = self.new_to_old[unit.index]
            if counterpart is None:
                added_duties.extend(_Sentence(unit.index, text) for text in unit.responsibilities)
                continue
            before = old.units[counterpart]
            self.unit_changes(before, unit)
            if before.responsibilities == unit.responsibilities:  # nearly every unit: nothing to pair
                continue
            kept = Counter(normal(text) for text in unit.responsibilities)
            gone = Counter(normal(text) for text in before.responsibilities)
            same = kept & gone
            left_old, left_new = Counter(same), Counter(same)
            for text in before.responsibilities:
                if left_old[normal(text)] > 0:
                    left_old[normal(text)] -= 1
                else:
                    removed_duties.append(_Sentence(before.index, text))
            for text in unit.responsibilities:
                if left_new[normal(text)] > 0:
                    left_new[normal(text)] -= 1
                else:
                    added_duties.append(_Sentence(unit.index, text))
        moved_in = self.duties(removed_duties, added_duties)
        for unit in new.units:
            if self.new_to_old[unit.index] is None:
                self.added(unit, moved_in.get(unit.index, Counter()))
        self.changes.sort(key=lambda item: item[:3])
        return [item[3] for item in self.changes]

    def unit_changes(self, before: Unit, unit: Unit) -> None:
        key, old, new = unit.index, self.old, self.new
        if self.matched[key] is not Match.ID:
            self.add(ChangeKind.ID_CHANGED, key, before.id, unit.id)
        if before.parent is None:
            old_place = _ROOT
        else:
            mapped = self.old_to_new[before.parent]
            old_place = _GONE if mapped is None else mapped
        new_place = _ROOT if unit.parent is None else unit.parent
        if old_place != new_place or before.placement is not unit.placement:
            parent = new.parent(unit)
            self.add(
                ChangeKind.MOVED,
                key,
                place_label(old, before),
                place_label(new, unit),
                detail={"parent": parent.id if parent else None, "placement": unit.placement.value},
            )
        if before.name != unit.name:
            self.add(ChangeKind.RENAMED, key, before.name, unit.name)
        if before.kind != unit.kind:
            self.add(ChangeKind.KIND_CHANGED, key, before.kind, unit.kind)
        if before.head != unit.head and _head(before) != _head(unit):
            self.add(ChangeKind.HEAD_CHANGED, key, _head(before), _head(unit))
        if before.description != unit.description and _prose(before.description) != _prose(unit.description):
            self.add(ChangeKind.DESCRIPTION_CHANGED, key, before.description, unit.description)
        was = {}
        for index in before.related:
            target = self.old_to_new[index]
            was[target if target is not None else len(new) + index] = old.units[index]  # removed: its key
        now = {index: new.units[index] for index in unit.related}
        for target, other in was.items():
            if target not in now:
                self.add(
                    ChangeKind.RELATION_REMOVED, key, other.name, None, other=self.id_now(other), other_name=other.name
                )
        for target, other in now.items():
            if target not in was:
                self.add(ChangeKind.RELATION_ADDED, key, None, other.name, other=other.id, other_name=other.name)

    def id_now(self, old_unit: Unit) -> str:
        """An old unit's id in the newer version, or its old id when it was removed."""
        counterpart = self.old_to_new[old_unit.index]
        return old_unit.id if counterpart is None else self.new.units[counterpart].id

    def duties(self, removed: list[_Sentence], added: list[_Sentence]) -> dict[int, Counter[str]]:
        """Pair the responsibilities that left a unit with those that arrived: the same sentence under
        another unit (moved), a rewording in the same unit, nearly the same sentence under another
        unit (moved); the rest were removed or added. Returns, per added unit, the sentences that moved
        into it (they are reported as moved, not as part of the new unit)."""
        count = len(self.new)
        used_old: set[int] = set()
        used_new: set[int] = set()
        moved_in: dict[int, Counter[str]] = defaultdict(Counter)

        def moved(old_at: int, new_at: int) -> None:
            source, target = removed[old_at], added[new_at]
            used_old.add(old_at)
            used_new.add(new_at)
            counterpart = self.old_to_new[source.unit]
            from_key = count + source.unit if counterpart is None else counterpart
            detail: dict[str, Any] = {"_from_position": self.position[from_key]}
            if counterpart is None:
                detail["from_removed"] = True
            if self.new_to_old[target.unit] is None:
                moved_in[target.unit][target.text] += 1
            self.add(
                ChangeKind.RESPONSIBILITY_MOVED,
                target.unit,
                source.text,
                target.text,
                other=self.id_now(self.old.units[source.unit]),
                other_name=self.unit_of(from_key).name,
                detail=detail,
            )

        # 1. The same sentence under another unit.
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for at, sentence in enumerate(removed):
            waiting[normal(sentence.text)].append(at)
        for at, sentence in enumerate(added):
            queue = waiting.get(normal(sentence.text))
            if queue:
                moved(queue.popleft(), at)
        # 2. Reworded within a unit (of a unit that is in both versions).
        per_unit: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for at, sentence in enumerate(removed):
            if at not in used_old and self.old_to_new[sentence.unit] is not None:
                per_unit[self.old_to_new[sentence.unit]][0].append(at)  # type: ignore[index]
        for at, sentence in enumerate(added):
            if at not in used_new and sentence.unit in per_unit:
                per_unit[sentence.unit][1].append(at)
        for unit_index, (olds, news) in per_unit.items():
            if not news:
                continue
            pairs = pair_similar(
                [word_set(removed[i].text) for i in olds], [word_set(added[j].text) for j in news], REWORDED
            )
            for i, j, _score in pairs:
                used_old.add(olds[i])
                used_new.add(news[j])
                self.add(ChangeKind.RESPONSIBILITY_REWORDED, unit_index, removed[olds[i]].text, added[news[j]].text)
        # 3. Nearly the same sentence under another unit.
        olds = [at for at in range(len(removed)) if at not in used_old]
        news = [at for at in range(len(added)) if at not in used_new]
        if olds and news:
            pairs = pair_similar(
                [word_set(removed[i].text) for i in olds], [word_set(added[j].text) for j in news], NEARLY_SAME
            )
            for i, j, _score in pairs:
                moved(olds[i], news[j])
        # 4. The rest, of units in both versions (a removed or added unit's duties go with it).
        for at, sentence in enumerate(removed):
            counterpart = self.old_to_new[sentence.unit]
            if at not in used_old and counterpart is not None:
                self.add(ChangeKind.RESPONSIBILITY_REMOVED, counterpart, sentence.text, None)
        for at, sentence in enumerate(added):
            if at not in used_new and self.new_to_old[sentence.unit] is not None:
                self.add(ChangeKind.RESPONSIBILITY_ADDED, sentence.unit, None, sentence.text)
        return moved_in

    def added(self, unit: Unit, moved_in: Counter[str]) -> None:
        duties = []
        for text in unit.responsibilities:
            if moved_in[text] > 0:
                moved_in[text] -= 1
            else:
                duties.append(text)
        parent = self.new.parent(unit)
        detail = {
            "parent": parent.id if parent else None,
            "placement": unit.placement.value,
            "unit_kind": unit.kind,  # not "kind": that is the change's
            "head": _head(unit),
            "description": unit.description,
            "responsibilities": duties,
            "related": [self.new.units[i].id for i in unit.related],
        }
        self.add(ChangeKind.ADDED, unit.index, None, unit.name, detail=detail)
