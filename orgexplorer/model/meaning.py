"""The meaning layer of search: sentence vectors of every unit, and the units nearest to a query.

The model is WordLlama's ``l2_supercat`` (MIT; a static token-embedding table, 32,000 tokens × 256,
trained from the token codebooks of Llama 2 70B and Phi-3), read from the files its PyPI wheel ships:
nothing is ever downloaded. A text's vector is the mean of its tokens' vectors, so embedding is a table
lookup (numpy) after the ``tokenizers`` package has split the text. The package's own ``load()`` is not
used: it looks for a ``tokenizer/`` folder where the wheel has ``tokenizers/`` and then goes to the
network; the two files are read here directly.

When the package (or numpy, or tokenizers) is missing or its files cannot be read, ``embedder()``
raises ``MeaningUnavailable`` with the reason, and search works on words alone.

Each unit's name, head, responsibilities, description sentences and details are embedded one by one,
so a meaning hit can name the sentence nearest to the query. Memory at 100,000 units: sentence
vectors are kept as int8 with a scale each (``DIMENSIONS`` of the model's Matryoshka dimensions), and
one float32 vector per unit (its sentences' mean, ``SHORTLIST_DIMENSIONS``) finds the candidates that
are then scored sentence by sentence.

(A little over 500 lines: the model's table, the index's vectors and their search share the array
layout and the cache format. The model's loading (``embedder``, the safetensors and tokenizer reading)
is what leaves next, into a module of its own.)
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import itertools
import json
import os
import re
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgexplorer.model import cache, lexicon
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.text import INVISIBLE_CHARACTER

if TYPE_CHECKING:
    import numpy as np

# WORKAROUND: OpenBLAS's worker threads spin while they wait; for the matrix-vector products of a
# search (100,000 × 64) one thread takes 1 ms where the default pool takes 14 ms on a busy two-core
# machine. Read when numpy is first imported, which this module does only when the model is loaded.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# The tokenizers' thread pool breaks in a process that forks after using it (Qt and the tests start
# helper processes); one thread is fast enough here.
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_PACKAGE = "wordllama"
MODEL_NAME = "wordllama l2_supercat_256"
_WEIGHTS = "weights/l2_supercat_256.safetensors"
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
DIMENSIONS = 96  # of the model's 256 (Matryoshka: the first dimensions carry the most)
SHORTLIST_DIMENSIONS = 48
SECOND_WEIGHT = 0.3  # of a unit's second nearest sentence in its rank (measured: 0.2-0.4 alike)
SHORTLIST = 2000  # units scored sentence by sentence, after their mean vectors chose them
_SCORED_AT_ONCE = 1024  # sentences (480 KB as floats: the core's cache holds them)
FORMAT = 1  # of the arrays kept in the cache: bump when what is embedded, or how, changes
_BATCH = 1024
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=\S)")
_WORD = re.compile(r"\w+")
_VOCABULARY_WORD = re.compile('"\u2581([A-Za-z]{3,})"')
_FIELDS = ("name", "head", "responsibility", "description", "detail")
# Words that carry no meaning of their own: their tokens are left out of the mean.
_FUNCTION_WORDS = """a an and are as at be by do does for from how i in is it its of on or the to what which who
whom whose with where can should my me we our their this that these those into about"""


class MeaningUnavailable(Exception):
    """The meaning layer cannot run here; ``str()`` says why, for the user."""


class Embedder:
    """Texts to unit vectors: WordLlama's token table, mean-pooled, L2-normalized, ``DIMENSIONS`` wide."""

    name = MODEL_NAME

    def __init__(self, table: np.ndarray, tokenizer: Any) -> None:
        import numpy as np

        self._np = np
        self._table = table  # float16 (tokens, DIMENSIONS)
        self._tokenizer = tokenizer
        self._lock = threading.Lock()
        weights = np.ones(table.shape[0], dtype=np.float32)
        for word in _FUNCTION_WORDS.split():
            for variant in (word, word.capitalize()):
                ids = tokenizer.encode(variant, add_special_tokens=False).ids
                if len(ids) == 1:
                    weights[ids[0]] = 0.0
        self._weights = weights

    def embed(self, texts: Sequence[str], words: WordVectors | None = None) -> np.ndarray:
        """One row per text (float32, unit length, ``DIMENSIONS`` wide; zeros for a text of no words).

        A text's vector is the sum of its words' vectors (each the sum of its tokens', function
        words and punctuation left out), made unit length. The tokenizer splits at spaces, so each
        distinct word is tokenized once: ``words`` keeps them across calls; give the same one to every
        call of one organization's embedding (it goes with it).
        """
        np = self._np
        words = WordVectors(np) if words is None else words
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            chunk = texts[start : start + _BATCH]
            rows: list[int] = []
            lengths = np.zeros(len(chunk), dtype=np.int64)
            new: list[str] = []
            known = words.rows
            for number, text in enumerate(chunk):
                found = _WORD.findall(INVISIBLE_CHARACTER.sub("", text) if not text.isascii() else text)
                lengths[number] = len(found)
                for word in found:
                    row = known.get(word)
                    if row is None:
                        row = known[word] = len(known)
                        new.append(word)
                    rows.append(row)
            if new:
                words.add(self._word_sums(new))
            if not rows:
                continue
            # Each text's words as a row of word numbers, padded with a row of zeros, summed along it.
            table = words.vectors
            padding = len(table)
            table = np.concatenate((table, np.zeros((1, DIMENSIONS), dtype=np.float32)))
            grid = np.full((len(chunk), int(lengths.max())), padding, dtype=np.int64)
            grid[np.arange(grid.shape[1]) < lengths[:, None]] = rows
            sums = table[grid].sum(axis=1)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            out[start : start + len(chunk)] = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 1e-9)
        return out  # type: ignore[no-any-return]  # numpy is imported lazily: untyped here

    def pieces(self, word: str) -> int:
        """How many of the model's tokens a word is split into (1: the model knows it whole)."""
        with self._lock:
            return len(self._tokenizer.encode(word, add_special_tokens=False).ids)

    def _word_sums(self, new: list[str]) -> np.ndarray:
        """The vector of each word (the weighted sum of its tokens')."""
        np = self._np
        with self._lock:
            encodings = self._tokenizer.encode_batch(new, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        ids = np.clip(ids, 0, self._table.shape[0] - 1)
        vectors = self._table[ids, :DIMENSIONS].astype(np.float32) * self._weights[ids][:, None]
        running = np.cumsum(vectors, axis=0, dtype=np.float64)
        ends = np.cumsum(lengths)
        sums = running[ends - 1] - np.concatenate((np.zeros((1, DIMENSIONS)), running[ends[:-1] - 1]))
        sums[lengths == 0] = 0.0
        return sums.astype(np.float32)  # type: ignore[no-any-return]


class WordVectors:
    """The words one organization's texts are made of, each tokenized and summed once."""

    def __init__(self, np: Any) -> None:
        self._np = np
        self.rows: dict[str, int] = {}
        self._table = np.zeros((1024, DIMENSIONS), dtype=np.float32)
        self._used = 0

    def add(self, vectors: np.ndarray) -> None:
        needed = self._used + len(vectors)
        if needed > len(self._table):  # grows by doubling: each vector copied a bounded number of times
            grown = self._np.zeros((max(needed, 2 * len(self._table)), DIMENSIONS), dtype=self._np.float32)
            grown[: self._used] = self._table[: self._used]
            self._table = grown
        self._table[self._used : needed] = vectors
        self._used = needed

    @property
    def vectors(self) -> np.ndarray:
        return self._table[: self._used]  # type: ignore[no-any-return]


_loaded: list[Embedder] = []
_failure: list[str] = []
_load_lock = threading.Lock()


def embedder() -> Embedder:
    """The model, loaded once per process; raises ``MeaningUnavailable`` (always the same reason)."""
    with _load_lock:
        if _loaded:
            return _loaded[0]
        if _failure:
            raise MeaningUnavailable(_failure[0])
        try:
            _loaded.append(_load())
        except MeaningUnavailable as error:
            _failure.append(str(error))
            raise
        return _loaded[0]


def unavailable_reason() -> str | None:
    """Why search by meaning is off in this process, or None when it works."""
    try:
        embedder()
    except MeaningUnavailable as error:
        return str(error)
    return None


def _model_folder() -> Path:
    """Where the model's package is installed (found without running it)."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise MeaningUnavailable(f"the package {MODEL_PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def vocabulary_words() -> frozenset[str]:
    """Whole English words of the model's vocabulary (tokens that start a word, letters only, three
    or more): a dictionary of ordinary words, read from the tokenizer's file alone (no numpy, no
    model: the word index needs it at once). Empty when the package is missing."""
    try:
        text = (_model_folder() / _TOKENIZER).read_text(encoding="utf-8")
    except (MeaningUnavailable, OSError, ValueError):
        return frozenset()
    # The vocabulary's keys, found in the text (a merge is two pieces with a space between, never
    # matched): a fraction of the time json.load takes over the whole file, while the window opens.
    words = frozenset(word.lower() for word in _VOCABULARY_WORD.findall(text))
    del text
    _give_back_memory()  # the file's text (7 MB as a str) would otherwise stay resident: 9 MB in all
    return words


def _load() -> Embedder:
    try:
        import numpy as np
        from tokenizers import Tokenizer
    except ImportError as error:
        raise MeaningUnavailable(f"the package {error.name or 'numpy or tokenizers'} is not installed") from None
    base = _model_folder()
    try:
        table = _read_safetensors(base / _WEIGHTS, np)
        tokenizer = Tokenizer.from_file(str(base / _TOKENIZER))
    except (OSError, ValueError, KeyError, Exception) as error:  # tokenizers raises plain Exception
        raise MeaningUnavailable(f"the model files of {MODEL_PACKAGE} cannot be read: {error}") from None
    return Embedder(table, tokenizer)


def _read_safetensors(path: Path, np: Any) -> Any:
    """The one float16 table of a safetensors file (an 8-byte header length, a JSON header, raw data)."""
    data = path.read_bytes()
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + length])
    info = header["embedding.weight"]
    if info["dtype"] != "F16" or len(info["shape"]) != 2 or info["shape"][1] < DIMENSIONS:
        raise ValueError(f"unexpected table {info['dtype']} {info['shape']}")
    start, end = info["data_offsets"]
    table = np.frombuffer(data, dtype=np.float16, count=(end - start) // 2, offset=8 + length + start)
    # Only the dimensions used are kept (a copy; the file's bytes are let go).
    return np.ascontiguousarray(table.reshape(info["shape"])[:, :DIMENSIONS])


# --- the sentences of a unit ---


def sentences(unit: Unit) -> Iterator[tuple[str, str]]:
    """(field, text) of each sentence of a unit that is embedded, always in the same order."""
    yield "name", unit.name
    for _, text in unit.names:
        if text != unit.name:
            yield "name", text
    if unit.head:
        yield "head", unit.head.label()
    for item in unit.responsibilities:
        yield "responsibility", item
    if unit.description:
        for sentence in _SENTENCE.split(unit.description.strip()):
            yield "description", sentence
    for label, value in unit.details:
        yield "detail", f"{label}: {value}"


@dataclasses.dataclass(frozen=True, slots=True)
class Nearest:
    """A unit found by meaning: its score (cosine, -1..1) and the sentence nearest to the query
    (``sentence``: its place in ``sentences``; ``field`` and ``text``).

    The sentence is read from the unit only when asked for: most units a search finds by meaning are
    never shown (found by words too, or too far), and a unit of a cached organization is decoded from
    the cache entry the first time it is read (a keystroke's worth of time for fifty scattered units).
    """

    unit: int
    score: float
    sentence: int
    organization: Organization = dataclasses.field(repr=False, compare=False)

    @property
    def field(self) -> str:
        return self._nearest()[0]

    @property
    def text(self) -> str:
        return self._nearest()[1]

    def _nearest(self) -> tuple[str, str]:
        unit = self.organization.units[self.unit]
        return next(itertools.islice(sentences(unit), self.sentence, None))


class MeaningIndex:
    """The sentence vectors of one organization (int8, a scale each) and a mean vector per unit."""

    def __init__(
        self,
        organization: Organization,
        vectors: np.ndarray,
        scales: np.ndarray,
        offsets: np.ndarray,
        unit_vectors: np.ndarray,
    ) -> None:
        import numpy as np

        self._np = np
        self.organization = organization
        self._vectors = vectors  # int8 (sentences, DIMENSIONS)
        self._scales = scales  # float32 (sentences,)
        self._offsets = offsets  # int64 (units + 1,): unit i's sentences are offsets[i]:offsets[i + 1]
        self._unit_vectors = unit_vectors  # float32 (units, SHORTLIST_DIMENSIONS), unit length

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self._vectors, self._scales, self._offsets, self._unit_vectors))

    @classmethod
    def build(
        cls,
        organization: Organization,
        model: Embedder,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MeaningIndex | None:
        """Embed every sentence of every unit (None when ``cancelled`` says so on the way)."""
        import numpy as np

        units = organization.units
        count = len(units)
        # Counted first, so that the vectors are written into arrays of their final size (no parts
        # concatenated at the end: memory a large organization would hold twice).
        offsets = np.zeros(count + 1, dtype=np.int64)
        offsets[1:] = np.cumsum(np.fromiter((sum(1 for _ in sentences(unit)) for unit in units), np.int64, count))
        vectors = np.zeros((int(offsets[-1]), DIMENSIONS), dtype=np.int8)
        scales = np.ones(int(offsets[-1]), dtype=np.float32)
        unit_vectors = np.zeros((count, SHORTLIST_DIMENSIONS), dtype=np.float32)
        step = 512  # units per batch: a few thousand sentences, a few MB of work at a time
        words = WordVectors(np)
        for first in range(0, count, step):
            if cancelled is not None and cancelled():
                return None
            last = min(count, first + step)
            texts = [text for index in range(first, last) for _, text in sentences(units[index])]
            if texts:
                embedded = model.embed(texts, words)
                counts = np.diff(offsets[first : last + 1])
                starts = offsets[first:last] - offsets[first]
                # reduceat wants starts inside the array: a unit without sentences borrows a row, then 0
                means = np.add.reduceat(embedded[:, :SHORTLIST_DIMENSIONS], np.minimum(starts, len(texts) - 1), axis=0)
                means[counts == 0] = 0.0
                norms = np.linalg.norm(means, axis=1, keepdims=True)
                unit_vectors[first:last] = np.divide(means, norms, out=np.zeros_like(means), where=norms > 0)
                span = slice(int(offsets[first]), int(offsets[last]))
                vectors[span], scales[span] = _quantize(embedded, np)
            if progress is not None:
                progress(last, count)
        del words
        _give_back_memory()
        return cls(organization, vectors, scales, offsets, unit_vectors)

    def search(self, query: np.ndarray, top: int = 50) -> list[Nearest]:
        """The ``top`` units whose nearest sentence is nearest to ``query`` (a row of ``embed``).

        A keystroke's work at 100,000 units (about 15,000 sentences of the shortlisted units scored):
        whole-array numpy steps only, no Python loop over units, and no unit read (``Nearest``)."""
        np = self._np
        count = len(self._offsets) - 1
        if count == 0 or not query.any():
            return []
        if count <= SHORTLIST:
            candidates = np.arange(count)
        else:
            coarse = self._unit_vectors @ query[:SHORTLIST_DIMENSIONS]
            candidates = np.sort(np.argpartition(-coarse, SHORTLIST)[:SHORTLIST])
        starts = self._offsets[candidates]
        lengths = self._offsets[candidates + 1] - starts
        owners = candidates[lengths > 0]  # a unit without sentences is near nothing
        starts, lengths = starts[lengths > 0], lengths[lengths > 0]
        if not len(owners):
            return []
        total = int(lengths.sum())
        # Each owner's sentences, one after another: rows[bounds[i] : bounds[i] + lengths[i]] are owner i's.
        bounds = np.zeros(len(owners), dtype=np.int64)
        np.cumsum(lengths[:-1], out=bounds[1:])
        rows = np.repeat(starts - bounds, lengths) + np.arange(total)
        # The rows scored a block at a time (take(): half the time of indexing with an array), so that
        # the block's float copy stays in the core's cache: a third less time than the whole at once,
        # each row's product the same (blocks are whole multiples of the BLAS kernel's row groups).
        scores = np.empty(total, dtype=np.float32)
        block = np.empty((min(total, _SCORED_AT_ONCE), DIMENSIONS), dtype=np.int8)
        floats = np.empty(block.shape, dtype=np.float32)
        for begin in range(0, total, _SCORED_AT_ONCE):
            size = min(total - begin, _SCORED_AT_ONCE)
            # (mode="clip": every row is in range; with "raise", take() copies through a buffer of its own)
            np.take(self._vectors, rows[begin : begin + size], axis=0, out=block[:size], mode="clip")
            floats[:size] = block[:size]
            np.matmul(floats[:size], query, out=scores[begin : begin + size])
        scores *= np.take(self._scales, rows)
        best = np.maximum.reduceat(scores, bounds)
        # A unit whose second sentence is near too is about the query rather than mentioning it once:
        # ranked by its nearest sentence and a part of its next nearest.
        nearest = scores == np.repeat(best, lengths)
        second = np.maximum.reduceat(np.where(nearest, -np.inf, scores), bounds)
        second = np.where(np.isfinite(second), second, best)
        order = np.argsort(-(best + SECOND_WEIGHT * second), kind="stable")[:top]
        # The first of each unit's nearest sentences (as argmax would find it), for the units kept.
        first = np.minimum.reduceat(np.where(nearest, np.arange(total), total), bounds) - bounds
        organization = self.organization
        return [
            Nearest(unit, score, sentence, organization)
            for unit, score, sentence in zip(
                owners[order].tolist(), best[order].tolist(), first[order].tolist(), strict=True
            )
        ]

    @classmethod
    def cached(
        cls,
        organization: Organization,
        content_key: str | None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MeaningIndex | None:
        """The vectors of an organization loaded from a file: from the content-hash cache when they
        were computed before (no model run), else computed and cached. None when ``cancelled``;
        ``MeaningUnavailable`` when the model cannot run here."""
        model = embedder()
        lexicon.prepare()  # the words typos are corrected to, for the meaning layer (read once, here)
        folder = cache.cache_folder()
        data = cache.load_bytes(folder, content_key, "meaning")
        if data is not None:
            try:
                return cls.from_bytes(organization, data)
            except ValueError:
                cache.drop(folder, content_key, "meaning")
        index = cls.build(organization, model, progress, cancelled)
        if index is not None:
            cache.store_bytes(folder, content_key, "meaning", index.to_bytes())
        return index

    # --- kept in the cache ---

    def to_bytes(self) -> bytes:
        """The arrays as one ``.npz`` (no pickled objects), tagged with the model and format."""
        np = self._np
        stream = io.BytesIO()
        tag = np.frombuffer(f"{MODEL_NAME}|{DIMENSIONS}|{SHORTLIST_DIMENSIONS}|{FORMAT}".encode(), dtype=np.uint8)
        np.savez(
            stream,
            tag=tag,
            vectors=self._vectors,
            scales=self._scales,
            offsets=self._offsets,
            unit_vectors=self._unit_vectors,
        )
        return stream.getvalue()

    @classmethod
    def from_bytes(cls, organization: Organization, data: bytes) -> MeaningIndex:
        """The index kept by ``to_bytes``; ValueError when it is of another model, format or organization."""
        import numpy as np

        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
                tag = bytes(arrays["tag"]).decode()
                vectors, scales = arrays["vectors"], arrays["scales"]
                offsets, unit_vectors = arrays["offsets"], arrays["unit_vectors"]
        except (OSError, KeyError, UnicodeDecodeError, EOFError, ValueError, zipfile.BadZipFile) as error:
            raise ValueError(f"damaged: {error}") from None
        if tag != f"{MODEL_NAME}|{DIMENSIONS}|{SHORTLIST_DIMENSIONS}|{FORMAT}":
            raise ValueError("made by another model or version")
        count = len(organization)
        if (
            vectors.dtype != np.int8
            or vectors.ndim != 2
            or vectors.shape[1] != DIMENSIONS
            or offsets.shape != (count + 1,)
            or unit_vectors.shape != (count, SHORTLIST_DIMENSIONS)
            or scales.shape != (len(vectors),)
            or (count and (offsets[0] != 0 or offsets[-1] != len(vectors) or np.any(np.diff(offsets) < 0)))
        ):
            raise ValueError("of another organization")
        return cls(organization, vectors, scales.astype(np.float32), offsets.astype(np.int64), unit_vectors)


def _give_back_memory() -> None:
    """Return the heap's free memory to the system after a large build.

    WORKAROUND: glibc raises its mmap threshold after freeing large blocks, so the build's temporary
    arrays end up on the heap, and their memory stays with the process (resident) when freed: at
    100,000 units, about 130 MB more than the vectors kept.
    """
    if sys.platform.startswith("linux"):
        import ctypes
        import ctypes.util

        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.malloc_trim(0)
        except (OSError, AttributeError):
            pass


def unit_length(vector: np.ndarray, np: Any) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 1e-9 else vector


def _quantize(vectors: np.ndarray, np: Any) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and the scale of each (a row's largest component maps to 127)."""
    largest = np.abs(vectors).max(axis=1)
    scales = np.where(largest > 0, largest / 127.0, 1.0).astype(np.float32)
    return np.round(vectors / scales[:, None]).astype(np.int8), scales
