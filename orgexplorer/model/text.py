"""Text folding for search: case, accents, Serbian Cyrillic and Latin all meet in one form.

``fold("Ђорђевић") == fold("Đorđević") == fold("Djordjevic") == "djordjevic"``. Search indexes and
queries are folded the same way, so a query in either script, with or without diacritics, finds text
in the other.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        ["a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r",
         "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s"],
        strict=True,
    )
)  # fmt: skip
_TABLE: dict[int, str | None] = {ord(k): v for k, v in _CYRILLIC.items()}
_TABLE.update({ord(k.upper()): v for k, v in _CYRILLIC.items()})
_TABLE.update({ord("đ"): "dj", ord("Đ"): "dj", ord("ß"): "ss", ord("ø"): "o", ord("Ø"): "o", ord("ł"): "l"})

#: Characters that show nothing: zero-width spaces and joiners, the word joiner and invisible operators,
#: soft hyphen, fillers, deprecated format controls. A name holding one looks like the name without it
#: ("Fin\u200bance"): ids refuse them, names are warned about, search folds them away.
INVISIBLE = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u200b\u200c\u200d"
    "\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
INVISIBLE_CHARACTER = re.compile(f"[{INVISIBLE}]")
_TABLE.update(dict.fromkeys(map(ord, INVISIBLE)))  # folded away: "Fin\u200bance" is "finance"

_WORD = re.compile(r"\w+")
_SPAN = re.compile(f"\\w[\\w{INVISIBLE}]*")  # a word of the original text, invisible characters inside it


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case, no diacritics, Serbian Cyrillic in Latin (đ and ђ as "dj")."""
    text = text.translate(_TABLE)
    if text.isascii():  # most text: nothing to decompose
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of the original ``text`` as (start, end, folded word)."""
    for match in _SPAN.finditer(text):
        yield match.start(), match.end(), fold(match.group(0))


_stem_lock = threading.Lock()
_stemmer: sqlite3.Connection | None = None


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The Porter stem of a folded word, from SQLite's own FTS5 ``porter`` tokenizer.

    Using SQLite's stemmer keeps query terms and the search index in exact agreement.
    """
    global _stemmer
    if not word.isascii() or not word.isalnum():
        return word
    with _stem_lock:
        if _stemmer is None:
            import sqlite3  # the first search, not the first load

            _stemmer = sqlite3.connect(":memory:", check_same_thread=False)
            _stemmer.execute("CREATE VIRTUAL TABLE s USING fts5(w, tokenize='porter ascii')")
            _stemmer.execute("CREATE VIRTUAL TABLE v USING fts5vocab(s, row)")
        _stemmer.execute("INSERT INTO s(w) VALUES (?)", (word,))
        row = _stemmer.execute("SELECT term FROM v").fetchone()
        _stemmer.execute("DELETE FROM s")
    return str(row[0]) if row else word


_TO_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ", "LJ": "Љ", "NJ": "Њ", "DŽ": "Џ",
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж", "z": "з", "i": "и",
    "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
    "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш",
}  # fmt: skip
_TO_CYRILLIC.update({k.upper(): v.upper() for k, v in list(_TO_CYRILLIC.items()) if len(k) == 1})
# What an interface string keeps as written: placeholders, markup, entities, and words that are names
# of products, keys or file columns (Ctrl+F, OrgExplorer, parentId) or codes, command-line options
# (--delimiter) and file extensions (.xlsx); the programs a message quotes (PyYAML) and binary units (MiB).
_KEEP = re.compile(
    r"\{[^}]*\}|<[^>]*>|&[a-z]+;|\b(?:[A-Z]{2,}[a-z]*|OrgExplorer|Excel|Enter|Ctrl\+\w|id|parentId|Name|Reports_To|pt"
    r"|PyYAML|Python|openpyxl|MiB)\b"
    r"|(?<!\w)--[a-z][a-z-]*|(?<!\w)\.[a-z]{3,4}\b"
)
_LATIN_LETTER = re.compile("dž|Dž|DŽ|lj|Lj|LJ|nj|Nj|NJ|[a-zA-ZčćđšžČĆĐŠŽ]")


def _letters_to_cyrillic(text: str) -> str:
    return _LATIN_LETTER.sub(lambda m: _TO_CYRILLIC.get(m.group(0), m.group(0)), text)


def latin_to_cyrillic(text: str, interface: bool = True) -> str:
    """Serbian Latin to Serbian Cyrillic.

    ``interface`` (the translations of the interface): placeholders, markup, key and product names and
    codes stay as they are. Otherwise (a unit's name) every letter is transliterated: a Serbian name in
    Cyrillic writes its abbreviations in Cyrillic too (Генералштаб ВС, НАТО).
    """
    if not interface:
        return _letters_to_cyrillic(text)
    out, last = [], 0
    for kept in _KEEP.finditer(text):
        out.append(_letters_to_cyrillic(text[last : kept.start()]))
        out.append(kept.group(0))
        last = kept.end()
    out.append(_letters_to_cyrillic(text[last:]))
    return "".join(out)
