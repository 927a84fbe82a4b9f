"""Immutable organization and unit types with every relation resolvable in both directions."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field


class Placement(enum.Enum):
    """How a unit hangs from the unit above it."""

    ROOT = "root"
    SUBUNIT = "subunit"  # part of the unit above (solid link)
    ATTACHED = "attached"  # related to the head of the unit above, not part of it (dashed link)


class Relation(enum.Enum):
    """How a related unit stands to the unit being read: the groups of the detail pane and of the
    directory, which each word them in their own language."""

    PART_OF = "part of"  # the unit above, of which this one is a subunit
    ATTACHED_TO_HEAD_OF = "attached to the head of"  # the unit above, to whose head this one is attached
    SUBUNIT = "subunit"
    ATTACHED_UNIT = "attached unit"
    RELATED = "related"  # named in this unit's ``related``
    REFERRED_TO_BY = "referred to by"  # names this unit in its ``related``


@dataclass(frozen=True, slots=True)
class Head:
    """The post heading a unit; ``name`` is the person where the file knows it."""

    title: str | None = None
    name: str | None = None

    def label(self) -> str:
        """The head as one line: "Title (Name)", "Title" or "Name"."""
        if self.title and self.name:
            return f"{self.title} ({self.name})"
        return self.title or self.name or ""


@dataclass(frozen=True, slots=True)
class Unit:
    """One organizational unit.

    Relations are held as indices into ``Organization.units`` (pre-order, the order of the file), so a
    unit is cheap, hashable and safe to hand to Qt as an integer id.

    Attributes:
        index: position in ``Organization.units``.
        id: the file's unique id.
        placement: root, subunit or attached unit of ``parent``.
        parent: index of the unit above, or None for a top-level unit.
        subunits, attached: indices of the units below, in file order.
        related: indices of the units this one names in ``related``.
        referred_by: indices of the units naming this one in their ``related``.
        depth: 0 for a top-level unit.
        line, column: where the unit starts in the file (1-based), 0 when unknown.
        details: other facts about the unit as (label, value) pairs, e.g. the extra columns of a
            spreadsheet it was imported from.
        names: where the file gives the name in several languages, (tag, name) pairs; ``name`` is
            then the English one, or the first.
    """

    index: int
    id: str
    name: str
    kind: str | None = None
    head: Head | None = None
    description: str | None = None
    responsibilities: tuple[str, ...] = ()
    placement: Placement = Placement.ROOT
    parent: int | None = None
    subunits: tuple[int, ...] = ()
    attached: tuple[int, ...] = ()
    related: tuple[int, ...] = ()
    referred_by: tuple[int, ...] = ()
    depth: int = 0
    line: int = 0
    column: int = 0
    details: tuple[tuple[str, str], ...] = ()  # other facts the file keeps: (label, value), in order
    names: tuple[tuple[str, str], ...] = ()  # the name in other languages: (language tag, name)

    def name_in(self, language: str | None) -> str:
        """The unit's name in ``language`` (a tag such as "sr-Cyrl"), falling back sensibly: the same
        language in the other Serbian script (transliterated), the language without its script,
        English, then the name as the file gives it first."""
        if not language or not self.names:
            return self.name
        by_tag = {tag.casefold(): text for tag, text in self.names}
        wanted = language.casefold()
        if wanted in by_tag:
            return by_tag[wanted]
        if wanted == "sr-cyrl" and "sr-latn" in by_tag:
            from orgexplorer.model.text import latin_to_cyrillic

            return latin_to_cyrillic(by_tag["sr-latn"], interface=False)  # wholly Cyrillic, codes too
        base = wanted.split("-")[0]
        for tag, text in by_tag.items():
            if tag.split("-")[0] == base:
                return text
        return by_tag.get("en", self.name)

    @property
    def children(self) -> tuple[int, ...]:
        """Subunits first, then attached units: the order of the tree and the chart."""
        return self.subunits + self.attached


@dataclass(frozen=True, slots=True)
class Organization:
    """A loaded organization file.

    Attributes:
        title: the ``organization`` field, the chart's title.
        units: every unit in pre-order; ``units[i].index == i``.
        roots: indices of the top-level units.
        source: where the facts come from, if the file says.
        glossary: abbreviation -> expansion.
        path: the file it was loaded from, if any.
        content_key: the hash of the bytes it was loaded from, where the loader computed one (large
            files): whoever reads the file again can tell whether it still says the same.
    """

    title: str
    units: Sequence[Unit]
    roots: tuple[int, ...]
    source: str | None = None
    glossary: Mapping[str, str] = field(default_factory=dict)
    path: str | None = None
    _by_id: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)
    content_key: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self._by_id:
            object.__setattr__(self, "_by_id", {unit.id: unit.index for unit in self.units})

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._by_id

    def by_id(self, unit_id: str) -> Unit:
        """The unit with this id; KeyError when there is none."""
        return self.units[self._by_id[unit_id]]

    def unknown_id(self, given: str) -> str:
        """What to say of ``given``, an id no unit has: with the id of the unit that has it as a name
        (in any of its languages), or else with the closest id ("did you mean")."""
        from orgexplorer.model.text import fold  # either script, with or without diacritics

        wanted = fold(given.strip())
        named = next((u.id for u in self.units if wanted in (fold(u.name), *(fold(t) for _, t in u.names))), None)
        if named is not None:
            return f"no unit with id '{given}'; the unit named so has id '{named}'"
        close = closest(given, [unit.id for unit in self.units])
        return f"no unit with id '{given}'" + (f"; did you mean '{close}'?" if close else "")

    def get(self, unit_id: str) -> Unit | None:
        """The unit with this id, or None."""
        index = self._by_id.get(unit_id)
        return None if index is None else self.units[index]

    def parent(self, unit: Unit) -> Unit | None:
        """The unit above, or None for a top-level unit."""
        return None if unit.parent is None else self.units[unit.parent]

    def children(self, unit: Unit | None) -> list[Unit]:
        """The units below ``unit`` (subunits, then attached), or the top-level units for None."""
        indices = self.roots if unit is None else unit.children
        return [self.units[i] for i in indices]

    def path_to(self, unit: Unit) -> list[Unit]:
        """The units from the top of the tree down to ``unit``, both included."""
        path = [unit]
        while path[-1].parent is not None:
            path.append(self.units[path[-1].parent])
        path.reverse()
        return path

    def attached_to(self, unit: Unit) -> Head | None:
        """For an attached unit, the head of the unit it is attached to (possibly untitled)."""
        if unit.placement is not Placement.ATTACHED or unit.parent is None:
            return None
        return self.units[unit.parent].head or Head()

    def relation_groups(self, unit: Unit) -> list[tuple[Relation, tuple[int, ...]]]:
        """The units related to ``unit``, grouped by relation, in the order a reader wants them:
        the unit it is part of (or whose head it is attached to), its subunits, its attached units,
        its cross-references and who refers to it. Empty groups are left out."""
        groups: list[tuple[Relation, tuple[int, ...]]] = []
        if unit.parent is not None:
            above = Relation.ATTACHED_TO_HEAD_OF if unit.placement is Placement.ATTACHED else Relation.PART_OF
            groups.append((above, (unit.parent,)))
        for relation, indices in (
            (Relation.SUBUNIT, unit.subunits),
            (Relation.ATTACHED_UNIT, unit.attached),
            (Relation.RELATED, unit.related),
            (Relation.REFERRED_TO_BY, unit.referred_by),
        ):
            if indices:
                groups.append((relation, indices))
        return groups

    def walk(self, start: Unit | None = None) -> Iterator[Unit]:
        """Pre-order walk below ``start`` (included), or over the whole organization; no recursion."""
        stack = [start.index] if start is not None else list(reversed(self.roots))
        while stack:
            unit = self.units[stack.pop()]
            yield unit
            stack.extend(reversed(unit.children))


def closest(word: str, choices: Sequence[str]) -> str | None:
    """The choice closest to ``word`` (a "did you mean"), or None."""
    import difflib  # only a mistyped key or id needs it

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None
