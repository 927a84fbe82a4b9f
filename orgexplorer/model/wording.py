"""How alike two sentences are: word sets, near-duplicate pairing without comparing all pairs, and the
words that changed between two versions of a text. Pure Python, used by the comparison of versions."""

from __future__ import annotations

import difflib
import enum
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from typing import NamedTuple

from orgexplorer.model.text import words

# "Reworded": a responsibility of the same unit whose words mostly agree, measured as the Jaccard
# similarity of the two folded word sets (shared words / words either uses). 0.5: at least half of the
# words the two versions use between them are shared ("maintaining parks" → "maintaining parks and
# playgrounds" is 2/4; "maintaining parks" → "maintaining roads" is 1/3 and is not a rewording).
REWORDED = 0.5
# "The same sentence, or nearly": a responsibility that left one unit and appears under another; a
# stricter bar, since two units' duties are more often alike by chance than two wordings of one duty.
NEARLY_SAME = 0.7
# Blocking: a word in the prefixes (below) of more new texts than this is too common to tell
# near-duplicates apart, and finds no candidates; only rarer words do. Texts made of a few very common
# words (a small vocabulary, two unrelated versions) then cost no more than similar ones, at the price
# of missing a near-duplicate whose rarer words are all that common.
_COMMON = 64
# At most this many new texts are scored for one old text, those sharing its rarest words first.
_CANDIDATES = 64
_FEW_PAIRS = 36  # up to this many pairs (a unit's sentences, before and after), every pair is scored
_SLACK = 1e-9  # the length filter is loosened by this much: float rounding never drops a real pair


def normal(text: str) -> str:
    """The text with its runs of white space made single: the key of "the same sentence"."""
    return " ".join(text.split())


def word_set(text: str) -> frozenset[str]:
    """The folded words of ``text`` (case, diacritics and script left out)."""
    return frozenset(words(text))


def word_bag(text: str) -> tuple[str, ...]:
    """The distinct folded words of ``text``, in order, each interned: what ``pair_similar`` is given for
    many texts at once (a tuple of shared words takes a fifth of a frozenset's memory)."""
    return tuple(dict.fromkeys(map(sys.intern, words(text))))


def similarity(a: Collection[str], b: Collection[str]) -> float:
    """Jaccard similarity of two sets of distinct words; 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    shared = len((a if isinstance(a, (set, frozenset)) else set(a)).intersection(b))
    return shared / (len(a) + len(b) - shared)


def pair_similar(
    olds: Sequence[Collection[str]], news: Sequence[Collection[str]], threshold: float
) -> list[tuple[int, int, float]]:
    """Pairs (old position, new position, similarity) with similarity ≥ ``threshold``, each text in at
    most one pair; every old text in turn takes its most similar free new text (the first on a tie).
    Each text is a collection of distinct words (``word_set``, ``word_bag``).

    Not all pairs: prefix filtering (as in similarity joins). Words are ordered rarest first; two sets
    with Jaccard ≥ t share at least ⌈t·|x|⌉ words, so they share one among the first
    |x| − ⌈t·|x|⌉ + 1 words of each. Only new texts sharing a prefix word that is not too common
    (``_COMMON``) and of a length that can reach t (t·|x| ≤ |y| ≤ |x|/t) are scored, at most
    ``_CANDIDATES`` for each old text: linear in the texts, whatever they are.
    """
    if len(olds) * len(news) <= _FEW_PAIRS:  # a few texts (one unit's): every pair, cheaper than an index
        return _all_pairs(olds, news, threshold)
    return _indexed_pairs(olds, news, threshold)


def _indexed_pairs(
    olds: Sequence[Collection[str]], news: Sequence[Collection[str]], threshold: float
) -> list[tuple[int, int, float]]:
    """``pair_similar`` through the index of the new texts' prefixes."""
    frequency: Counter[str] = Counter()
    for group in (olds, news):
        for bag in group:
            frequency.update(bag)
    rank = {word: at for at, word in enumerate(sorted(frequency, key=lambda word: (frequency[word], word)))}
    by_rank = rank.__getitem__

    def prefix(bag: Collection[str]) -> list[str]:
        ordered = sorted(bag, key=by_rank)
        return ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]

    found: dict[str, list[int]] = defaultdict(list)
    for position, bag in enumerate(news):
        for word in prefix(bag):
            found[word].append(position)
    postings = {word: positions for word, positions in found.items() if len(positions) <= _COMMON}
    del found
    taken: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for old_position, bag in enumerate(olds):
        if not bag:
            continue
        size = len(bag)
        shortest, longest = threshold * size - _SLACK, size / threshold + _SLACK
        these = bag if isinstance(bag, (set, frozenset)) else set(bag)
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        budget = _CANDIDATES
        for word in prefix(bag):
            for new_position in postings.get(word, ()):
                if new_position in taken or new_position in seen:
                    continue
                seen.add(new_position)
                other = news[new_position]
                if not shortest <= len(other) <= longest:
                    continue
                shared = len(these.intersection(other))
                score = shared / (size + len(other) - shared)
                if score >= threshold and (best is None or (score, -new_position) > (best[0], -best[1])):
                    best = (score, new_position)
                budget -= 1
                if not budget:
                    break
            if not budget:
                break
        if best is not None:
            taken.add(best[1])
            pairs.append((old_position, best[1], best[0]))
    return pairs


def _all_pairs(
    olds: Sequence[Collection[str]], news: Sequence[Collection[str]], threshold: float
) -> list[tuple[int, int, float]]:
    """``pair_similar`` by scoring every pair: for a few texts only."""
    taken: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for old_position, bag in enumerate(olds):
        if not bag:
            continue
        best: tuple[float, int] | None = None
        for new_position, other in enumerate(news):
            if new_position in taken:
                continue
            score = similarity(bag, other)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, new_position)
        if best is not None:
            taken.add(best[1])
            pairs.append((old_position, best[1], best[0]))
    return pairs


class Edit(enum.Enum):
    """What happened to a stretch of text between two versions."""

    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


class Stretch(NamedTuple):
    edit: Edit
    text: str


_LONGEST_WORD_DIFF = 4_000_000  # tokens × tokens: a few thousand words each way
# A word with the white space after it: changed words next to each other make one marked stretch.
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")


def word_changes(old: str, new: str) -> list[Stretch]:
    """The two versions as one sequence of stretches: kept, removed and added words (white space kept
    with the words around it), for showing "before → after" with the changed words marked."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[Stretch] = []

    def put(edit: Edit, text: str) -> None:
        if not text:
            return
        if out and out[-1].edit is edit:
            out[-1] = Stretch(edit, out[-1].text + text)
        else:
            out.append(Stretch(edit, text))

    if len(a) * len(b) > _LONGEST_WORD_DIFF:  # SequenceMatcher is quadratic: very long texts whole
        put(Edit.REMOVED, old)
        put(Edit.ADDED, new)
        return out
    # Words are compared without the space after them: "grants" before a comma is the word "grants ".
    keys_a, keys_b = [token.rstrip() or token for token in a], [token.rstrip() or token for token in b]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for old_token, new_token in zip(a[i1:i2], b[j1:j2], strict=True):
                word = new_token.rstrip() or new_token
                put(Edit.SAME, word)
                old_space, new_space = old_token[len(word) :], new_token[len(word) :]
                if old_space == new_space:
                    put(Edit.SAME, new_space)
                else:  # "grants " and "grants" before a comma: each version keeps its own space
                    put(Edit.REMOVED, old_space)
                    put(Edit.ADDED, new_space)
            continue
        put(Edit.REMOVED, "".join(a[i1:i2]))
        put(Edit.ADDED, "".join(b[j1:j2]))
    return out


def side(stretches: Sequence[Stretch], edit: Edit) -> list[Stretch]:
    """One version out of ``word_changes``: the kept stretches and those of ``edit`` (REMOVED for the
    older text, ADDED for the newer)."""
    return [stretch for stretch in stretches if stretch.edit in (Edit.SAME, edit)]
