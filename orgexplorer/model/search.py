"""The one search index: find units by what they do, ranked, with the reason each one matched.

SQLite's FTS5 (standard library, in memory) does the tokenizing, prefix matching and bm25 ranking with
column weights. Text and queries are folded first (``text.fold``), so case, accents and Serbian
Cyrillic/Latin meet; each query word is matched as a prefix of its Porter stem, so "plan" finds
"planning", "cooperate" finds "cooperation" and "verif" finds "Verification" while typing.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from orgexplorer.model import cache
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.text import fold, stem, word_spans, words

_WEIGHTS = {"name": 10.0, "head": 6.0, "responsibility": 4.0, "kind": 3.0, "description": 1.5, "glossary": 2.0}
_COLUMNS = tuple(_WEIGHTS)
_BM25 = f"bm25(units, {', '.join(str(weight) for weight in _WEIGHTS.values())})"
_MAX_TERMS = 16
_MAX_QUERY = 1000
_RANK_ALL = 10_000  # matches bm25 ranks within a keystroke's time (about 1 µs each); beyond, _by_field
_EXPLAINED = 50  # hits ranked and explained (field, snippet) per query; the rest are ids in file order
_SNIPPET = 180
_PHRASE = re.compile(r'"([^"]*)"')
_VOCABULARY_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True, slots=True)
class _Term:
    """One query word: matches a text word starting with any alternative (equal to it when exact)."""

    alternatives: tuple[str, ...]
    exact: bool = False

    def matches(self, word: str) -> bool:
        if self.exact:
            return word in self.alternatives
        return word.startswith(self.alternatives)

    def expression(self) -> str:
        star = "" if self.exact else "*"
        parts = [f'"{alternative}"{star}' for alternative in self.alternatives]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class Hit:
    """One unit found, with why: the field and the matching text, and where the terms are in it.

    Attributes:
        unit: index of the unit in the organization.
        score: higher is better; equal queries give equal scores.
        field: where it matched: name, head, responsibility, kind, description or detail.
        text: the matching text (a whole responsibility, the name, or part of the description).
        spans: (start, end) of the matched words in ``text``.
    """

    unit: int
    score: float
    field: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()

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
        units: (a property) every matching unit, the ranked first, then the rest in file order. It is
            asked of the index the first time it is read: the list and its count are ready before
            the tree that marks every match needs them all.
    """

    query: str
    count: int = 0
    ranked: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    terms: tuple[_Term, ...] = ()
    corrected: str | None = None
    partial: bool = False
    _matching: Callable[[], list[int]] | None = field(default=None, repr=False, compare=False)
    _units: list[list[int]] = field(default_factory=list, repr=False, compare=False)  # filled once

    def __len__(self) -> int:
        return self.count

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
        return _spans(text, self.terms)[0]


@dataclass(frozen=True, slots=True)
class _Query:
    groups: tuple[tuple[_Term, ...], ...]  # AND of groups; a group of several terms is a phrase
    any_word: bool = False  # OR of the groups instead: the fallback when no unit has them all

    @property
    def terms(self) -> tuple[_Term, ...]:
        return tuple(term for group in self.groups for term in group)


# Words that say how a question is asked, not what it is about: "who handles arms control?"
_STOPWORDS_TEXT = """a an and are as at be by can deal deals dealing do does for from handle handles handling how in
is it of on or responsible the to what which who whom whose with where"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


class SearchIndex:
    """Full-text index over one organization's units; build once, query many times (thread-safe)."""

    def __init__(self, organization: Organization) -> None:
        self.organization = organization
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE units USING fts5("
            + ", ".join(_COLUMNS)
            + ", content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
        self._glossary = _Glossary(organization.glossary)
        self._vocabulary: set[str] = set()
        with self._db:
            self._db.executemany(
                f"INSERT INTO units(rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._row(unit) for unit in organization.units),
            )
        with self._db:
            self._db.execute("CREATE TABLE vocabulary(word TEXT)")
            self._db.executemany("INSERT INTO vocabulary VALUES (?)", ((word,) for word in sorted(self._vocabulary)))
        self._by_length = _by_length(self._vocabulary)

    @classmethod
    def cached(cls, organization: Organization, content_key: str | None) -> SearchIndex:
        """The index of an organization loaded from a file: from the cache when the file's content
        was indexed before, else built and cached."""
        folder = cache.cache_folder()
        database = cache.load_database(folder, content_key, "search")
        if database is not None:
            try:
                return cls._from_database(organization, database)
            except (sqlite3.Error, ValueError):
                database.close()
                cache.drop(folder, content_key, "search")
        index = cls(organization)
        with index._lock:
            cache.store_database(folder, content_key, "search", index._db)
        return index

    @classmethod
    def _from_database(cls, organization: Organization, database: sqlite3.Connection) -> SearchIndex:
        count = database.execute("SELECT count(*) FROM units").fetchone()[0]
        if count != len(organization):
            raise ValueError("the cached index is of another organization")
        index = cls.__new__(cls)
        index.organization = organization
        index._lock = threading.Lock()
        index._db = database
        index._glossary = _Glossary(organization.glossary)
        index._vocabulary = {word for (word,) in database.execute("SELECT word FROM vocabulary")}
        index._by_length = _by_length(index._vocabulary)
        return index

    def _row(self, unit: Unit) -> tuple[int, str, str, str, str, str, str]:
        head = unit.head.label() if unit.head else ""
        responsibilities = "\n".join(unit.responsibilities)
        description = "\n".join([unit.description or "", *(f"{k}: {v}" for k, v in unit.details)])
        name = "\n".join([unit.name, *(text for _, text in unit.names if text != unit.name)])
        texts = (name, head, responsibilities, unit.kind or "", description)
        name, head, responsibilities, kind, description = (fold(text) for text in texts)
        for text in (name, head, responsibilities, kind, description):
            self._vocabulary.update(_VOCABULARY_WORD.findall(text))
        glossary = fold(self._glossary.aliases(" ".join(texts)))
        return (unit.index, name, head, responsibilities, kind, description, glossary)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- querying ---

    def search(self, query: str, limit: int | None = None, explain: int = _EXPLAINED) -> SearchResult:
        """Units matching every word of ``query`` (a quoted phrase as a phrase), best first.

        Never raises for any text: FTS syntax, punctuation and control characters are only text.
        """
        query = query[:_MAX_QUERY]
        parsed = self._parse(query)
        if not parsed.groups:
            return SearchResult(query)
        count = self._count(parsed)
        corrected = None
        if not count:
            fixed = self._correct(query)
            if fixed is not None:
                corrected_query, parsed = fixed
                count = self._count(parsed)
                corrected = corrected_query if count else None
        partial = False
        if not count and len(parsed.groups) > 1:
            # "public relations" where the text says "communication with the public": rather than
            # nothing, the units matching some of the words, those matching most ranked first.
            parsed = dataclasses.replace(parsed, any_word=True)
            count = self._count(parsed)
            partial = bool(count)
        # Only the best are ranked (ranking every match of a broad query costs more than a keystroke
        # may); the rest follow in file order, fetched when asked for.
        top = max(explain, limit or 0)
        by_field = count > _RANK_ALL
        ranked = self._by_field(parsed, top) if by_field else self._rerank(self._ranked(parsed, top), parsed)
        if limit is not None:
            ranked = ranked[:limit]
        hits = [self._explain(unit, score, parsed) for unit, score in ranked[:explain]]
        terms = parsed.terms + self._glossary.counterparts(parsed.terms)
        units = [unit for unit, _ in ranked]
        matching = None if limit is not None else functools.partial(self._matching, parsed)
        return SearchResult(
            query, count if limit is None else len(units), units, hits, terms, corrected, partial, matching
        )

    def visible_units(self, units: Iterable[int]) -> set[int]:
        """The given units and all their ancestors: what a filtered tree shows."""
        organization = self.organization
        visible: set[int] = set()
        # A cached organization makes its units here (tens of thousands for a common word): they
        # live on, and a collector's pass over them would hold Python's lock, the window's too.
        with paused_gc():
            for index in units:
                while index is not None and index not in visible:
                    visible.add(index)
                    parent = organization.units[index].parent
                    if parent is None:
                        break
                    index = parent
        return visible

    def _term(self, word: str, typing: bool) -> _Term:
        if word in self._glossary.abbreviations or (len(word) <= 2 and not typing):
            return _Term((word,), exact=True)
        stemmed = stem(word)
        if stemmed.endswith("i") and len(stemmed) > 3:  # Porter's y -> i: "policy" -> "polici"
            stemmed = stemmed[:-1]
        if word.startswith(stemmed):
            return _Term((stemmed,))
        return _Term((stemmed, word))

    def _parse(self, query: str, drop_stopwords: bool = True) -> _Query:
        groups: list[tuple[_Term, ...]] = []
        for phrase in _PHRASE.findall(query):
            terms = tuple(self._term(word, False) for word in words(phrase))
            if terms:
                groups.append(terms)
        rest = _PHRASE.sub(" ", query)
        typing = bool(query) and not query[-1].isspace() and query[-1] != '"'
        bare = words(rest)
        if drop_stopwords and any(word not in STOPWORDS for word in bare):
            last = bare[-1] if bare else None
            bare = [word for word in bare if word not in STOPWORDS]
            typing = typing and bool(bare) and bare[-1] == last
        if typing and len(bare) > 1 and len(bare[-1]) == 1:
            bare = bare[:-1]  # "head of s": one letter being typed narrows nothing yet
            typing = False
        for position, word in enumerate(bare):
            # The word being typed is matched as it stands, as a prefix; the others by their stem.
            groups.append((self._term(word, typing and position == len(bare) - 1),))
        return _Query(tuple(groups[:_MAX_TERMS]))

    def _match_expression(self, parsed: _Query) -> str:
        parts = []
        for group in parsed.groups:
            if len(group) == 1:
                parts.append(group[0].expression())
            else:  # a phrase: the words next to each other, in order
                parts.append("(" + " + ".join(f'"{term.alternatives[0]}"*' for term in group) + ")")
        return (" OR " if parsed.any_word else " AND ").join(parts)

    def _ranked(self, parsed: _Query, top: int) -> list[tuple[int, float]]:
        """The ``top`` best matches with their scores, best first (ties in file order)."""
        rows = self._query(
            f"SELECT rowid, {_BM25} AS rank FROM units WHERE units MATCH ? ORDER BY rank, rowid LIMIT ?",
            (self._match_expression(parsed), top),
        )
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

    def _by_field(self, parsed: _Query, top: int) -> list[tuple[int, float]]:
        """The first ``top`` of more matches than bm25 can rank within a keystroke.

        bm25 looks up every match's length, about a microsecond each; and the words of such a
        query are mostly in a large part of the units, where bm25 gives them little weight (none at
        all past half: its idf is clamped), so its order says little. These come instead by the
        best field their words stand in (name, head, responsibility, kind, glossary, description:
        the order of the weights), in file order within a field, each field one query that stops
        at ``top``.
        """
        expression = self._match_expression(parsed)
        words = " OR ".join(term.expression() for term in parsed.terms)
        columns = sorted(_COLUMNS, key=lambda column: -_WEIGHTS[column])
        found: list[tuple[int, float]] = []
        for number, column in enumerate(columns):
            before = f" NOT {{{' '.join(columns[:number])}}} : ({words})" if number else ""
            rows = self._query(
                "SELECT rowid FROM units WHERE units MATCH ? ORDER BY rowid LIMIT ?",
                (f"({expression}) AND ({{{column}}} : ({words}){before})", top - len(found)),
            )
            found += [(int(rowid), float(len(columns) - number)) for (rowid,) in rows]
            if len(found) >= top:
                break
        return found

    def _matching(self, parsed: _Query) -> list[int]:
        """Every match, in file order (no ranking: cheap even when most units match)."""
        rows = self._query(
            "SELECT rowid FROM units WHERE units MATCH ? ORDER BY rowid", (self._match_expression(parsed),)
        )
        return [int(rowid) for (rowid,) in rows]

    def _count(self, parsed: _Query) -> int:
        rows = self._query("SELECT count(*) FROM units WHERE units MATCH ?", (self._match_expression(parsed),))
        return int(rows[0][0]) if rows else 0

    def _query(self, sql: str, parameters: tuple[object, ...]) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error:  # pragma: no cover - the expression is built from words only
                return []

    def _rerank(self, ranked: list[tuple[int, float]], parsed: _Query) -> list[tuple[int, float]]:
        """Boost, among the best, units where all the words stand together in one text."""
        if len(parsed.groups) < 2 or not ranked:
            return ranked
        boosted = []
        for unit, score in ranked:
            boosted.append((unit, round(score * self._closeness(self.organization.units[unit], parsed), 6)))
        boosted.sort(key=lambda item: (-item[1], item[0]))
        return boosted

    def _closeness(self, unit: Unit, parsed: _Query) -> float:
        best = 1.0
        terms = parsed.terms
        for _, text in _texts(unit):
            folded = [word for _, _, word in word_spans(text)]
            positions = [[i for i, word in enumerate(folded) if term.matches(word)] for term in terms]
            if not all(positions):
                continue
            span = max(p[0] for p in positions) - min(p[0] for p in positions)
            best = max(best, 1.5 + 1.0 / (1 + max(0, span - len(terms) + 1)))
        return best

    def _explain(self, unit_index: int, score: float, parsed: _Query) -> Hit:
        unit = self.organization.units[unit_index]
        terms = parsed.terms + self._glossary.counterparts(parsed.terms)
        best: tuple[int, int, str, str, list[tuple[int, int]]] | None = None
        for rank, (field_name, text) in enumerate(_texts(unit)):
            spans, found = _spans(text, terms)
            if not spans:
                continue
            candidate = (found, -rank, field_name, text, spans)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is None:  # pragma: no cover - every hit has matched some text
            return Hit(unit_index, score, "name", unit.name)
        _, _, field_name, text, spans = best
        if field_name == "description" and len(text) > _SNIPPET:
            text, spans = _window(text, spans)
        return Hit(unit_index, score, field_name, text, tuple(spans))

    def _correct(self, query: str) -> tuple[str, _Query] | None:
        """Replace words that match nothing by the closest word of the index's own vocabulary."""
        replaced = False
        corrected_words = []
        for word in words(_PHRASE.sub(" ", query)):
            if len(word) < 4 or word in STOPWORDS or self._count(_Query(((self._term(word, True),),))):
                corrected_words.append(word)
                continue
            candidates = [w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())]
            close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
            if close:
                corrected_words.append(close[0])
                replaced = True
            else:
                corrected_words.append(word)
        if not replaced:
            return None
        text = " ".join(corrected_words) + " "  # corrected words are whole words, not prefixes
        return text.strip(), self._parse(text)


def _spans(text: str, terms: Sequence[_Term]) -> tuple[list[tuple[int, int]], int]:
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


def _by_length(vocabulary: Iterable[str]) -> dict[int, list[str]]:
    by_length: dict[int, list[str]] = {}
    for word in sorted(vocabulary):
        by_length.setdefault(len(word), []).append(word)
    return by_length


def _texts(unit: Unit) -> list[tuple[str, str]]:
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


def _window(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A part of a long text around its first match, with the spans moved to match."""
    first = spans[0][0]
    start = max(0, text.rfind(" ", 0, max(0, first - _SNIPPET // 3)) + 1) if first > _SNIPPET // 3 else 0
    end = min(len(text), start + _SNIPPET)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > first else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    moved = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return prefix + text[start:end] + suffix, moved


class _Glossary:
    """Abbreviations and their expansions, each findable by the other."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._pairs = [
            (re.compile(rf"\b{re.escape(abbreviation)}\b"), re.compile(rf"\b{re.escape(expansion)}\b", re.I),
             abbreviation, expansion)
            for abbreviation, expansion in glossary.items()
        ]  # fmt: skip
        self.abbreviations = frozenset(fold(abbreviation) for abbreviation in glossary)
        self._expansions = {fold(abbreviation): tuple(words(expansion)) for abbreviation, expansion in glossary.items()}

    def aliases(self, text: str) -> str:
        """For each abbreviation in ``text`` its expansion, and for each expansion its abbreviation."""
        found = []
        for abbreviation_re, expansion_re, abbreviation, expansion in self._pairs:
            if abbreviation_re.search(text):
                found.append(expansion)
            elif expansion_re.search(text):
                found.append(abbreviation)
        return "; ".join(found)

    def counterparts(self, terms: Sequence[_Term]) -> tuple[_Term, ...]:
        """Terms for the other side of the glossary: the expansion of an abbreviation and back."""
        extra: list[_Term] = []
        for abbreviation, expansion in self._expansions.items():
            if any(term.matches(abbreviation) and term.exact for term in terms):
                extra += [_Term((word,), exact=True) for word in expansion]
            elif expansion and all(any(term.matches(word) for term in terms) for word in expansion):
                extra.append(_Term((abbreviation,), exact=True))
        return tuple(extra)
