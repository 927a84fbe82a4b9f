"""MeaningIndex.search, the meaning layer's part of every keystroke: the same units, scores and
sentences as scoring each unit's sentences one by one, and no unit read until its sentence is asked for;
and what a search keeps between keystrokes never answers another query or another version of a file."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator, Sequence
from typing import Any, overload

import numpy as np
import pytest

from orgexplorer.model import load_bytes, load_file, meaning
from orgexplorer.model.meaning import MeaningIndex, embedder, sentences
from orgexplorer.model.organization import Organization, Unit
from orgexplorer.model.search import SearchIndex

ORGANIZATION = """\
format: orgexplorer/1
organization: Ministry of Examples
units:
  - id: ministry
    name: Ministry of Examples
    subunits:
      - id: consular
        name: Consular Protection Department
        responsibilities:
          - help to citizens in distress abroad, including a missing person or a death abroad
          - consular visits to citizens imprisoned abroad
          - passports and visas
      - id: twin
        name: Consular Protection Department
        responsibilities:
          - help to citizens in distress abroad, including a missing person or a death abroad
          - consular visits to citizens imprisoned abroad
          - passports and visas
      - id: repeated
        name: Passport Office
        responsibilities:
          - passports and visas
          - passports and visas
      - id: personnel
        name: Human Resources Department
        description: Recruitment of staff. Personnel files and training of employees. Pensions.
      - id: ict
        name: Information Technology Department
        head: {title: Director, name: Ana Petrović}
        responsibilities:
          - maintenance of the wireless network and the helpdesk
          - encryption of messages
      - id: legal
        name: Legalisation Office
        responsibilities:
          - legalisation of documents for use abroad
      - id: donors
        name: Development Office
        responsibilities:
          - relations with donors and negotiation of development grants
        details:
          Room: 12
      - id: finance
        name: Finance Department
        responsibilities:
          - salaries of the staff
          - the budget of the ministry
      - id: protocol
        name: Protocol Office
        responsibilities:
          - a plate, a glass and cutlery for each guest at receptions
"""
QUERIES = ["hiring staff", "wifi", "prisoners abroad", "money", "consular", "receptions", "documents"]


class CountedUnits(Sequence[Unit]):
    """An organization's units, counting how many times one is read (as a cached organization
    decodes a unit the first time it is read)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        self.reads = 0

    def __len__(self) -> int:
        return len(self._units)

    @overload
    def __getitem__(self, index: int) -> Unit: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Unit]: ...

    def __getitem__(self, index: int | slice) -> Unit | Sequence[Unit]:
        self.reads += 1
        return self._units[index]

    def __iter__(self) -> Iterator[Unit]:
        self.reads += len(self._units)
        return iter(self._units)


@pytest.fixture(scope="module")
def organization() -> Organization:
    result = load_bytes(ORGANIZATION.encode(), "examples.yaml")
    assert result.organization is not None, result.problems
    return result.organization


@pytest.fixture(scope="module")
def index(organization: Organization) -> MeaningIndex:
    built = MeaningIndex.build(organization, embedder())
    assert built is not None
    return built


def arrays(index: MeaningIndex) -> dict[str, Any]:
    """The index's arrays, as it keeps them in the cache."""
    with np.load(io.BytesIO(index.to_bytes())) as kept:
        return {name: kept[name] for name in ("vectors", "scales", "offsets", "unit_vectors")}


def one_by_one(index: MeaningIndex, query: Any, top: int, shortlist: int) -> list[tuple[int, float, str, str]]:
    """The units nearest to ``query`` scored one at a time (the search's definition, in plain loops)."""
    organization = index.organization
    kept = arrays(index)
    vectors, scales, offsets, unit_vectors = (kept[name] for name in ("vectors", "scales", "offsets", "unit_vectors"))
    every = (vectors.astype(np.float32) @ query) * scales
    count = len(organization)
    candidates = range(count)
    if count > shortlist:
        coarse = unit_vectors @ query[: meaning.SHORTLIST_DIMENSIONS]
        candidates = sorted(np.argpartition(-coarse, shortlist)[:shortlist].tolist())
    ranked = []
    for unit in candidates:
        scores = [float(score) for score in every[offsets[unit] : offsets[unit + 1]]]
        if not scores:
            continue
        best = max(scores)
        rest = [score for score in scores if score != best]
        second = max(rest) if rest else best
        nearest = scores.index(best)
        rank = -(np.float32(best) + meaning.SECOND_WEIGHT * np.float32(second))
        ranked.append((float(rank), unit, best, nearest))
    ranked.sort(key=lambda item: (item[0], item[1]))  # a stable sort: ties in file order
    return [
        (unit, best, *list(sentences(organization.units[unit]))[nearest]) for _, unit, best, nearest in ranked[:top]
    ]


@pytest.mark.parametrize(("shortlist", "block"), [(meaning.SHORTLIST, 1024), (4, 1024), (meaning.SHORTLIST, 8)])
@pytest.mark.parametrize("query", QUERIES)
def test_the_units_and_sentences_of_scoring_one_by_one(index, query, shortlist, block, monkeypatch):
    monkeypatch.setattr(meaning, "SHORTLIST", shortlist)
    monkeypatch.setattr(meaning, "_SCORED_AT_ONCE", block)  # several blocks of sentences, a short last one
    vector = embedder().embed([query])[0]
    found = [(near.unit, near.score, near.field, near.text) for near in index.search(vector, top=5)]
    expected = one_by_one(index, vector, 5, shortlist)
    assert [item[0] for item in found] == [item[0] for item in expected]
    assert [item[2:] for item in found] == [item[2:] for item in expected]
    assert [item[1] for item in found] == pytest.approx([item[1] for item in expected], abs=1e-6)


def test_twins_tie_in_file_order_and_a_repeated_sentence_is_named_at_its_first_place(index, organization):
    vector = embedder().embed(["help to citizens in distress abroad"])[0]
    found = index.search(vector, top=2)
    assert [organization.units[near.unit].id for near in found] == ["consular", "twin"]
    assert found[0].score == found[1].score
    assert found[0].text == found[1].text == organization.units[found[0].unit].responsibilities[0]
    passports = index.search(embedder().embed(["passports and visas"])[0], top=1)[0]
    assert organization.units[passports.unit].id == "repeated"
    assert passports.sentence == 1 and passports.text == "passports and visas"  # after the name


def test_no_unit_is_read_until_a_sentence_is_asked_for(index, organization):
    counted = CountedUnits(organization.units)
    watched = MeaningIndex(dataclasses.replace(organization, units=counted), **arrays(index))
    found = watched.search(embedder().embed(["hiring staff"])[0], top=50)
    assert len(found) == len(organization) and counted.reads == 0
    first = found[0]
    assert organization.units[first.unit].id == "personnel"
    assert (first.field, first.text) == ("description", "Recruitment of staff.")
    assert counted.reads == 2  # the unit of each asked, once each


def test_no_query_no_units(index):
    assert index.search(np.zeros(meaning.DIMENSIONS, dtype=np.float32)) == []


def hits(result):
    return [(hit.unit, hit.score, hit.field, hit.text, hit.match) for hit in result.hits], list(result.units)


def test_typing_and_backspacing_give_what_each_query_gives_asked_once(index, organization):
    """A query asked again (the next word typed, a backspace) is answered from the last ones kept."""
    searched = SearchIndex(organization)
    searched.attach_meaning(index)
    typed = [query[:end] for query in ("hiring staff", "wifi abroad") for end in range(1, len(query) + 1)]
    for query in [*typed, *reversed(typed), *typed]:
        fresh = SearchIndex(organization)
        fresh.attach_meaning(index)
        assert hits(searched.search(query)) == hits(fresh.search(query)), query


def test_a_changed_file_never_gets_the_results_of_what_it_said_before(tmp_path, monkeypatch):
    """Its search index and vectors are kept by the hash of its content: another content, other ones."""
    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "ministry.yaml"
    answers = []
    for version in (ORGANIZATION, ORGANIZATION.replace("Recruitment of staff.", "Archives of the ministry.")):
        path.write_text(version, encoding="utf-8")
        loaded = load_file(str(path)).organization
        assert loaded is not None and loaded.content_key is not None
        searched = SearchIndex.cached(loaded, loaded.content_key)
        searched.attach_meaning(MeaningIndex.cached(loaded, loaded.content_key))
        found = searched.search("hiring", typing=False).hits  # no unit says it: by meaning
        answers.append([(loaded.units[hit.unit].id, hit.text) for hit in found])
    assert len(list((tmp_path / "cache").glob("*.meaning"))) == 2
    assert answers[0][0] == ("personnel", "Recruitment of staff.")
    assert all(text != "Recruitment of staff." for _, text in answers[1])
