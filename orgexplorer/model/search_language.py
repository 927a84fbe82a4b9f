"""The language of the words search sees: which of a file's words are Serbian, and whether a query is.

A Serbian user types the same words in Cyrillic, in Latin, or in Latin without diacritics (č and ć as c,
š as s, ž as z, đ as dj or d), and a file may be written in any of these: each must find the same
units, ranked the same, and a Serbian word is never taken for an English one ("плате", salaries, never
finds "plates"; "centar" is no typo of "centre").

- ``FileLanguages``: gathered while an index is built, line by line: the words of a Serbian line (a name
  given in Serbian, Cyrillic, or Latin with more Serbian words than English ones: "Odsek za javne
  nabavke") are stemmed as Serbian only, the words of other lines as before (``lexicon.keys``), a word
  of both kinds of line both ways; and how the file spells its Serbian words, in each script.
- ``serbian_query``: a query is Serbian when one of its words is written as Serbian, is a Serbian
  function word, looks Serbian and is no English word ("naoruzanja"), or is no English word and the
  file has it as a Serbian word only; then each of its words is taken as Serbian however it is typed.
- ``as_meant``: a Serbian query as the meaning layer reads it, the same however it was typed (the model
  reads each script, and Latin with or without diacritics, as different words, and knows some words
  better in one script): in Latin and in Cyrillic, each word as the file spells it where the file has
  it, else in Latin without diacritics ("d" for "dj") and in Cyrillic made from that ("đ" for "dj").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from orgexplorer.model import lexicon, thesaurus
from orgexplorer.model.search_query import PHRASE, query_words
from orgexplorer.model.text import fold, latin_to_cyrillic

VOCABULARY_WORD = re.compile(r"\w{3,}")
_SERBIAN_WORD = re.compile(r"\w*[\u0400-\u04ffčćšžđČĆŠŽĐ]\w*")

Classes = Mapping[str, Sequence[str]]  # a stem key -> the file's words with that stem


class FileLanguages:
    """Which words of a file stand in Serbian text, which elsewhere, and how it spells its Serbian words.

    ``serbian`` and ``elsewhere`` are known only while an index is built (its words' keys are then
    kept with it); ``spellings`` (folded word -> (Latin, Cyrillic), lower case, "" where the file has
    none) is kept with it too (``spelling``, ``read``).
    """

    def __init__(self) -> None:
        self.serbian: set[str] = set()
        self.elsewhere: set[str] = set()
        self.spellings: dict[str, tuple[str, str]] = {}

    @classmethod
    def read(cls, rows: Iterable[tuple[str, str | None]]) -> FileLanguages:
        """From (word, ``spelling``) rows kept with a cached index."""
        languages = cls()
        languages.spellings = {word: _pair(spelling) for word, spelling in rows if spelling}
        return languages

    def spelling(self, word: str) -> str | None:
        """How the file spells a folded word, as kept with the index (None: never written as Serbian)."""
        spelled = self.spellings.get(word)
        return "\t".join(spelled) if spelled else None

    def add(self, text: str, folded: str, serbian_names: set[str], vocabulary: set[str]) -> None:
        """The words of one field of a unit (``folded``: the field folded) into ``vocabulary``, each
        line's by its language; ``serbian_names``: the unit's names given in Serbian."""
        if text.isascii() and lexicon.SERBIAN_TEXT_WORDS.isdisjoint(folded.split()):  # English: the field at once
            found = VOCABULARY_WORD.findall(folded)
            vocabulary.update(found)
            self.elsewhere.update(found)
            return
        for line, folded_line in zip(text.split("\n"), folded.split("\n"), strict=False):
            written = {self._spell(word) for word in _SERBIAN_WORD.findall(line)}
            found = VOCABULARY_WORD.findall(folded_line)
            vocabulary.update(found)
            if line in serbian_names or lexicon.serbian_text(line):
                self.serbian.update(found)
            else:  # an English line: its words written as Serbian (a name) are Serbian only
                self.serbian.update(written)
                self.elsewhere.update(word for word in found if word not in written)

    def _spell(self, word: str) -> str:
        lower = word.lower()
        folded = fold(lower)
        latin, cyrillic = self.spellings.get(folded, ("", ""))
        if lexicon.CYRILLIC.search(lower):
            cyrillic = cyrillic or lower
        else:
            latin = latin or lower
        self.spellings[folded] = (latin, cyrillic)
        return folded

    def keys(self, word: str, word_keys: Callable[[str, bool], tuple[str, ...]]) -> tuple[str, ...]:
        """The stems a word of the file is found by: Serbian where it stands in Serbian text, as
        ``word_keys`` has it elsewhere (English, or both for a word no dictionary knows), both where it
        stands in both."""
        if word not in self.serbian:
            return word_keys(word, False)
        if word not in self.elsewhere:
            return word_keys(word, True)
        return tuple(dict.fromkeys(word_keys(word, True) + word_keys(word, False)))


def _pair(spelling: str) -> tuple[str, str]:
    latin, _, cyrillic = spelling.partition("\t")
    return latin, cyrillic


def english_word(word: str) -> bool:
    """A word WordNet knows ("plate"), or without WordNet one of the dictionary's (which also holds
    other languages' words: "liste", "kontrola")."""
    return bool(thesaurus.senses(word)) if thesaurus.wordnet() is not None else lexicon.ordinary(word)


def serbian_word(word: str, classes: Classes) -> bool:
    """A word of the file that stands in Serbian text only (found by its Serbian stem, not its English)."""
    return word in classes.get(lexicon.serbian_key(word), ()) and word not in classes.get(lexicon.english_key(word), ())


def serbian_query(query: str, classes: Callable[[], Classes]) -> bool:
    """Whether a query is Serbian (see the module's notes); ``classes``: the file's word classes."""
    known = None
    for folded, original in query_words(PHRASE.sub(lambda m: m.group(1), query)):
        if lexicon.serbian_written(original):
            return True
        if not folded.isalpha() or len(folded) < 2 or (original.isupper() and len(original) > 1):
            continue  # numbers, codes, acronyms ("SA")
        if folded in lexicon.SERBIAN_FUNCTION_WORDS:
            return True
        if len(folded) < 3 or thesaurus.senses(folded):  # an English word ("post", "fiscal")
            continue
        if lexicon.serbian_form(folded) and not lexicon.ordinary(folded):
            return True
        known = classes() if known is None else known
        if lexicon.english_key(folded) not in known and any(
            serbian_word(word, known) for word in known.get(lexicon.serbian_key(folded), ())
        ):
            return True
    return False


def as_meant(query: str, classes: Classes, spellings: Mapping[str, tuple[str, str]]) -> list[str]:
    """A Serbian query as the meaning layer reads it (see the module's notes): in Latin, and in Cyrillic
    (the model knows some words better in one script, some in the other); acronyms as typed."""
    latin, cyrillic = [], []
    for folded, original in query_words(PHRASE.sub(lambda m: m.group(1), query)):
        if original.isupper() and len(original) > 1:
            latin.append(folded.upper())
            cyrillic.append(folded.upper())
        elif not folded.isalpha():
            latin.append(folded)
            cyrillic.append(folded)
        else:
            word = _as_in_file(folded, classes)
            spelled_latin, spelled_cyrillic = spellings.get(word, ("", ""))
            latin.append(spelled_latin or word)
            in_cyrillic = spelled_cyrillic or latin_to_cyrillic(spelled_latin or word.replace("dj", "đ"), False)
            cyrillic.append(in_cyrillic)
    return [" ".join(latin), " ".join(cyrillic)]


def _as_in_file(folded: str, classes: Classes) -> str:
    """A folded Serbian word as the file has it, "đ" typed as "d" or "dj" ("medunarodna":
    "medjunarodna"), else with "d" for "dj" (either way of typing "đ" reads alike)."""
    plain = folded.replace("dj", "d")
    for word in classes.get(lexicon.serbian_key(folded), ()):
        if word.replace("dj", "d") == plain:
            return word
    return plain
