"""What a search answers: the hits, each with why it was found, and the two layers' rankings fused.

``Hit`` is one unit found, by words (the field and text, the words marked) or by meaning (the unit's
sentence nearest to the query); ``SearchResult`` the ranked answer; ``fuse`` puts the word ranking and
the meaning ranking in one list.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.search_query import Query, Term
from orgexplorer.model.text import fold, word_spans

if TYPE_CHECKING:
    from orgexplorer.model.meaning import Nearest

SNIPPET = 180
FUSION_K = 10  # reciprocal rank fusion: 1 / (k + rank) from each layer
MEANING_THRESHOLD = 0.40  # a unit found by meaning alone is listed beside word matches when this near
MEANING_FLOOR = 0.15  # ... and when no unit has every word
MEANING_SPREAD = 0.20  # ... and no further below the nearest unit than this
FIRST_PAGE = 5  # ... but at least MEANING_FLOOR near when fewer units than this have the words
MEANING_RELATIVE = 0.8  # ... and past the first page, at least this share of the nearest unit's nearness


class Match(enum.Enum):
    """Why a unit was found: its words matched the query's, or its meaning is near the query's."""

    WORDS = "words"
    MEANING = "meaning"


@dataclass(frozen=True, slots=True)
class Hit:
    """One unit found, with why: the field and the matching text, and where the terms are in it.

    Attributes:
        unit: index of the unit in the organization.
        score: higher is better; equal queries give equal scores.
        field: where it matched: name, head, responsibility, kind, description or detail.
        text: the matching text (a whole responsibility, the name, or part of the description).
        spans: (start, end) of the matched words in ``text`` (none for a match by meaning).
        match: by words, or by meaning (then ``text`` is the unit's sentence nearest to the query).
    """

    unit: int
    score: float
    field: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()
    match: Match = Match.WORDS

    def marked(self, before: str = "[", after: str = "]") -> str:
        """``text`` with the matched words wrapped in ``before``/``after``."""
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The ranked answer to one query.

    Attributes:
        query: the query as typed.
        count: how many units match; ``len(result)``.
        ranked: the best of them, best first.
        hits: the first of those explained (field, text), best first.
        corrected: the query as corrected for typos, when it was ("showing results for ...").
        partial: no unit matched every word; these match some of them (the most words first).
        meaning: the meaning layer took part (False: words alone, its model missing or not ready).
        by_meaning: how many of the units were found by meaning alone (counted in ``count``).
        units: (a property) every matching unit, the ranked first, then the rest in file order. It is
            asked of the index the first time it is read: the list and its count are ready before
            the tree that marks every match needs them all.
    """

    query: str
    count: int = 0
    ranked: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    terms: tuple[Term, ...] = ()
    corrected: str | None = None
    partial: bool = False
    meaning: bool = False
    by_meaning: int = 0
    _matching: Callable[[], list[int]] | None = field(default=None, repr=False, compare=False)
    _units: list[list[int]] = field(default_factory=list, repr=False, compare=False)  # filled once

    def __len__(self) -> int:
        return self.count

    @property
    def only_by_meaning(self) -> bool:
        """No unit has the query's words (not even some of them): every unit listed is only near it in
        meaning, which the user is told ("no unit has these words; nearest by meaning")."""
        return bool(self.hits) and not self.partial and all(hit.match is Match.MEANING for hit in self.hits)

    @property
    def units(self) -> list[int]:
        if not self._units:
            units = list(self.ranked)
            if self._matching is not None and self.count > len(units):
                best = set(units)
                units += [unit for unit in self._matching() if unit not in best]
            self._units.append(units)
        return self._units[0]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the query's words occur in any text (for highlighting it)."""
        return term_spans(text, self.terms)[0]


def rerank(organization: Organization, ranked: list[tuple[int, float]], parsed: Query) -> list[tuple[int, float]]:
    """Boost, among the best, units where all the words stand together in one text."""
    if len(parsed.groups) < 2 or not ranked:
        return ranked
    boosted = []
    for unit, score in ranked:
        boosted.append((unit, round(score * closeness(organization.units[unit], parsed), 6)))
    boosted.sort(key=lambda item: (-item[1], item[0]))
    return boosted


def closeness(unit: Unit, parsed: Query) -> float:
    """How near together the query's words stand in one of the unit's texts (1: apart or not all there)."""
    best = 1.0
    terms = parsed.terms
    for _, text in unit_texts(unit):
        folded = [word for _, _, word in word_spans(text)]
        positions = [[i for i, word in enumerate(folded) if term.matches(word)] for term in terms]
        if not all(positions):
            continue
        span = max(p[0] for p in positions) - min(p[0] for p in positions)
        best = max(best, 1.5 + 1.0 / (1 + max(0, span - len(terms) + 1)))
    return best


def explain_hit(organization: Organization, unit_index: int, score: float, terms: tuple[Term, ...]) -> Hit:
    """A word hit: the unit's text where most of the terms are (the best field first), marked."""
    unit = organization.units[unit_index]
    best: tuple[int, int, str, str, list[tuple[int, int]]] | None = None
    for rank, (field_name, text) in enumerate(unit_texts(unit)):
        spans, found = term_spans(text, terms)
        if not spans:
            continue
        candidate = (found, -rank, field_name, text, spans)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:  # pragma: no cover - every hit has matched some text
        return Hit(unit_index, score, "name", unit.name)
    _, _, field_name, text, spans = best
    if field_name == "description" and len(text) > SNIPPET:
        text, spans = snippet_window(text, spans)
    return Hit(unit_index, score, field_name, text, tuple(spans))


def by_coverage(
    organization: Organization,
    ranked: list[tuple[int, float]],
    groups: Sequence[tuple[Term, ...]],
    weights: Sequence[float],
) -> tuple[list[tuple[int, float]], dict[int, float]]:
    """Units with some of the query's words (``groups``): those whose words say most of the query
    first, then by score; and each one's share of the query (its words' ``weights`` over all the
    words': "aid" says more of "foreign aid" than "foreign" in a foreign ministry)."""
    whole = sum(weights) or 1.0
    covered = []
    for unit, score in ranked:
        folded = {word for _, text in unit_texts(organization.units[unit]) for _, _, word in word_spans(text)}
        share = sum(
            weight
            for group, weight in zip(groups, weights, strict=True)
            if all(any(term.matches(w) for w in folded) for term in group)
        )
        covered.append((unit, score, share / whole))
    covered.sort(key=lambda item: (-round(item[2], 6), -item[1], item[0]))
    return [(unit, round(score, 6)) for unit, score, _ in covered], {unit: share for unit, _, share in covered}


def fuse(
    ranked: list[tuple[int, float]],
    complete: bool,
    nearest: list[Nearest],
    shares: Mapping[int, float],
    begun: Collection[int] = (),
) -> list[tuple[int, float, Nearest | None]]:
    """Both layers' answers in one list: (unit, score, the meaning match when found by meaning alone).

    Units with every word of the query (``complete``) come first, the two layers' ranks fused among
    them (reciprocal rank fusion); then the other units of both layers (some of the words, or near in
    meaning, and ``begun``: found only by the beginning of a word being typed, not by the whole word),
    fused the same way. A unit found by meaning alone is listed when its nearest sentence is
    at least ``MEANING_THRESHOLD`` near (``MEANING_FLOOR`` when no unit has every word), and at most
    ``MEANING_SPREAD`` less near than the nearest; when fewer than ``FIRST_PAGE`` units have the
    words, every unit at least ``MEANING_FLOOR`` near.
    """
    if not nearest:
        return [(unit, score, None) for unit, score in ranked]
    meaning_rank = {near.unit: rank for rank, near in enumerate(nearest)}
    words_rank = {unit: rank for rank, (unit, _) in enumerate(ranked)}
    scored: list[tuple[int, float, int, Nearest | None]] = []
    for unit, _ in ranked:
        # With some of the words, a unit weighs as much as the share of the query its words say,
        # squared (measured: a constant 0.25 before, share alone, and share squared, best).
        weight = 1.0 if complete else shares.get(unit, 0.0) ** 2
        fused = weight / (FUSION_K + words_rank[unit] + 1)
        if unit in meaning_rank:
            fused += 1.0 / (FUSION_K + meaning_rank[unit] + 1)
        scored.append((0 if complete and unit not in begun else 1, fused, unit, None))
    # The nearest unit sets the bar for the others: far below it, a unit is nearer to nothing asked.
    # When fewer units than a first page have the words, the nearest in meaning fill it.
    if len(ranked) - len(begun) < FIRST_PAGE:  # as many as the whole words find
        bar = MEANING_FLOOR
    else:
        bar = max(MEANING_THRESHOLD if complete else MEANING_FLOOR, nearest[0].score - MEANING_SPREAD)
    for near in nearest:
        if near.unit in words_rank or near.score < bar:
            continue
        scored.append((1, 1.0 / (FUSION_K + meaning_rank[near.unit] + 1), near.unit, near))
    # Equal ranks fused give equal scores ("civil registry": the office named so second by words, first
    # by meaning; the secretariat keeping the registry the other way round): the nearer in meaning first.
    nearness = {near.unit: near.score for near in nearest}
    scored.sort(key=lambda item: (item[0], -round(item[1], 9), -nearness.get(item[2], -1.0), item[2]))
    # Past the first page, a unit found by meaning alone and far less near than the nearest is near
    # nothing asked: "who handles procurement?" lists the five nearest, not most of the organization.
    tail = MEANING_RELATIVE * nearest[0].score
    scored = [item for n, item in enumerate(scored) if n < FIRST_PAGE or item[3] is None or item[3].score >= tail]
    return [(unit, round((1 - tier) + fused, 6), near) for tier, fused, unit, near in scored]


def meaning_hit(near: Nearest, score: float) -> Hit:
    text = near.text
    if len(text) > SNIPPET:
        cut = text.rfind(" ", 0, SNIPPET)
        text = text[: cut if cut > 0 else SNIPPET] + "…"
    return Hit(near.unit, score, near.field, text, (), Match.MEANING)


def term_spans(text: str, terms: Sequence[Term]) -> tuple[list[tuple[int, int]], int]:
    """The words of ``text`` that some term matches, and how many of the terms matched."""
    folded = fold(text)
    if not any(alternative in folded for term in terms for alternative in term.alternatives):
        return [], 0  # most texts of a unit: no term in them at all, found without splitting words
    spans = []
    found = set()
    for start, end, word in word_spans(text):
        hit = False
        for number, term in enumerate(terms):
            if term.matches(word):
                found.add(number)
                hit = True
        if hit:
            spans.append((start, end))
    return spans, len(found)


def unit_texts(unit: Unit) -> list[tuple[str, str]]:
    """The unit's searchable texts, best field first."""
    texts = [("name", unit.name)] + [("name", text) for _, text in unit.names if text != unit.name]
    if unit.head:
        texts.append(("head", unit.head.label()))
    texts += [("responsibility", item) for item in unit.responsibilities]
    if unit.kind:
        texts.append(("kind", unit.kind))
    if unit.description:
        texts.append(("description", unit.description))
    texts += [("detail", f"{label}: {value}") for label, value in unit.details]
    return texts


def snippet_window(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A part of a long text around its first match, with the spans moved to match."""
    first = spans[0][0]
    start = max(0, text.rfind(" ", 0, max(0, first - SNIPPET // 3)) + 1) if first > SNIPPET // 3 else 0
    end = min(len(text), start + SNIPPET)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > first else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    moved = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return prefix + text[start:end] + suffix, moved
