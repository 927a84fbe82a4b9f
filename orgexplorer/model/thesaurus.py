"""What an ordinary English word means, from WordNet: its synonyms and definition, for search by meaning.

The meaning layer's model knows a word well only when its vocabulary holds it whole; a word it splits
into pieces ("potholes": p·oth·oles, "payslip": pays·lip) lands near unrelated words. WordNet's
definition of it ("a pit or hole produced by wear or weathering, especially in a road surface") is
made of words the model knows, so a query word the organization's file does not use is described by
its most common senses (``describe``). The word index finds, for a word whose stem the file lacks, the
forms WordNet derives from it or it from them (``related``: "classifying", classification).

The database is Princeton's WordNet 3.0 as installed by a package, never downloaded: Debian's and
Ubuntu's ``wordnet-base`` (``/usr/share/wordnet``), a folder named by ``WNSEARCHDIR`` (WordNet's own
variable), or NLTK's ``corpora/wordnet``. Without one, search by meaning works as before. Nothing is
loaded whole: a word is found by binary search in the sorted index files, its senses read at their
offsets, so a look-up costs a few file reads and opening costs nothing. (WordNet 3.0 licence:
permission to use, copy, modify and distribute, with Princeton's copyright notice; see the README.)
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, TypeVar

PARTS_OF_SPEECH = ("noun", "verb", "adj")
_PART_NAMES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj"}
# WordNet's own rules for finding a word's base form ("morphy"), by part of speech.
_ENDINGS = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}  # fmt: skip
_QUOTED = re.compile(r'"[^"]*"')
_MARKER = re.compile(r"\([a-z]+\)$")  # "(a)", "(p)": adjective position markers


def _folders() -> Iterator[Path]:
    configured = os.environ.get("WNSEARCHDIR")
    if configured:
        yield Path(configured)
    yield Path("/usr/share/wordnet")
    yield Path("/usr/local/share/wordnet")
    nltk = os.environ.get("NLTK_DATA")
    for base in [*(nltk.split(os.pathsep) if nltk else []), str(Path.home() / "nltk_data"), "/usr/share/nltk_data"]:
        yield Path(base) / "corpora" / "wordnet"


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a word: its base form (``lemma``), the words that say it (the base form among
    them) and its definition."""

    lemma: str
    words: tuple[str, ...]
    definition: str


class WordNet:
    """Look-ups in one WordNet database folder (thread-safe; files opened on first use)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._files: dict[str, BinaryIO] = {}
        self._sizes: dict[str, int] = {}
        self._exceptions: dict[str, dict[str, tuple[str, ...]]] = {}

    def close(self) -> None:
        with self._lock:
            for handle in self._files.values():
                handle.close()
            self._files.clear()

    def _file(self, name: str) -> BinaryIO:
        handle = self._files.get(name)
        if handle is None:
            handle = self._files[name] = (self.folder / name).open("rb")
            self._sizes[name] = os.fstat(handle.fileno()).st_size
        return handle

    def _index_line(self, part: str, lemma: str) -> str | None:
        """The line of ``index.<part>`` for ``lemma`` (the file is sorted: binary search by byte)."""
        name = f"index.{part}"
        handle = self._file(name)
        wanted = lemma.encode("latin-1", "replace") + b" "
        low, high = 0, self._sizes[name]  # low is always where a line starts
        while low < high:
            middle = (low + high) // 2
            handle.seek(max(0, middle - 1))
            if middle:
                handle.readline()  # to the first line that starts at or after middle
            start = handle.tell()
            if start >= high:
                break
            line = handle.readline()
            if line.startswith(wanted):
                return line.decode("latin-1")
            if line.startswith(b" ") or line < wanted:  # the licence at the top sorts first
                low = handle.tell()
            else:
                high = start
        handle.seek(low)
        while handle.tell() < high:  # the few lines left between the bounds
            line = handle.readline()
            if line.startswith(wanted):
                return line.decode("latin-1")
        return None

    def _bases(self, part: str, word: str) -> list[str]:
        if part not in self._exceptions:
            table: dict[str, tuple[str, ...]] = {}
            try:
                with (self.folder / f"{part}.exc").open(encoding="latin-1") as lines:
                    for line in lines:
                        fields = line.split()
                        if len(fields) > 1:
                            table[fields[0]] = tuple(fields[1:])
            except OSError:
                pass
            self._exceptions[part] = table
        candidates = [word, *self._exceptions[part].get(word, ())]
        endings = _ENDINGS[part]
        candidates += [word[: -len(end)] + base for end, base in endings if word.endswith(end) and len(word) > len(end)]
        return list(dict.fromkeys(candidates))

    def senses(self, word: str, per_part: int = 1) -> list[Sense]:
        """The most common ``per_part`` senses of a word as a noun, a verb and an adjective (its
        inflections found by WordNet's rules: "potholes", "hiring")."""
        key = word.strip().lower().replace(" ", "_")
        if not key or not key.isascii():
            return []
        found: list[Sense] = []
        with self._lock:
            for part, lemma, _, offsets in self._entries(key):
                found += [self._sense(part, lemma, offset) for offset in offsets[:per_part]]
        return found

    def related(self, word: str) -> list[str]:
        """The words WordNet derives from or into a word's base forms, in any sense (its
        "derivationally related form" pointers: classify -> classification, classifier; accredit ->
        accreditation): one word each, letters only."""
        key = word.strip().lower()
        if not key.isascii() or not key.isalpha():
            return []
        found: list[str] = []
        with self._lock:
            for part, lemma, pointers, offsets in self._entries(key):
                if "+" in pointers:
                    for offset in offsets:
                        found += self._derived(part, lemma, offset)
        return [w for w in dict.fromkeys(found) if w != key]

    def _entries(self, key: str) -> Iterator[tuple[str, str, list[str], list[int]]]:
        """For each part of speech, the first base form of ``key`` WordNet's index has: (part, lemma,
        its pointer symbols, its synsets' offsets, the most frequent sense first). Under ``_lock``."""
        for part in PARTS_OF_SPEECH:
            for lemma in self._bases(part, key):
                line = self._index_line(part, lemma)
                if line is None:
                    continue
                fields = line.split()
                pointers = int(fields[3])
                yield part, lemma, fields[4 : 4 + pointers], [int(offset) for offset in fields[4 + pointers + 2 :]]
                break

    def _derived(self, part: str, lemma: str, offset: int) -> list[str]:
        """The targets of the "+" pointers of ``lemma`` in the synset at ``offset``."""
        handle = self._file(f"data.{part}")
        handle.seek(offset)
        fields = handle.readline().decode("latin-1").partition(" | ")[0].split()
        count = int(fields[3], 16)
        members = [_MARKER.sub("", fields[4 + 2 * n]).lower() for n in range(count)]
        if lemma not in members:
            return []
        source = members.index(lemma) + 1
        position = 4 + 2 * count
        found = []
        for number in range(int(fields[position])):
            symbol, target, target_part, ends = fields[position + 1 + 4 * number : position + 5 + 4 * number]
            if symbol != "+" or int(ends[:2], 16) != source:
                continue
            name = _PART_NAMES.get(target_part)
            if name is None:
                continue
            target_handle = self._file(f"data.{name}")
            target_handle.seek(int(target))
            head = target_handle.readline().decode("latin-1").split(" ", 4 + 2 * int(ends[2:], 16))
            word = _MARKER.sub("", head[4 + 2 * (int(ends[2:], 16) - 1)]).lower()
            if word.isalpha():
                found.append(word)
        return found

    def _sense(self, part: str, lemma: str, offset: int) -> Sense:
        handle = self._file(f"data.{part}")
        handle.seek(offset)
        head, _, gloss = handle.readline().decode("latin-1").partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = tuple(_MARKER.sub("", fields[4 + 2 * n]).replace("_", " ") for n in range(count))
        definition = _QUOTED.sub("", gloss.split(";")[0]).strip()
        return Sense(lemma.replace("_", " "), words, definition)


T = TypeVar("T")
_lock = threading.Lock()
_found: list[WordNet | None] = []


def wordnet() -> WordNet | None:
    """The installed WordNet database, or None when there is none."""
    with _lock:
        if not _found:
            folder = next((f for f in _folders() if (f / "index.noun").is_file() and (f / "data.noun").is_file()), None)
            _found.append(WordNet(folder) if folder is not None else None)
        return _found[0]


@lru_cache(maxsize=4096)
def senses(word: str) -> tuple[Sense, ...]:
    """A word's most common senses (as a noun, a verb, an adjective); empty when WordNet is not
    installed or does not know the word."""
    return _asked(lambda database: database.senses(word))


@lru_cache(maxsize=4096)
def related(word: str) -> tuple[str, ...]:
    """A word's derivationally related forms (``WordNet.related``); empty when WordNet is not
    installed or does not know the word."""
    return _asked(lambda database: database.related(word))


def _asked(question: Callable[[WordNet], Iterable[T]]) -> tuple[T, ...]:
    """What the installed WordNet answers; nothing without one, or from a damaged one."""
    database = wordnet()
    if database is None:
        return ()
    try:
        return tuple(question(database))
    except (OSError, ValueError, IndexError):
        return ()


def common_words() -> dict[str, int]:
    """The words of WordNet that are one word of letters and were seen in its tagged corpus (about
    17,000), with how often their senses were seen there; read from its index files; empty without
    WordNet."""
    database = wordnet()
    if database is None:
        return {}
    found: dict[str, int] = {}
    for part in (*PARTS_OF_SPEECH, "adv"):
        try:
            with (database.folder / f"index.{part}").open(encoding="latin-1") as lines:
                for line in lines:
                    lemma = line.split(" ", 1)[0]
                    if lemma.isalpha():  # the licence's lines start with spaces: never a word
                        fields = line.split()  # lemma, part, senses, pointers, its symbols, senses, seen, ...
                        seen = int(fields[5 + int(fields[3])])
                        if seen:
                            found[lemma] = found.get(lemma, 0) + seen
        except (OSError, ValueError, IndexError):
            continue
    return found


def describe(word: str) -> tuple[str, str]:
    """A word's most common senses in words: (their synonyms, their definitions); empty when WordNet
    is not installed or does not know the word."""
    found = senses(word)
    synonyms = dict.fromkeys(w for sense in found for w in sense.words if w.lower() not in (word, sense.lemma))
    return " ".join(synonyms), " ; ".join(sense.definition for sense in found)
