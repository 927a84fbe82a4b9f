"""The quick and the careful reading are one reading: the quick one gives up exactly where the careful
one has anything to say (then the careful one says it, at its file, line and column), and otherwise
gives the very organization the careful one gives. Checked on every hostile file, on generated
organizations with random units, and on random mutations of both, with both parsers and tight limits.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from orgexplorer.model import Limits, LoadResult, load_bytes
from orgexplorer.model.loader import quick_organization
from tests.conftest import BUNDLED
from tests.hostile.make_large import make
from tests.test_hostile import CASES

HOSTILE = Path(__file__).parent.parent / "hostile"
PATH = "t.yaml"
HEADER = "format: orgexplorer/1\norganization: Test\n"
DEFAULT = Limits()


def one_reading(data: bytes, limits: Limits = DEFAULT, libyaml: bool | None = None) -> LoadResult:
    """Read ``data`` both ways and hold them to each other; gives the careful result."""
    careful = load_bytes(data, PATH, limits, libyaml=libyaml, careful=True)
    quick = quick_organization(data, str(Path(PATH).resolve()), limits, None, libyaml)
    if careful.problems:
        assert quick is None, careful.problems[:3]  # anything to say, even a warning: the careful way
    else:
        assert quick is not None and quick == careful.organization
        assert [(u.line, u.column) for u in quick.units] == [(u.line, u.column) for u in careful.organization.units]
    chosen = load_bytes(data, PATH, limits, libyaml=libyaml)  # the loader's own choice of way
    assert chosen.organization == careful.organization and chosen.problems == careful.problems
    for problem in careful.problems:
        assert problem.path == PATH and problem.line >= 1 and problem.column >= 1 and problem.message
        assert "unexpected failure" not in problem.message, problem
    return careful


def found(result: LoadResult) -> list[tuple[int, int, str]]:
    return [(problem.line, problem.column, problem.message) for problem in result.problems]


# Every hostile case ``orgexplorer check`` is held to, with the problem each must give, where; and more.
HOSTILE_CASES = [
    *CASES,
    ("merge-key-bomb.yaml", 4, 15, "aliases (*x0) are not allowed"),
    ("look-alikes.yaml", 8, 15, "character 4 of the name is the invisible U+200B"),  # a warning
]


# Where the pure-Python parser says it otherwise (or takes what libyaml refuses, and the walk refuses it).
PURE_PARSER = {
    "escaped-surrogate.yaml": (2, 15, "an escaped surrogate (\\uD800-\\uDFFF) is not a character"),
}


@pytest.mark.parametrize("libyaml", [True, False])
@pytest.mark.parametrize(("name", "line", "column", "message"), HOSTILE_CASES)
def test_every_hostile_file_is_refused_alike_both_ways(name, line, column, message, libyaml):
    result = one_reading((HOSTILE / name).read_bytes(), libyaml=libyaml)
    if not libyaml and name in PURE_PARSER:
        line, column, message = PURE_PARSER[name]
    assert any((ln, c) == (line, column) and message in text for ln, c, text in found(result)), found(result)


def test_the_files_that_load_load_alike_both_ways(bundled_path):
    for data in (bundled_path.read_bytes(), (HOSTILE / "yaml11-values.yaml").read_bytes(), generate(400).encode()):
        assert one_reading(data).ok


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return make(tmp_path_factory.mktemp("large"))


@pytest.mark.parametrize(
    ("name", "limits", "where", "message"),
    [
        ("deep-flow.yaml", Limits(), None, "nesting"),  # libyaml's own limit, or the walk's: either way
        ("deep-block.yaml", Limits(), None, "nesting"),
        ("huge-value.yaml", Limits(), (3, 9), "a value of 2,000,000 characters (at most 100,000)"),
        ("many-values.yaml", Limits(), (3, 9), "a unit must be a mapping with 'id' and 'name', not text"),
        ("many-values.yaml", Limits(), (3, 407), "stopped after 200 problems"),
        ("many-values.yaml", Limits(max_nodes=1000), (3, 1995), "the file has more than 1,000 values"),
        ("huge-value.yaml", Limits(max_bytes=2**20), (1, 1), "more than the limit of 1 MiB"),
    ],
)
def test_large_hostile_files_are_refused_alike_both_ways(large, name, limits, where, message):
    result = one_reading(large[name].read_bytes(), limits)
    assert not result.ok
    matching = [(line, column) for line, column, text in found(result) if message in text]
    assert matching and (where is None or where in matching), found(result)[:5]


# --- generated organizations with random units: every rule of the format, both ways ---

# Text a valid file may hold (spaces are stripped and collapsed, values stay text), and text it may not.
GOOD = ["Finance", "  padded  ", "No", "010", "2024-01-31", "two  spaces", "nbsp\u00a0here", "Ђорђе Đorđe",
        "a | b", "~", "null", "x" * 60]  # fmt: skip
BAD = ["", " ", "tab\there", "line\nbreak", "bell\x07", "rtl\u202eoverride", "zero\u200bwidth", "non\ufffechar"]
RAW = ["@~", "@No", "@010", "@&a x", "@*a", "@!!str x", "@!!bool yes", "@''", '@"\\ud800"', "@[x]", "@{a: b}"]


def _yaml(value: object) -> str:
    """A value in YAML flow style; strings double-quoted (JSON's escapes are YAML's)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_yaml(k)}: {_yaml(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, str) and value.startswith("@"):  # written as it is: a plain scalar, a raw form
        return value[1:]
    return json.dumps(value, ensure_ascii=False)


@st.composite
def organizations(draw: st.DrawFn) -> bytes:
    """An organization of random units; ``noise`` per cent of its values are wrong in some way."""
    noise = draw(st.sampled_from([0, 0, 2, 10, 40]))

    def wrong() -> bool:
        return draw(st.integers(0, 99)) < noise

    def text(prose: bool = False) -> object:
        if wrong():
            return draw(st.one_of(st.sampled_from(BAD + RAW), st.none(), st.text(max_size=6), st.lists(st.just("x"))))
        return draw(st.sampled_from(GOOD + (["line\nbreak"] if prose else [])))

    count = draw(st.integers(1, 8))
    ids = [f"u{n}" if not wrong() else draw(st.sampled_from(["u0", "", "u\u200b1", "@&a x"])) for n in range(count)]
    units = []
    for n in range(count):
        unit: dict[str, object] = {"id": ids[n], "name": text()}
        if draw(st.booleans()):
            tags = st.sampled_from(["en", "sr-Latn", "sr-Cyrl"] + (["x", " en ", "e-"] if wrong() else []))
            unit["name"] = draw(st.dictionaries(tags, st.builds(text), min_size=0 if wrong() else 1))
        if draw(st.booleans()):
            unit["kind"] = text()
        if draw(st.booleans()):
            unit["description"] = text(prose=True)
        if draw(st.booleans()):
            keys = st.sampled_from(["title", "name"] + (["nme"] if wrong() else []))
            unit["head"] = draw(st.one_of(st.builds(text), st.dictionaries(keys, st.builds(text))))
        if draw(st.booleans()):
            unit["responsibilities"] = text() if wrong() else draw(st.lists(st.builds(text), max_size=4))
        if draw(st.booleans()):
            choices = ids[:n] + ids[n + 1 :] + (["ghost", ids[n]] if wrong() else [])
            unit["related"] = text() if wrong() or not choices else draw(st.lists(st.sampled_from(choices), max_size=2))
        if draw(st.booleans()):
            unit["details"] = text() if wrong() else draw(st.dictionaries(st.sampled_from(GOOD), st.builds(text)))
        if wrong():
            unit[draw(st.sampled_from(["nmae", "responsibilites", ""]))] = text()
        units.append(unit)
    # Hang each unit after the first below an earlier one, as a subunit or attached.
    top: list[object] = [units[0]]
    for n in range(1, count):
        parent = units[draw(st.integers(0, n - 1))]
        key = draw(st.sampled_from(["subunits", "subunits", "attached"]))
        below = parent.setdefault(key, [])
        if isinstance(below, list):
            below.append(units[n])
        else:
            top.append(units[n])
    lines = [HEADER.rstrip("\n")]
    if draw(st.booleans()):
        lines.append(f"glossary: {_yaml(text() if wrong() else {'HR': text()})}")
    lines.append(f"units: {_yaml(top)}")
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(organizations(), st.sampled_from([None, False]))
def test_random_organizations_read_alike_both_ways(data, libyaml):
    one_reading(data, libyaml=libyaml)


# --- random damage to real files: hostile pieces put in anywhere ---

PIECES = [
    b"&a ", b"*a", b"<<: *a\n", b"!!python/object:os.system ", b"!!str ", b"!!timestamp ", b"---\n", b"...\n",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9", b"\xed\xa0\x80", b"\x00", b"\t", b"\n  ", b"[" * 12, b"{", b'"',
    b'"\\ud800"', b"\\u202e", b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xc2\xa0", b"id: u1\n", b"name: x\n",
    b"related: [u1, u1, ghost]\n", b"  - {id: u0, name: Again}\n", b"? [a]\n: b\n", b"~", b"", b" ", b"|",
    b"x" * 300,
]  # fmt: skip
SOURCES = [BUNDLED.read_bytes(), generate(60, seed=3).encode()]
LIMITS = [
    Limits(),
    Limits(),
    Limits(max_scalar=200),
    Limits(max_depth=8),
    Limits(max_nodes=400),
    Limits(max_problems=3),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_read_alike_both_ways(data):
    blob = bytearray(data.draw(st.sampled_from(SOURCES)))
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(blob)))
        if data.draw(st.integers(0, 3)):
            blob[position:position] = data.draw(st.sampled_from(PIECES))
        else:
            del blob[position : position + data.draw(st.integers(1, 30))]
    one_reading(bytes(blob), data.draw(st.sampled_from(LIMITS)), data.draw(st.sampled_from([None, False])))
