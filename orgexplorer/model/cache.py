"""A cache of loaded organizations, keyed on the file's content hash (never on its date).

Reopening an unchanged large file reads the cache instead of parsing YAML again. Entries are
``marshal`` data of plain tuples and strings (no pickle: nothing in a cache file can run code), written
atomically, checked on reading, and rebuilt when stale or damaged. ``ORGEXPLORER_CACHE=0`` turns the
cache off; ``ORGEXPLORER_CACHE_DIR`` moves it (default: the user's cache folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.organization import Head, Organization, Placement, Unit

#: Bump when the Organization/Unit shape or the loader's rules change: old entries are then ignored.
CACHE_VERSION = 3
MIN_BYTES = 512 * 1024  # smaller files load faster than a cache can be checked
_MAGIC = "orgexplorer-cache"
_PLACEMENTS = {p.value: p for p in Placement}


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


def key_for(data: bytes, folder: Path | None) -> str | None:
    """The cache key of a file's bytes, or None when the cache is off or the file too small."""
    return content_key(data) if folder is not None and len(data) >= MIN_BYTES else None


def load_cached(key: str | None, path: str, folder: Path | None) -> Organization | None:
    """The organization cached under ``key`` (from ``key_for``), or None (missing, stale or damaged)."""
    if folder is None or key is None:
        return None
    try:
        raw = _entry(folder, key, "orgcache").read_bytes()
    except OSError:
        return None
    try:
        with paused_gc():
            return _thaw(marshal.loads(raw), path)
    except Exception:  # damaged or foreign: drop it, the caller loads the file and writes it anew
        drop(folder, key, "orgcache")
        return None


def store(key: str | None, organization: Organization, folder: Path | None) -> None:
    """Cache ``organization`` under ``key``; a cache that cannot be written is simply skipped."""
    if folder is None or key is None:
        return
    with paused_gc():  # a large organization makes millions of tuples here, all freed together
        frozen = marshal.dumps(_freeze(organization))  # type: ignore[arg-type]
    _write(folder, key, "orgcache", lambda temporary: Path(temporary).write_bytes(frozen))


def store_database(folder: Path | None, key: str | None, kind: str, database: sqlite3.Connection) -> None:
    """Copy an SQLite database into the cache page by page (no second copy of it in memory)."""

    def copy(temporary: str) -> None:
        target = sqlite3.connect(temporary)
        try:
            database.backup(target)
        finally:
            target.close()

    _write(folder, key, kind, copy)


def _write(folder: Path | None, key: str | None, kind: str, write: Callable[[str], object]) -> None:
    """Write an entry through a temporary file renamed into place; any failure just skips caching."""
    if folder is None or key is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(handle)
        try:
            write(temporary)
            os.replace(temporary, _entry(folder, key, kind))
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except (OSError, sqlite3.Error):
        pass


def drop(folder: Path | None, key: str | None, kind: str) -> None:
    """Forget a damaged entry."""
    if folder is not None and key is not None:
        with contextlib.suppress(OSError):
            _entry(folder, key, kind).unlink()


def load_database(folder: Path | None, key: str | None, kind: str) -> sqlite3.Connection | None:
    """A cached SQLite database copied into memory, or None (missing or damaged: then dropped)."""
    if folder is None or key is None:
        return None
    path = _entry(folder, key, kind)
    if not path.exists():
        return None
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        return memory
    except sqlite3.Error:
        memory.close()
        drop(folder, key, kind)
        return None


def _freeze(organization: Organization) -> tuple[object, ...]:
    units = tuple(
        (
            u.id,
            u.name,
            u.kind,
            (u.head.title, u.head.name) if u.head else None,
            u.description,
            u.responsibilities,
            u.placement.value,
            -1 if u.parent is None else u.parent,
            u.subunits,
            u.attached,
            u.related,
            u.referred_by,
            u.depth,
            u.line,
            u.column,
            u.details,
            u.names,
        )
        for u in organization.units
    )
    glossary = tuple(organization.glossary.items())
    return (_MAGIC, CACHE_VERSION, organization.title, organization.source, glossary, organization.roots, units)


def _thaw(frozen: Any, path: str) -> Organization:
    magic, version, title, source, glossary, roots, rows = frozen
    if magic != _MAGIC or version != CACHE_VERSION or not isinstance(title, str) or not isinstance(rows, tuple):
        raise ValueError("not a cache entry of this version")
    count = len(rows)
    units = []
    for index, row in enumerate(rows):
        (unit_id, name, kind, head, description, responsibilities, placement, parent, subunits, attached,
         related, referred_by, depth, line, column, details, names) = row  # fmt: skip
        for indices in (subunits, attached, related, referred_by):
            if indices and not 0 <= max(indices) < count:
                raise ValueError("a relation outside the organization")
        units.append(
            Unit(
                index,
                unit_id,
                name,
                kind,
                Head(*head) if head is not None else None,
                description,
                responsibilities,
                _PLACEMENTS[placement],
                None if parent < 0 else parent,
                subunits,
                attached,
                related,
                referred_by,
                depth,
                line,
                column,
                details,
                names,
            )
        )
    if any(not 0 <= root < count for root in roots):
        raise ValueError("a root outside the organization")
    return Organization(title, tuple(units), tuple(roots), source, dict(glossary), str(Path(path).resolve()))
