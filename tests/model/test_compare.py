"""Comparing two versions: every kind of change, how units are matched, thresholds, order, and the
properties diff(A, A) = nothing and A + changes = B (hypothesis)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgexplorer.model import Organization, load_bytes, load_file
from orgexplorer.model.change import Change, ChangeKind
from orgexplorer.model.compare import compare
from orgexplorer.model.matching import Match
from orgexplorer.model.wording import NEARLY_SAME, REWORDED, Edit, normal, similarity, word_changes, word_set

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def org(body: str) -> Organization:
    text = "format: orgexplorer/1\norganization: Test\n" + textwrap.dedent(body)
    result = load_bytes(text.encode("utf-8"), "t.yaml")
    assert result.organization is not None, result.problems
    return result.organization


def example_pair() -> tuple[Organization, Organization]:
    old = load_file(EXAMPLES / "city-services-2024.yaml").organization
    new = load_file(EXAMPLES / "city-services-2025.yaml").organization
    assert old is not None and new is not None
    return old, new


def find(changes: list[Change], kind: ChangeKind, unit_id: str) -> Change:
    found = [change for change in changes if change.kind is kind and change.id == unit_id]
    assert len(found) == 1, (kind, unit_id, changes)
    return found[0]


def test_example_pair_shows_every_kind_of_change():
    old, new = example_pair()
    changes = compare(old, new).changes
    assert {change.kind for change in changes} == set(ChangeKind)


def test_example_pair_changes():
    changes = compare(*example_pair()).changes
    added = find(changes, ChangeKind.ADDED, "climate")
    assert added.path[-2:] == ("Environment Department", "Climate and Energy Office")
    assert added.detail["parent"] == "environment"
    assert added.matched is Match.NONE
    assert find(changes, ChangeKind.REMOVED, "printing").path[-2:] == ("Citizen Services Department", "Print Shop")
    moved = find(changes, ChangeKind.MOVED, "forestry")
    assert (moved.old, moved.new) == (
        "City Manager's Office › Public Works Department",
        "City Manager's Office › Parks and Recreation Department",
    )
    attached = find(changes, ChangeKind.MOVED, "internal-audit")  # subunit of Finance → attached to the top
    assert attached.new == "City Manager's Office [attached]"
    assert attached.detail == {"parent": "city-manager", "placement": "attached"}
    renamed = find(changes, ChangeKind.RENAMED, "it")
    assert (renamed.old, renamed.new, renamed.matched) == (
        "Information Technology Department",
        "Digital Services Department",
        Match.ID,
    )
    assert find(changes, ChangeKind.KIND_CHANGED, "fleet").new == "section"
    assert find(changes, ChangeKind.HEAD_CHANGED, "tax-office").old == "Tax Officer"
    assert find(changes, ChangeKind.HEAD_CHANGED, "playgrounds").old is None
    assert "cycle paths" in (find(changes, ChangeKind.DESCRIPTION_CHANGED, "public-works").new or "")
    assert find(changes, ChangeKind.RESPONSIBILITY_ADDED, "finance").new == "preparing the mid-year budget review"
    removed = find(changes, ChangeKind.RESPONSIBILITY_REMOVED, "community-centres")
    assert removed.old == "organizing classes for older residents"
    reworded = find(changes, ChangeKind.RESPONSIBILITY_REWORDED, "waste")
    assert reworded.new == "collecting household and garden waste every week"
    same = find(changes, ChangeKind.RESPONSIBILITY_MOVED, "services")
    assert (same.old, same.other) == ("issuing parking permits for residents", "permits-desk")
    nearly = find(changes, ChangeKind.RESPONSIBILITY_MOVED, "it")  # from the removed Helpdesk, reworded a little
    assert (nearly.other, nearly.detail["from_removed"]) == ("helpdesk", True)
    into_new = find(changes, ChangeKind.RESPONSIBILITY_MOVED, "climate")  # into a unit that is new
    assert (into_new.old, into_new.other) == ("monitoring air quality", "environment")
    assert "monitoring air quality" not in added.detail["responsibilities"]
    assert find(changes, ChangeKind.RELATION_ADDED, "environment").other == "parks"
    assert find(changes, ChangeKind.RELATION_REMOVED, "parks").other == "public-works"


def test_units_whose_id_changed_keep_their_match():
    changes = compare(*example_pair()).changes
    by_id = {change.id: change.matched for change in changes if change.kind is ChangeKind.ID_CHANGED}
    assert by_id == {
        "mobility": Match.PLACE_AND_RESPONSIBILITIES,  # renamed too: same parent, 2 of 3 duties
        "env-health": Match.PLACE_AND_RESPONSIBILITIES,
        "geodata": Match.NAME_AND_PLACE,
        "city-archives": Match.NAME,  # moved elsewhere too: its name is found nowhere else
    }
    renamed = find(changes, ChangeKind.RENAMED, "mobility")
    assert (renamed.old, renamed.matched) == ("Traffic Engineering Section", Match.PLACE_AND_RESPONSIBILITIES)
    assert not [
        change
        for change in changes
        if change.id in ("traffic-unit", "mobility") and change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED)
    ]


def test_a_renamed_unit_with_a_new_id_and_new_duties_is_removed_and_added():
    old = org("""
        units:
          - id: top
            name: Top
            subunits:
              - {id: a, name: Alpha, responsibilities: [one thing, two things, three things]}
        """)
    new = org("""
        units:
          - id: top
            name: Top
            subunits:
              - {id: b, name: Beta, responsibilities: [one thing, four things, five things]}
        """)
    kinds = [(change.kind, change.id) for change in compare(old, new).changes]
    # 1 of 3 shared: not most. The removed unit stands where it was, before the new one; the one duty
    # they share moved from one to the other.
    assert kinds == [(ChangeKind.REMOVED, "a"), (ChangeKind.ADDED, "b"), (ChangeKind.RESPONSIBILITY_MOVED, "b")]


def test_changes_are_in_tree_order_with_removed_units_where_they_were():
    comparison = compare(*example_pair())
    organization_kinds = [change.kind for change in comparison.changes if change.position is None]
    assert organization_kinds == [
        ChangeKind.ORGANIZATION_RENAMED,
        ChangeKind.SOURCE_CHANGED,
        ChangeKind.GLOSSARY_CHANGED,
        ChangeKind.GLOSSARY_ADDED,
        ChangeKind.GLOSSARY_REMOVED,
    ]
    units_changes = comparison.changes[len(organization_kinds) :]  # the organization's own come first
    positions = [change.position for change in units_changes]
    assert positions == sorted(positions)
    merged = comparison.merged_organization
    names = [unit.name for unit in merged.walk()]
    assert names.index("Helpdesk") < names.index("Maps and Geodata Unit")  # the old order of siblings
    assert merged.parent(merged.by_id("printing")).id == "services"
    assert [unit.index for unit in merged.walk()] == list(range(len(merged)))
    for change in units_changes:
        assert merged.units[change.position].name == change.path[-1]
        assert [unit.name for unit in merged.path_to(merged.units[change.position])] == list(change.path)


def test_the_merged_tree_carries_every_field_of_every_unit():
    import dataclasses

    comparison = compare(*example_pair())
    merged = comparison.merged_organization
    placed = {"index", "parent", "subunits", "attached", "related", "referred_by", "depth", "names"}
    for unit in merged.units:
        source = comparison.new.get(unit.id) or comparison.old.by_id(unit.id)
        for field in dataclasses.fields(unit):
            if field.name not in placed:
                assert getattr(unit, field.name) == getattr(source, field.name), (unit.id, field.name)
        assert [merged.units[i].id for i in unit.related] == [
            comparison.new.units[i].id for i in source.related if unit.id in comparison.new
        ]
    renamed = merged.by_id("mobility")
    assert ("x-previous", "Traffic Engineering Section") in renamed.names
    assert renamed.name_in("sr-Latn") == renamed.name_in(None) == "Mobility Planning Section"


def test_marks_include_the_unit_that_gave_a_responsibility_away():
    comparison = compare(*example_pair())
    merged = comparison.merged_organization
    assert ChangeKind.RESPONSIBILITY_MOVED in comparison.marks[merged.by_id("permits-desk").index]
    assert comparison.marks[merged.by_id("treasury").index] == frozenset()


def test_a_file_compared_with_itself_has_no_changes():
    old, _ = example_pair()
    assert compare(old, old).changes == []
    assert not compare(old, old)


def test_comparison_is_deterministic():
    assert compare(*example_pair()).changes == compare(*example_pair()).changes


def test_reworded_threshold():
    # Exactly half the words shared: a rewording; one word in three: a different duty.
    assert similarity(word_set("maintaining parks"), word_set("maintaining parks and playgrounds")) == REWORDED
    assert similarity(word_set("maintaining parks"), word_set("maintaining roads")) < REWORDED

    def kinds(before: str, after: str) -> list[ChangeKind]:
        old = org(f"units: [{{id: a, name: A, responsibilities: ['{before}']}}]")
        new = org(f"units: [{{id: a, name: A, responsibilities: ['{after}']}}]")
        return [change.kind for change in compare(old, new).changes]

    assert kinds("maintaining parks", "maintaining parks and playgrounds") == [ChangeKind.RESPONSIBILITY_REWORDED]
    assert kinds("maintaining parks", "maintaining roads") == [
        ChangeKind.RESPONSIBILITY_ADDED,
        ChangeKind.RESPONSIBILITY_REMOVED,
    ]
    assert kinds("Maintaining  parks", "maintaining parks") == [ChangeKind.RESPONSIBILITY_REWORDED]  # case counts
    assert kinds("maintaining  parks", "maintaining parks") == []  # white space does not


def test_nearly_same_threshold_for_a_duty_moving_between_units():
    def moved(before: str, after: str) -> bool:
        old = org(f"units: [{{id: a, name: A, responsibilities: ['{before}']}}, {{id: b, name: B}}]")
        new = org(f"units: [{{id: a, name: A}}, {{id: b, name: B, responsibilities: ['{after}']}}]")
        return [change.kind for change in compare(old, new).changes] == [ChangeKind.RESPONSIBILITY_MOVED]

    # 5 of 7 words: 0.71, nearly the same; 2 of 4: 0.5, a rewording in a unit but not a move.
    assert (
        similarity(
            word_set("answering staff calls about computers"),
            word_set("answering staff calls about computers and phones"),
        )
        >= NEARLY_SAME
    )
    assert moved("answering staff calls about computers", "answering staff calls about computers and phones")
    assert not moved("maintaining parks", "maintaining parks and playgrounds")


def test_word_changes_mark_what_changed():
    stretches = word_changes("collecting household waste", "collecting household and garden waste")
    assert [(s.edit, s.text) for s in stretches] == [
        (Edit.SAME, "collecting household "),
        (Edit.ADDED, "and garden "),
        (Edit.SAME, "waste"),
    ]
    assert "".join(s.text for s in stretches if s.edit is not Edit.ADDED) == "collecting household waste"


@pytest.mark.parametrize(
    ("old", "new", "marked"),
    [
        # The tryout's change report struck "scholarships" and "grants" through and underlined them
        # again: "scholarships " before "and" was another word than "scholarships" before a comma.
        ("student scholarships and grants", "student scholarships, grants and loans", [", grants", "grants", "loans"]),
        (
            "planning and budgeting of defence",
            "planning, budgeting and control of defence",
            [", budgeting", "budgeting", "control"],
        ),
        ("a  b", "a b", []),  # a space more or less: nothing is marked
    ],
)
def test_a_word_beside_new_punctuation_is_the_same_word(old, new, marked):
    stretches = word_changes(old, new)
    assert "".join(s.text for s in stretches if s.edit is not Edit.ADDED) == old
    assert "".join(s.text for s in stretches if s.edit is not Edit.REMOVED) == new
    assert [s.text.strip() for s in stretches if s.edit is not Edit.SAME and not s.text.isspace()] == marked


def test_cross_references_to_a_removed_unit_are_removed():
    old = org("units: [{id: a, name: A, related: [b]}, {id: b, name: B}]")
    new = org("units: [{id: a, name: A}]")
    changes = compare(old, new).changes
    assert [(c.kind, c.id, c.other) for c in changes] == [
        (ChangeKind.RELATION_REMOVED, "a", "b"),
        (ChangeKind.REMOVED, "b", None),
    ]


def test_json_objects_have_the_contract_fields():
    change = compare(*example_pair()).changes[0]
    data = change.as_json()
    assert {"kind", "id", "old", "new", "path", "matched"} <= data.keys()
    assert not [key for key in data if key.startswith("_")]
    added = next(c for c in compare(*example_pair()).changes if c.kind is ChangeKind.ADDED).as_json()
    assert (added["kind"], added["unit_kind"], added["parent"]) == ("added", "office", "environment")


# --- properties -------------------------------------------------------------------------------------

NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]
DUTIES = [
    "maintaining parks",
    "maintaining parks and playgrounds",
    "maintaining roads",
    "collecting household waste every week",
    "collecting household and garden waste every week",
    "drafting the budget",
    "Drafting the budget",
    "answering calls",
]


@st.composite
def unit_lists(draw: st.DrawFn, ids: list[str]) -> list[dict[str, Any]]:
    """Units in pre-order as dicts with a parent position (or None) and placement."""
    chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True))
    units: list[dict[str, Any]] = []
    for position, unit_id in enumerate(chosen):
        parent = None if position == 0 else draw(st.one_of(st.none(), st.integers(0, position - 1)))
        units.append(
            {
                "id": unit_id,
                "name": draw(st.sampled_from(NAMES)),
                "kind": draw(st.sampled_from([None, "office", "section"])),
                "head": draw(st.sampled_from([None, "Head", "Chief"])),
                "description": draw(st.sampled_from([None, "Does things.", "Does other things."])),
                "responsibilities": draw(st.lists(st.sampled_from(DUTIES), max_size=4)),
                "parent": parent,
                "attached": draw(st.booleans()) if parent is not None else False,
            }
        )
    for unit in units:
        others = [u["id"] for u in units if u["id"] != unit["id"]]
        unit["related"] = sorted(draw(st.sets(st.sampled_from(others), max_size=2))) if others else []
    return units


def build(units: list[dict[str, Any]]) -> Organization:
    nodes: list[dict[str, Any]] = []
    top: list[dict[str, Any]] = []
    for unit in units:
        node = {"id": unit["id"], "name": unit["name"]}
        for key in ("kind", "head", "description"):
            if unit[key]:
                node[key] = unit[key]
        if unit["responsibilities"]:
            node["responsibilities"] = unit["responsibilities"]
        if unit["related"]:
            node["related"] = unit["related"]
        nodes.append(node)
        if unit["parent"] is None:
            top.append(node)
        else:
            nodes[unit["parent"]].setdefault("attached" if unit["attached"] else "subunits", []).append(node)
    text = yaml.safe_dump({"format": "orgexplorer/1", "organization": "T", "units": top}, allow_unicode=True)
    result = load_bytes(text.encode("utf-8"), "t.yaml")
    assert result.organization is not None, (result.problems, text)
    return result.organization


def canonical(organization: Organization) -> dict[str, tuple[Any, ...]]:
    """What a comparison is about: each unit's place and fields (the order of siblings and of
    responsibilities, and white space in prose, are not changes)."""
    out = {}
    for unit in organization.units:
        parent = organization.parent(unit)
        out[unit.id] = (
            parent.id if parent else None,
            unit.placement.value,
            unit.name,
            unit.kind,
            unit.head.label() or None if unit.head else None,
            normal(unit.description) or None if unit.description else None,
            tuple(sorted(normal(text) for text in unit.responsibilities)),
            tuple(sorted(organization.units[i].id for i in unit.related)),
        )
    return out


def apply(old: Organization, changes: list[Change]) -> dict[str, tuple[Any, ...]]:
    """Replay the reported changes on the older version's canonical form."""
    renames = {c.old: c.new for c in changes if c.kind is ChangeKind.ID_CHANGED}
    units: dict[str, dict[str, Any]] = {}
    for unit_id, (parent, placement, name, kind, head, description, duties, related) in canonical(old).items():
        units[renames.get(unit_id, unit_id)] = {
            "parent": renames.get(parent, parent) if parent else None,
            "placement": placement,
            "name": name,
            "kind": kind,
            "head": head,
            "description": description,
            "duties": list(duties),
            "related": {renames.get(i, i) for i in related},
        }
    gone = set()
    for c in changes:
        if c.kind is ChangeKind.ADDED:
            d = c.detail
            units[c.id] = {
                "parent": d["parent"],
                "placement": d["placement"],
                "name": c.new,
                "kind": d["unit_kind"],
                "head": d["head"],
                "description": normal(d["description"]) if d["description"] else None,
                "duties": [normal(t) for t in d["responsibilities"]],
                "related": set(d["related"]),
            }
        elif c.kind is ChangeKind.REMOVED:
            gone.add(c.id)
    for c in changes:
        unit = units[c.id]
        match c.kind:
            case ChangeKind.MOVED:
                unit["parent"], unit["placement"] = c.detail["parent"], c.detail["placement"]
            case ChangeKind.RENAMED:
                unit["name"] = c.new
            case ChangeKind.KIND_CHANGED:
                unit["kind"] = c.new
            case ChangeKind.HEAD_CHANGED:
                unit["head"] = c.new
            case ChangeKind.DESCRIPTION_CHANGED:
                unit["description"] = normal(c.new) if c.new else None
            case ChangeKind.RESPONSIBILITY_ADDED:
                unit["duties"].append(normal(c.new))
            case ChangeKind.RESPONSIBILITY_REMOVED:
                unit["duties"].remove(normal(c.old))
            case ChangeKind.RESPONSIBILITY_REWORDED:
                unit["duties"].remove(normal(c.old))
                unit["duties"].append(normal(c.new))
            case ChangeKind.RESPONSIBILITY_MOVED:
                unit["duties"].append(normal(c.new))
                if not c.detail.get("from_removed"):
                    units[c.other]["duties"].remove(normal(c.old))
            case ChangeKind.RELATION_ADDED:
                unit["related"].add(c.other)
            case ChangeKind.RELATION_REMOVED:
                unit["related"].discard(c.other)
    return {
        unit_id: (
            u["parent"],
            u["placement"],
            u["name"],
            u["kind"],
            u["head"],
            u["description"],
            tuple(sorted(u["duties"])),
            tuple(sorted(u["related"])),
        )
        for unit_id, u in units.items()
        if unit_id not in gone
    }


IDS = [f"u{i}" for i in range(7)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit_lists(IDS))
def test_comparing_a_version_with_itself_finds_nothing(units):
    organization = build(units)
    assert compare(organization, organization).changes == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit_lists(IDS), unit_lists([*IDS, "v1", "v2", "v3"]))
def test_applying_the_changes_gives_the_newer_tree(old_units, new_units):
    old, new = build(old_units), build(new_units)
    comparison = compare(old, new)
    assert apply(old, comparison.changes) == canonical(new)
    merged = comparison.merged_organization  # every unit of both versions, once
    assert len(merged) == len(new) + sum(1 for c in comparison.changes if c.kind is ChangeKind.REMOVED)
    assert [unit.index for unit in merged.walk()] == list(range(len(merged)))


def _all_pairs(olds, news, threshold):
    """What pair_similar must find, by comparing every pair (for small inputs only)."""
    taken, pairs = set(), []
    for i, a in enumerate(olds):
        if not a:
            continue
        best = None
        for j, b in enumerate(news):
            if j in taken:
                continue
            score = similarity(a, b)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, j)
        if best is not None:
            taken.add(best[1])
            pairs.append((i, best[1], best[0]))
    return pairs


WORDS = st.frozensets(st.sampled_from("abcdefghij"), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8), st.lists(WORDS, max_size=8), st.sampled_from([REWORDED, NEARLY_SAME]))
def test_prefix_filtering_finds_what_comparing_all_pairs_finds(olds, news, threshold):
    from orgexplorer.model.wording import _indexed_pairs, pair_similar

    expected = _all_pairs(olds, news, threshold)
    assert pair_similar(olds, news, threshold) == expected
    assert _indexed_pairs(olds, news, threshold) == expected  # the index, however few the texts
    assert _indexed_pairs([tuple(a) for a in olds], [tuple(b) for b in news], threshold) == expected  # word bags


def test_a_near_duplicate_is_found_by_its_rarer_words_among_thousands_of_common_ones():
    """Two unrelated versions of a small vocabulary leave thousands of sentences made of the same few
    words: those words are too common to look for candidates by, and the sentences that do share a
    rarer word are still paired."""
    import random

    from orgexplorer.model.wording import pair_similar, word_bag

    rng = random.Random(7)
    common = [f"w{i}" for i in range(40)]

    def sentence() -> str:
        return " ".join(rng.choice(common) for _ in range(12))

    olds = [sentence() for _ in range(3000)]
    news = [sentence() for _ in range(3000)]
    olds[1234] = "preparing the quarterly zebra census of the northern quokka colonies"
    news[2345] = "preparing the annual zebra census of the northern quokka colonies"

    class Looked(list):  # counts the new texts pair_similar looks at to score them
        looked = 0

        def __getitem__(self, at):
            Looked.looked += 1
            return super().__getitem__(at)

    pairs = pair_similar([word_bag(t) for t in olds], Looked(word_bag(t) for t in news), NEARLY_SAME)
    assert (1234, 2345) in [(i, j) for i, j, _score in pairs]
    assert Looked.looked <= 64 * len(olds)  # never all pairs, nor all that share a common word


# --- what the file says of the whole organization: its name, source and glossary ---


def _organization(title: str, source: str | None, glossary: dict[str, str]) -> Organization:
    lines = ["format: orgexplorer/1", f"organization: {title}"]
    if source is not None:
        lines.append(f"source: {source}")
    if glossary:
        lines += ["glossary:", *(f"  {term}: {text}" for term, text in glossary.items())]
    lines += ["units:", "  - {id: a, name: A, responsibilities: [planning]}"]
    organization = load_bytes("\n".join(lines).encode()).organization
    assert organization is not None
    return organization


def test_organization_name_source_and_glossary_are_compared():
    old = _organization("Ministry of Things", "The Act, 2024", {"SAF": "Serbian Armed Forces", "HR": "Human Resources"})
    new = _organization("Ministry of Things and Stuff", None, {"SAF": "Serbian Army", "IT": "Information Technology"})
    comparison = compare(old, new)
    assert comparison  # the units are the same: these alone are a difference
    found = [(c.kind, c.old, c.new, c.detail.get("term"), c.position, c.path) for c in comparison.changes]
    assert found == [
        (ChangeKind.ORGANIZATION_RENAMED, "Ministry of Things", "Ministry of Things and Stuff", None, None, ()),
        (ChangeKind.SOURCE_CHANGED, "The Act, 2024", None, None, None, ()),
        (ChangeKind.GLOSSARY_CHANGED, "Serbian Armed Forces", "Serbian Army", "SAF", None, ()),
        (ChangeKind.GLOSSARY_ADDED, None, "Information Technology", "IT", None, ()),
        (ChangeKind.GLOSSARY_REMOVED, "Human Resources", None, "HR", None, ()),
    ]
    assert comparison.unit_marks == {} and comparison.by_position == {}  # no unit is marked for them
    assert comparison.changes[0].as_json()["id"] is None


def test_white_space_in_the_organizations_fields_is_no_change():
    old = _organization("Ministry of Things", "The Act", {"SAF": "Serbian Armed Forces"})
    new = _organization("Ministry  of Things", "The  Act", {"SAF": "Serbian  Armed Forces"})
    assert not compare(old, new)
