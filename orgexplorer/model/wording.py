"""How alike two sentences are: word sets, near-duplicate pairing without comparing all pairs, and the
words that changed between two versions of a text. Pure Python, used by the comparison of versions."""

from __future__ import annotations

import difflib
import enum
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
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
# At most this many candidates are looked at for one word of a sentence's prefix: keeps pairing
# n·log n-ish on texts made of a few very common words, at the price of missing some pairings there.
_POSTINGS_CAP = 64


def normal(text: str) -> str:
    """The text with its runs of white space made single: the key of "the same sentence"."""
    return " ".join(text.split())


def word_set(text: str) -> frozenset[str]:
    """The folded words of ``text`` (case, diacritics and script left out)."""
    return frozenset(words(text))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets; 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def pair_similar(
    olds: Sequence[frozenset[str]], news: Sequence[frozenset[str]], threshold: float
) -> list[tuple[int, int, float]]:
    """Pairs (old position, new position, similarity) with similarity ≥ ``threshold``, each text in at
    most one pair; every old text in turn takes its most similar free new text (the first on a tie).

    Not all pairs: prefix filtering (as in similarity joins). Words are ordered rarest first; two sets
    with Jaccard ≥ t share at least ⌈t·|x|⌉ words, so they share one among the first
    |x| − ⌈t·|x|⌉ + 1 words of each. Only new texts sharing a prefix word are scored.
    """
    frequency: Counter[str] = Counter()
    for group in (olds, news):
        for word_bag in group:
            frequency.update(word_bag)

    def prefix(word_bag: frozenset[str]) -> list[str]:
        ordered = sorted(word_bag, key=lambda word: (frequency[word], word))
        return ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]

    postings: dict[str, list[int]] = defaultdict(list)
    for position, word_bag in enumerate(news):
        for word in prefix(word_bag):
            if len(postings[word]) < _POSTINGS_CAP:
                postings[word].append(position)
    taken: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for old_position, word_bag in enumerate(olds):
        if not word_bag:
            continue
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for word in prefix(word_bag):
            for new_position in postings.get(word, ()):
                if new_position in taken or new_position in seen:
                    continue
                seen.add(new_position)
                score = similarity(word_bag, news[new_position])
                if score >= threshold and (best is None or (score, -new_position) > (best[0], -best[1])):
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
