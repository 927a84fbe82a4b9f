"""The bundled Defence Policy Sector against its source text: all it states, nothing more."""

from __future__ import annotations

import re

import pytest

from orgexplorer.model import Placement, load_file
from orgexplorer.resources import BUNDLED_ORGANIZATION, resource_path
from tests.conftest import SEED


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sector():
    result = load_file(resource_path(BUNDLED_ORGANIZATION))
    assert result.organization is not None, result.problems
    return result.organization


@pytest.fixture(scope="module")
def source() -> str:
    if SEED.exists():
        return squash(SEED.read_text(encoding="utf-8"))
    pytest.skip("the source text (shared/seed) is not beside this checkout")  # pragma: no cover


HIERARCHY = [
    # (name, placement, parent name, head)
    ("Defence Policy Sector", Placement.ROOT, None, "Assistant Minister for Defence Policy"),
    ("Strategic Planning Department", Placement.SUBUNIT, "Defence Policy Sector", None),
    (
        "International Military Cooperation Department",
        Placement.SUBUNIT,
        "Defence Policy Sector",
        "Head of the International Military Cooperation Department",
    ),
    ("Project Management Office", Placement.ATTACHED, "Defence Policy Sector", None),
    (
        "Military Mission of the Republic of Serbia to the NATO",
        Placement.ATTACHED,
        "Defence Policy Sector",
        None,
    ),
    (
        "Office for Administrative and Professional Services",
        Placement.ATTACHED,
        "Defence Policy Sector",
        None,
    ),
    (
        "List of jobs in the Ministry of Foreign Affairs to be filled with professional servicemen",
        Placement.ATTACHED,
        "Defence Policy Sector",
        None,
    ),
    ("Military Missions Abroad", Placement.ATTACHED, "International Military Cooperation Department", None),
    ("Verification Centre", Placement.ATTACHED, "International Military Cooperation Department", None),
]


def test_every_unit_of_the_source_in_its_place(sector):
    by_name = {unit.name: unit for unit in sector}
    assert sorted(by_name) == sorted(name for name, *_ in HIERARCHY)
    for name, placement, parent, head in HIERARCHY:
        unit = by_name[name]
        assert unit.placement is placement, name
        assert (sector.parent(unit).name if sector.parent(unit) else None) == parent, name
        assert (unit.head.title if unit.head else None) == head, name


def test_attached_units_hang_from_the_heads_the_source_names(sector):
    assert sector.attached_to(sector.by_id("project-management-office")).title == (
        "Assistant Minister for Defence Policy"
    )
    assert sector.attached_to(sector.by_id("verification-centre")).title == (
        "Head of the International Military Cooperation Department"
    )


def test_text_is_the_sources_own(sector, source):
    for unit in sector:
        assert unit.name.removeprefix("The ") in source, unit.name
        if unit.head:
            assert unit.head.title in source
        for responsibility in unit.responsibilities:
            assert squash(responsibility) in source, responsibility
        if unit.description:
            for sentence in re.split(r"(?<=\.) ", squash(unit.description)):
                assert sentence in source, sentence


def test_responsibilities_as_the_source_lists_them(sector):
    assert len(sector.by_id("defence-policy-sector").responsibilities) == 7
    assert "drafting strategic documents" in sector.by_id("defence-policy-sector").responsibilities
    assert (
        "drafting international contracts"
        in sector.by_id("international-military-cooperation-department").responsibilities
    )
    verification = sector.by_id("verification-centre")
    assert any("arms control" in r for r in verification.responsibilities)


def test_silent_source_leaves_fields_empty(sector):
    assert sector.by_id("strategic-planning-department").head is None
    jobs = sector.by_id("list-of-jobs-in-the-ministry-of-foreign-affairs")
    assert jobs.responsibilities == () and jobs.description is None and jobs.head is None
    assert all(unit.related == () for unit in sector)  # the source states no cross-references


def test_glossary_and_source(sector):
    assert sector.glossary["SAF"] == "Serbian Armed Forces"
    assert set(sector.glossary) == {"MoD", "SAF", "NATO", "EU", "UN", "PARP"}
    assert sector.source and "Ministry of Defence" in sector.source
    assert sector.title == "Ministry of Defence of the Republic of Serbia"


def test_source_cites_the_publisher_and_its_page_not_a_path(sector):
    # Users have the Ministry's published page, not the folder this file was made in.
    assert sector.source.startswith('Ministry of Defence of the Republic of Serbia, "Defence Policy Sector"')
    assert not re.search(r"[\\/]|\.txt\b|seed", sector.source), sector.source
