"""A cache of loaded organizations, keyed on the file's content hash (never on its date).

Reopening an unchanged large file reads the cache instead of parsing YAML again. Entries are
``marshal`` data of plain tuples and strings (no pickle: nothing in a cache file can run code), in
parts of at most ``PART`` items (one ``marshal`` call holds Python's lock until it is done: a whole
entry of 100,000 units held it for half a second, freezing the window while it loaded), written
atomically (``files.write_output``), and rebuilt when stale or damaged; units are made from an entry
when first asked for. Each entry is sealed with a hash of its key and its payload, checked before the
payload is decoded: an entry edited, cut short, swapped for another's or replaced by garbage is a
miss, never shown. Entries are read only when they are regular files of a bounded size (a FIFO or a
link to ``/dev/zero`` placed in the folder is a miss too). A small ``.last`` file per path names the
entry that path had last time, so that it can be read while the file is hashed (a guess, kept only
when the hash matches). The folder is kept within ``MAX_BYTES`` by forgetting the entries used least
lately.
``ORGEXPLORER_CACHE=0`` turns the cache off; ``ORGEXPLORER_CACHE_DIR`` moves it (default: the user's
cache folder).

(Just over 500 lines: writing, sealing, reading and pruning entries share the folder's layout and
the seal, which must change together.)
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import marshal
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from orgexplorer.model.files import InputError, OutputError, read_input, write_output
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Head, Organization, Placement, Unit

#: Bump when the Organization/Unit shape or the loader's rules change: old entries are then ignored.
CACHE_VERSION = 6
PART = 2_000  # items of a long tuple marshalled in one call
MIN_BYTES = 512 * 1024  # smaller files load faster than a cache can be checked
MAX_BYTES = 2 * 1024**3  # the folder's budget: entries used least lately are forgotten beyond it
# The names this module writes: entries (content key, version, kind) and temporaries being written.
_OURS = re.compile(
    r"[0-9a-f]{24,40}\.v(?P<version>\d+)\.(?:orgcache|search|meaning|last)|(?P<part>\.?orgexplorer-\w+\.part)"
)
_MAGIC = "orgexplorer-cache"
_SEAL = b"orgexplorer-cache-sealed\n"  # then the 32-byte hash of key and payload, then the payload
_DIGEST = 32
MAX_DATABASE_BYTES = 1024**3  # a search index read back; an entry's own size bound for the rest
_PLACEMENT_CODES = {Placement.ROOT: "r", Placement.SUBUNIT: "s", Placement.ATTACHED: "a"}
_PLACEMENTS = {code: placement for placement, code in _PLACEMENT_CODES.items()}
_RELATIONS = ("subunits", "attached", "related", "referred_by")


def cache_folder() -> Path | None:
    """Where cache entries live, or None when the cache is turned off."""
    if os.environ.get("ORGEXPLORER_CACHE", "1").strip().lower() in ("0", "off", "no", "false"):
        return None
    configured = os.environ.get("ORGEXPLORER_CACHE_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "orgexplorer"


def content_key(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _entry(folder: Path, key: str, kind: str) -> Path:
    """The file of one cached product (``orgcache``: the organization, ``search``: its index)."""
    return folder / f"{key}.v{CACHE_VERSION}.{kind}"


def open_cached(data: bytes, path: str, folder: Path | None) -> tuple[str | None, Organization | None]:
    """A file's cache key (None: not cached, the cache off or the file small) and its cached
    organization (None when there is none, or it is stale or damaged: it is then dropped).

    The key is the hash of the content, never the date. On a large file the hash is computed on a
    second thread (hashlib lets go of the GIL) while the entry this path had last time is read and
    decoded; that guess is kept only when the hash turns out to be its key.
    """
    if folder is None or len(data) < MIN_BYTES:
        return None, None
    guess = _hint(folder, path)
    if guess is None:
        key = content_key(data)
        return key, _load(folder, key, path, _read(folder, key, len(data)))
    hashed: list[str] = []
    hasher = threading.Thread(target=lambda: hashed.append(content_key(data)), name="orgexplorer-hash")
    hasher.start()
    raw = _read(folder, guess, len(data))
    frozen = _decode(guess, raw) if raw is not None else None
    hasher.join()
    key = hashed[0] if hashed else content_key(data)
    if key != guess:
        return key, _load(folder, key, path, _read(folder, key, len(data)))
    return key, _load(folder, key, path, raw, frozen)


def encode(values: tuple[object, ...]) -> bytes:
    """``values`` as marshal records, a long tuple in parts of ``PART`` items (``decode`` reads it)."""
    out = io.BytesIO()
    marshal.dump(len(values), out)
    for value in values:
        if isinstance(value, tuple) and len(value) > PART:
            marshal.dump(("parts", -(-len(value) // PART)), out)
            for start in range(0, len(value), PART):
                marshal.dump(value[start : start + PART], out)
        else:
            marshal.dump(("whole", value), out)  # type: ignore[arg-type]
    return out.getvalue()


def decode(raw: bytes | memoryview) -> tuple[Any, ...]:
    """The values ``encode`` wrote; one short ``marshal`` call per part. Raises on damaged data."""
    stream = io.BytesIO(raw)
    values: list[Any] = []
    for _ in range(marshal.load(stream)):
        kind, value = marshal.load(stream)
        if kind == "parts":
            values.append(tuple(itertools.chain.from_iterable(marshal.load(stream) for _ in range(value))))
        elif kind == "whole":
            values.append(value)
        else:
            raise ValueError("not a cache entry")
    return tuple(values)


def _seal(key: str, payload: bytes) -> bytes:
    """An entry: the payload bound to its key (the content hash of the file it was made from)."""
    return _SEAL + _digest(key, payload) + payload


def _digest(key: str, payload: bytes | memoryview) -> bytes:
    hasher = hashlib.blake2b(key.encode("ascii", "replace"), digest_size=_DIGEST)
    hasher.update(payload)
    return hasher.digest()


def _payload(raw: bytes) -> memoryview | None:
    start = len(_SEAL) + _DIGEST
    return memoryview(raw)[start:] if raw.startswith(_SEAL) and len(raw) >= start else None


def _sealed_by(key: str, raw: bytes, payload: memoryview) -> bool:
    return _digest(key, payload) == raw[len(_SEAL) : len(_SEAL) + _DIGEST]


def _unseal(key: str, raw: bytes) -> bytes | None:
    """The payload of an entry whose seal matches its key and content; None for anything else."""
    payload = _payload(raw)
    return bytes(payload) if payload is not None and _sealed_by(key, raw, payload) else None


def _read_raw(path: Path, max_bytes: int) -> bytes | None:
    """An entry's bytes, only from a regular file within ``max_bytes`` (never a FIFO or a device)."""
    try:
        return read_input(path, max_bytes)
    except InputError:
        return None


def _read(folder: Path, key: str, source_bytes: int) -> bytes | None:
    # An entry is a fraction of its YAML; many times the file's size is garbage put there by someone.
    return _read_raw(_entry(folder, key, "orgcache"), 16 * source_bytes + 2**20)


def _decode(key: str, raw: bytes) -> Any:
    """The entry's data when its seal matches ``key``, else None. The seal is checked on a second
    thread while marshal decodes (hashlib lets go of the GIL): reopening a large file pays for the
    check in parallel, and nothing decoded is used unless the check passes."""
    payload = _payload(raw)
    if payload is None:
        return None
    sealed: list[bool] = []
    checker = threading.Thread(target=lambda: sealed.append(_sealed_by(key, raw, payload)), name="orgexplorer-seal")
    checker.start()
    try:
        with paused_gc():
            frozen = decode(payload)
    except Exception:  # damaged
        frozen = None
    finally:
        checker.join()
    return frozen if sealed == [True] else None


def _load(folder: Path, key: str, path: str, raw: bytes | None, frozen: Any = None) -> Organization | None:
    if frozen is None and raw is not None:
        frozen = _decode(key, raw)
    if frozen is None:
        drop(folder, key, "orgcache")  # missing, damaged, or not sealed for this key: made anew
        return None
    try:
        with paused_gc():
            organization = _thaw(frozen, path)
    except Exception:  # damaged or foreign: drop it, the caller loads the file and writes it anew
        drop(folder, key, "orgcache")
        return None
    _remember(folder, path, key)
    _used(_entry(folder, key, "orgcache"))
    return organization


def _hint_file(folder: Path, path: str) -> Path:
    """Where the key of the entry a file had last time is kept (named by a hash of its path)."""
    name = hashlib.blake2b(str(Path(path).resolve()).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return folder / f"{name}.v{CACHE_VERSION}.last"


def _hint(folder: Path, path: str) -> str | None:
    try:
        text = read_input(_hint_file(folder, path), 64).decode("ascii").strip()
    except (InputError, UnicodeDecodeError):
        return None
    return text if len(text) == 40 and all(c in "0123456789abcdef" for c in text) else None


def _remember(folder: Path, path: str, key: str) -> None:
    if _hint(folder, path) != key:
        _write(folder, key, "", key.encode("ascii"), _hint_file(folder, path))


def store(key: str | None, organization: Organization, folder: Path | None, path: str | None = None) -> None:
    """Cache ``organization`` under ``key`` (and remember it as the entry of ``path``); a cache that
    cannot be written is simply skipped."""
    if folder is None or key is None:
        return
    with paused_gc():  # a large organization makes millions of tuples here, all freed together
        frozen = encode(_freeze(organization))
    _write(folder, key, "orgcache", _seal(key, frozen))
    if path is not None:
        _remember(folder, path, key)


def store_database(folder: Path | None, key: str | None, kind: str, database: sqlite3.Connection) -> None:
    """Cache an SQLite database (its serialized pages, sealed like every entry)."""
    if folder is None or key is None:
        return
    try:
        payload = database.serialize()
    except (sqlite3.Error, MemoryError):
        return
    _write(folder, key, kind, _seal(key, payload))


def _write(folder: Path | None, key: str | None, kind: str, content: bytes, target: Path | None = None) -> None:
    """Write an entry (or ``target``) atomically and verified (``files.write_output``); any failure
    just skips caching."""
    if folder is None or key is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_output(target or _entry(folder, key, kind), content)
    except (OSError, OutputError):
        return
    if target is None:
        prune(folder, keep=_entry(folder, key, kind))


def prune(folder: Path, keep: Path | None = None, budget: int | None = None) -> None:
    """Keep the cache within its budget (``MAX_BYTES``), forgetting the entries used least lately.

    Every save of a large file makes a new entry (its content changed), so without this the folder
    would only grow. Entries of other cache versions and temporaries left by a killed write (older
    than an hour) go first; ``keep``, the entry just written, always stays.
    """
    budget = MAX_BYTES if budget is None else budget
    now = time.time()
    entries: list[tuple[float, int, Path]] = []
    try:
        for path in folder.iterdir():
            ours = _OURS.fullmatch(path.name)
            if ours is None:
                continue  # never touch a file we did not write, whatever the folder is
            info = path.stat()
            if ours.group("part") is not None:
                if now - info.st_mtime > 3600:
                    with contextlib.suppress(OSError):
                        path.unlink()
            elif ours.group("version") != str(CACHE_VERSION):
                with contextlib.suppress(OSError):
                    path.unlink()
            elif path != keep:
                entries.append((info.st_mtime, info.st_size, path))
    except OSError:
        return
    total = sum(size for _, size, _ in entries) + (keep.stat().st_size if keep is not None and keep.exists() else 0)
    for _, size, path in sorted(entries):  # oldest first
        if total <= budget:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size


def _used(path: Path) -> None:
    """Mark an entry as used now, so that pruning forgets others first."""
    with contextlib.suppress(OSError):
        os.utime(path)


def drop(folder: Path | None, key: str | None, kind: str) -> None:
    """Forget a damaged entry."""
    if folder is not None and key is not None:
        with contextlib.suppress(OSError):
            _entry(folder, key, kind).unlink()


def store_bytes(folder: Path | None, key: str | None, kind: str, data: bytes) -> None:
    """Keep ``data`` as the entry ``kind`` of ``key``, sealed like every entry."""
    if folder is not None and key is not None:
        _write(folder, key, kind, _seal(key, data))


def load_bytes(folder: Path | None, key: str | None, kind: str) -> bytes | None:
    """The data of the entry ``kind`` of ``key``, or None (missing, damaged or not sealed for ``key``:
    then dropped). The caller still checks what the data says."""
    if folder is None or key is None:
        return None
    path = _entry(folder, key, kind)
    if not path.exists():
        return None
    raw = _read_raw(path, MAX_DATABASE_BYTES)
    payload = _unseal(key, raw) if raw is not None else None
    if payload is None:
        drop(folder, key, kind)
        return None
    _used(path)
    return payload


def load_database(folder: Path | None, key: str | None, kind: str) -> sqlite3.Connection | None:
    """A cached SQLite database in memory, or None (missing, damaged or not sealed for ``key``: then
    dropped)."""
    payload = load_bytes(folder, key, kind)
    if payload is None:
        return None
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        memory.deserialize(payload)
        memory.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return memory
    except sqlite3.Error:
        memory.close()
        drop(folder, key, kind)
        return None


def _relations(units: Sequence[Unit], field: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """One relation of every unit as offsets into one flat tuple (unit i's: flat[off[i]:off[i + 1]])."""
    flat: list[int] = []
    offsets = [0]
    for unit in units:
        flat += getattr(unit, field)
        offsets.append(len(flat))
    return tuple(offsets), tuple(flat)


def _freeze(organization: Organization) -> tuple[object, ...]:
    units = organization.units
    rows = tuple(
        (
            u.name,
            u.kind,
            (u.head.title, u.head.name) if u.head else None,
            u.description,
            u.responsibilities,
            u.depth,
            u.line,
            u.column,
            u.details,
            u.names,
        )
        for u in units
    )
    return (
        _MAGIC,
        CACHE_VERSION,
        organization.title,
        organization.source,
        tuple(organization.glossary.items()),
        organization.roots,
        tuple(u.id for u in units),
        rows,
        tuple(-1 if u.parent is None else u.parent for u in units),
        "".join(_PLACEMENT_CODES[u.placement] for u in units),
        *(part for field in _RELATIONS for part in _relations(units, field)),
    )


def _thaw(frozen: Any, path: str) -> Organization:
    """An organization from a cache entry; the structure is checked here (indices in range, lengths
    agree), each unit is made when first asked for (``_CachedUnits``)."""
    magic, version, title, source, glossary, roots, ids, rows, parents, placements, *relations = frozen
    if magic != _MAGIC or version != CACHE_VERSION or not isinstance(title, str) or len(relations) != 8:
        raise ValueError("not a cache entry of this version")
    count = len(ids)
    if len(rows) != count or len(parents) != count or len(placements) != count or not set(placements) <= set("rsa"):
        raise ValueError("parts of the entry disagree")
    if (count and not -1 <= min(parents) <= max(parents) < count) or any(not 0 <= root < count for root in roots):
        raise ValueError("a unit outside the organization")
    for offsets, flat in zip(relations[::2], relations[1::2], strict=True):
        if len(offsets) != count + 1 or offsets[0] != 0 or offsets[-1] != len(flat):
            raise ValueError("parts of the entry disagree")
        if flat and not 0 <= min(flat) <= max(flat) < count:
            raise ValueError("a relation outside the organization")
    by_id = dict(zip(ids, range(count), strict=True))
    if len(by_id) != count:
        raise ValueError("an id twice")
    units = _CachedUnits(ids, rows, parents, placements, relations)
    return Organization(title, units, tuple(roots), source, dict(glossary), str(Path(path).resolve()), by_id)


class _CachedUnits(Sequence[Unit]):
    """The units of a cached organization, each made the first time it is asked for.

    Reopening a large file then costs reading its entry, not making a hundred thousand units that a
    window showing the top of the tree never looks at; a walk over all of them costs what making
    them at once would. Made units are kept: ``units[i] is units[i]``.
    """

    __slots__ = ("_ids", "_made", "_parents", "_placements", "_relations", "_rows")

    def __init__(
        self,
        ids: tuple[str, ...],
        rows: tuple[tuple[Any, ...], ...],
        parents: tuple[int, ...],
        placements: str,
        relations: list[tuple[int, ...]],
    ) -> None:
        self._ids, self._rows, self._parents, self._placements, self._relations = (
            ids,
            rows,
            parents,
            placements,
            relations,
        )
        self._made: list[Unit | None] = [None] * len(ids)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Unit: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Unit, ...]: ...

    def __getitem__(self, index: int | slice) -> Unit | tuple[Unit, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        unit = self._made[index]
        if unit is None:
            unit = self._made[index] = self._make(index % len(self._made))
        return unit

    def __iter__(self) -> Iterator[Unit]:
        for index, unit in enumerate(self._made):
            yield unit if unit is not None else self[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return NotImplemented if not isinstance(other, Sequence) else False
        return all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def _make(self, index: int) -> Unit:
        name, kind, head, description, responsibilities, depth, line, column, details, names = self._rows[index]
        sub_offsets, subunits, att_offsets, attached, rel_offsets, related, ref_offsets, referred_by = self._relations
        parent = self._parents[index]
        return Unit(
            index,
            self._ids[index],
            name,
            kind,
            Head(*head) if head is not None else None,
            description,
            responsibilities,
            _PLACEMENTS[self._placements[index]],
            None if parent < 0 else parent,
            subunits[sub_offsets[index] : sub_offsets[index + 1]],
            attached[att_offsets[index] : att_offsets[index + 1]],
            related[rel_offsets[index] : rel_offsets[index + 1]],
            referred_by[ref_offsets[index] : ref_offsets[index + 1]],
            depth,
            line,
            column,
            details,
            names,
        )
