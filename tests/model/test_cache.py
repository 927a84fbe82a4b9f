"""The load cache: keyed on content, rebuilt when stale or damaged, off on request."""

from __future__ import annotations

import pytest

from benchmarks.generate import generate
from orgexplorer.model import load_file
from orgexplorer.model.cache import CACHE_VERSION, MIN_BYTES, cache_folder


@pytest.fixture
def folder(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(cache))
    return cache


@pytest.fixture
def big(tmp_path):
    path = tmp_path / "org.yaml"
    path.write_text(generate(600), encoding="utf-8")
    assert path.stat().st_size > MIN_BYTES
    return path


def entries(folder):
    return sorted(folder.glob("*.orgcache")) if folder.exists() else []


def test_second_load_comes_from_the_cache(folder, big):
    first = load_file(big)
    assert len(entries(folder)) == 1
    second = load_file(big)
    assert second.organization == first.organization
    assert second.organization.by_id("u42").name == first.organization.by_id("u42").name
    assert second.organization.path == str(big.resolve())


def test_changed_content_is_a_new_entry_whatever_the_date(folder, big):
    load_file(big)
    import os

    stat = big.stat()
    big.write_text(big.read_text(encoding="utf-8").replace("name: ", "name: X", 1), encoding="utf-8")
    os.utime(big, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same date, new content
    result = load_file(big)
    assert result.organization.units[0].name.startswith("X")
    assert len(entries(folder)) == 2


def test_damaged_entry_is_rebuilt(folder, big):
    expected = load_file(big).organization
    (entry,) = entries(folder)
    entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    assert load_file(big).organization == expected
    assert entries(folder)[0].stat().st_size > 1000  # written anew


def test_foreign_entry_is_ignored(folder, big):
    expected = load_file(big).organization
    (entry,) = entries(folder)
    import marshal

    entry.write_bytes(marshal.dumps(("something", "else")))
    assert load_file(big).organization == expected


def test_cache_can_be_turned_off(monkeypatch, folder, big):
    monkeypatch.setenv("ORGEXPLORER_CACHE", "0")
    assert cache_folder() is None
    load_file(big)
    assert entries(folder) == []


def test_invalid_files_and_small_files_are_not_cached(folder, tmp_path, big):
    bad = tmp_path / "bad.yaml"
    bad.write_text(big.read_text(encoding="utf-8") + "  - nmae: x\n", encoding="utf-8")
    assert not load_file(bad).ok
    small = tmp_path / "small.yaml"
    small.write_text("format: orgexplorer/1\norganization: S\nunits: [{id: a, name: A}]\n", encoding="utf-8")
    assert load_file(small).ok
    assert entries(folder) == []


def test_search_index_is_cached_with_the_organization(folder, big):
    from orgexplorer.model.search import SearchIndex

    result = load_file(big)
    assert result.content_key is not None
    built = SearchIndex.cached(result.organization, result.content_key)
    blobs = list(folder.glob("*.search"))
    assert len(blobs) == 1
    again = SearchIndex.cached(load_file(big).organization, result.content_key)
    for query in ("planning", "arms control", "verfication"):
        assert again.search(query).units == built.search(query).units
    assert again.search("verfication").corrected == built.search("verfication").corrected
    blobs[0].write_bytes(b"not a database")
    rebuilt = SearchIndex.cached(result.organization, result.content_key)
    assert rebuilt.search("planning").units == built.search("planning").units


def test_cached_units_are_made_when_asked_for_and_kept(folder, big):
    first = load_file(big).organization
    units = load_file(big).organization.units
    assert type(units) is not tuple  # from the cache
    assert units[7] is units[7] and units[-1] is units[len(units) - 1]
    assert units[3:6] == first.units[3:6]
    assert list(units) == list(first.units) and units == first.units
    assert [u.id for u in reversed(units)][:2] == [first.units[-1].id, first.units[-2].id]


def _replaced(parts: tuple, index: int, value: object) -> tuple:
    return (*parts[:index], value, *parts[index + 1 :])


@pytest.mark.parametrize(
    "damage",
    [
        lambda parts: _replaced(parts, 9, "x" * len(parts[9])),  # placements
        lambda parts: _replaced(parts, 11, (*parts[11][:-1], 10**6)),  # a subunit far away
        lambda parts: _replaced(parts, 8, (*parts[8][:-1], 10**6)),  # a parent far away
        lambda parts: _replaced(parts, 6, (*parts[6][:-1], parts[6][0])),  # an id twice
        lambda parts: _replaced(parts, len(parts) - 2, parts[-2][:-1]),  # offsets cut short
    ],
)
def test_entry_with_damaged_structure_is_dropped_and_rebuilt(folder, big, damage):
    """Even an entry sealed as valid (a bug of an older version) is checked for structure."""
    from orgexplorer.model.cache_entry import decode, encode, seal, unseal

    expected = load_file(big).organization
    (entry,) = entries(folder)
    key = entry.name.split(".")[0]
    payload = unseal(key, entry.read_bytes())
    assert payload is not None
    entry.write_bytes(b"".join(seal(key, encode(damage(decode(payload))))))
    again = load_file(big).organization
    assert type(again.units) is tuple  # read from the file, not the damaged entry
    assert again == expected


def test_last_entry_of_a_path_is_only_a_guess(folder, big, tmp_path):
    """The entry a file had last time is read while the file is hashed, and used only when the hash
    matches: a copy of another file's content at the same path gets its own entry."""
    load_file(big)
    other = tmp_path / "other.yaml"
    other.write_text(generate(650), encoding="utf-8")
    expected = load_file(other).organization
    big.write_bytes(other.read_bytes())  # the path's last entry is now the wrong one
    assert load_file(big).organization.units == expected.units
    assert len(entries(folder)) == 2


def test_cache_stays_within_its_budget_forgetting_the_least_used(folder, tmp_path, monkeypatch):
    from orgexplorer.model import cache

    files = []
    for number in range(3):
        path = tmp_path / f"org{number}.yaml"
        path.write_text(generate(600, seed=number + 1), encoding="utf-8")
        files.append(path)
    load_file(files[0])
    one_entry = entries(folder)[0].stat().st_size
    monkeypatch.setattr(cache, "MAX_BYTES", int(one_entry * 2.5))
    load_file(files[1])
    load_file(files[0])  # used again: now the newer of the two
    load_file(files[2])  # a third entry does not fit: the least lately used (files[1]) goes
    kept = {p.name.split(".")[0] for p in entries(folder)}
    keys = {cache.content_key(f.read_bytes()) for f in (files[0], files[2])}
    assert kept == keys


def test_pruning_touches_only_what_the_cache_wrote(folder, tmp_path):
    import os
    import time

    from orgexplorer.model import cache

    folder.mkdir(parents=True)
    mine = folder / "notes.txt"
    mine.write_text("the user's own file", encoding="utf-8")
    old_version = folder / f"{'ab' * 20}.v1.orgcache"
    old_version.write_bytes(b"x")
    stale_part = folder / ".orgexplorer-abc123.part"
    stale_part.write_bytes(b"x")
    hour_ago = time.time() - 7200
    os.utime(stale_part, (hour_ago, hour_ago))
    fresh_part = folder / ".orgexplorer-def456.part"
    fresh_part.write_bytes(b"x")  # being written by another process right now
    cache.prune(folder, budget=0)
    assert mine.exists() and fresh_part.exists()
    assert not old_version.exists() and not stale_part.exists()


def test_entries_are_read_in_parts(folder, big, monkeypatch):
    """A long tuple is marshalled a part at a time, so that no single call holds Python's lock for
    long (the window's thread waits for it); the parts read back as the whole."""
    import marshal
    import types

    from orgexplorer.model import cache_entry

    decoded: list[int] = []

    def loads(data):
        value = marshal.loads(data)
        decoded.append(len(value) if isinstance(value, tuple) else 1)
        return value

    monkeypatch.setattr(cache_entry, "PART", 64)
    monkeypatch.setattr(cache_entry, "LAZY_PART", 64)
    monkeypatch.setattr(cache_entry, "marshal", types.SimpleNamespace(dumps=marshal.dumps, loads=loads))
    values = (tuple(range(1000)), "x" * 100, tuple(str(i) for i in range(65)), (), None)
    assert cache_entry.decode(b"".join(cache_entry.encode(values))) == values
    expected = load_file(big).organization
    decoded.clear()
    again = load_file(big).organization
    assert type(again.units) is not tuple  # from the cache
    assert again == expected
    assert len(decoded) > 4 * len(again) // 64  # the units' columns (ids, rows, parents, ...), in parts
    assert max(decoded[1:]) <= 64  # after the table of parts, no call reads more than a part


@pytest.mark.parametrize("cut", [1, 9, 100, -1])
def test_an_entry_cut_anywhere_does_not_decode(cut):
    """Whatever the seal says, records whose table and bytes disagree are damage, never values."""
    from orgexplorer.model import cache_entry

    payload = b"".join(cache_entry.encode((tuple(range(5000)), "name", ("a", "b"))))
    with pytest.raises(ValueError):
        cache_entry.decode(payload[:cut] if cut > 0 else payload + b"\0")


def _edited(raw: bytes, old: str, new: str) -> bytes:
    """The entry with a text replaced inside its marshal data, the seal left as it was."""
    import marshal

    a, b = marshal.dumps(old), marshal.dumps(new)
    assert a in raw
    return raw.replace(a, b, 1)


def test_an_edited_entry_is_a_miss_never_shown(folder, big):
    """An entry edited in the folder (a name the loader itself refuses: U+202E reorders text) is not
    shown; the file is read again and the entry made anew."""
    first = load_file(big).organization
    (entry,) = entries(folder)
    name = first.by_id("u42").name
    entry.write_bytes(_edited(entry.read_bytes(), name, name[::-1] + "\u202e"))
    again = load_file(big).organization
    assert type(again.units) is tuple  # read from the file
    assert again.by_id("u42").name == name
    assert "\u202e" not in entries(folder)[0].read_bytes().decode("utf-8", "replace")


def test_an_entry_of_another_file_put_in_its_place_is_a_miss(folder, big, tmp_path):
    load_file(big)
    other = tmp_path / "other.yaml"
    other.write_text(generate(650), encoding="utf-8")
    load_file(other)
    mine, theirs = (folder / f"{cache_key(p)}.v{CACHE_VERSION}.orgcache" for p in (big, other))
    mine.write_bytes(theirs.read_bytes())  # sealed, but for another key
    again = load_file(big).organization
    assert type(again.units) is tuple and len(again) == 600


def cache_key(path):
    from orgexplorer.model.cache import content_key

    return content_key(path.read_bytes())


@pytest.mark.parametrize("kind", ["orgcache", "search", "last"])
@pytest.mark.parametrize("planted", ["fifo", "dev-zero"])
def test_a_fifo_or_dev_zero_in_the_cache_folder_is_a_miss(folder, big, kind, planted):
    """Read in a subprocess: a FIFO would block a careless reader for ever, /dev/zero fill memory."""
    import os
    import subprocess
    import sys

    from orgexplorer.model.cache import _hint_file

    assert load_file(big).ok
    entry = folder / f"{cache_key(big)}.v{CACHE_VERSION}.{kind}"
    target = _hint_file(folder, str(big)) if kind == "last" else entry
    if target.exists():
        target.unlink()
    if planted == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "search", str(big), "planning", "--limit", "1"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "ORGEXPLORER_CACHE_DIR": str(folder)},
    )  # fmt: skip
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.startswith(" 1. ")


def test_a_reopened_organization_decodes_units_text_as_units_are_made(folder, big, monkeypatch):
    """Reopening reads the structure at once and each part of the units' text when a unit of it is
    first made: the top of a tree costs a part, a walk over every unit all of them, and both give
    the units the file has."""
    import marshal
    import types

    from orgexplorer.model import cache_entry

    calls: list[int] = []

    def loads(data):
        calls.append(len(data))
        return marshal.loads(data)

    monkeypatch.setattr(cache_entry, "LAZY_PART", 50)
    monkeypatch.setattr(cache_entry, "marshal", types.SimpleNamespace(dumps=marshal.dumps, loads=loads))
    expected = load_file(big).organization
    calls.clear()
    again = load_file(big).organization
    opened = len(calls)
    assert again.units[120] == expected.units[120] and again.units[121] == expected.units[121]
    assert len(calls) == opened + 1  # one part of text, for both units
    assert list(again.units) == list(expected.units)
    assert len(calls) == opened + len(again) // 50  # every part, each once


def test_lazy_parts_read_as_the_tuple_they_were(monkeypatch):
    from orgexplorer.model import cache_entry

    monkeypatch.setattr(cache_entry, "LAZY_PART", 7)
    column = tuple((str(i), i, None) for i in range(30))
    (parts,) = cache_entry.decode(b"".join(cache_entry.encode((column,), lazy=(0,))), lazy=(0,))
    assert len(parts) == 30 and parts[29] == column[29] and parts[-1] == column[-1] and parts[-30] == column[0]
    assert parts[3:12] == column[3:12] and parts[::-4] == column[::-4]
    assert list(parts) == list(column)
    with pytest.raises(IndexError):
        parts[30]


def test_a_cached_organization_gives_its_structure_without_making_units(folder, big):
    """A tree view expanding every unit needs children and parents only: read from the entry."""
    plain = load_file(big).organization
    cached = load_file(big).organization
    assert type(cached.units) is not tuple
    for index in range(len(plain)):
        assert cached.children_of(index) == plain.children_of(index) == plain.units[index].children
        assert cached.parent_of(index) == plain.parent_of(index) == plain.units[index].parent
    assert sum(unit is not None for unit in cached.units._made) == 0  # not one unit made for it
