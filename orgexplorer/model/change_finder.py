"""The changes found between two matched versions: each matched pair's fields compared, then the
responsibilities that left a unit paired with those that arrived (``wording.pair_similar``, never all
pairs). Linear or n·log n, and deterministic: everything is visited in file order."""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import Any

from orgexplorer.model.change import PATH_SEPARATOR, Change, ChangeKind
from orgexplorer.model.matching import ROOT, Match
from orgexplorer.model.organization import Organization, Placement, Unit
from orgexplorer.model.wording import NEARLY_SAME, REWORDED, normal, pair_similar, word_bag

_GONE = -2  # the place of a unit whose old parent was removed
_KIND_ORDER = {kind: number for number, kind in enumerate(ChangeKind)}


@dataclass(frozen=True, slots=True)
class _Sentence:
    unit: int  # old or new unit index
    text: str


def place_label(organization: Organization, unit: Unit) -> str:
    """Where a unit hangs: its parent's path ("top level" for a root), "[attached]" for a staff unit."""
    parent = organization.parent(unit)
    if parent is None:
        return "(top level)"
    text = PATH_SEPARATOR.join(u.name for u in organization.path_to(parent))
    return text + " [attached]" if unit.placement is Placement.ATTACHED else text


def _head(unit: Unit) -> str | None:
    return unit.head.label() or None if unit.head else None


def _other_names(unit: Unit) -> dict[str, str]:
    """The unit's names in other languages than the one it is shown by (the tags as the loader
    compares them)."""
    return {tag.casefold(): text for tag, text in unit.names if text != unit.name}


def _names_label(unit: Unit) -> str:
    """The name with its names in other languages: "Rectorate (sr-Latn: Rektorat, sr-Cyrl: Ректорат)"."""
    others = ", ".join(f"{tag}: {text}" for tag, text in unit.names if text != unit.name)
    return f"{unit.name} ({others})" if others else unit.name


def _prose(text: str | None) -> str | None:
    return normal(text) or None if text else None


class ChangeFinder:
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
        position = self.position[key]
        change = Change(
            kind,
            unit.id,
            old,
            new,
            self.path(key),
            self.matched[key] if key < count else Match.NONE,
            position,
            old_unit,
            new_unit,
            **extra,
        )
        self.changes.append((position, _KIND_ORDER[kind], len(self.changes), change))

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
            was = [normal(text) for text in before.responsibilities]
            now = [normal(text) for text in unit.responsibilities]
            same = Counter(was) & Counter(now)
            if not same:  # every sentence changed (two unrelated versions): no counting needed
                removed_duties.extend(_Sentence(before.index, text) for text in before.responsibilities)
                added_duties.extend(_Sentence(unit.index, text) for text in unit.responsibilities)
                continue
            left_old, left_new = Counter(same), same
            for text, key in zip(before.responsibilities, was, strict=True):
                if left_old[key] > 0:
                    left_old[key] -= 1
                else:
                    removed_duties.append(_Sentence(before.index, text))
            for text, key in zip(unit.responsibilities, now, strict=True):
                if left_new[key] > 0:
                    left_new[key] -= 1
                else:
                    added_duties.append(_Sentence(unit.index, text))
        moved_in = self.duties(removed_duties, added_duties)
        for unit in new.units:
            if self.new_to_old[unit.index] is None:
                self.added(unit, moved_in.get(unit.index, Counter()))
        self.changes.sort(key=lambda item: item[:3])
        return self.organization_changes() + [item[3] for item in self.changes]

    def organization_changes(self) -> list[Change]:
        """What the file says of the whole organization: its title, source and glossary (the terms in
        the newer file's order, then the removed ones in the older's)."""
        old, new = self.old, self.new
        changes: list[Change] = []

        def add(kind: ChangeKind, before: str | None, after: str | None, **detail: str) -> None:
            changes.append(Change(kind, "", before, after, (), Match.NONE, None, detail=detail))

        if normal(old.title) != normal(new.title):
            add(ChangeKind.ORGANIZATION_RENAMED, old.title, new.title)
        if _prose(old.source) != _prose(new.source):
            add(ChangeKind.SOURCE_CHANGED, old.source, new.source)
        for term, expansion in new.glossary.items():
            before = old.glossary.get(term)
            if before is None:
                add(ChangeKind.GLOSSARY_ADDED, None, expansion, term=term)
            elif normal(before) != normal(expansion):
                add(ChangeKind.GLOSSARY_CHANGED, before, expansion, term=term)
        for term, expansion in old.glossary.items():
            if term not in new.glossary:
                add(ChangeKind.GLOSSARY_REMOVED, expansion, None, term=term)
        return changes

    def unit_changes(self, before: Unit, unit: Unit) -> None:
        key, old, new = unit.index, self.old, self.new
        if self.matched[key] is not Match.ID:
            self.add(ChangeKind.ID_CHANGED, key, before.id, unit.id)
        if before.parent is None:
            old_place = ROOT
        else:
            mapped = self.old_to_new[before.parent]
            old_place = _GONE if mapped is None else mapped
        new_place = ROOT if unit.parent is None else unit.parent
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
        elif (before.names or unit.names) and _other_names(before) != _other_names(unit):
            self.add(ChangeKind.RENAMED, key, _names_label(before), _names_label(unit))  # in another language
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
        # The words of each sentence left, once for steps 2 and 3 (a tuple of shared words: two unrelated
        # versions leave every sentence).
        removed_words = [word_bag(sentence.text) if at not in used_old else () for at, sentence in enumerate(removed)]
        added_words = [word_bag(sentence.text) if at not in used_new else () for at, sentence in enumerate(added)]
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
            pairs = pair_similar([removed_words[i] for i in olds], [added_words[j] for j in news], REWORDED)
            for i, j, _score in pairs:
                used_old.add(olds[i])
                used_new.add(news[j])
                self.add(ChangeKind.RESPONSIBILITY_REWORDED, unit_index, removed[olds[i]].text, added[news[j]].text)
        # 3. Nearly the same sentence under another unit.
        olds = [at for at in range(len(removed)) if at not in used_old]
        news = [at for at in range(len(added)) if at not in used_new]
        if olds and news:
            pairs = pair_similar([removed_words[i] for i in olds], [added_words[j] for j in news], NEARLY_SAME)
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
