"""A cache of loaded organizations, keyed on the file's content hash (never on its date).

Reopening an unchanged large file reads the cache instead of parsing YAML again. Entries are
``marshal`` data of plain tuples and strings (no pickle: nothing in a cache file can run code), written
atomically, checked on reading, and rebuilt when stale or damaged. ``ORGEXPLORER_CACHE=0`` turns the
cache off; ``ORGEXPLORER_CACHE_DIR`` moves it (default: the user's cache folder).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from orgexplorer.model.organization import Head, Organization, Placement, Unit

#: Bump when the Organization/Unit shape or the loader's rules change: old entries are then ignored.
CACHE_VERSION = 1
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


def _entry(folder: Path, key: str) -> Path:
    return folder / f"{key}.v{CACHE_VERSION}.orgcache"


def load_cached(data: bytes, path: str, folder: Path | None) -> Organization | None:
    """The organization cached for these exact bytes, or None (missing, stale or damaged)."""
    if folder is None or len(data) < MIN_BYTES:
        return None
    entry = _entry(folder, content_key(data))
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    collecting = gc.isenabled()
    gc.disable()  # a hundred thousand units that all live on: collecting midway only costs time
    try:
        return _thaw(marshal.loads(raw), path)
    except Exception:  # damaged or foreign: drop it, the caller loads the file and writes it anew
        with contextlib.suppress(OSError):
            entry.unlink()
        return None
    finally:
        if collecting:
            gc.enable()


def store(data: bytes, organization: Organization, folder: Path | None) -> None:
    """Cache ``organization`` for these bytes; a cache that cannot be written is simply skipped."""
    if folder is None or len(data) < MIN_BYTES:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(marshal.dumps(_freeze(organization)))  # type: ignore[arg-type]
            os.replace(temporary, _entry(folder, content_key(data)))
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except OSError:
        pass


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
         related, referred_by, depth, line, column) = row  # fmt: skip
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
            )
        )
    if any(not 0 <= root < count for root in roots):
        raise ValueError("a root outside the organization")
    return Organization(title, tuple(units), tuple(roots), source, dict(glossary), str(Path(path).resolve()))
