"""The one search index: find units by what they do, ranked, with the reason each one matched.

Two layers, fused. Words: SQLite's FTS5 (standard library, in memory) does the tokenizing and bm25
ranking with column weights. Text and queries are folded first (``text.fold``), so case, accents and
Serbian Cyrillic/Latin meet; a finished query word finds the words of the file that share its stem in
its language (``lexicon.keys``: "plan" finds "planning", "missing" never "missions", "плате" never
"plates"), the word being typed also finds words it begins. Meaning (``meaning.MeaningIndex``, when its
model is installed and the organization's vectors are ready): the units whose sentences are nearest
to the query. Units with every word come first, ranked by both layers (reciprocal rank fusion); then
the rest of both, fused the same way.

(Over 500 lines: the query's parsing, ranking, fusion and explanation are one algorithm, read
together.)
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import functools
import math
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orgexplorer.model import cache, lexicon
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.text import INVISIBLE_CHARACTER, fold, word_spans, words

if TYPE_CHECKING:
    from orgexplorer.model.meaning import MeaningIndex, Nearest

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
_ORIGINAL_WORD = re.compile(r"\w+(?:&\w+)+|\w+")  # "R&D", "H&S": one word
_SERBIAN_WORD = re.compile(r"\w*[\u0400-\u04ffčćšžđČĆŠŽĐ]\w*")
_CLASS_LIMIT = 24  # words of the file one query word may stand for (its forms)
_FUSION_K = 10  # reciprocal rank fusion: 1 / (k + rank) from each layer
MEANING_THRESHOLD = 0.40  # a unit found by meaning alone is listed beside word matches when this near
MEANING_FLOOR = 0.15  # ... and when no unit has every word
MEANING_SPREAD = 0.20  # ... and no further below the nearest unit than this
_MEANING_TOP = 50


class Match(enum.Enum):
    """Why a unit was found: its words matched the query's, or its meaning is near the query's."""

    WORDS = "words"
    MEANING = "meaning"


@dataclass(frozen=True, slots=True)
class _Term:
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
    terms: tuple[_Term, ...] = ()
    corrected: str | None = None
    partial: bool = False
    meaning: bool = False
    by_meaning: int = 0
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


# Words that say how a question is asked, not what it is about: "who handles arms control?", "where do
# I report ...", and Serbian function words ("i", "u", "za": never a match of their own).
_STOPWORDS_TEXT = """a an and are as at be by can deal deals dealing do does for from handle handles handling how in
is it of on or responsible the to what which who whom whose with where i me my we our you your get need want
should would could there their this that these those about into office unit units department find someone
if when must will has have am was were did done happens happen
i u za na od do se sa o koji koja koje je su da li ko sta gde kako kome"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# Words of the query that only say what kind of thing is wanted: left out when there are others.
_KIND_WORDS = frozenset(("office", "unit", "units", "department", "find", "someone"))


class SearchIndex:
    """Full-text index over one organization's units; build once, query many times (thread-safe).

    ``meaning`` is the meaning layer once its vectors are ready (set by ``attach_meaning``; None:
    words alone); ``content_key``, the file's key in the cache, where its vectors are kept too.
    """

    content_key: str | None = None

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
        self._serbian: set[str] = set()
        with self._db:
            self._db.executemany(
                f"INSERT INTO units(rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._row(unit) for unit in organization.units),
            )
        self._by_length = _by_length(self._vocabulary)
        # The words' stems (by language, which needs the dictionary) are worked out at the first
        # query, or before the index is cached: not while a window opens a small file.
        self._classes: dict[str, list[str]] | None = None
        self._classes_lock = threading.Lock()
        self._families: dict[str, list[str]] | None = None
        self.meaning: MeaningIndex | None = None
        self._recent: dict[tuple[int, str], list[Nearest]] = {}

    def _word_classes(self) -> dict[str, list[str]]:
        """Stem key -> the file's words with that stem (made once, then kept in the database too)."""
        with self._classes_lock:
            if self._classes is None:
                rows = [(word, " ".join(_word_keys(word, word in self._serbian))) for word in sorted(self._vocabulary)]
                with self._lock, self._db:
                    self._db.execute("CREATE TABLE vocabulary(word TEXT, keys TEXT)")
                    self._db.executemany("INSERT INTO vocabulary VALUES (?, ?)", rows)
                self._classes = _classes(rows)
            return self._classes

    @classmethod
    def cached(cls, organization: Organization, content_key: str | None) -> SearchIndex:
        """The index of an organization loaded from a file: from the cache when the file's content
        was indexed before, else built and cached."""
        folder = cache.cache_folder()
        database = cache.load_database(folder, content_key, "search")
        if database is not None:
            try:
                index = cls._from_database(organization, database)
                index.content_key = content_key
                return index
            except (sqlite3.Error, ValueError):
                database.close()
                cache.drop(folder, content_key, "search")
        index = cls(organization)
        index.content_key = content_key
        if folder is not None and content_key is not None:
            index._word_classes()  # kept in the cached database too
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
        rows = database.execute("SELECT word, keys FROM vocabulary").fetchall()
        index._vocabulary = {word for word, _ in rows}
        index._serbian = set()
        index._by_length = _by_length(index._vocabulary)
        index._classes = _classes(rows)
        index._classes_lock = threading.Lock()
        index._families = None
        index.meaning = None
        index._recent = {}
        return index

    def attach_meaning(self, meaning: MeaningIndex | None) -> None:
        """Let the meaning layer join (its vectors are ready), or leave (None)."""
        self.meaning = meaning

    def _row(self, unit: Unit) -> tuple[int, str, str, str, str, str, str]:
        head = unit.head.label() if unit.head else ""
        responsibilities = "\n".join(unit.responsibilities)
        description = "\n".join([unit.description or "", *(f"{k}: {v}" for k, v in unit.details)])
        name = "\n".join([unit.name, *(text for _, text in unit.names if text != unit.name)])
        texts = (name, head, responsibilities, unit.kind or "", description)
        for text in texts:
            if not text.isascii():  # words written as Serbian are stemmed as Serbian only
                self._serbian.update(fold(word) for word in _SERBIAN_WORD.findall(text))
        name, head, responsibilities, kind, description = (fold(text) for text in texts)
        for text in (name, head, responsibilities, kind, description):
            self._vocabulary.update(_VOCABULARY_WORD.findall(text))
        glossary = fold(self._glossary.aliases(" ".join(texts)))
        return (unit.index, name, head, responsibilities, kind, description, glossary)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- querying ---

    def search(
        self, query: str, limit: int | None = None, explain: int = _EXPLAINED, typing: bool = True
    ) -> SearchResult:
        """Units matching ``query``: every word (a quoted phrase as a phrase) first, best first, then
        those near it in meaning or with some of its words.

        ``typing``: the query's last word may be unfinished (the window); False for a whole query (the
        command line). Never raises for any text: FTS syntax, punctuation and control characters are
        only text.
        """
        query = query[:_MAX_QUERY]
        parsed = self._parse(query, typing=typing)
        meaning = self.meaning
        if not parsed.groups:
            return SearchResult(query)
        count = self._count(parsed)
        corrected = None
        if not count:
            fixed = self._correct(query, typing)
            if fixed is not None:
                corrected_query, fixed_parsed = fixed
                fixed_count = self._count(fixed_parsed)
                if fixed_count:
                    corrected, parsed, count = corrected_query, fixed_parsed, fixed_count
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
        shares: dict[int, float] = {}
        if by_field:
            ranked = self._by_field(parsed, top)
        elif partial:
            ranked, shares = self._by_coverage(self._ranked(parsed, top), parsed)
        else:
            ranked = self._rerank(self._ranked(parsed, top), parsed)
        nearest = self._nearest(meaning, corrected or query, parsed, typing) if meaning is not None else []
        fused = self._name_first(_fuse(ranked, not partial, nearest, shares), query)
        extra = sum(1 for _, _, near in fused if near is not None)
        if limit is not None:
            fused = fused[:limit]
        terms = parsed.terms + self._glossary.counterparts(parsed.terms)
        hits = [
            self._explain(unit, score, terms) if near is None else _meaning_hit(near, score)
            for unit, score, near in fused[:explain]
        ]
        units = [unit for unit, _, _ in fused]
        matching = None if limit is not None else functools.partial(self._matching, parsed)
        total = count + extra if limit is None else len(units)
        return SearchResult(query, total, units, hits, terms, corrected, partial, meaning is not None, extra, matching)

    def _nearest(self, meaning: MeaningIndex, query: str, parsed: _Query, typing: bool) -> list[Nearest]:
        """The units nearest in meaning to the query (a word still being typed left out unless known)."""
        from orgexplorer.model.meaning import MeaningUnavailable, embedder

        text = _PHRASE.sub(lambda m: m.group(1), query)
        pairs = _query_words(text)
        if typing and pairs and text[-1:].isalnum():
            last = pairs[-1][0]
            if last not in self._vocabulary and last not in lexicon.dictionary():
                pairs = pairs[:-1]
        expanded = []
        previous = None
        for folded, original in pairs:
            expansion = lexicon.abbreviation(folded, original, previous) or self._glossary.expansion(folded)
            expanded.append(expansion if expansion else original)
            previous = folded
        if not expanded:
            return []
        key = (id(meaning), " ".join(expanded))
        with self._lock:
            known = self._recent.get(key)
        if known is not None:  # typing the next word: the words before it mean what they meant
            return known
        try:
            vector = embedder().embed_query(expanded, self._unfamiliar)
        except MeaningUnavailable:  # pragma: no cover - the layer is attached only when the model loaded
            return []
        found = meaning.search(vector, _MEANING_TOP)
        with self._lock:
            self._recent[key] = found
            while len(self._recent) > 16:
                del self._recent[next(iter(self._recent))]
        return found

    def _unfamiliar(self, word: str) -> bool:
        """A query word this organization never uses, in any form (described for the meaning layer)."""
        folded = fold(word)
        return (
            len(folded) >= 3
            and folded not in STOPWORDS
            and folded not in self._glossary.abbreviations
            and lexicon.abbreviation(folded, word, None) is None
            and not self._forms(folded, False)
        )

    def _name_first(
        self, fused: list[tuple[int, float, Nearest | None]], query: str
    ) -> list[tuple[int, float, Nearest | None]]:
        """A unit whose name (in any language) is the query, as typed or folded, comes first."""
        wanted = " ".join(words(query))
        for position, (unit_index, score, near) in enumerate(fused[:_EXPLAINED]):
            unit = self.organization.units[unit_index]
            if any(" ".join(words(name)) == wanted for name in (unit.name, *(text for _, text in unit.names))):
                if position:
                    top = fused[0][1]
                    return [(unit_index, max(score, top), near), *fused[:position], *fused[position + 1 :]]
                break
        return fused

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

    def _term(self, word: str, typing: bool, original: str | None = None, previous: str | None = None) -> _Term:
        """The term of one query word: its forms in the file (by stem, in its language), its
        beginning while it is typed, an abbreviation's expansion."""
        original = word if original is None else original
        expansion = lexicon.abbreviation(word, original, previous)
        phrases: tuple[tuple[str, ...], ...] = ()
        if expansion is not None:
            phrases = (tuple(_stem_prefix(part) for part in words(expansion) if part not in STOPWORDS),)
        if word in self._glossary.abbreviations:
            return _Term((word,))  # the glossary column holds its expansion's units
        if expansion is not None or len(word) <= 2:
            return _Term((word,), (word,) if typing and len(word) > 1 and expansion is None else (), phrases)
        serbian = lexicon.serbian_written(original)
        forms = self._forms(word, serbian)
        if serbian and forms:  # "плате" is "plate" folded: only its Serbian forms, never English "plate"
            return _Term(tuple(forms), (word,) if typing else ())
        # A finished word the file has in no form, and no dictionary knows, may be cut short ("emerg"):
        # it is matched as a beginning too.
        cut_short = not forms and len(word) >= 4 and word not in lexicon.dictionary()
        return _Term(tuple(dict.fromkeys((word, *forms))), (word,) if typing or cut_short else ())

    def _forms(self, word: str, serbian: bool) -> list[str]:
        """The file's words that share a stem with ``word`` (else its word family, if any)."""
        found: list[str] = []
        classes = self._word_classes()
        for key in _word_keys(word, serbian):
            found += classes.get(key, ())
        if not found and not serbian and word.isalpha() and lexicon.ordinary(word):  # a typo has no family
            found = self._family_words().get(lexicon.family(word), [])
        return found[:_CLASS_LIMIT]

    def _family_words(self) -> dict[str, list[str]]:
        if self._families is None:
            families: dict[str, list[str]] = {}
            for key, members in self._word_classes().items():
                if key.startswith("e:"):
                    for word in members:
                        families.setdefault(lexicon.family(word), []).append(word)
            self._families = families
        return self._families

    def _parse(self, query: str, drop_stopwords: bool = True, typing: bool = True) -> _Query:
        groups: list[tuple[_Term, ...]] = []
        for phrase in _PHRASE.findall(query):
            terms = tuple(self._term(word, False) for word in words(phrase))
            if terms:
                groups.append(terms)
        rest = _PHRASE.sub(" ", query)
        typing = typing and bool(query) and not query[-1].isspace() and query[-1] != '"' and query[-1].isalnum()
        pairs = _query_words(rest)
        previous = [None, *(folded for folded, _ in pairs)][: len(pairs)]
        triples = [(folded, original, before) for (folded, original), before in zip(pairs, previous, strict=True)]
        if drop_stopwords:
            kept = [t for t in triples if t[0] not in STOPWORDS or lexicon.abbreviation(*t) is not None]
            if kept and any(t[0] not in _KIND_WORDS for t in kept):
                kept = [t for t in kept if t[0] not in _KIND_WORDS]
            if kept:
                typing = typing and kept[-1] is triples[-1]
                triples = kept
        if typing and len(triples) > 1 and len(triples[-1][0]) == 1:
            triples = triples[:-1]  # "head of s": one letter being typed narrows nothing yet
            typing = False
        for position, (word, original, before) in enumerate(triples):
            # The word being typed is matched as it stands, as a prefix, and by its forms.
            groups.append((self._term(word, typing and position == len(triples) - 1, original, before),))
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

    def _explain(self, unit_index: int, score: float, terms: tuple[_Term, ...]) -> Hit:
        unit = self.organization.units[unit_index]
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

    def _by_coverage(
        self, ranked: list[tuple[int, float]], parsed: _Query
    ) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """Units with some of the words: those whose words say most of the query first, then by score;
        and each one's share of the query (its words' weight over all the words', a word weighing
        more the fewer units have it: "aid" says more of "foreign aid" in a foreign ministry)."""
        total = len(self.organization.units)
        weights = [
            math.log(1.0 + (total - found + 0.5) / (found + 0.5))
            for found in (self._count(_Query((group,))) for group in parsed.groups)
        ]
        whole = sum(weights) or 1.0
        covered = []
        for unit, score in ranked:
            folded = {word for _, text in _texts(self.organization.units[unit]) for _, _, word in word_spans(text)}
            share = sum(
                weight
                for group, weight in zip(parsed.groups, weights, strict=True)
                if all(any(term.matches(w) for w in folded) for term in group)
            )
            covered.append((unit, score, share / whole))
        covered.sort(key=lambda item: (-round(item[2], 6), -item[1], item[0]))
        return [(unit, round(score, 6)) for unit, score, _ in covered], {unit: share for unit, _, share in covered}

    def _correct(self, query: str, typing: bool = True) -> tuple[str, _Query] | None:
        """Replace each word unknown to the file and to the dictionary of ordinary words by the closest
        word of the file (the caller says so: "showing results for ...")."""
        replaced = False
        corrected_words = []
        text = _PHRASE.sub(" ", query)
        pairs = _query_words(text)
        for position, (word, original) in enumerate(pairs):
            last = typing and position == len(pairs) - 1 and text[-1:].isalnum()
            if (
                len(word) < 4
                or word in STOPWORDS
                or lexicon.ordinary(word)
                or not word.isalpha()
                or lexicon.serbian_written(original)
                or self._count(_Query(((self._term(word, last, original),),)))
            ):
                corrected_words.append(original)
                continue
            candidates = [
                w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ()) if w[0] == word[0]
            ]
            close = [
                w
                for w in difflib.get_close_matches(word, candidates, n=5, cutoff=0.75)
                # "imunity" for "immunities": a typo of the word's beginning, in another form
                if lexicon.within_typo(word, w) or (len(word) >= 6 and lexicon.within_typo(word, w[: len(word) + 1]))
            ]
            if close:
                corrected_words.append(close[0])
                replaced = True
            else:
                corrected_words.append(original)
        if not replaced:
            return None
        fixed = " ".join(corrected_words)
        return fixed, self._parse(fixed + " ", typing=False)  # corrected words are whole words


def _classes(rows: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = {}
    for word, word_keys in rows:
        for key in word_keys.split():
            classes.setdefault(key, []).append(word)
    return classes


def _query_words(text: str) -> list[tuple[str, str]]:
    """(folded, as typed) of each word of a query."""
    text = INVISIBLE_CHARACTER.sub("", text)  # "fi\u200dnance" is one word, as it looks
    return [(fold(match.group(0)), match.group(0)) for match in _ORIGINAL_WORD.finditer(text) if match.group(0)]


def _word_keys(word: str, serbian: bool) -> tuple[str, ...]:
    """The stems a word of the file (or query) is found by; none for numbers and codes."""
    if not word.isalpha() or len(word) < 3:
        return ()
    return lexicon.keys(word, serbian)


def _stem_prefix(word: str) -> str:
    """The beginning every form of an English word shares (its stem, Porter's y -> i undone)."""
    stemmed = lexicon.english_key(word)[2:]
    if stemmed.endswith("i") and len(stemmed) > 3:
        stemmed = stemmed[:-1]
    return stemmed if word.startswith(stemmed) else word[: max(3, len(stemmed) - 1)]


def _fuse(
    ranked: list[tuple[int, float]], complete: bool, nearest: list[Nearest], shares: Mapping[int, float]
) -> list[tuple[int, float, Nearest | None]]:
    """Both layers' answers in one list: (unit, score, the meaning match when found by meaning alone).

    Units with every word of the query (``complete``) come first, the two layers' ranks fused among
    them (reciprocal rank fusion); then the other units of both layers (some of the words, or near in
    meaning), fused the same way. A unit found by meaning alone is listed when its nearest sentence is
    at least ``MEANING_THRESHOLD`` near (``MEANING_FLOOR`` when no unit has every word), and at most
    ``MEANING_SPREAD`` less near than the nearest.
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
        fused = weight / (_FUSION_K + words_rank[unit] + 1)
        if unit in meaning_rank:
            fused += 1.0 / (_FUSION_K + meaning_rank[unit] + 1)
        scored.append((0 if complete else 1, fused, unit, None))
    # The nearest unit sets the bar for the others: far below it, a unit is nearer to nothing asked.
    bar = max(MEANING_THRESHOLD if ranked and complete else MEANING_FLOOR, nearest[0].score - MEANING_SPREAD)
    for near in nearest:
        if near.unit in words_rank or near.score < bar:
            continue
        scored.append((1, 1.0 / (_FUSION_K + meaning_rank[near.unit] + 1), near.unit, near))
    # Equal ranks fused give equal scores ("civil registry": the office named so second by words, first
    # by meaning; the secretariat keeping the registry the other way round): the nearer in meaning first.
    nearness = {near.unit: near.score for near in nearest}
    scored.sort(key=lambda item: (item[0], -round(item[1], 9), -nearness.get(item[2], -1.0), item[2]))
    return [(unit, round((1 - tier) + fused, 6), near) for tier, fused, unit, near in scored]


def _meaning_hit(near: Nearest, score: float) -> Hit:
    text = near.text
    if len(text) > _SNIPPET:
        cut = text.rfind(" ", 0, _SNIPPET)
        text = text[: cut if cut > 0 else _SNIPPET] + "…"
    return Hit(near.unit, score, near.field, text, (), Match.MEANING)


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

    def counterparts(self, terms: Sequence[_Term]) -> tuple[_Term, ...]:
        """Terms for the other side of the glossary: the expansion of an abbreviation and back."""
        extra: list[_Term] = []
        for abbreviation, expansion in self._expansions.items():
            if any(term.matches(abbreviation) and term.exact for term in terms):
                extra += [_Term((word,)) for word in expansion]
            elif expansion and all(any(term.matches(word) for term in terms) for word in expansion):
                extra.append(_Term((abbreviation,)))
        return tuple(extra)
