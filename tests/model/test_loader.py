"""The loader: valid files, every kind of problem with its position, values kept as text."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from orgexplorer.model import Limits, Placement, Relation, load_bytes, load_file

HEADER = "format: orgexplorer/1\norganization: Test Ministry\n"


def org(body: str) -> bytes:
    return (HEADER + textwrap.dedent(body)).encode("utf-8")


def problems(data: bytes, limits: Limits | None = None) -> list[tuple[int, int, str]]:
    result = load_bytes(data, "t.yaml", limits or Limits())
    assert result.organization is None
    return [(p.line, p.column, p.message) for p in result.problems]


def test_bundled_file_loads(bundled_path):
    result = load_file(bundled_path)
    assert result.problems == []
    organization = result.organization
    assert organization is not None
    assert len(organization) == 9
    assert organization.path == str(bundled_path.resolve())


def test_relations_both_ways():
    result = load_bytes(
        org(
            """
            units:
              - id: root
                name: Root
                head: {title: Director, name: Ana Anić}
                subunits:
                  - {id: a, name: A, related: [b]}
                  - {id: b, name: B}
                attached:
                  - {id: staff, name: Staff}
            """
        )
    )
    o = result.organization
    assert o is not None, result.problems
    root, a, b, staff = (o.by_id(i) for i in ("root", "a", "b", "staff"))
    assert root.subunits == (a.index, b.index)
    assert root.attached == (staff.index,)
    assert root.children == (a.index, b.index, staff.index)
    assert o.parent(a) is root and o.parent(root) is None
    assert staff.placement is Placement.ATTACHED and a.placement is Placement.SUBUNIT
    assert o.attached_to(staff).label() == "Director (Ana Anić)"
    assert a.related == (b.index,) and b.referred_by == (a.index,)
    assert [u.id for u in o.path_to(staff)] == ["root", "staff"]
    assert [u.id for u in o.walk()] == ["root", "a", "b", "staff"]
    assert o.get("nope") is None and "a" in o


def test_values_stay_text():
    result = load_bytes(
        org(
            """
            units:
              - id: 010
                name: No
                kind: 2024-01-31
                head: 12:30
                responsibilities: [yes, 1e3, ~x]
            """
        )
    )
    assert result.organization is not None, result.problems
    unit = result.organization.units[0]
    assert (unit.id, unit.name, unit.kind, unit.head.title) == ("010", "No", "2024-01-31", "12:30")
    assert unit.responsibilities == ("yes", "1e3", "~x")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "units:\n  - id: a\n    name: A\n    name: B\n",
            (6, 5, "duplicate key 'name' (first at line 5, column 5)"),
            id="duplicate-key",
        ),
        pytest.param(
            "units:\n  - {id: a, name: A}\n  - {id: a, name: B}\n",
            (5, 10, "duplicate unit id 'a' (first used at line 4, column 10)"),
            id="duplicate-id",
        ),
        pytest.param(
            "units:\n  - id: a\n    name: A\n    responsibilites: [x]\n",
            (6, 5, "did you mean 'responsibilities'?"),
            id="unknown-key",
        ),
        pytest.param("units:\n  - id: a\n    name: '  '\n", (5, 11, "'name' of unit 'a' is empty"), id="empty-name"),
        pytest.param("units:\n  - id: a\n", (4, 5, "unit 'a' has no 'name'"), id="missing-name"),
        pytest.param("units:\n  - name: A\n", (4, 5, "this unit has no 'id'"), id="missing-id"),
        pytest.param("units:\n  - id: a\n    name: [A]\n", (5, 11, "'name' must be text, not a list"), id="name-list"),
        pytest.param(
            "units:\n  - id: a\n    name: A\n    related: [b]\n",
            (6, 15, "'related' names 'b', which is no unit in this file"),
            id="related-unknown",
        ),
        pytest.param(
            "units:\n  - id: a\n    name: A\n    related: [a]\n",
            (6, 15, "'related' names the unit itself"),
            id="related-self",
        ),
        pytest.param(
            "units:\n  - id: a\n    name: A\n    subunits: nope\n",
            (6, 15, "'subunits' must be a list, not text"),
            id="subunits-text",
        ),
        pytest.param("units:\n  - just text\n", (4, 5, "a unit must be a mapping"), id="unit-text"),
        pytest.param("units: []\n", (3, 8, "'units' is empty"), id="no-units"),
        pytest.param("units:\n  - id: a\n    name: [\n", (6, 1, "YAML syntax"), id="syntax"),
        pytest.param(
            'units:\n  - id: a\n    name: "Ev\\u202eil"\n',
            (5, 11, "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
            id="bidi-override",
        ),
        pytest.param(
            "units:\n  - {id: a, name: !!bool yes}\n",
            (4, 19, "the tag !!bool is not allowed"),
            id="explicit-tag",
        ),
        pytest.param(
            "x: &a [1]\nunits:\n  - {id: a, name: *a}\n",
            (3, 4, "anchors (&a) are not allowed"),
            id="anchor",
        ),
        pytest.param(
            "units:\n  - {id: a, name: A, {k: v}: x}\n",
            (4, 22, "a key that is not text"),
            id="mapping-as-key",  # at the mapping's start, not its end
        ),
    ],
)
def test_problem_located(body, expected):
    found = problems(org(body))
    line, column, text = expected
    assert any((ln, c) == (line, column) and text in m for ln, c, m in found), found


def test_reports_all_problems_at_once():
    found = problems(
        org(
            """
            units:
              - id: a
                nmae: A
                related: [zz]
              - {id: a, name: B}
            """
        )
    )
    messages = " | ".join(m for _, _, m in found)
    for expected in ("did you mean 'name'", "has no 'name'", "duplicate unit id 'a'", "'zz'"):
        assert expected in messages


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"- a\n- b\n", "must be a mapping"),
        (b"format: orgexplorer/2\norganization: X\nunits: [{id: a, name: A}]\n", "unknown format"),
        (b"organization: X\nunits: [{id: a, name: A}]\n", "has no 'format'"),
        (b"a: 1\n---\nb: 2\n", "a second YAML document"),
        (b"\x00\x01\x02", "binary file"),
        (b"format: orgexplorer/1\norganization: Caf\xe9\n", "not valid UTF-8"),
        (b"format: orgexplorer/1\norganization: X\xef\xbb\xbf\n", "byte-order mark"),
    ],
)
def test_file_level_problems(data, expected):
    found = problems(data)
    assert any(expected in m for _, _, m in found), found


def test_utf16_with_bom_is_read():
    text = HEADER + "units:\n  - {id: a, name: Војна}\n"
    result = load_bytes(text.encode("utf-16"))
    assert result.organization is not None and result.organization.units[0].name == "Војна"


def test_limits(tmp_path):
    assert "more than the limit" in problems(b"x" * 200, Limits(max_bytes=100))[0][2]
    assert "nesting deeper than 5" in problems(b"[[[[[[[[[[1]]]]]]]]]]", Limits(max_depth=5))[0][2]
    assert "more than 10 values" in problems(org("units: [" + "a," * 50 + "]\n"), Limits(max_nodes=10))[0][2]
    long_value = problems(org(f"source: {'x' * 2000}\n"), Limits(max_scalar=1000))
    assert any("a value of 2,000 characters (at most 1,000)" in m for _, _, m in long_value)


def test_missing_file_and_folder(tmp_path):
    assert "cannot read the file" in load_file(tmp_path / "nope.yaml").problems[0].message
    assert "folder" in load_file(tmp_path).problems[0].message


def test_problem_format():
    result = load_bytes(b"units: [x,\n  - y]", "dir/f.yaml")
    assert [str(p) for p in result.problems] == [
        "dir/f.yaml:2:3: error: YAML syntax: did not find expected node content "
        "(while parsing a flow node at line 2, column 3)"
    ]


def test_model_does_not_import_qt():
    code = "import sys, orgexplorer.model; assert 'PySide6' not in sys.modules, sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_relation_groups_in_reading_order():
    result = load_bytes(
        org(
            """
            units:
              - id: root
                name: Root
                subunits: [{id: a, name: A, related: [b]}, {id: b, name: B}]
                attached: [{id: staff, name: Staff}]
            """
        )
    )
    o = result.organization
    names = lambda groups: [(label, [o.units[i].id for i in ids]) for label, ids in groups]  # noqa: E731
    assert names(o.relation_groups(o.by_id("root"))) == [
        (Relation.SUBUNIT, ["a", "b"]),
        (Relation.ATTACHED_UNIT, ["staff"]),
    ]
    assert names(o.relation_groups(o.by_id("a"))) == [(Relation.PART_OF, ["root"]), (Relation.RELATED, ["b"])]
    assert names(o.relation_groups(o.by_id("b"))) == [(Relation.PART_OF, ["root"]), (Relation.REFERRED_TO_BY, ["a"])]
    assert names(o.relation_groups(o.by_id("staff"))) == [(Relation.ATTACHED_TO_HEAD_OF, ["root"])]


def test_plain_and_careful_ways_agree():
    """Most units are read by a fast path; these values make it hand over to the careful one, and
    the result must be what the careful one gives."""
    result = load_bytes(
        org(
            """
            units:
              - id: " root "
                name: "  Root  "
                kind: "   "
                head: {title: " Director ", name: ""}
                description: |
                  Two lines
                  of prose.
                responsibilities:
                  - "planning  and\\tbudgets"
                  - " leading space"
                  - "a | b"
                  - "plain one"
                subunits:
                  - {id: a, name: A, head: "  Chief  ", responsibilities: ["x y", "z"]}
                  - {id: b, name: {en: B, sr-Latn: Be}, kind: office}
                  - {id: c, name: C, head: {name: Ana}}
            """
        )
    )
    o = result.organization
    assert o is not None, result.problems
    root, a, b, c = (o.by_id(i) for i in ("root", "a", "b", "c"))
    assert (root.name, root.kind, root.description) == ("Root", None, "Two lines\nof prose.")
    assert root.head is not None and (root.head.title, root.head.name) == ("Director", None)
    assert root.responsibilities == ("planning and budgets", "leading space", "a | b", "plain one")
    assert a.head is not None and (a.head.title, a.head.name) == ("Chief", None)
    assert a.responsibilities == ("x y", "z")
    assert (b.name, b.names, b.kind) == ("B", (("en", "B"), ("sr-Latn", "Be")), "office")
    assert c.head is not None and (c.head.title, c.head.name) == (None, "Ana")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('units:\n  - {id: a, name: A, responsibilities: ["ok", ""]}\n', "a responsibility must be text"),
        ("units:\n  - {id: a, name: A, responsibilities: [ok, [x]]}\n", "a responsibility must be text"),
        ('units:\n  - {id: a, name: "A\\tB"}\n', "U+0009"),
        ('units:\n  - {id: a, name: A, description: "x\\u202ey"}\n', "U+202E"),
        ('units:\n  - {id: a, name: A, head: {title: "T\\u0007"}}\n', "U+0007"),
        ("units:\n  - {id: a, name: A, head: [x]}\n", "'head' must be text, not a list"),
        ("units:\n  - {id: a, name: A, head: {title: T, nme: N}}\n", "unknown key 'nme'"),
    ],
)
def test_fast_path_hands_problems_to_the_careful_way(body, expected):
    assert any(expected in message for _, _, message in problems(org(body)))


@pytest.mark.parametrize("libyaml", [True, False])
@pytest.mark.parametrize(
    ("bad", "shown"),
    [(b"\xe9", "0xE9"), (b"\xed\xa0\x80", "0xED"), (b"\xc0\xaf", "0xC0"), (b"\xf4\x90\x80\x80", "0xF4")],
)
def test_bad_utf8_deep_in_a_file_is_located(bad, shown, libyaml):
    """Latin-1, an encoded surrogate, an overlong form, beyond U+10FFFF: after many good lines, at
    the byte, whichever parser reads the file."""
    body = "".join(f"  - {{id: u{n}, name: Unit {n}}}\n" for n in range(500))
    data = org("units:\n" + body) + b"  - {id: last, name: Caf" + bad + b"}\n"
    result = load_bytes(data, "t.yaml", libyaml=libyaml)
    assert result.organization is None
    assert [(p.line, p.column) for p in result.problems] == [(504, 25)], result.problems
    assert shown in result.problems[0].message and "not valid UTF-8" in result.problems[0].message


def test_clean_files_take_the_quick_way(bundled_path):
    """The bundled sector and a generated organization (attached units, related ids, names in two
    scripts) are read without the careful reading: the quick one has nothing to doubt in them."""
    from benchmarks.generate import generate
    from orgexplorer.model.loader import quick_organization

    for data in (bundled_path.read_bytes(), generate(300).encode("utf-8")):
        organization = quick_organization(data)
        assert organization is not None and organization == load_bytes(data, careful=True).organization


def test_progress_never_goes_back_when_the_careful_reading_takes_over():
    from benchmarks.generate import generate

    data = (generate(10_000) + "  - {id: last, name: Last, nmae: typo}\n").encode("utf-8")
    seen: list[float] = []
    result = load_bytes(data, "p.yaml", progress=seen.append)
    assert not result.ok and "did you mean 'name'" in result.problems[0].message
    assert len(seen) > 4 and seen == sorted(seen) and seen[0] >= 0 and seen[-1] <= 1
