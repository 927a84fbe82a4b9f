"""The one search index: find units by what they do, ranked, with the reason each one matched.

Two layers, fused. Words: SQLite's FTS5 (standard library, in memory) does the tokenizing and bm25
ranking with column weights. Text and queries are folded first (``text.fold``), so case, accents and
Serbian Cyrillic/Latin meet; a finished query word finds the words of the file that share its stem in
its language (``lexicon.keys``: "plan" finds "planning", "missing" never "missions", "плате" never
"plates"), the word being typed also finds words it begins. Meaning (``meaning.MeaningIndex``, when its
model is installed and the organization's vectors are ready): the units whose sentences are nearest
to the query. Units with every word come first, ranked by both layers (reciprocal rank fusion); then
the rest of both, fused the same way.

The words of a query are in ``search_query`` (terms, stop words, the glossary); the hits, their
explanations and the fusion of the two rankings in ``search_hits``.

(Over 600 lines, one job: answering a query from the index. The SQL, the word being typed, the
correction and when to ask the meaning layer share one connection, its lock and the file's vocabulary.
Which of its words, and which queries, are Serbian is ``search_language``'s.
What leaves next is the building of the index from an organization, which runs once, and the word
forms (``_forms``, WordNet's derived forms) into a module of their own; not done in the session that
grew it, to keep two branches' merges safe.)
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import sqlite3
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from orgexplorer.model import cache, lexicon, search_language, thesaurus, typos
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.search_hits import (
    FUSION_K,
    Hit,
    Match,
    SearchResult,
    by_coverage,
    explain_hit,
    fuse,
    meaning_hit,
    rerank,
)
from orgexplorer.model.search_language import FileLanguages
from orgexplorer.model.search_query import (
    KIND_WORDS,
    PHRASE,
    STOPWORDS,
    Glossary,
    Query,
    Term,
    by_length,
    query_words,
    stem_prefix,
    word_classes,
    word_keys,
)
from orgexplorer.model.text import fold, words

__all__ = ["STOPWORDS", "Hit", "Match", "SearchIndex", "SearchResult"]

if TYPE_CHECKING:
    from orgexplorer.model.meaning import MeaningIndex, Nearest

_WEIGHTS = {"name": 10.0, "head": 6.0, "responsibility": 4.0, "kind": 3.0, "description": 1.5, "glossary": 2.0}
_COLUMNS = tuple(_WEIGHTS)
_BM25 = f"bm25(units, {', '.join(str(weight) for weight in _WEIGHTS.values())})"
_MAX_TERMS = 16
_MAX_QUERY = 1000
_RANK_ALL = 10_000  # matches bm25 ranks within a keystroke's time (about 1 µs each); beyond, _by_field
_EXPLAINED = 50  # hits ranked and explained (field, snippet) per query; the rest are ids in file order
_CLASS_LIMIT = 24  # words of the file one query word may stand for (its forms)
# The rules by which the file's words get their stems (``FileLanguages.keys``), kept in a cached index
# (SQLite's user_version): an index cached under other rules is built again.
_KEY_RULES = 1
_MEANING_TOP = 50
_READABLE_PIECE = 2.5  # letters a piece of the model, on average, for a word it reads (``_readable``)
# A query word's weight in the meaning layer's query vector: its idf in the file over this, at least
# the second (measured on benchmarks/search_eval: 2-3 and 0-0.3 alike; a word in fewer than 8% of the
# units weighs fully).
_RARE_IDF = 2.5
_COMMON_WEIGHT = 0.2


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
        self._glossary = Glossary(organization.glossary)
        self._vocabulary: set[str] = set()
        self._sorted_vocabulary: list[str] | None = None  # for beginnings of words, when first asked
        self._languages = FileLanguages()  # which words are Serbian (search_language)
        with self._db:
            self._db.executemany(
                f"INSERT INTO units(rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._row(unit) for unit in organization.units),
            )
        self._by_length = by_length(self._vocabulary)
        # The words' stems (by language, which needs the dictionary) are worked out at the first
        # query, or before the index is cached: not while a window opens a small file.
        self._classes: dict[str, list[str]] | None = None
        self._classes_lock = threading.Lock()
        self._families: dict[str, list[str]] | None = None
        self.meaning: MeaningIndex | None = None
        self._recent: dict[tuple[int, str], list[Nearest]] = {}
        self._weights: dict[str, float] = {}

    def _word_classes(self) -> dict[str, list[str]]:
        """Stem key -> the file's words with that stem (made once, then kept in the database too)."""
        with self._classes_lock:
            if self._classes is None:
                languages = self._languages
                rows = [(word, " ".join(languages.keys(word, word_keys))) for word in sorted(self._vocabulary)]
                with self._lock, self._db:
                    self._db.execute(f"PRAGMA user_version = {_KEY_RULES}")
                    self._db.execute("CREATE TABLE vocabulary(word TEXT, keys TEXT, spelling TEXT)")
                    self._db.executemany(
                        "INSERT INTO vocabulary VALUES (?, ?, ?)",
                        ((word, keys, languages.spelling(word)) for word, keys in rows),
                    )
                self._classes = word_classes(rows)
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
        if database.execute("PRAGMA user_version").fetchone()[0] != _KEY_RULES:
            raise ValueError("the cached index's words were stemmed by other rules")
        index = cls.__new__(cls)
        index.organization = organization
        index._lock = threading.Lock()
        index._db = database
        index._glossary = Glossary(organization.glossary)
        rows = database.execute("SELECT word, keys, spelling FROM vocabulary").fetchall()
        index._languages = FileLanguages.read((word, spelling) for word, _, spelling in rows)
        rows = [(word, keys) for word, keys, _ in rows]
        index._vocabulary = {word for word, _ in rows}
        index._sorted_vocabulary = None
        index._by_length = by_length(index._vocabulary)
        index._classes = word_classes(rows)
        index._classes_lock = threading.Lock()
        index._families = None
        index.meaning = None
        index._recent = {}
        index._weights = {}
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
        folded = [fold(text) for text in texts]
        serbian_names = {text for tag, text in unit.names if tag.casefold().startswith("sr")}
        for text, folded_text in zip(texts, folded, strict=True):
            self._languages.add(text, folded_text, serbian_names, self._vocabulary)
        name, head, responsibilities, kind, description = folded
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
                if fixed_count or (meaning is not None and fixed_parsed.groups):
                    # No unit has the corrected words either: an ordinary word ("garbidge": garbage)
                    # is still searched by meaning, and announced all the same.
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
        begun: set[int] = set()  # found only as the beginning of the word being typed
        if by_field:
            ranked = self._by_field(parsed, top)
        else:
            ranked, shares = self._rank(parsed, top)
            if typing and not corrected:
                ranked, shares, begun = self._whole_word_first(query, parsed, ranked, shares, top)
        nearest = []
        if meaning is not None and (count or self._means_something(corrected or query, typing)):
            nearest = self._nearest_as_meant(meaning, corrected or query)
        fused = self._name_first(fuse(ranked, not partial, nearest, shares, begun), query)
        extra = sum(1 for _, _, near in fused if near is not None)
        if limit is not None:
            fused = fused[:limit]
        terms = parsed.terms + self._glossary.counterparts(parsed.terms)
        hits = [
            explain_hit(self.organization, unit, score, terms) if near is None else meaning_hit(near, score)
            for unit, score, near in fused[:explain]
        ]
        units = [unit for unit, _, _ in fused]
        matching = None if limit is not None else functools.partial(self._matching, parsed)
        total = count + extra if limit is None else len(units)
        return SearchResult(query, total, units, hits, terms, corrected, partial, meaning is not None, extra, matching)

    def _rank(self, parsed: Query, top: int) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """The ``top`` best matches, and for a query of any word each one's share of the query."""
        if parsed.any_word:
            return self._by_coverage(self._ranked(parsed, top), parsed)
        return rerank(self.organization, self._ranked(parsed, top), parsed), {}

    def _whole_word_first(
        self, query: str, parsed: Query, ranked: list[tuple[int, float]], shares: dict[int, float], top: int
    ) -> tuple[list[tuple[int, float]], dict[int, float], set[int]]:
        """While a word is typed: the units the whole word finds (as the finished query finds them)
        first, in the order of the typed query (the word as typed weighs most), then those it only
        begins ("plan": planning before planets); and the set of these. ``ranked`` as it is when the
        whole word finds nothing, or too many to rank again."""
        whole = dataclasses.replace(self._parse(query, typing=False), any_word=parsed.any_word)
        count = self._count(whole) if whole.groups else 0
        if not count or count > _RANK_ALL:
            return ranked, shares, set()
        found, found_shares = self._rank(whole, top)
        finds = {unit for unit, _ in found}
        typed = {unit for unit, _ in ranked}
        first = [hit for hit in ranked if hit[0] in finds] + [hit for hit in found if hit[0] not in typed]
        begun = [hit for hit in ranked if hit[0] not in finds]
        return first + begun, {**shares, **found_shares}, {unit for unit, _ in begun}

    def by_meaning(self, query: str) -> list[Nearest]:
        """The units nearest in meaning to a whole query, the meaning layer alone ([] without it)."""
        meaning = self.meaning
        return [] if meaning is None else self._nearest_as_meant(meaning, query)

    def _nearest_as_meant(self, meaning: MeaningIndex, query: str) -> list[Nearest]:
        """``_nearest``; a Serbian query read alike however it was typed (``search_language.as_meant``:
        in Latin and in Cyrillic), the two readings' rankings fused by reciprocal rank (measured on
        the Serbian queries of benchmarks/search_eval and search_eval_heldout, P@1 / R@5 by meaning:
        as typed 0.52 / 0.68, one reading in Latin 0.50 / 0.67, each unit at its best rank 0.55 / 0.68,
        fused 0.60 / 0.69)."""
        if not self.serbian_query(query):
            return self._nearest(meaning, query)
        fused: dict[int, tuple[float, float, Nearest]] = {}
        for reading in search_language.as_meant(query, self._word_classes(), self._languages.spellings):
            for rank, near in enumerate(self._nearest(meaning, reading)):
                share, score, nearest = fused.get(near.unit, (0.0, -2.0, near))
                if near.score > score:  # its sentence nearest in either reading
                    score, nearest = near.score, near
                fused[near.unit] = (share + 1.0 / (FUSION_K + rank), score, nearest)
        ranked = sorted(fused.values(), key=lambda found: (-found[0], -found[1]))
        return [nearest for *_, nearest in ranked[:_MEANING_TOP]]

    def serbian_query(self, query: str) -> bool:
        """Whether each word of the query is taken as Serbian (``search_language.serbian_query``)."""
        return search_language.serbian_query(query, self._word_classes)

    def _means_something(self, query: str, typing: bool) -> bool:
        """Whether some word of the query is a word: the file's (in some form), the dictionary's or WordNet's, an
        abbreviation, (while typed) the beginning of one of the file's words, or made of pieces the model
        knows ("speech|writing", "se|wer|ige": on average 2.5 letters a piece or more). A query of none
        ("x|q|zw|v", "as|df|gh") gives the meaning layer nothing to go on: it would answer with the
        units least unlike noise."""
        text = PHRASE.sub(lambda m: m.group(1), query)
        pairs = query_words(text)
        previous = None
        for position, (folded, original) in enumerate(pairs):
            if (
                folded in self._vocabulary
                or self._forms(folded, lexicon.serbian_written(original))
                or lexicon.ordinary(folded)
                or lexicon.abbreviation(folded, original, previous) is not None
                or self._glossary.expansion(folded)
                or (folded.isalpha() and thesaurus.senses(folded))
                or (typing and position == len(pairs) - 1 and text[-1:].isalnum() and self._begins_a_word(folded))
                or _readable(folded)
            ):
                return True
            previous = folded
        return False

    def _begins_a_word(self, prefix: str) -> bool:
        """Whether some word of the file begins with ``prefix`` (a binary search)."""
        if self._sorted_vocabulary is None:
            self._sorted_vocabulary = sorted(self._vocabulary)
        words = self._sorted_vocabulary
        at = bisect.bisect_left(words, prefix)
        return at < len(words) and words[at].startswith(prefix)

    def _nearest(self, meaning: MeaningIndex, query: str) -> list[Nearest]:
        """The units nearest in meaning to the query.

        A word still being typed counts as the whole word it may already be: "diplomacy" with no space
        after it finds what it finds with one (the words layer adds what it begins)."""
        from orgexplorer.model.meaning import MeaningUnavailable, embedder
        from orgexplorer.model.meaning_query import query_vector

        text = PHRASE.sub(lambda m: m.group(1), query)
        pairs = query_words(text)
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
            vector = query_vector(embedder(), expanded, self._unfamiliar, self._informative)
        except MeaningUnavailable:  # pragma: no cover - the layer is attached only when the model loaded
            return []
        found = meaning.search(vector, _MEANING_TOP)
        with self._lock:
            self._recent[key] = found
            while len(self._recent) > 16:
                del self._recent[next(iter(self._recent))]
        return found

    def _informative(self, part: str) -> float:
        """How much a query word the file uses says here, for the meaning layer: less the more of the
        units have it ("student" in a university), ``_RARE_IDF`` and rarer: all of it (a smoothed
        inverse document frequency, at least ``_COMMON_WEIGHT``). Counted once per word."""
        folded = fold(part)
        if not folded.isalpha():
            return 1.0
        known = self._weights.get(folded)
        if known is None:
            if folded in STOPWORDS or len(folded) < 3:
                known = _COMMON_WEIGHT
            else:
                units = len(self.organization.units)
                having = self._count(Query(((self._term(folded, False),),)))
                idf = math.log((units + 1) / (having + 1))
                known = max(_COMMON_WEIGHT, min(1.0, idf / _RARE_IDF))
            if len(self._weights) > 4096:
                self._weights.clear()
            self._weights[folded] = known
        return known

    def _unfamiliar(self, word: str) -> bool:
        """A query word this organization never uses, in any form, or two words it never uses together
        (described for the meaning layer)."""
        folded = fold(word)
        if " " in folded:
            pair = tuple(self._term(part, False) for part in folded.split())
            return not self._count(Query((pair,)))
        return (
            len(folded) >= 3
            and folded not in STOPWORDS
            and folded not in self._glossary.abbreviations
            and lexicon.abbreviation(folded, word, None) is None
            and not self._forms(folded, False, derived=False)  # a word WordNet relates is still described
        )

    def _name_first(
        self, fused: list[tuple[int, float, Nearest | None]], query: str
    ) -> list[tuple[int, float, Nearest | None]]:
        """A unit whose name (in any language) is the query, as typed or folded ("đ" as "dj" or "d"),
        comes first."""
        wanted = " ".join(words(query)).replace("dj", "d")
        for position, (unit_index, score, near) in enumerate(fused[:_EXPLAINED]):
            unit = self.organization.units[unit_index]
            names = (unit.name, *(text for _, text in unit.names))
            if any(" ".join(words(name)).replace("dj", "d") == wanted for name in names):
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

    def _term(
        self, word: str, typing: bool, original: str | None = None, previous: str | None = None, serbian: bool = False
    ) -> Term:
        """The term of one query word: its forms in the file (by stem, in its language: Serbian in a
        ``serbian`` query however it is written), its beginning while it is typed, an abbreviation's
        expansion."""
        original = word if original is None else original
        expansion = lexicon.abbreviation(word, original, previous)
        phrases: tuple[tuple[str, ...], ...] = ()
        if expansion is not None:
            phrases = (tuple(stem_prefix(part) for part in words(expansion) if part not in STOPWORDS),)
        if word in self._glossary.abbreviations:
            return Term((word,))  # the glossary column holds its expansion's units
        if expansion is not None or len(word) <= 2:
            return Term((word,), (word,) if typing and len(word) > 1 and expansion is None else (), phrases)
        serbian = serbian or lexicon.serbian_written(original)
        forms = self._forms(word, serbian)
        if serbian and forms:  # "плате" is "plate" folded: only its Serbian forms, never English "plate"
            return Term(tuple(forms), (word,) if typing else ())
        if serbian and word.isalpha() and not search_language.english_word(word):
            # No Serbian form in the file, and no English word: the English forms of its stem, as a
            # word of another language would be ("liste" finds "lists"; "плате" never "plates").
            forms = self._forms(word, False)
        # A finished word the file has in no form, and no dictionary knows, may be cut short ("emerg"):
        # it is matched as a beginning too.
        cut_short = not forms and len(word) >= 4 and word not in lexicon.dictionary()
        return Term(tuple(dict.fromkeys((word, *forms))), (word,) if typing or cut_short else ())

    def _forms(self, word: str, serbian: bool, derived: bool = True) -> list[str]:
        """The file's words that share a stem with ``word`` (else its word family, if any, and with
        ``derived`` the forms WordNet derives from it or it from them)."""
        found: list[str] = []
        classes = self._word_classes()
        for key in word_keys(word, serbian):
            found += classes.get(key, ())
        if not found and not serbian and word.isalpha():
            if lexicon.ordinary(word):  # a typo has no family
                found = list(self._family_words().get(lexicon.family(word), []))
            # WordNet's derivationally related forms: "classifying" finds "classification"
            for related in thesaurus.related(word) if derived else ():
                for key in word_keys(related, False):
                    found += [form for form in classes.get(key, ()) if form not in found]
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

    def _parse(self, query: str, drop_stopwords: bool = True, typing: bool = True) -> Query:
        groups: list[tuple[Term, ...]] = []
        serbian = self.serbian_query(query)
        for phrase in PHRASE.findall(query):
            terms = tuple(self._term(word, False, serbian=serbian) for word in words(phrase))
            if terms:
                groups.append(terms)
        rest = PHRASE.sub(" ", query)
        typing = typing and bool(query) and not query[-1].isspace() and query[-1] != '"' and query[-1].isalnum()
        pairs = query_words(rest)
        previous = [None, *(folded for folded, _ in pairs)][: len(pairs)]
        triples = [(folded, original, before) for (folded, original), before in zip(pairs, previous, strict=True)]
        if drop_stopwords:
            kept = [t for t in triples if t[0] not in STOPWORDS or lexicon.abbreviation(*t) is not None]
            if kept and any(t[0] not in KIND_WORDS for t in kept):
                kept = [t for t in kept if t[0] not in KIND_WORDS]
            if kept:
                typing = typing and kept[-1] is triples[-1]
                triples = kept
        if typing and len(triples) > 1 and len(triples[-1][0]) == 1:
            triples = triples[:-1]  # "head of s": one letter being typed narrows nothing yet
            typing = False
        for position, (word, original, before) in enumerate(triples):
            # The word being typed is matched as it stands, as a prefix, and by its forms.
            last = typing and position == len(triples) - 1
            groups.append((self._term(word, last, original, before, serbian),))
        return Query(tuple(groups[:_MAX_TERMS]))

    def _match_expression(self, parsed: Query) -> str:
        parts = []
        for group in parsed.groups:
            if len(group) == 1:
                parts.append(group[0].expression())
            else:  # a phrase: the words next to each other, in order
                parts.append("(" + " + ".join(f'"{term.alternatives[0]}"*' for term in group) + ")")
        return (" OR " if parsed.any_word else " AND ").join(parts)

    def _ranked(self, parsed: Query, top: int) -> list[tuple[int, float]]:
        """The ``top`` best matches with their scores, best first (ties in file order)."""
        rows = self._query(
            f"SELECT rowid, {_BM25} AS rank FROM units WHERE units MATCH ? ORDER BY rank, rowid LIMIT ?",
            (self._match_expression(parsed), top),
        )
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

    def _by_field(self, parsed: Query, top: int) -> list[tuple[int, float]]:
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

    def _matching(self, parsed: Query) -> list[int]:
        """Every match, in file order (no ranking: cheap even when most units match)."""
        rows = self._query(
            "SELECT rowid FROM units WHERE units MATCH ? ORDER BY rowid", (self._match_expression(parsed),)
        )
        return [int(rowid) for (rowid,) in rows]

    def _count(self, parsed: Query) -> int:
        rows = self._query("SELECT count(*) FROM units WHERE units MATCH ?", (self._match_expression(parsed),))
        return int(rows[0][0]) if rows else 0

    def _query(self, sql: str, parameters: tuple[object, ...]) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error:  # pragma: no cover - the expression is built from words only
                return []

    def _by_coverage(
        self, ranked: list[tuple[int, float]], parsed: Query
    ) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """``by_coverage``, each word weighing more the fewer units have it (its bm25 idf)."""
        total = len(self.organization.units)
        weights = [
            math.log(1.0 + (total - found + 0.5) / (found + 0.5))
            for found in (self._count(Query((group,))) for group in parsed.groups)
        ]
        return by_coverage(self.organization, ranked, parsed.groups, weights)

    def _correct(self, query: str, typing: bool = True) -> tuple[str, Query] | None:
        """The query with its typos corrected (``typos.correct``), parsed; None when none was."""

        serbian = self.serbian_query(query)

        def in_file(word: str, being_typed: bool, as_typed: str) -> bool:
            return bool(self._count(Query(((self._term(word, being_typed, as_typed, serbian=serbian),),))))

        def serbian_word(word: str) -> bool:  # the only corrections of a Serbian query
            return search_language.serbian_word(word, self._word_classes())

        fixed = typos.correct(query, typing, in_file, self._by_length, serbian_word if serbian else None)
        return None if fixed is None else (fixed, self._parse(fixed + " ", typing=False))  # whole words


def _readable(word: str) -> bool:
    """Whether the meaning model reads ``word`` as more than letters: its pieces average at least
    ``_READABLE_PIECE`` letters (measured: keyboard noise 1.3-2.0, compounds and typos of words 2.7-6.5)."""
    from orgexplorer.model.meaning import MeaningUnavailable, embedder

    try:
        return len(word) >= _READABLE_PIECE * embedder().pieces(word)
    except MeaningUnavailable:  # pragma: no cover - asked only when the meaning layer is attached
        return False
