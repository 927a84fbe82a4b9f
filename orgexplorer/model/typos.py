"""What a mistyped query meant: each word unknown to the file and to ordinary English, corrected.

A word is corrected to the closest word of the file (same first letter, one or two edits; "imunity"
finds "immunities" by its beginning), else, for the meaning layer, to the likeliest ordinary word
(``lexicon.closest_ordinary``: "garbidge", garbage), if WordNet has that word too (the dictionary
holds pieces of other languages' words: "bav", "kontrola"). The caller always says so ("showing results
for ..."). Never corrected: short words, stop words, words of the dictionary or of WordNet, two of them
written as one, acronyms typed in capitals, known abbreviations, Serbian words, words the file has,
and the word being typed (when ordinary words are the only candidates).

A Serbian query (``SearchIndex.serbian_query``: a word written as Serbian, a Serbian function word, a
word that looks Serbian or that the file has only in Serbian; "Verifikacioni centar") is not English
mistyped: its words are corrected only to the file's Serbian words ("naoruzaja": naoruzanja), however
they are written, never to English ones ("centar" is no typo of "centre"). Nor is a query of which a
word is known nowhere and has no correction ("mirovne operacije"): no word of it is changed into an
ordinary English word ("operacije", operative); the file's own words are still offered.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence

from orgexplorer.model import lexicon, thesaurus
from orgexplorer.model.search_query import PHRASE, STOPWORDS, query_words


def correct(
    query: str,
    typing: bool,
    in_file: Callable[[str, bool, str], bool],
    by_length: Mapping[int, Sequence[str]],
    serbian_word: Callable[[str], bool] | None = None,
) -> str | None:
    """The query with each mistyped word replaced, or None when no word was.

    ``in_file(word, being_typed, as_typed)``: some unit has the word (in some form); ``by_length``:
    the file's words by their length; ``serbian_word``, given for a Serbian query, tells the file's
    Serbian words, the only ones its words may be corrected to (never an English word).
    """
    corrected_words: list[str] = []
    ordinary_at: list[int] = []  # where a word became an ordinary word, not one of the file's
    foreign = False  # a word of another language, or one nobody knows
    text = PHRASE.sub(" ", query)
    pairs = query_words(text)
    for position, (word, original) in enumerate(pairs):
        foreign = (
            foreign
            or lexicon.serbian_written(original)
            or (
                original.lower() in lexicon.SERBIAN_FUNCTION_WORDS and not original.isupper()  # "SA": an acronym
            )
        )
        last = typing and position == len(pairs) - 1 and text[-1:].isalnum()
        if (
            len(word) < 4
            or word in STOPWORDS
            or lexicon.ordinary(word)
            or not word.isalpha()
            or thesaurus.senses(word)  # WordNet's words are not typos, nor two words written as one
            or lexicon.compound(word)
            or (original.isupper() and len(original) > 1)  # an acronym, typed as one
            or lexicon.abbreviation(word, original, None) is not None
            or (lexicon.serbian_written(original) and serbian_word is None)
            or in_file(word, last, original)
        ):
            corrected_words.append(original)
            continue
        candidates = [w for n in range(len(word) - 2, len(word) + 3) for w in by_length.get(n, ()) if w[0] == word[0]]
        close = [
            w
            for w in difflib.get_close_matches(word, candidates, n=5, cutoff=0.75)
            # "imunity" for "immunities": a typo of the word's beginning, in another form
            if lexicon.within_typo(word, w) or (len(word) >= 6 and lexicon.within_typo(word, w[: len(word) + 1]))
        ]
        if serbian_word is not None:  # a Serbian query: "centar" is no typo of "centre"
            close = [w for w in close if serbian_word(w)]
        elif not close and not last:
            close = [w for w in lexicon.closest_ordinary(word) if thesaurus.senses(w)]
            if close:
                ordinary_at.append(position)
        if close:
            corrected_words.append(close[0])
        else:
            corrected_words.append(original)
            foreign = foreign or not last
    if foreign:
        for position in ordinary_at:
            corrected_words[position] = pairs[position][1]
    if corrected_words == [original for _, original in pairs]:
        return None
    return " ".join(corrected_words)
