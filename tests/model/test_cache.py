"""The load cache: keyed on content, rebuilt when stale or damaged, off on request."""

from __future__ import annotations

import pytest

from benchmarks.generate import generate
from orgexplorer.model import load_file
from orgexplorer.model.cache import MIN_BYTES, cache_folder


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
