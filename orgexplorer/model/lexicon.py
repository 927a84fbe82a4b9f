"""What search knows of words before it reads a file: abbreviations, spellings, stems, a dictionary.

- ``ABBREVIATIONS``: common ones (IT, HR, PR, ICT, FOI, ...) with their expansions; a file's
  ``glossary`` adds its own.
- ``spelling``: British and American spellings to one form (organisation/organization,
  defence/defense, centre/center, analyse/analyze, labour/labor, catalogue/catalog). It is applied to the
  file's words and the query's alike, so a rule that also touches a word that is not a spelling
  variant still lets that word find itself.
- ``keys``: the stems a word is found by, by language: English (Snowball's English stemmer, after
  ``spelling``) for a word of the English dictionary, Serbian (Snowball's Serbian stemmer) for a word
  written in Cyrillic or with Serbian letters, and both for a Latin word the dictionary does not know.
  So "плате" (salaries) finds "плата", "platu", never the English "plates".
- ``family``: a coarser key (derivational endings off: donation/donor, negotiate/negotiation), used
  only when a word's own stem is nowhere in the file.
- ``dictionary``: ordinary English words, the whole-word tokens of the embedding model's vocabulary
  (so a typo is corrected only when the word is unknown to the file and to the dictionary); empty when
  the model's package is missing.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from orgexplorer.model.text import fold

ABBREVIATIONS: dict[str, str] = {
    "it": "information technology",
    "ict": "information and communication technology",
    "hr": "human resources",
    "pr": "public relations",
    "foi": "freedom of information",
    "eu": "European Union",
    "un": "United Nations",
    "nato": "North Atlantic Treaty Organization",
    "osce": "Organization for Security and Co-operation in Europe",
    "ngo": "non-governmental organization",
    "ngos": "non-governmental organizations",
    "cfo": "chief financial officer",
    "ceo": "chief executive officer",
    "cio": "chief information officer",
    "r&d": "research and development",
    "rnd": "research and development",
    "qa": "quality assurance",
    "gdpr": "data protection",
    "vat": "value added tax",
    "hq": "headquarters",
    "faq": "frequently asked questions",
    "pa": "personal assistant",
    "ip": "intellectual property",
    "oda": "official development assistance",
    "ipa": "instrument for pre-accession assistance",
    "cbrn": "chemical biological radiological nuclear",
    "mfa": "ministry of foreign affairs",
    "mod": "ministry of defence",
    "wifi": "wireless network",
    "pc": "computer",
    "pcs": "computers",
    "ict4d": "information and communication technology for development",
    "dpo": "data protection officer",
    "pm": "prime minister",
    "msc": "master of science",
    "phd": "doctoral studies",
    "bsc": "undergraduate studies",
    "ects": "European credit transfer system",
    "erasmus": "student exchange",
    "iso": "standards",
    "h&s": "health and safety",
    "nda": "non-disclosure agreement",
    "ivf": "in vitro fertilisation",
    "cctv": "video surveillance",
    "gis": "geographic information system",
    "ppp": "public-private partnership",
    "pwd": "persons with disabilities",
    "hse": "health and safety",
    "sme": "small and medium-sized enterprises",
    "smes": "small and medium-sized enterprises",
    "fdi": "foreign direct investment",
    "eia": "environmental impact assessment",
    "cv": "curriculum vitae",
    "ra": "research assistant",
    "ta": "teaching assistant",
    "ug": "undergraduate",
    "pg": "postgraduate",
    "vle": "virtual learning environment",
    "lms": "learning management system",
    "erp": "enterprise resource planning",
    "crm": "customer relationship management",
    "kpi": "performance indicators",
    "sla": "service level agreement",
    "wto": "World Trade Organization",
    "who": "World Health Organization",
    "unesco": "United Nations Educational, Scientific and Cultural Organization",
    "unhcr": "refugees",
    "icc": "International Criminal Court",
    "icj": "International Court of Justice",
    "cfsp": "Common Foreign and Security Policy",
    "eeas": "European External Action Service",
    "id": "identity card",
    "dna": "genetic",
    "ems": "emergency medical services",
    "911": "emergency",
    "112": "emergency",
}

# "it" in lower case is the pronoun ("who handles it?") unless it opens the query or follows one of
# these ("it support", "head of it", "the it helpdesk").
_BEFORE_ABBREVIATION = frozenset(("the", "of", "in"))
_ALSO_WORDS = frozenset(("who", "id", "ta", "ra", "pa", "pm", "un", "ems"))

_SPELLING = [
    (re.compile(r"(?<=.{3})is(e|ed|es|ing|er|ers|ation|ations|ational)$"), r"iz\1"),
    (re.compile(r"(?<=..)yse(s|d)?$"), r"yze\1"),
    (re.compile(r"(?<=..)ysing$"), "yzing"),
    (re.compile(r"(?<=.{2})our(s|ed|ing|ite|ites|able|ably|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z])(t|b)re(s)?$"), r"\1er\2"),
    (re.compile(r"^(def|lic|off|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"(?<=..)ogue(s)?$"), r"og\1"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^judgement(s)?$"), r"judgment\1"),
    (re.compile(r"(?<=[aeiou][a-z])([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"^ageing$"), "aging"),
    (re.compile(r"^enrolment(s)?$"), r"enrollment\1"),
]
_SERBIAN_LATIN = re.compile("[čćšžđČĆŠŽĐ]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
_SERBIAN_LETTER = re.compile("[\u0400-\u04ffčćšžđČĆŠŽĐ]")
_FAMILY_ENDINGS = ("ation", "ition", "ement", "ment", "ator", "ship", "ist",
                   "ism", "or", "er", "ee", "at")  # fmt: skip

_stemmers_lock = threading.Lock()
_stemmers: dict[str, object] = {}
_dictionary: list[frozenset[str]] = []
_by_length: list[dict[int, list[str]]] = []
_ordinary: list[dict[str, int]] = []
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ing", ""), ("d", ""))


def spelling(word: str) -> str:
    """A folded word with British spellings made American (both sides of a search go through it)."""
    if len(word) < 5 or not word.isascii():
        return word
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _stem(language: str, word: str) -> str:
    with _stemmers_lock:
        stemmer = _stemmers.get(language)
        if stemmer is None:
            try:
                import snowballstemmer  # type: ignore[import-untyped]
            except ImportError:
                stemmer = _stemmers[language] = _NoStemmer()
            else:
                stemmer = _stemmers[language] = snowballstemmer.stemmer(language)
        return str(stemmer.stemWord(word))  # type: ignore[attr-defined]


class _NoStemmer:
    """Without snowballstemmer, words are their own stems (exact forms still match)."""

    def stemWord(self, word: str) -> str:  # snowballstemmer's name
        return word


@lru_cache(maxsize=65536)
def english_key(word: str) -> str:
    return "e:" + _stem("english", spelling(word))


@lru_cache(maxsize=65536)
def serbian_key(word: str) -> str:
    """The Serbian stem of a folded word, "đ" as "d": "međunarodna" folds to "medjunarodna", and
    typed without diacritics it is that or "medunarodna" (Snowball makes "dj" "đ"; all three meet)."""
    return "s:" + _stem("serbian", word).replace("đ", "d")


# Serbian words that are never English ones: a query with one of them is Serbian ("ko se bavi ...").
SERBIAN_FUNCTION_WORDS = frozenset(
    "ko sta šta gde kako kome koji koja koje cime čime ili za od sa se su je li da na iz kod preko".split()  # noqa: SIM905
)


def serbian_written(original: str) -> bool:
    """Written in Cyrillic or with a letter only Serbian Latin has (č, ć, š, ž, đ)."""
    return bool(CYRILLIC.search(original) or _SERBIAN_LATIN.search(original))


# English words that say how a text is put together; Serbian ones are SERBIAN_FUNCTION_WORDS and these.
_ENGLISH_FUNCTION_WORDS = frozenset("the of and for with to in on by is are from as at an this that".split())  # noqa: SIM905
_ANY_WORD = re.compile(r"\w+")
SERBIAN_TEXT_WORDS = SERBIAN_FUNCTION_WORDS | frozenset("i u o sa ka pri prema radi kao oko bez".split())  # noqa: SIM905


def serbian_text(original: str) -> bool:
    """Whether a text (a name, a responsibility, a description) is Serbian: more of its words are
    Serbian (a Serbian function word, a word in Cyrillic or with a Serbian letter that is not a name)
    than English (a function word; a Latin word among Cyrillic ones). "Odsek za javne nabavke" is,
    though no letter says so; "Head of Planning (Đorđe Nikolić)" and "Head of Unit (Љиљана Марковић)"
    are not."""
    words = _ANY_WORD.findall(original)
    cyrillic = CYRILLIC.search(original) is not None
    serbian = english = 0
    for position, word in enumerate(words):
        lower = word.lower()
        if lower in SERBIAN_TEXT_WORDS:
            serbian += 1
        elif not word.isascii() and _SERBIAN_LETTER.search(word):
            # a name ("Đorđe Nikolić") says nothing of the text around it
            serbian += 0 if position and word[:1].isupper() and word[1:].islower() else 1
        elif lower in _ENGLISH_FUNCTION_WORDS or (cyrillic and word.isascii() and word.isalpha()):
            english += 1
    return serbian > english


# How a Serbian word typed without diacritics may look: its letters (lj, nj, dj for đ) and its endings.
# Asked only of a word that is no English word (not the dictionary's, not WordNet's).
_SERBIAN_FORM = re.compile(
    r"(?:lj|nj|dj|dz)|(?:anj[aeiu]|enj[aeiu]|ij[aeu]|ijom|ijama|sk[aeiou]|skih|skog|skom|ck[aeiou]|ckih|ckog"
    r"|on[aio]|ov[aei]|ev[aei]|ima|ama|nih|nog|nom|noj|stv[aou]|stvom|nost|nosti|aju|uje|uju|ovati|ivati)$"
)


def serbian_form(folded: str) -> bool:
    """Whether a folded word, known to no English dictionary, looks Serbian ("naoruzanja", "verifikacioni",
    "strateski", "medjunarodni"): its letters or its ending."""
    return len(folded) >= 4 and folded.isalpha() and bool(_SERBIAN_FORM.search(folded))


def keys(folded: str, serbian: bool) -> tuple[str, ...]:
    """The stems a folded word is found by: Serbian when written as Serbian, English when the
    dictionary knows the word, both when it could be either."""
    if serbian:
        return (serbian_key(folded),)
    if not folded.isalpha() or ordinary(folded):
        return (english_key(folded),)
    return (english_key(folded), serbian_key(folded))


@lru_cache(maxsize=65536)
def family(folded: str) -> str:
    """A coarse English key: the stem with a derivational ending off (donation, donor: "don")."""
    stem = english_key(folded)[2:]
    for ending in _FAMILY_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


def dictionary() -> frozenset[str]:
    """Ordinary English words (folded), from the embedding model's vocabulary; empty without it."""
    if not _dictionary:
        from orgexplorer.model.meaning import vocabulary_words

        _dictionary.append(frozenset(fold(word) for word in vocabulary_words()))
    return _dictionary[0]


def ordinary(folded: str) -> bool:
    """A word of the dictionary, or an inflection of one ("sanctions", "hired", "hiring")."""
    words = dictionary()
    if folded in words:
        return True
    for ending, replacement in _INFLECTIONS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            base = folded[: -len(ending)] + replacement
            if base in words or base + "e" in words:
                return True
    return False


@lru_cache(maxsize=1024)
def closest_ordinary(word: str) -> tuple[str, ...]:
    """The ordinary words ``word`` may be a typo of, likeliest first: same first letter, one edit (a
    swap of neighbours is one), two for a word of eight letters or more; the fewer edits the likelier,
    then a word of the dictionary, then the more common in WordNet's corpus. Ordinary words: the
    dictionary and WordNet's common single words where it is installed (read once, when first needed)."""
    import difflib

    seen = _ordinary_words()
    limit = 1 if len(word) < 8 else 2
    candidates = [w for n in range(len(word) - limit, len(word) + limit + 1) for w in _ordinary_by_length().get(n, ())]
    close = [
        (_edits(word, w), w not in dictionary(), -seen[w], w)
        for w in difflib.get_close_matches(word, [w for w in candidates if w[:1] == word[:1]], n=20, cutoff=0.7)
        if within_typo(word, w, limit)
    ]
    return tuple(w for *_, w in sorted(close)[:5])


def prepare() -> None:
    """Read the ordinary words now (a worker thread's job: a fraction of a second, once)."""
    _ordinary_words()


def compound(word: str) -> bool:
    """Two of WordNet's words written as one ("helpdesk", "landmines", "payslip"): not a typo. (The
    dictionary's tokens would not do: it has pieces of other languages' words, "wir" of "wirless".)"""
    from orgexplorer.model import thesaurus

    return any(thesaurus.senses(word[:cut]) and thesaurus.senses(word[cut:]) for cut in range(3, len(word) - 2))


def _ordinary_words() -> dict[str, int]:
    with _stemmers_lock:
        if not _ordinary:
            from orgexplorer.model import thesaurus

            words = dict.fromkeys(dictionary(), 0)
            # WordNet's words seen in its tagged corpus (17,000): the common ones, a typo's likely
            # targets; all 80,000 would hold 5 MB for words too rare to be mistyped often.
            words.update(thesaurus.common_words())
            table: dict[int, list[str]] = {}
            for word in sorted(words):
                table.setdefault(len(word), []).append(word)
            _ordinary.append(words)
            _by_length.append(table)
        return _ordinary[0]


def _ordinary_by_length() -> dict[int, list[str]]:
    _ordinary_words()
    return _by_length[0]


def _edits(a: str, b: str) -> int:
    """Edits from a to b, a swap of neighbours counting one (restricted Damerau-Levenshtein)."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            row.append(cost)
        before, previous = previous, row
    return previous[-1]


def within_typo(typed: str, candidate: str, limit: int | None = None) -> bool:
    """Whether ``candidate`` is a plausible correction of ``typed``: same first letter, at most
    ``limit`` edits (by default one, two for words of more than five letters; a swap of neighbours
    is one)."""
    if not typed or not candidate or typed[0] != candidate[0]:
        return False
    if limit is None:
        limit = 1 if len(typed) <= 5 else 2
    if abs(len(typed) - len(candidate)) > limit:
        return False
    previous_row = list(range(len(candidate) + 1))
    before: list[int] | None = None
    for i, a in enumerate(typed, 1):
        row = [i]
        for j, b in enumerate(candidate, 1):
            cost = min(previous_row[j] + 1, row[j - 1] + 1, previous_row[j - 1] + (a != b))
            if before is not None and i > 1 and j > 1 and a == candidate[j - 2] and typed[i - 2] == b:
                cost = min(cost, before[j - 2] + 1)
            row.append(cost)
        before, previous_row = previous_row, row
        if min(row) > limit:
            return False
    return previous_row[-1] <= limit


def abbreviation(word: str, original: str, previous: str | None) -> str | None:
    """The expansion of an abbreviation as typed ("IT", "hr"; "it" only where it is not a pronoun)."""
    expansion = ABBREVIATIONS.get(word)
    if expansion is None or (original.isupper() and len(original) > 1):
        return expansion
    if word == "it":
        return None if previous is not None and previous not in _BEFORE_ABBREVIATION else expansion
    if word in _ALSO_WORDS or word in dictionary():  # "who", "id": abbreviations only in capitals
        return None
    return expansion
