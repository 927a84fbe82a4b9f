"""A cache of loaded organizations (and their search index and vectors), keyed on the file's content
hash (never on its date), in the user's cache folder.

Reopening an unchanged large file reads its entry instead of parsing YAML again. Entries are written
atomically (``files.write_output``), sealed (``cache_entry``: an entry edited, cut short, swapped or
replaced by garbage is a miss, never shown), and rebuilt when stale or damaged; the organization is
made from its entry as ``cache_units`` says. Entries are read only when they are regular files of a
bounded size (a FIFO or a link to ``/dev/zero`` placed in the folder is a miss too), the seal apart
from the payload, so that the payload is never copied. A small ``.last`` file per path names the
entry that path had last time, so that it can be read while the file is hashed (a guess, kept only
when the hash matches). The folder is kept within ``MAX_BYTES`` by forgetting the entries used least
lately.
``ORGEXPLORER_CACHE=0`` turns the cache off; ``ORGEXPLORER_CACHE_DIR`` moves it (default: the user's
cache folder).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from blake3 import blake3

from orgexplorer.model.cache_entry import HEADER, decode, encode, seal, sealed
from orgexplorer.model.cache_units import CACHE_VERSION, LAZY, freeze, thaw
from orgexplorer.model.files import InputError, OutputError, atomic_output, read_input
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Organization

if TYPE_CHECKING:  # a small file loads without them: the window starts sooner
    import sqlite3

MIN_BYTES = 512 * 1024  # smaller files load faster than a cache can be checked
MAX_BYTES = 2 * 1024**3  # the folder's budget: entries used least lately are forgotten beyond it
# The names this module writes: entries (content key, version, kind) and temporaries being written.
_OURS = re.compile(
    r"[0-9a-f]{24,40}\.v(?P<version>\d+)\.(?:orgcache|search|meaning|last)|(?P<part>\.?orgexplorer-\w+\.part)"
)
MAX_DATABASE_BYTES = 1024**3  # a search index read back; an entry's own size bound for the rest


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
    """The name of a file's content (its cache key): 20 bytes of its BLAKE3 hash, in hexadecimal."""
    return blake3(data, max_threads=1).hexdigest(20)


def _entry(folder: Path, key: str, kind: str) -> Path:
    """The file of one cached product (``orgcache``: the organization, ``search``: its index)."""
    return folder / f"{key}.v{CACHE_VERSION}.{kind}"


def open_cached(data: bytes, path: str, folder: Path | None) -> tuple[str | None, Organization | None]:
    """A file's cache key (None: not cached, the cache off or the file small) and its cached
    organization (None when there is none, or it is stale or damaged: it is then dropped).

    The key is the hash of the content, never the date. On a large file the hash is computed on a
    second thread (BLAKE3 lets go of the GIL) while the entry this path had last time is read and
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
    entry = _read(folder, guess, len(data))
    frozen = _decode(guess, entry) if entry is not None else None
    hasher.join()
    key = hashed[0] if hashed else content_key(data)
    if key != guess:
        return key, _load(folder, key, path, _read(folder, key, len(data)))
    return key, _load(folder, key, path, entry, frozen)


def _read_entry(path: Path, max_bytes: int) -> tuple[bytes, bytes] | None:
    """An entry's seal and its payload, each read into bytes of its own (the payload never copied),
    only from a regular file with a payload within ``max_bytes`` (never a FIFO or a device)."""
    try:
        header = read_input(path, HEADER, whole=False)
        payload = read_input(path, max_bytes, skip=HEADER)
    except InputError:
        return None
    return header, payload


def _read(folder: Path, key: str, source_bytes: int) -> tuple[bytes, bytes] | None:
    # An entry is a fraction of its YAML; many times the file's size is garbage put there by someone.
    return _read_entry(_entry(folder, key, "orgcache"), 16 * source_bytes + 2**20)


def _decode(key: str, entry: tuple[bytes, bytes]) -> Any:
    """The entry's data when its seal matches ``key``, else None. The seal is checked on a second
    thread while marshal decodes (BLAKE3 lets go of the GIL): reopening a large file pays for the
    check in parallel, and nothing decoded is used unless the check passes."""
    header, payload = entry
    checked: list[bool] = []
    checker = threading.Thread(target=lambda: checked.append(sealed(key, header, payload)), name="orgexplorer-seal")
    checker.start()
    try:
        with paused_gc():
            frozen = decode(payload, LAZY)
    except Exception:  # damaged
        frozen = None
    finally:
        checker.join()
    return frozen if checked == [True] else None


def _load(
    folder: Path, key: str, path: str, entry: tuple[bytes, bytes] | None, frozen: Any = None
) -> Organization | None:
    if frozen is None and entry is not None:
        frozen = _decode(key, entry)
    if frozen is None:
        drop(folder, key, "orgcache")  # missing, damaged, or not sealed for this key: made anew
        return None
    try:
        with paused_gc():
            organization = thaw(frozen, path)
    except Exception:  # damaged or foreign: drop it, the caller loads the file and writes it anew
        drop(folder, key, "orgcache")
        return None
    _remember(folder, path, key)
    _used(_entry(folder, key, "orgcache"))
    return organization


def _hint_file(folder: Path, path: str) -> Path:
    """Where the key of the entry a file had last time is kept (named by a hash of its path)."""
    import hashlib

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
        _write(folder, key, "", [key.encode("ascii")], _hint_file(folder, path))


def store(key: str | None, organization: Organization, folder: Path | None, path: str | None = None) -> None:
    """Cache ``organization`` under ``key`` (and remember it as the entry of ``path``); a cache that
    cannot be written is simply skipped."""
    if folder is None or key is None:
        return
    with paused_gc():  # a large organization makes millions of tuples here, all freed together
        frozen = encode(freeze(organization), LAZY)
    _write(folder, key, "orgcache", seal(key, frozen))
    if path is not None:
        _remember(folder, path, key)


def store_database(folder: Path | None, key: str | None, kind: str, database: sqlite3.Connection) -> None:
    """Cache an SQLite database (its serialized pages, sealed like every entry)."""
    if folder is None or key is None:
        return
    import sqlite3  # loaded by the search index that gives the database

    try:
        payload = database.serialize()
    except (sqlite3.Error, MemoryError):
        return
    _write(folder, key, kind, seal(key, payload))


def _write(
    folder: Path | None, key: str | None, kind: str, pieces: Sequence[bytes], target: Path | None = None
) -> None:
    """Write an entry (or ``target``) atomically, a piece at a time (never joined in memory), and
    verified complete (``files.atomic_output``); any failure just skips caching."""
    if folder is None or key is None:
        return
    path = target or _entry(folder, key, kind)
    size = sum(len(piece) for piece in pieces)

    def whole(temporary: str) -> None:
        if os.path.getsize(temporary) != size:
            raise OutputError(f"{path} could not be written completely (is the disk full?)")

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_output(path, verify=whole) as temporary, open(temporary, "wb") as stream:
            for piece in pieces:
                stream.write(piece)
    except (OSError, OutputError):
        return
    if target is None:
        prune(folder, keep=path)


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
        _write(folder, key, kind, seal(key, data))


def load_bytes(folder: Path | None, key: str | None, kind: str) -> bytes | None:
    """The data of the entry ``kind`` of ``key``, or None (missing, damaged or not sealed for ``key``:
    then dropped). The caller still checks what the data says."""
    if folder is None or key is None:
        return None
    path = _entry(folder, key, kind)
    if not path.exists():
        return None
    entry = _read_entry(path, MAX_DATABASE_BYTES)
    if entry is None or not sealed(key, *entry):
        drop(folder, key, kind)
        return None
    _used(path)
    return entry[1]


def load_database(folder: Path | None, key: str | None, kind: str) -> sqlite3.Connection | None:
    """A cached SQLite database in memory, or None (missing, damaged or not sealed for ``key``: then
    dropped)."""
    payload = load_bytes(folder, key, kind)
    if payload is None:
        return None
    import sqlite3  # a small file loads without it

    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        memory.deserialize(payload)
        memory.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return memory
    except sqlite3.Error:
        memory.close()
        drop(folder, key, kind)
        return None
