"""The words of a search query: each word's forms in the file, phrases, abbreviations and the glossary.

A query is parsed (by ``search.SearchIndex``, which knows the file's words) into ``Query``: groups of
``Term``s, each the file's words one query word stands for. ``STOPWORDS`` are the words that say how a
question is asked; ``Glossary`` pairs a file's abbreviations with their expansions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from orgexplorer.model import lexicon
from orgexplorer.model.text import INVISIBLE_CHARACTER, fold, words

PHRASE = re.compile(r'"([^"]*)"')
ORIGINAL_WORD = re.compile(r"\w+(?:&\w+)+|\w+")  # "R&D", "H&S": one word


@dataclass(frozen=True, slots=True)
class Term:
    """One query word: the file's words it stands for (its forms), the beginnings it matches while
    being typed, and phrases it stands for (an abbreviation's expansion)."""

    words: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def alternatives(self) -> tuple[str, ...]:
        return self.words + self.prefixes

    @property
    def exact(self) -> bool:
        return not self.prefixes

    def matches(self, word: str) -> bool:
        if word in self.words or (self.prefixes and word.startswith(self.prefixes)):
            return True
        return any(word.startswith(phrase) for phrase in self.phrases)

    def expression(self) -> str:
        parts = [f'"{word}"' for word in self.words] + [f'"{prefix}"*' for prefix in self.prefixes]
        # A phrase's words by the beginnings of their stems: "information technologies" too.
        parts += ["(" + " + ".join(f'"{word}"*' for word in phrase) + ")" for phrase in self.phrases]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]  # AND of groups; a group of several terms is a phrase
    any_word: bool = False  # OR of the groups instead: the fallback when no unit has them all

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


# Words that say how a question is asked, not what it is about: "who handles arms control?", "where do
# I report ...", and Serbian function words ("i", "u", "za": never a match of their own).
_STOPWORDS_TEXT = """a an and are as at be by can deal deals dealing do does for from handle handles handling how in
is it of on or responsible the to what which who whom whose with where i me my we our you your get need want
should would could there their this that these those about into office unit units department find someone
if when must will has have am was were did done happens happen
i u za na od do se sa o koji koja koje je su da li ko sta gde kako kome"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# Words of the query that only say what kind of thing is wanted: left out when there are others.
KIND_WORDS = frozenset(("office", "unit", "units", "department", "find", "someone"))


def word_classes(rows: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = {}
    for word, word_keys in rows:
        for key in word_keys.split():
            classes.setdefault(key, []).append(word)
    return classes


def query_words(text: str) -> list[tuple[str, str]]:
    """(folded, as typed) of each word of a query."""
    text = INVISIBLE_CHARACTER.sub("", text)  # "fi\u200dnance" is one word, as it looks
    return [(fold(match.group(0)), match.group(0)) for match in ORIGINAL_WORD.finditer(text) if match.group(0)]


def word_keys(word: str, serbian: bool) -> tuple[str, ...]:
    """The stems a word of the file (or query) is found by; none for numbers and codes."""
    if not word.isalpha() or len(word) < 3:
        return ()
    return lexicon.keys(word, serbian)


def stem_prefix(word: str) -> str:
    """The beginning every form of an English word shares (its stem, Porter's y -> i undone)."""
    stemmed = lexicon.english_key(word)[2:]
    if stemmed.endswith("i") and len(stemmed) > 3:
        stemmed = stemmed[:-1]
    return stemmed if word.startswith(stemmed) else word[: max(3, len(stemmed) - 1)]


def by_length(vocabulary: Iterable[str]) -> dict[int, list[str]]:
    by_length: dict[int, list[str]] = {}
    for word in sorted(vocabulary):
        by_length.setdefault(len(word), []).append(word)
    return by_length


class Glossary:
    """Abbreviations and their expansions, each findable by the other."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._pairs = [
            (re.compile(rf"\b{re.escape(abbreviation)}\b"), re.compile(rf"\b{re.escape(expansion)}\b", re.I),
             abbreviation, expansion)
            for abbreviation, expansion in glossary.items()
        ]  # fmt: skip
        self.abbreviations = frozenset(fold(abbreviation) for abbreviation in glossary)
        self._expansions = {fold(abbreviation): tuple(words(expansion)) for abbreviation, expansion in glossary.items()}
        self._texts = {fold(abbreviation): expansion for abbreviation, expansion in glossary.items()}

    def expansion(self, word: str) -> str | None:
        """The expansion of a folded abbreviation of the glossary, or None."""
        return self._texts.get(word)

    def aliases(self, text: str) -> str:
        """For each abbreviation in ``text`` its expansion, and for each expansion its abbreviation."""
        found = []
        for abbreviation_re, expansion_re, abbreviation, expansion in self._pairs:
            if abbreviation_re.search(text):
                found.append(expansion)
            elif expansion_re.search(text):
                found.append(abbreviation)
        return "; ".join(found)

    def counterparts(self, terms: Sequence[Term]) -> tuple[Term, ...]:
        """Terms for the other side of the glossary: the expansion of an abbreviation and back."""
        extra: list[Term] = []
        for abbreviation, expansion in self._expansions.items():
            if any(term.matches(abbreviation) and term.exact for term in terms):
                extra += [Term((word,)) for word in expansion]
            elif expansion and all(any(term.matches(word) for term in terms) for word in expansion):
                extra.append(Term((abbreviation,)))
        return tuple(extra)
