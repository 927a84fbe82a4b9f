"""Hostile and broken files: located problems, in bounded time and memory, never a crash.

Each file goes through ``orgexplorer check`` in a subprocess with a CPU-time and address-space limit,
so an interpreter crash, a hang or a memory blow-up fails the test instead of killing pytest.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from orgexplorer.model import load_bytes
from tests.conftest import BUNDLED
from tests.hostile.make_large import make

HOSTILE = Path(__file__).parent / "hostile"
MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space
CPU_SECONDS = 20


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def check(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", "check", *extra, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        preexec_fn=_limits,
        check=False,
    )


CASES = [
    ("billion-laughs.yaml", 3, 4, "anchors (&a) are not allowed"),
    ("billion-laughs.yaml", 4, 8, "aliases (*a) are not allowed"),
    ("merge-key-bomb.yaml", 3, 5, "anchors (&x0) are not allowed"),
    ("python-tag.yaml", 5, 11, "the tag !!python/object/apply:os.system is not allowed"),
    ("bad-tags.yaml", 5, 11, "the tag !!timestamp is not allowed"),
    ("bad-tags.yaml", 6, 11, "the tag !!bool is not allowed"),
    ("bad-tags.yaml", 7, 11, "the tag !!int is not allowed"),
    ("two-documents.yaml", 4, 1, "a second YAML document"),
    ("duplicate-keys.yaml", 3, 1, "duplicate key 'organization' (first at line 2, column 1)"),
    ("duplicate-keys.yaml", 6, 10, "duplicate unit id 'a' (first used at line 5, column 10)"),
    ("escaped-surrogate.yaml", 2, 28, "YAML syntax: found invalid Unicode character escape code"),
    ("tabs.yaml", 4, 1, "this line is indented with a tab: YAML indents with spaces only"),
    ("mid-file-bom.yaml", 2, 19, "a byte-order mark (U+FEFF) inside the file"),
    ("latin1.yaml", 2, 18, "not valid UTF-8 text (byte 0xE9 cannot be decoded)"),
    ("binary.yaml", 3, 1, "this is a binary file"),
    ("bidi-and-control.yaml", 5, 11, "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("bidi-and-control.yaml", 7, 11, "U+0007"),
    ("related-self-and-missing.yaml", 6, 15, "'related' names the unit itself"),
    ("related-self-and-missing.yaml", 6, 18, "'related' names 'ghost'"),
    ("empty.yaml", 1, 1, "the file is empty"),
    ("look-alikes.yaml", 7, 13, "character 4 of the id is the invisible U+200B (ZERO WIDTH SPACE)"),
    ("look-alikes.yaml", 10, 15, "U+FFFF (noncharacter)"),
]


@pytest.mark.parametrize(("name", "line", "column", "message"), CASES)
def test_hostile_file(name, line, column, message):
    path = HOSTILE / name
    result = check(path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{path}:{line}:{column}: error: " in result.stdout
    found = [text for text in result.stdout.splitlines() if text.startswith(f"{path}:{line}:{column}: error: ")]
    assert any(message in text for text in found), result.stdout
    assert "Traceback" not in result.stderr


def test_yaml11_values_stay_text():
    result = check(HOSTILE / "yaml11-values.yaml")
    assert result.returncode == 0
    organization = load_bytes((HOSTILE / "yaml11-values.yaml").read_bytes()).organization
    unit = organization.units[0]
    assert (unit.id, unit.name, unit.kind, unit.head.title) == ("010", "NO", "12:30", "2024-01-31")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return make(tmp_path_factory.mktemp("large"))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("deep-flow.yaml", "nesting"),
        ("deep-block.yaml", "nesting"),
        ("big-integer.yaml", "no errors"),  # a 5,000-digit id is only text
        ("huge-value.yaml", "a value of 2,000,000 characters (at most 100,000)"),
        ("many-values.yaml", "stopped after 200 problems"),
    ],
)
def test_large_hostile_file(large, name, message):
    result = check(large[name])
    assert result.returncode in (0, 1)
    assert message in result.stdout, result.stdout[-2000:]
    assert "Traceback" not in result.stderr


def test_size_limit_is_configurable(large):
    result = check(large["huge-value.yaml"], "--max-size", "1")
    assert result.returncode == 1
    assert "more than the limit of 1 MiB" in result.stdout


@pytest.mark.parametrize("libyaml", [True, False])
@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.glob("*.yaml")))
def test_both_parsers_agree_on_rejection(name, libyaml):
    data = (HOSTILE / name).read_bytes()
    result = load_bytes(data, name, libyaml=libyaml)
    assert result.ok is (name == "yaml11-values.yaml")
    assert all(problem.line >= 1 and problem.column >= 1 for problem in result.problems)


SOURCE = BUNDLED.read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutations_of_the_bundled_file_never_raise(data):
    blob = bytearray(SOURCE)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(blob) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "duplicate"]))
        if action == "flip":
            blob[position] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del blob[position : position + data.draw(st.integers(1, 40))]
        elif action == "insert":
            blob[position:position] = data.draw(
                st.sampled_from(
                    [b":", b"- ", b"&a ", b"*a", b"\t", b"\n  ", b"[", b"{", b'"', b"!!", b"\x00", b"\xff", b"---\n"]
                )
            )
        else:
            end = min(len(blob), position + data.draw(st.integers(1, 200)))
            blob[end:end] = blob[position:end]
        if not blob:
            break
    result = load_bytes(bytes(blob), "m.yaml")
    assert result.ok or result.problems
    assert all(p.line >= 1 and p.column >= 1 and p.message for p in result.problems)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_random_text_never_raises(text):
    result = load_bytes(text.encode("utf-8", "surrogatepass"), "r.yaml")
    assert result.ok or result.problems


GENERATED = generate(120).encode("utf-8")
_ODD_TEXT = [b"  ", b" ", b"|", b"\\t", b"\xc2\xa0", b"\xe2\x80\xae", b"~", b"null", b"\xc3\xa9", b"\n", b"'", b"#"]


def _same_either_way(blob: bytes) -> None:
    """The quick reading gives exactly what the careful one gives, problems included."""
    quick, careful = load_bytes(blob, "m.yaml"), load_bytes(blob, "m.yaml", careful=True)
    assert quick.organization == careful.organization
    assert quick.problems == careful.problems


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_quick_and_careful_reading_agree(data):
    """Mutations that mostly keep the file readable but make its values unusual: spaces, bars,
    controls, nulls, other scripts, line breaks, in the sector and in a generated organization."""
    blob = bytearray(data.draw(st.sampled_from([SOURCE, GENERATED])))
    for _ in range(data.draw(st.integers(0, 4))):
        position = data.draw(st.integers(0, len(blob) - 1))
        if data.draw(st.booleans()):
            blob[position:position] = data.draw(st.sampled_from(_ODD_TEXT))
        else:
            del blob[position : position + data.draw(st.integers(1, 12))]
    _same_either_way(bytes(blob))


def test_quick_and_careful_reading_agree_on_every_hostile_file():
    for path in sorted(HOSTILE.glob("*.yaml")):
        _same_either_way(path.read_bytes())
    _same_either_way(SOURCE)
    _same_either_way(GENERATED)
