"""The bytes of a cache entry: plain values as ``marshal`` records in parts, sealed with a hash of the
entry's key and payload.

No pickle: nothing in a cache file can run code. A long tuple is written in parts of at most
``PART`` items, each record prefixed in a table by its length, so that reading decodes each part with
``marshal.loads`` straight from the file's bytes: no copy of the payload (a copy of 100 MB held
Python's lock for a quarter of a second, freezing the window), no file-like reader (``marshal.load``
on a stream calls back into Python for every field: four times slower), and no single call holding
the lock for long (the window's thread waits for every call that does).

The seal (``SEAL``, then the 32-byte BLAKE3 hash of the key and the payload) is what makes an entry
edited, cut short, swapped for another key's or replaced by garbage a miss, never shown. It cannot
stop someone who can write the cache folder from writing a well-sealed entry of their own; what it
guarantees is that nothing but an entry this code wrote for this content is used.
"""

from __future__ import annotations

import itertools
import marshal
import threading
from collections.abc import Collection, Iterator, Sequence
from typing import Any, overload

from blake3 import blake3

PART = 2_000  # items of a long tuple marshalled in one call
# ... of a tuple decoded lazily, maybe on the GUI thread as a view asks for an item: 100 units' text is
# about 90 KB, decoded in half a millisecond (a part of 2,000 took 10-14 ms).
LAZY_PART = 100
SEAL = b"orgexplorer-cache-sealed\n"
DIGEST = 32
HEADER = len(SEAL) + DIGEST  # an entry's bytes before its payload
_TABLE = 8  # bytes of the table's length, at the start of a payload of values


def encode(values: tuple[object, ...], lazy: Collection[int] = ()) -> list[bytes]:
    """``values`` as a table of record lengths and the records (``decode`` reads them joined), in
    pieces to be written one after another: never joined in memory (joining 100 MB held Python's
    lock for a quarter of a second). The long tuples at the positions ``lazy`` (to be decoded
    lazily) go in parts of ``LAZY_PART`` items."""
    records: list[bytes] = []
    # A record's length, or a long tuple's items per part, its length and the lengths of its parts.
    table: list[int | tuple[int, int, tuple[int, ...]]] = []
    for number, value in enumerate(values):
        size = LAZY_PART if number in lazy else PART
        if isinstance(value, tuple) and len(value) > size:
            parts = [marshal.dumps(value[start : start + size]) for start in range(0, len(value), size)]
            table.append((size, len(value), tuple(len(part) for part in parts)))
            records += parts
        else:
            records.append(marshal.dumps(value))  # type: ignore[arg-type]  # plain values only
            table.append(len(records[-1]))
    head = marshal.dumps(tuple(table))
    return [len(head).to_bytes(_TABLE, "little") + head, *records]


def decode(payload: bytes | memoryview, lazy: Collection[int] = ()) -> tuple[Any, ...]:
    """The values ``encode`` wrote, each part decoded in place; ValueError on damaged data. The long
    tuples at the positions ``lazy`` are ``Parts``: each part decoded when an item of it is first
    asked for."""
    view = memoryview(payload)
    position = _TABLE + int.from_bytes(view[:_TABLE], "little")
    table = _record(view, _TABLE, position)
    if not isinstance(table, tuple):
        raise ValueError("not a cache entry")
    values: list[Any] = []
    for number, entry in enumerate(table):
        if isinstance(entry, int):
            values.append(_record(view, position, position + entry))
            position += entry
            continue
        try:
            per_part, count, lengths = entry
            starts = tuple(itertools.accumulate(lengths, initial=position))
        except (TypeError, ValueError):
            raise ValueError("not a cache entry") from None
        parts = Parts(view, starts, per_part, count)
        values.append(parts if number in lazy else tuple(itertools.chain.from_iterable(parts.each())))
        position = starts[-1]
    if position != len(view):
        raise ValueError("the entry's records and its length disagree")
    return tuple(values)


class Parts(Sequence[Any]):
    """A long tuple of an entry, its parts decoded as they are asked for (and kept).

    Reopening a large file then decodes what a window showing the top of the tree needs, not every
    unit's text. The entry's bytes are let go of once every part is decoded.
    """

    __slots__ = ("_count", "_decoded", "_lock", "_parts", "_per_part", "_starts", "_view")

    def __init__(self, view: memoryview, starts: tuple[int, ...], per_part: int, count: int) -> None:
        parts = len(starts) - 1
        if not (isinstance(per_part, int) and isinstance(count, int) and per_part > 0 and count > 0):
            raise ValueError("not a cache entry")
        if parts != -(-count // per_part) or not 0 <= starts[0] <= starts[-1] <= len(view):
            raise ValueError("an entry cut short")
        self._view: memoryview | None = view
        self._starts, self._per_part, self._count = starts, per_part, count
        self._parts: list[tuple[Any, ...] | None] = [None] * parts
        self._decoded = 0
        self._lock = threading.Lock()  # the window and a worker may ask for the same part at once

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Any, ...]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if not -self._count <= index < self._count:
            raise IndexError("index out of range")
        part, item = divmod(index % self._count, self._per_part)
        return self._part(part)[item]

    def each(self) -> Iterator[tuple[Any, ...]]:
        """Every part, in order."""
        return (self._part(number) for number in range(len(self._parts)))

    def _part(self, number: int) -> tuple[Any, ...]:
        part = self._parts[number]
        if part is not None:
            return part
        with self._lock:
            part = self._parts[number]
            if part is None:
                assert self._view is not None  # let go of only once every part is decoded
                part = _record(self._view, self._starts[number], self._starts[number + 1])
                expected = min(self._per_part, self._count - number * self._per_part)
                if not isinstance(part, tuple) or len(part) != expected:
                    raise ValueError("not a cache entry")
                self._parts[number] = part
                self._decoded += 1
                if self._decoded == len(self._parts):
                    self._view = None
        return part


def _record(view: memoryview, start: int, end: int) -> Any:
    if not 0 <= start <= end <= len(view):
        raise ValueError("an entry cut short")
    try:
        return marshal.loads(view[start:end])
    except (EOFError, TypeError) as error:
        raise ValueError(f"damaged: {error}") from None


def digest(key: str, payload: bytes | memoryview | Sequence[bytes]) -> bytes:
    """The hash that binds ``payload`` (bytes, or pieces) to ``key`` (BLAKE3 lets go of Python's lock
    while it works on a large piece)."""
    hasher = blake3(key.encode("ascii", "replace") + b"\n", max_threads=1)
    for piece in [payload] if isinstance(payload, (bytes, memoryview)) else payload:
        hasher.update(piece)
    return hasher.digest(DIGEST)


def seal(key: str, payload: bytes | Sequence[bytes]) -> list[bytes]:
    """An entry's bytes, in pieces to write one after another: ``payload`` bound to ``key`` (the
    content hash of the file it was made from)."""
    pieces = [payload] if isinstance(payload, bytes) else list(payload)
    return [SEAL + digest(key, pieces), *pieces]


def sealed(key: str, header: bytes, payload: bytes | memoryview) -> bool:
    """Whether ``header`` (an entry's first ``HEADER`` bytes) seals ``payload`` for ``key``."""
    return len(header) == HEADER and header.startswith(SEAL) and header[len(SEAL) :] == digest(key, payload)


def unseal(key: str, raw: bytes) -> memoryview | None:
    """The payload of a whole entry whose seal matches ``key`` and its content (a view, not a copy);
    None for anything else."""
    view = memoryview(raw)
    return view[HEADER:] if sealed(key, raw[:HEADER], view[HEADER:]) else None
