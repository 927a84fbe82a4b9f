"""Which unit of one version is which unit of the other, and where the removed units stood: the
correspondence between two versions' trees that the comparison (``compare.py``) reports on.

Units are matched by id first; a unit whose id changed keeps its match by its name under the same
parent, by most of its responsibilities under the same parent (a renamed unit), or by a name no other
unmatched unit has. Dictionaries keyed by id, place, name and sentence: linear in the units.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict, deque
from collections.abc import Sequence

from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.text import fold
from orgexplorer.model.wording import normal

ROOT = -1  # the place of a top-level unit
_POSTINGS_CAP = 64  # old units looked at per shared responsibility when matching a renamed unit


class Match(enum.Enum):
    """How a unit of the newer version was found in the older one."""

    ID = "id"
    NAME_AND_PLACE = "name and place"  # the same name under the same parent; the id changed
    PLACE_AND_RESPONSIBILITIES = "place and responsibilities"  # renamed and re-ided: parent, most duties
    NAME = "name"  # a name no other unmatched unit has, anywhere
    NONE = "none"  # added or removed: no match


def match_units(old: Organization, new: Organization) -> tuple[list[int | None], list[int | None], list[Match]]:
    old_to_new: list[int | None] = [None] * len(old)
    new_to_old: list[int | None] = [None] * len(new)
    matched = [Match.NONE] * len(new)
    for unit in new.units:
        counterpart = old.get(unit.id)
        if counterpart is not None:
            old_to_new[counterpart.index] = unit.index
            new_to_old[unit.index] = counterpart.index
            matched[unit.index] = Match.ID
    left_old = [unit for unit in old.units if old_to_new[unit.index] is None]
    left_new = [unit for unit in new.units if new_to_old[unit.index] is None]
    if not left_old or not left_new:
        return old_to_new, new_to_old, matched

    def place(unit: Unit) -> int:
        return ROOT if unit.parent is None else unit.parent

    by_place_name: dict[tuple[int, str], deque[int]] = defaultdict(deque)
    by_place_duty: dict[tuple[int, str], list[int]] = defaultdict(list)
    by_name: dict[str, int] = {}
    old_names: Counter[str] = Counter()
    duty_count: dict[int, int] = {}  # per old unit left, its distinct responsibilities
    for unit in left_old:
        name = fold(unit.name)
        by_place_name[(place(unit), name)].append(unit.index)
        old_names[name] += 1
        by_name.setdefault(name, unit.index)
        distinct = {normal(text) for text in unit.responsibilities}
        duty_count[unit.index] = len(distinct)
        for duty in distinct:
            postings = by_place_duty[(place(unit), duty)]
            if len(postings) < _POSTINGS_CAP:
                postings.append(unit.index)
    new_names = Counter(fold(unit.name) for unit in left_new)

    def take(old_index: int, new_index: int, how: Match) -> None:
        old_to_new[old_index] = new_index
        new_to_old[new_index] = old_index
        matched[new_index] = how

    for unit in left_new:  # pre-order: a unit's parent is settled before the unit
        name = fold(unit.name)
        old_parent = ROOT if unit.parent is None else new_to_old[unit.parent]
        if old_parent is not None:
            candidates = by_place_name.get((old_parent, name))
            while candidates and old_to_new[candidates[0]] is not None:
                candidates.popleft()
            if candidates:
                take(candidates.popleft(), unit.index, Match.NAME_AND_PLACE)
                continue
            duties = {normal(text) for text in unit.responsibilities}
            shared: Counter[int] = Counter()
            for duty in duties:
                for old_index in by_place_duty.get((old_parent, duty), ()):
                    if old_to_new[old_index] is None:
                        shared[old_index] += 1
            best = None
            for old_index, count in shared.items():  # insertion order: file order breaks ties
                most = max(len(duties), duty_count[old_index])
                if 2 * count > most and (best is None or count > best[1]):
                    best = (old_index, count)
            if best is not None:
                take(best[0], unit.index, Match.PLACE_AND_RESPONSIBILITIES)
                continue
        if old_names[name] == 1 and new_names[name] == 1 and old_to_new[by_name[name]] is None:
            take(by_name[name], unit.index, Match.NAME)
    return old_to_new, new_to_old, matched


def merged_tree(
    old: Organization, new: Organization, old_to_new: list[int | None], new_to_old: list[int | None]
) -> tuple[list[int], dict[int, int | None], dict[int | None, tuple[Sequence[int], Sequence[int]]]]:
    """The newer tree with each removed unit put back under the unit its old parent became (or under
    its removed parent), after the nearest earlier sibling it had that is still there."""
    count = len(new)

    def with_ghosts(group: tuple[int, ...], old_children: tuple[int, ...]) -> list[int]:
        keys = set(group)
        after: dict[int, list[int]] = defaultdict(list)
        anchor = ROOT
        for old_index in old_children:
            counterpart = old_to_new[old_index]
            if counterpart is None:
                after[anchor].append(count + old_index)
            elif counterpart in keys:
                anchor = counterpart
        if not after:
            return list(group)
        out = list(after.get(ROOT, ()))
        for key in group:
            out.append(key)
            out.extend(after.get(key, ()))
        return out

    children_of: dict[int | None, tuple[Sequence[int], Sequence[int]]] = {}
    # The old units that lost a child: only they need their removed children put back.
    lost_children = {unit.parent for unit in old.units if old_to_new[unit.index] is None}
    removed_roots = tuple(i for i in old.roots if old_to_new[i] is None)
    children_of[None] = (with_ghosts(new.roots, old.roots if removed_roots else ()), [])
    for unit in new.units:
        counterpart = new_to_old[unit.index]
        if counterpart is None:
            if unit.children:
                children_of[unit.index] = (unit.subunits, unit.attached)
            continue
        before = old.units[counterpart]
        if counterpart not in lost_children:
            if unit.children:
                children_of[unit.index] = (unit.subunits, unit.attached)
            continue
        children_of[unit.index] = (
            with_ghosts(unit.subunits, before.subunits),
            with_ghosts(unit.attached, before.attached),
        )
    for unit in old.units:
        if old_to_new[unit.index] is None and unit.children:
            children_of[count + unit.index] = (
                [count + i for i in unit.subunits if old_to_new[i] is None],
                [count + i for i in unit.attached if old_to_new[i] is None],
            )
    order: list[int] = []
    parent_key: dict[int, int | None] = {}
    stack: list[tuple[int, int | None]] = [(key, None) for key in reversed(children_of[None][0])]
    while stack:
        key, parent = stack.pop()
        order.append(key)
        parent_key[key] = parent
        subunits, attached = children_of.get(key, ([], []))
        stack.extend((child, key) for child in reversed([*subunits, *attached]))
    return order, parent_key, children_of
