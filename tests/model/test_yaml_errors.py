"""YAML syntax errors said in the file author's terms, at the place to fix, alike with either parser;
and one message for one refused value (no follow-up errors about what it left missing)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgexplorer.model import load_file
from orgexplorer.model.loader import load_bytes
from tests.conftest import BUNDLED

HEADER = "format: orgexplorer/1\norganization: T\nunits:\n"

# (file body after the header or whole, line, column, words the message must hold)
BROKEN = [
    pytest.param(
        HEADER + "  - id: a\n    name: A\n     kind: office\n",
        6,
        6,
        ["indented further than line 5", "the keys of one unit", "move 'kind' to column 5"],
        id="key-indented-too-far",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: X\n      head: Y\n",
        6,
        7,
        ["indented further than line 5", "move 'head' to column 5"],
        id="head-indented-too-far",
    ),
    pytest.param(
        "format: orgexplorer/1\n  organization: T\nunits: []\n",
        2,
        3,
        ["indented further than line 1", "the file's keys", "move 'organization' to column 1"],
        id="top-key-indented",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    head:\n      title: X\n        name: Y\n",
        8,
        9,
        ["indented further than line 7", "the keys of a head", "move 'name' to column 7"],
        id="head-key-indented",
    ),
    pytest.param(
        "format: orgexplorer/1\norganization: T\nglossary:\n  SAF: Serbian Armed Forces\n   MoD: Ministry\nunits: []\n",
        5,
        4,
        ["the terms of the glossary", "move 'MoD' to column 3"],
        id="glossary-term-indented",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    description: This unit handles\n      the following: a, b\n",
        7,
        7,
        ["indented further than line 6", "continues the value of 'description'", "quotes"],
        id="prose-with-a-colon",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n   kind: office\n",
        6,
        4,
        ["'kind' is in column 4, which lines up with no line above it", "move it to column 5 (as on line 5)"],
        id="key-between-columns",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    responsibilities:\n      - x\n      kind: office\n",
        8,
        7,
        ["'kind' stands in the column of the list items ('-') of line 7", "write '- ' before it"],
        id="key-among-list-items",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    subunits:\n      - id: b\n        name: B\n     - id: c\n",
        9,
        6,
        ["list item ('-') is in column 6", "column 7, as on line 7"],
        id="list-item-between-columns",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    subunits:\n      - id: b\n        name: B\n        - id: c\n",
        9,
        9,
        ["list item ('-') stands among the keys of line 8", "column 7, as on line 7"],
        id="list-item-among-keys",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n - id: b\n   name: B\n",
        6,
        2,
        ["list item ('-') is in column 2", "column 3, as on line 4"],
        id="top-list-item-misaligned",
    ),
    pytest.param(
        HEADER + "  -id: a\n    name: A\n",
        4,
        3,
        ["'-' needs a space after it"],
        id="dash-without-space",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    responsibilities: - x\n",
        6,
        23,
        ["cannot follow 'responsibilities:' on the same line"],
        id="list-item-on-its-key-line",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: Office: Legal\n",
        5,
        17,
        ["the value of 'name' holds a colon and a space", 'name: "Office: Legal"'],
        id="colon-in-value",
    ),
    pytest.param(
        HEADER + "  - id: a\n\tname: A\n",
        5,
        1,
        ["indented with a tab", "spaces only"],
        id="tab-indent",
    ),
    pytest.param(
        "format: orgexplorer/1\norganization: T\nunits:\n\t- id: a\n",
        4,
        1,
        ["indented with a tab"],
        id="tab-before-item",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name:A\n    kind: office\n",
        5,
        9,
        ["'name:A' needs a space after the colon", "'name: A'"],
        id="no-space-after-colon",
    ),
    pytest.param(
        "format: orgexplorer/1\norganization:T\nunits:\n  - id: a\n    name: A\n",
        2,
        13,
        ["'organization:T' needs a space after the colon"],
        id="no-space-after-top-colon",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name A\n    kind: office\n",
        5,
        5,
        ["'name A' is not a key and its value", "'name: A'"],
        id="no-colon",
    ),
    pytest.param(
        HEADER + '  - id: a\n    name: "unclosed\n',
        5,
        11,
        ['the quote (") that starts this value is never closed'],
        id="quote-never-closed",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: 'unclosed\n  - id: b\n    name: 'B'\n",
        5,
        11,
        ["the quote (') that starts this value is not closed on its line", "runs on to line 7"],
        id="quote-closed-by-a-later-value",
    ),
    pytest.param(
        HEADER + '  - id: a\n    name: "A" Office\n',
        5,
        15,
        ["text after the closing quote"],
        id="text-after-quotes",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    related: [b, c\n",
        6,
        14,
        ["the '[' here is never closed", "']'"],
        id="bracket-never-closed",
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    kind: @office\n",
        6,
        11,
        ["'@'", 'quotes ("@office")'],
        id="reserved-first-character",
    ),
    pytest.param(
        HEADER + '  - id: a\n    name: "C:\\Docs"\n',
        5,
        14,
        ["'\\D' in double quotes is no escape", "single quotes"],
        id="backslash-in-double-quotes",
    ),
]


def _found(result, line, column, words):
    problems = [p for p in result.problems if p.is_error]
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.line, problem.column) == (line, column), problem
    for word in words:
        assert word in problem.message, problem
    assert "YAML syntax" not in problem.message and "not allowed here" not in problem.message
    return problem


@pytest.mark.parametrize(("text", "line", "column", "words"), BROKEN)
def test_a_broken_file_gets_a_message_in_its_authors_terms(tmp_path, text, line, column, words):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    problem = _found(load_file(path, use_cache=False), line, column, words)
    assert problem.path == str(path)


@pytest.mark.parametrize(("text", "line", "column", "words"), BROKEN)
def test_both_parsers_say_the_same(text, line, column, words):
    data = text.encode("utf-8")
    with_libyaml = load_bytes(data, "f.yaml", libyaml=True, careful=True).problems
    pure = load_bytes(data, "f.yaml", libyaml=False, careful=True).problems
    assert with_libyaml == pure


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda text: "\ufeff" + text, id="byte-order-mark"),
        pytest.param(lambda text: text.replace("organization: T", "organization: Ђорђе Đorđe"), id="cyrillic"),
        pytest.param(
            lambda text: text.replace("    name: A\n", "    name: A   # the name\n\n    # a note\n"),
            id="comments-and-blank-lines",
        ),
    ],
)
def test_the_explanation_survives_line_endings_marks_and_comments(tmp_path, variant):
    text = variant(HEADER + "  - id: a\n    name: A\n     kind: office\n")
    path = tmp_path / "broken.yaml"
    path.write_bytes(text.encode("utf-8"))
    line = text.replace("\r\n", "\n").split("\n").index("     kind: office") + 1
    _found(load_file(path, use_cache=False), line, 6, ["indented further than line 5", "move 'kind' to column 5"])


def test_an_error_far_down_a_large_file_is_explained_quickly(tmp_path):
    units = "".join(f"  - id: u{n}\n    name: Unit {n}\n" for n in range(50_000))
    path = tmp_path / "large.yaml"
    path.write_text(HEADER + units + "  - id: last\n    name: Last\n      kind: office\n", encoding="utf-8")
    problem = _found(load_file(path, use_cache=False), 100_006, 7, ["indented further than line 100005"])
    assert "the keys of one unit" in problem.message


def test_an_error_it_cannot_explain_keeps_the_parsers_words():
    result = load_bytes(b"units: [x,\n  - y]", "dir/f.yaml")
    assert [p.message for p in result.problems] == [
        "YAML syntax: did not find expected node content (while parsing a flow node at line 2, column 3)"
    ]


def test_check_prints_the_explanation_with_file_line_and_column(tmp_path):
    path = tmp_path / "unit.yaml"
    path.write_text(HEADER + "  - id: a\n    name: A\n     kind: office\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stdout.startswith(f"{path}:6:6: error: this line is indented further than line 5 above it")
    assert "Traceback" not in result.stderr


# --- a refused value is one message: nothing more is said of what it left missing ---

REFUSALS = [
    pytest.param(HEADER + "  - id: a\n    name: &x A\n  - id: b\n    name: *x\n", [(5, 11), (7, 11)], id="name"),
    pytest.param(
        HEADER + "  - &u {id: a, name: A}\n  - *u\n  - {id: c, name: C, related: [a]}\n", [(4, 5), (5, 5)], id="unit"
    ),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    responsibilities: [&r x, *r]\n", [(6, 24), (6, 30)], id="responsibility"
    ),
    pytest.param(HEADER + "  - id: &i a\n    name: A\n  - id: *i\n    name: B\n", [(4, 9), (6, 9)], id="id"),
    pytest.param(
        HEADER + "  - id: a\n    name: {en: &n A}\n  - id: b\n    name: {en: *n}\n",
        [(5, 16), (7, 16)],
        id="names-by-language",
    ),
    pytest.param(
        "format: orgexplorer/1\norganization: &t T\nglossary: *t\nunits: *t\n",
        [(2, 15), (3, 11), (4, 8)],
        id="glossary-and-units",
    ),
    pytest.param("*x\n", [(1, 1)], id="the-whole-file"),
    pytest.param(
        HEADER + "  - id: a\n    name: A\n    head: {title: &h X}\n    details: *h\n    subunits: *h\n"
        "  - {id: b, name: B, head: *h, related: [*h]}\n",
        [(6, 19), (7, 14), (8, 15), (9, 28), (9, 42)],
        id="head-details-subunits-related",
    ),
]


@pytest.mark.parametrize(("text", "places"), REFUSALS)
@pytest.mark.parametrize("libyaml", [True, False])
def test_a_refused_value_gives_one_message(text, places, libyaml):
    problems = load_bytes(text.encode(), "f.yaml", libyaml=libyaml).problems
    assert [(p.line, p.column) for p in problems] == places, problems
    assert all("anchors" in p.message or "aliases" in p.message for p in problems), problems


def test_a_cross_reference_still_reported_when_nothing_was_refused_but_a_text():
    text = HEADER + "  - id: a\n    name: &x A\n    related: [zz]\n  - {id: b, name: *x}\n"
    messages = [p.message for p in load_bytes(text.encode(), "f.yaml").problems]
    assert any("'related' names 'zz'" in message for message in messages), messages


def test_check_prints_one_message_for_an_alias(tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text(HEADER + "  - id: a\n    name: &x A\n  - id: b\n    name: *x\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}:5:11: error: anchors (&x) are not allowed in organization files",
        f"{path}:7:11: error: aliases (*x) are not allowed in organization files; write the value out "
        "(text that starts with '*' goes in quotes)",
    ]


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        pytest.param(
            HEADER + "  id: a\n  name: A\n",
            4,
            3,
            ["'units' must be a list, not a mapping", "start each item with '- '"],
            id="units-without-dashes",
        ),
        pytest.param(
            HEADER + "  - id: a\n    name: A\n    responsibilities: planning\n",
            6,
            23,
            ["'responsibilities' must be a list, not text", "starting with '- '"],
            id="responsibilities-as-text",
        ),
        pytest.param(
            HEADER + "  - id: a\n    name: A\n   : kind: office\n",
            6,
            4,
            ["this line is in column 4"],
            id="a-line-with-no-key",
        ),
    ],
)
def test_a_list_written_otherwise_says_how_to_write_it_once(text, line, column, words):
    problems = load_bytes(text.encode(), "f.yaml").problems
    assert len(problems) == 1, problems  # not also "'units' is empty"
    assert (problems[0].line, problems[0].column) == (line, column), problems
    assert all(word in problems[0].message for word in words), problems


# --- any damage to a real file: a located message, never a failure of the explaining itself ---

_EDITS = st.tuples(
    st.integers(min_value=0, max_value=10_000),  # where (wrapped to the file's length)
    st.sampled_from(
        [
            " ",
            "  ",
            "\t",
            ":",
            ": ",
            "-",
            "- ",
            "'",
            '"',
            "[",
            "{",
            "#",
            "\n",
            "\r\n",
            "&",
            "*",
            "@",
            "\\",
            "?",
            "|",
            ">",
            "Ђ",
            "\ufeff",
            "",
        ]
    ),  # what goes in
    st.integers(min_value=0, max_value=3),  # how many characters it replaces
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(_EDITS, min_size=1, max_size=4), libyaml=st.booleans())
def test_damaged_files_get_located_messages_both_ways(edits, libyaml):
    text = BUNDLED.read_text(encoding="utf-8")
    for where, inserted, removed in edits:
        at = where % (len(text) + 1)
        text = text[:at] + inserted + text[at + removed :]
    lines = text.replace("\r\n", "\n").split("\n")
    for problem in load_bytes(text.encode("utf-8"), "f.yaml", libyaml=libyaml).problems:
        assert "unexpected failure" not in problem.message, problem
        assert 1 <= problem.line <= len(lines) + 1 and problem.column >= 1, problem
