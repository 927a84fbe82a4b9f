"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import BUNDLED, write


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def test_check_clean_file():
    result = run("check", str(BUNDLED))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "9 units, no errors" in result.stdout


def test_check_broken_file_names_file_line_column(tmp_path):
    path = write(
        tmp_path,
        "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    name: A\n    nmae: B\n  - {id: a, name: C}\n",
    )
    result = run("check", str(path), str(BUNDLED))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{path}:6:5: error: unknown key 'nmae' in unit 'a'; did you mean 'name'?" in lines
    assert f"{path}:7:10: error: duplicate unit id 'a' (first used at line 4, column 9)" in lines
    assert any(line.endswith("9 units, no errors") for line in lines)
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("content", [b"\x00\xff\xfe binary", b"[[[[", b"a: &x [*x]", b"\xef\xbb\xbf"])
def test_check_never_prints_a_traceback(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.returncode == 1
    assert re.match(rf"{re.escape(str(path))}:\d+:\d+: error: ", result.stdout), result.stdout
    assert "Traceback" not in result.stderr


def test_tree_outline():
    result = run("tree", str(BUNDLED))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Ministry of Defence of the Republic of Serbia"
    assert lines[1] == "Defence Policy Sector (sector) - head: Assistant Minister for Defence Policy"
    assert "    [attached] Verification Centre (centre)" in lines
    assert "  [attached] Project Management Office (office)" in lines


def test_tree_of_a_broken_file(tmp_path):
    result = run("tree", str(write(tmp_path, "units: [")))
    assert result.returncode == 1
    assert "error:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [("check",), ("tree",), ("tree", "a", "b"), ("check", "--bogus", "x"), ("a", "b")])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


@pytest.mark.parametrize("args", [("--help",), ("check", "--help"), ("tree", "--help"), ("--version",)])
def test_help_and_version(args):
    result = run(*args)
    assert result.returncode == 0
    assert "orgexplorer" in result.stdout


def test_search_text():
    result = run("search", str(BUNDLED), "who handles arms control?")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(" 1. Verification Centre <verification-centre> score ")
    assert lines[2].endswith("in the field of [arms] [control]")


def test_search_json():
    result = run("search", str(BUNDLED), "cooperation", "--json", "--limit", "2")
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert len(hits) == 2
    assert hits[0]["id"] == "international-military-cooperation-department"
    assert {"id", "name", "score", "head", "field", "text", "snippet"} <= set(hits[0])
    assert hits[0]["score"] >= hits[1]["score"]


def test_search_corrects_typos():
    result = run("search", str(BUNDLED), "diplomatc", "--json")
    assert json.loads(result.stdout)[0]["id"] == "international-military-cooperation-department"
    assert 'showing results for "diplomatic"' in result.stderr


@pytest.mark.parametrize("args", [("--limit", "0"), ("--limit", "x")])
def test_search_bad_limit(args):
    assert run("search", str(BUNDLED), "x", *args).returncode == 2


def test_export_pdf(tmp_path):
    out = tmp_path / "chart.pdf"
    result = run("export", str(BUNDLED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (1 page)"
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args",
    [
        ("--root", "verification-centre", "--depth", "1", "--content", "full"),
        ("--direction", "right", "--stacked", "--orientation", "portrait", "--page-size", "a3"),
        ("--fit", "poster", "--scale", "2.5", "--page-size", "A5"),
    ],
)
def test_export_options(tmp_path, args):
    out = tmp_path / "c.pdf"
    result = run("export", str(BUNDLED), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    assert out.exists()


@pytest.mark.parametrize("name", ["c.svg", "c.png", "units.html", "units.csv"])
def test_export_formats(tmp_path, name):
    result = run("export", str(BUNDLED), "-o", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).stat().st_size > 100


def test_export_errors(tmp_path):
    result = run("export", str(BUNDLED), "-o", str(tmp_path / "c.pdf"), "--root", "nope")
    assert result.returncode == 1 and "no unit with id 'nope'" in result.stderr
    result = run("export", str(BUNDLED), "-o", str(tmp_path / "missing" / "c.pdf"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert run("export", str(BUNDLED)).returncode == 2
    assert run("export", str(BUNDLED), "-o", "x.pdf", "--page-size", "B9").returncode == 2
    assert "Traceback" not in result.stderr


def test_search_of_a_large_file_keeps_its_index(tmp_path, monkeypatch):
    from benchmarks.generate import generate

    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    big = tmp_path / "big.yaml"
    big.write_text(generate(600), encoding="utf-8")
    first = run("search", str(big), "planning", "--json")
    assert first.returncode == 0, first.stderr
    assert len(list((tmp_path / "cache").glob("*.search"))) == 1
    again = run("search", str(big), "planning", "--json")
    assert json.loads(again.stdout) == json.loads(first.stdout)


def test_export_of_a_monstrous_word_is_quick_and_says_what_it_cut(tmp_path):
    word = "Ministarstvo" * 2_500  # 30,000 letters without a space: a 30 KB file that check accepts
    path = write(tmp_path, f"format: orgexplorer/1\norganization: T\nunits:\n  - id: a\n    name: Root {word} end\n")
    out = tmp_path / "chart.pdf"
    result = run("export", str(path), "-o", str(out), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "(a) is too long for a box and is cut short" in result.stderr
    from pypdf import PdfReader

    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "RootMinistarstvo" in text and "end" in text
