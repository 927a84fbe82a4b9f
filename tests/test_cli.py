"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
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


@pytest.mark.parametrize(
    ("query", "told"), [("budget", True), ("who handles procurement?", True), ("arms control", False)]
)
def test_search_says_when_no_unit_has_the_words(query, told):
    result = run("search", str(BUNDLED), query)
    assert result.returncode == 0
    assert ("no unit has these words; nearest by meaning:" in result.stdout) == told
    assert len([line for line in result.stdout.splitlines() if line[:4].strip().endswith(".")]) <= 5 or not told


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
    result = run("export", str(BUNDLED), "-o", str(tmp_path / "c.pdf"), "--root", "verification-center")
    assert "did you mean 'verification-centre'?" in result.stderr and not (tmp_path / "c.pdf").exists()
    result = run("export", str(BUNDLED), "-o", str(tmp_path / "c.pdf"), "--root", "verification CENTRE")
    assert "no unit with id 'verification CENTRE'; the unit named so has id 'verification-centre'" in result.stderr
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


# --- options refused at parse time: exit 2 and one sentence naming what is allowed ---

EXPORT = ("export", str(BUNDLED), "-o")
BAD_OPTIONS = [
    (("check", str(BUNDLED), "--max-size", "0"), "from 1 to 65,536"),
    (("check", str(BUNDLED), "--max-size", "lots"), "must be a whole number from 1 to 65,536"),
    (("tree", str(BUNDLED), "--language", "xx"), "the languages are en, sr-Latn, sr-Cyrl"),
    (("search", str(BUNDLED), "x", "--limit", "0"), "from 1 to 10,000"),
    (("search", str(BUNDLED), "x", "--limit", "-3"), "from 1 to 10,000"),
    (("import", str(BUNDLED), "-o", "x.yaml", "--map", "boss=Manager"), "no role 'boss'; roles are id, parent"),
    (("import", str(BUNDLED), "-o", "x.yaml", "--map", "name"), "ROLE=HEADER"),
    (("import", str(BUNDLED), "-o", "x.yaml", "--separator", ""), "--separator must be at least one character"),
    (("import", str(BUNDLED), "-o", "c.pdf"), "the organization file is YAML: name it .yaml or .yml"),
    ((*EXPORT, "c.pdf", "--fit", "poster", "--scale", "0"), "from 0.3 to 4"),
    ((*EXPORT, "c.pdf", "--fit", "poster", "--scale", "-1"), "from 0.3 to 4"),
    ((*EXPORT, "c.pdf", "--fit", "poster", "--scale", "nan"), "from 0.3 to 4"),
    ((*EXPORT, "c.pdf", "--fit", "poster", "--scale", "11"), "from 0.3 to 4, not 11"),
    ((*EXPORT, "c.pdf", "--margins", "-5"), "from 0 to 500"),
    ((*EXPORT, "c.pdf", "--margins", "200"), "--margins 200 leaves no room for a chart on A4; margins from 0 to 76"),
    ((*EXPORT, "c.pdf", "--margins", "60", "--page-size", "A5"), "margins from 0 to 45 mm fit that page"),
    ((*EXPORT, "c.png", "--dpi", "0"), "from 30 to 2,400"),
    ((*EXPORT, "c.png", "--dpi", "100000"), "from 30 to 2,400"),
    ((*EXPORT, "c.pdf", "--depth", "-1"), "0 or more"),
    ((*EXPORT, "c.pdf", "--depth", "two"), "must be a whole number 0 or more"),
    ((*EXPORT, "c.pdf", "--language", "de"), "the languages are en, sr-Latn, sr-Cyrl"),
    ((*EXPORT, "c.pdf", "--page-size", "B9"), "unknown page size 'B9'; one of A5, A4"),
    ((*EXPORT, "c.pdf", "--content", "all"), "invalid choice: 'all'"),
    ((*EXPORT, "c.pdf", "--direction", "up"), "invalid choice: 'up'"),
    ((*EXPORT, "c.pdf", "--orientation", "sideways"), "invalid choice: 'sideways'"),
    ((*EXPORT, "c.pdf", "--fit", "pages"), "invalid choice: 'pages'"),
    # an option the output has no use for is refused, not ignored
    (
        (*EXPORT, "c.svg", "--directory"),
        "--directory writes the unit directory as .pdf (or .html, .csv, .xlsx), not as .svg",
    ),
    ((*EXPORT, "c.png", "--directory"), "not as .png"),
    ((*EXPORT, "c.pdf", "--dpi", "300"), "--dpi is for images"),
    ((*EXPORT, "c.svg", "--page-size", "A3"), "--page-size is for PDF pages"),
    ((*EXPORT, "c.pdf", "--scale", "2"), "--scale is for a poster or a book (--fit poster, --fit book)"),
    ((*EXPORT, "c.pdf", "--fit", "book", "--direction", "right"), "--direction is for charts other than a book"),
    ((*EXPORT, "c.pdf", "--fit", "book", "--stacked"), "it has no effect on a book"),
    ((*EXPORT, "c.svg", "--fit", "book"), "--fit is for a PDF chart"),
    ((*EXPORT, "units.csv", "--stacked"), "--stacked is for charts"),
    ((*EXPORT, "units.html", "--language", "sr-Cyrl"), "--language is for charts"),
    ((*EXPORT, "units.pdf", "--directory", "--content", "full"), "--content is for charts"),
    # the format follows the extension, and every format is named
    ((*EXPORT, "c.docx"), "unknown format '.docx'; the format follows the extension: .pdf .svg .png .jpg .tif .webp"),
    ((*EXPORT, "chart"), "'chart' has no extension to tell the format; the format follows the extension: .pdf"),
]


@pytest.mark.parametrize(("args", "sentence"), BAD_OPTIONS, ids=[" ".join(a[3:] or a[:1]) for a, _ in BAD_OPTIONS])
def test_bad_options_are_refused_before_any_work(tmp_path, args, sentence):
    args = tuple(str(tmp_path / a) if a in ("c.pdf", "c.png", "c.svg", "x.yaml") else a for a in args)
    result = run(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_message_names_every_format(tmp_path):
    result = run(*EXPORT, str(tmp_path / "c.docx"))
    for suffix in (".pdf", ".svg", ".png", ".jpg", ".tif", ".webp", ".html", ".csv"):
        assert suffix in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--language", "SR-cyrl"),
        ("--language", "sr"),
        ("--margins", "0"),
        ("--margins", "80", "--page-size", "A3"),
        ("--fit", "poster", "--scale", "0.5"),
        ("--fit", "book", "--scale", "1.5"),
    ],
)
def test_good_options_still_work(tmp_path, args):
    result = run(*EXPORT, str(tmp_path / "c.pdf"), *args)
    assert result.returncode == 0, result.stderr


def test_tree_in_cyrillic_accepts_the_tag_in_any_case():
    assert run("tree", str(BUNDLED), "--language", "sr-cyrl").returncode == 0


# --- the window's argument: a mistyped command or a missing file never opens a window ---


@pytest.mark.parametrize(
    ("args", "command"), [(("serch",), "search"), (("exprot", "a.yaml"), "export"), (("chek",), "check")]
)
def test_mistyped_command_suggests_the_command(tmp_path, args, command):
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"orgexplorer: unknown command '{args[0]}' (did you mean '{command}'?)"


@pytest.mark.parametrize("name", ["nowhere.yaml", "check.yaml", "tree.csv"])
def test_missing_file_for_the_window_is_a_usage_error(tmp_path, name):
    result = run(str(tmp_path / name))
    assert result.returncode == 2
    assert result.stderr.startswith(f"orgexplorer: there is no file '{tmp_path / name}' to open; the commands are")
    result = subprocess.run([sys.executable, "-m", "orgexplorer", name], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and f"there is no file '{name}'" in result.stderr  # not "did you mean"


# --- no display: say how to run instead of Qt's abort ---


def headless_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


@pytest.mark.parametrize("extra", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "wayland"}])
def test_window_without_a_display_says_how_to_run(extra):
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", str(BUNDLED)],
        capture_output=True,
        text=True,
        env=headless_env(**extra),
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr
    assert "xvfb-run orgexplorer" in result.stderr and "check, tree, search, export, import" in result.stderr
    assert "Reinstalling" not in result.stderr and "Traceback" not in result.stderr


def test_window_whose_platform_plugin_fails_says_how_to_run():
    # A display that is named but not there: Qt's xcb plugin fails to start, which Qt makes fatal.
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", str(BUNDLED)],
        capture_output=True,
        text=True,
        env=headless_env(QT_QPA_PLATFORM="xcb", DISPLAY=":97531"),
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "the window cannot start: Qt could not load its platform plugin" in result.stderr
    assert "xvfb-run orgexplorer" in result.stderr


def test_display_problem_reads_the_environment():
    from orgexplorer.ui.display import display_problem

    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland"}, "linux") is not None
    assert display_problem({}, "win32") is None


def test_export_needs_no_display_even_where_one_is_named_but_gone(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "export", str(BUNDLED), "-o", str(tmp_path / "c.pdf")],
        capture_output=True,
        text=True,
        env=headless_env(DISPLAY=":97531"),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


# --- the outline's words in the chosen language; queries with nothing to search for; help text ---


@pytest.mark.parametrize(
    ("language", "kind", "head", "attached"),
    [
        ("sr-Cyrl", "(сектор)", " - руководилац: ", "[придружена] "),
        ("sr-Latn", "(sektor)", " - rukovodilac: ", "[pridružena] "),
        ("en", "(sector)", " - head: ", "[attached] "),
    ],
)
def test_tree_speaks_the_language_asked_for(language, kind, head, attached):
    result = run("tree", str(BUNDLED), "--language", language)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == f"Defence Policy Sector {kind}{head}Assistant Minister for Defence Policy"
    assert f"    {attached}Verification Centre" in result.stdout
    if language != "en":
        assert not re.search(r"\((sector|department|office|centre|mission)\)|head:|\[attached\]", result.stdout)


@pytest.mark.parametrize("query", ["", "   ", "?!", "a", "who is", "The"])
def test_a_query_with_nothing_to_search_for_is_a_usage_error(query):
    result = run("search", str(BUNDLED), query)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "orgexplorer search: error: nothing to search for" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("query", ['"a"', "office", "IT", "who handles planning"])
def test_a_query_of_common_words_meant_as_written_is_searched(query):
    result = run("search", str(BUNDLED), query, "--json")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


@pytest.mark.parametrize("columns", ["52", "64", "80"])
def test_help_keeps_language_codes_whole(columns):
    for command in ("tree", "export"):
        result = subprocess.run(
            [sys.executable, "-m", "orgexplorer", command, "--help"],
            capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": columns},
        )  # fmt: skip
        assert result.returncode == 0
        assert "sr-Latn" in result.stdout and "sr-Cyrl" in result.stdout, result.stdout
        assert not re.search(r"\w-\n", result.stdout), result.stdout
