"""The search index: what ranks first for the questions users ask, and odd input that must not raise."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_bytes, load_file
from orgexplorer.model.search import SearchIndex
from orgexplorer.model.text import fold, stem
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def sector():
    return load_file(BUNDLED).organization


@pytest.fixture(scope="module")
def index(sector):
    return SearchIndex(sector)


FIRST = [
    # every function the source names, found at the top
    ("arms control", "verification-centre"),
    ("who handles arms control?", "verification-centre"),
    ("media", "office-for-administrative-and-professional-services"),
    ("communication with the public", "office-for-administrative-and-professional-services"),
    ("donor projects", "project-management-office"),
    ("interoperability", "military-mission-to-nato"),
    ("PARP", "strategic-planning-department"),
    ("Partnership for Peace", "strategic-planning-department"),
    ("diplomatic missions", "international-military-cooperation-department"),
    ("international contracts", "international-military-cooperation-department"),
    ("permanent missions of Member States", "military-missions-abroad"),
    ("scientific research", "strategic-planning-department"),
    ("drafting strategic documents", "defence-policy-sector"),
    ("multilateral cooperation", "defence-policy-sector"),
    ("UN conventions", "verification-centre"),
    ("direct link with the Government", "office-for-administrative-and-professional-services"),
    ("representation in the NATO", "military-mission-to-nato"),
    ("Assistant Minister", "defence-policy-sector"),
    # names and heads above responsibilities above descriptions
    ("verification", "verification-centre"),
    ("strategic planning", "strategic-planning-department"),
    # word forms
    ("plan", "strategic-planning-department"),
    ("cooperate", "international-military-cooperation-department"),
    ("agreement", "international-military-cooperation-department"),
    ("contract", "international-military-cooperation-department"),
    # prefixes while typing
    ("verif", "verification-centre"),
    ("interop", "military-mission-to-nato"),
    ("proj", "project-management-office"),
    # typos
    ("verfication", "verification-centre"),
    ("diplomatc", "international-military-cooperation-department"),
    ("interoprability", "military-mission-to-nato"),
    # case, accents
    ("ARMS CONTROL", "verification-centre"),
    ("vérification", "verification-centre"),
    # a quoted phrase
    ('"European integration"', "defence-policy-sector"),
]


@pytest.mark.parametrize(("query", "expected"), FIRST)
def test_first_hit(index, sector, query, expected):
    result = index.search(query)
    assert result.units, query
    assert sector.units[result.units[0]].id == expected, [sector.units[i].id for i in result.units]


def test_every_word_must_match(index, sector):
    no_unit_has_both = index.search("arms diplomatic")
    assert no_unit_has_both.partial  # then units with some of the words, flagged as such
    both = index.search("military interests")
    assert not both.partial
    assert {sector.units[i].id for i in both.units} == {"military-mission-to-nato", "military-missions-abroad"}


def test_phrase_is_a_phrase(index):
    assert index.search('"integration European"').units == []
    assert len(index.search('"European integration"').units) == 2


def test_typo_correction_is_reported(index):
    result = index.search("verfication")
    assert result.corrected == "verification"
    assert index.search("verification").corrected is None


def test_glossary_both_ways(index, sector):
    saf = {sector.units[i].id for i in index.search("SAF").units}
    expanded = {sector.units[i].id for i in index.search("Serbian Armed Forces").units}
    # PMO says "SAF"; the missions say "Serbian Armed Forces": each query finds both kinds.
    assert saf == expanded == {"project-management-office", "military-mission-to-nato", "military-missions-abroad"}
    hit = next(h for h in index.search("SAF").hits if sector.units[h.unit].id == "military-missions-abroad")
    assert "[Serbian] [Armed] [Forces]" in hit.marked()


def test_hit_says_why(index, sector):
    hit = index.search("arms control").hits[0]
    assert hit.field == "responsibility"
    assert hit.marked().endswith("in the field of [arms] [control]")
    assert index.search("verification").hits[0].field == "name"
    assert index.search("Assistant").hits[0].field == "head"


def test_same_query_same_order(index):
    first = index.search("international cooperation")
    assert all(index.search("international cooperation").units == first.units for _ in range(5))
    scores = [hit.score for hit in first.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"', '""', "*", "-", ":", "(", ")", "NEAR(a b)", "a AND", "OR", "NOT x", "^", "name:x",
     "x" * 10_000, "arms " * 2000, "\x00\x01\x1b[31m", "'; DROP TABLE units; --", "🙂", "\u202e"],
)  # fmt: skip
def test_odd_input_never_raises(index, query):
    result = index.search(query)
    assert isinstance(result.units, list)


def test_limit(index):
    assert len(index.search("the", limit=2).units) == 2


SERBIAN = """
format: orgexplorer/1
organization: Министарство одбране
glossary:
  VS: Vojska Srbije
units:
  - id: uprava
    name: Управа за војно здравство
    head: {title: Начелник, name: Ђорђе Ђорђевић}
    responsibilities: [организација војне здравствене службе]
    subunits:
      - id: skola
        name: Vojna škola
        head: {title: Komandant, name: Dušan Čavić}
        responsibilities: [obuka pripadnika VS]
      - id: centar
        name: Centar za obuku
        responsibilities: ["obuka za potrebe: Vojska Srbije"]
"""


@pytest.fixture(scope="module")
def serbian():
    result = load_bytes(SERBIAN.encode())
    assert result.organization is not None, result.problems
    return SearchIndex(result.organization)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vojna", "skola"),  # Latin finds Latin
        ("vojno zdravstvo", "uprava"),  # Latin finds Cyrillic
        ("Војна школа", "skola"),  # Cyrillic finds Latin
        ("Đorđević", "uprava"),
        ("Djordjevic", "uprava"),
        ("djordje", "uprava"),
        ("Ђорђевић", "uprava"),
        ("cavic", "skola"),
        ("Čavić", "skola"),
        ("ЧАВИЋ", "skola"),
        ("skola", "skola"),
        ("zdravstven", "uprava"),
    ],
)
def test_serbian_scripts_and_diacritics(serbian, query, expected):
    result = serbian.search(query)
    assert result.units, query
    assert serbian.organization.units[result.units[0]].id == expected


def test_serbian_glossary(serbian):
    ids = {serbian.organization.units[i].id for i in serbian.search("VS").units}
    assert ids == {"skola", "centar"}


def test_fold_and_stem():
    assert fold("Ђорђевић") == fold("Đorđević") == fold("DJORDJEVIC") == "djordjevic"
    assert fold("Љубљана Њиве Џеп") == "ljubljana njive dzep"
    assert stem("cooperation") == stem("cooperate") == "cooper"


def test_visible_units_keep_ancestors(index, sector):
    verification = sector.by_id("verification-centre").index
    visible = index.visible_units([verification])
    assert {sector.units[i].id for i in visible} == {
        "defence-policy-sector",
        "international-military-cooperation-department",
        "verification-centre",
    }


def test_some_of_the_words_when_no_unit_has_all(index, sector):
    result = index.search("public relations")  # the source says "communication with the public"
    assert result.partial and result.units
    assert sector.units[result.units[0]].id == "office-for-administrative-and-professional-services"
    assert not index.search("arms control").partial
    assert index.search("zzzz qqqq").units == []


def test_more_matches_than_bm25_ranks_in_a_keystroke_come_by_field(monkeypatch, sector, index):
    from orgexplorer.model import search

    monkeypatch.setattr(search, "_RANK_ALL", 1)  # the sector as if it were a hundred thousand units
    result = index.search("military")
    ranked = [sector.units[i] for i in result.ranked]
    in_name = [u for u in sector.units if "military" in u.name.casefold()]
    assert ranked[: len(in_name)] == in_name  # the name first, in file order
    assert len(result) == result.count == len(result.units) >= len(ranked) > len(in_name)
    assert [hit.score for hit in result.hits] == sorted((hit.score for hit in result.hits), reverse=True)
    assert result.hits[0].field == "name"
    monkeypatch.setattr(search, "_RANK_ALL", 10_000)
    assert set(index.search("military").units) == set(result.units)  # the same units, ranked by bm25


def test_every_match_is_fetched_only_when_asked_for(index):
    result = index.search("department", limit=None, explain=2)
    assert len(result.hits) == 2 and result._units == []
    assert result.units[: len(result.ranked)] == result.ranked and len(result.units) == result.count
    assert result._units  # kept


def test_one_letter_being_typed_narrows_nothing_yet(index):
    assert index.search("arms c").units == index.search("arms").units
    assert index.search("arms co").units != index.search("arms").units or index.search("arms co").count
