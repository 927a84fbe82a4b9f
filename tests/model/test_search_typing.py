"""The word being typed: it finds what the finished word finds, those first, then what it begins."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_bytes
from orgexplorer.model.search import Match, SearchIndex
from tests.conftest import REPO

TEXT = """
format: orgexplorer/1
organization: Science City
units:
  - id: planetarium
    name: Planetarium and Planetary Science Centre
    responsibilities: [shows about planets, planetary science for schools, the planetarium's dome]
  - id: budget
    name: Budget Office
    description: It keeps the city's accounts, audits its offices and writes the annual plan of spending.
  - id: parks
    name: Parks Department
    responsibilities: [planting trees]
"""


@pytest.fixture(scope="module")
def index():
    result = load_bytes(TEXT.encode())
    assert result.organization is not None, result.problems
    return SearchIndex(result.organization)


def ids(index, result):
    return [index.organization.units[unit].id for unit in result.units]


@pytest.mark.parametrize("query", ["plan", "annual plan", "spending plan"])
def test_the_whole_word_first_then_what_it_begins(index, query):
    finished = ids(index, index.search(query, typing=False))
    typed = ids(index, index.search(query, typing=True))
    assert finished and typed[: len(finished)] == finished  # as the command line lists them
    assert set(typed) >= set(finished)


def test_a_beginning_still_finds_the_words_it_begins(index):
    assert ids(index, index.search("plane", typing=True)) == ["planetarium"]
    assert ids(index, index.search("plan", typing=True)) == ["budget", "planetarium", "parks"]


@pytest.fixture(scope="module")
def ministry():
    from orgexplorer.model import load_file
    from orgexplorer.model.meaning import MeaningIndex, embedder

    organization = load_file(str(REPO / "benchmarks" / "search_eval" / "foreign_affairs.yaml")).organization
    assert organization is not None
    index = SearchIndex(organization)
    index.attach_meaning(MeaningIndex.build(organization, embedder()))
    return index


@pytest.mark.parametrize("query", ["ministar", "consul", "honorary consul", "diplomacy", "extradition"])
def test_with_meaning_the_typed_word_lists_what_the_finished_word_lists_first(ministry, query):
    """ "ministar" as typed also begins "ministarstvo": the units with the word itself come first all the
    same, and what the finished word finds by meaning is still listed."""
    finished = ministry.search(query, typing=False)
    typed = ministry.search(query, typing=True)
    assert typed.ranked[:3] == finished.ranked[:3]
    assert set(typed.units) >= set(finished.units)


@pytest.fixture(scope="module")
def sector():
    from orgexplorer.model import load_file
    from orgexplorer.model.meaning import MeaningIndex, embedder
    from tests.conftest import BUNDLED

    organization = load_file(str(BUNDLED)).organization
    assert organization is not None
    index = SearchIndex(organization)
    index.attach_meaning(MeaningIndex.build(organization, embedder()))
    return index


@pytest.mark.parametrize("query", ["who handles procurement?", "budget", "catering", "arms control"])
def test_past_the_first_page_meaning_lists_only_units_near_as_the_nearest(sector, query):
    """Nothing in the sector is about procurement or budgets: the five nearest are listed, said to be
    only near in meaning, and not most of the organization behind them."""
    from orgexplorer.model.search_hits import FIRST_PAGE, MEANING_RELATIVE

    result = sector.search(query, typing=False)
    nearest = sector.by_meaning(query)
    assert result.only_by_meaning == (query != "arms control")
    for hit in result.hits[FIRST_PAGE:]:
        assert hit.match is not Match.MEANING or hit.unit in {
            n.unit for n in nearest if n.score >= MEANING_RELATIVE * nearest[0].score
        }
    assert len(result) <= 6
