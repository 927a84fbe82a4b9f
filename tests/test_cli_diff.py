"""``orgexplorer diff``, run as a user runs it: text and JSON, exit codes, FILE@REV through git, bad files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, write

OLD = REPO / "resources" / "examples" / "city-services-2024.yaml"
NEW = REPO / "resources" / "examples" / "city-services-2025.yaml"


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", "diff", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=cwd,
        env=env,
    )


def test_text_groups_changes_by_kind_with_paths():
    result = run(str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    headings = [line for line in lines if not line.startswith(" ")]
    assert headings[:8] == [
        "organization renamed (1)",  # what the file says of the whole organization first
        "source changed (1)",
        "glossary term added (1)",
        "glossary term removed (1)",
        "glossary term changed (1)",
        "added (1)",
        "removed (2)",
        "moved (3)",
    ]
    assert lines[1] == "  City of Riverton Administration (2024) → City of Riverton Administration (2025)"
    assert "  GIS: geographic information systems" in lines and "  FOI: freedom of information" in lines
    assert "  ICT: information and communication technology → information and communications technology" in lines
    assert "  City Manager's Office › Environment Department › Climate and Energy Office" in lines
    assert (
        "  City Manager's Office › Public Works Department › Mobility Planning Section: Traffic Engineering Section"
        " → Mobility Planning Section  [matched by place and responsibilities]" in lines
    )
    moved = lines[lines.index("moved (3)") + 1 : lines.index("moved (3)") + 4]
    assert [line.split(":")[0].rsplit(" › ", 1)[-1] for line in moved] == [
        "Urban Forestry Section",  # tree order within the group
        "Internal Audit Office",
        "City Archives",
    ]


def test_json_one_object_per_change():
    result = run(str(OLD), str(NEW), "--json")
    assert result.returncode == 1, result.stderr
    changes = json.loads(result.stdout)
    assert all({"kind", "id", "old", "new", "path", "matched"} <= change.keys() for change in changes)
    renamed = next(c for c in changes if c["kind"] == "renamed" and c["id"] == "it")
    assert renamed["old"] == "Information Technology Department"
    assert renamed["path"] == "City Manager's Office › Digital Services Department"
    assert len({c["kind"] for c in changes}) == 19  # every kind of change
    glossary = next(c for c in changes if c["kind"] == "glossary term added")
    assert glossary == {
        "kind": "glossary term added",
        "id": None,
        "old": None,
        "new": "geographic information systems",
        "path": "",
        "matched": "none",
        "term": "GIS",
    }


def test_same_file_says_no_changes():
    result = run(str(OLD), str(OLD))
    assert (result.returncode, result.stdout.strip()) == (0, "no changes")
    assert run(str(OLD), str(OLD), "--json").stdout.strip() == "[]"


def test_usage_errors_exit_2():
    assert run(str(OLD)).returncode == 2
    assert run(str(OLD), str(NEW), "--colour").returncode == 2


def test_either_file_with_problems_is_reported_located_and_exits_2(tmp_path):
    broken = write(tmp_path, "format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n")
    for args in ((str(broken), str(NEW)), (str(OLD), str(broken))):
        result = run(*args)
        assert result.returncode == 2
        assert f"{broken}:5:5: error: unknown key 'nmae'" in result.stderr
        assert "Traceback" not in result.stderr
    missing = run(str(tmp_path / "none.yaml"), str(NEW))
    assert missing.returncode == 2 and f"there is no file '{tmp_path / 'none.yaml'}'" in missing.stderr


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = tmp_path / "repo"
    (folder / "org").mkdir(parents=True)
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, env=env, timeout=60)

    git("init", "-q")
    shutil.copy(OLD, folder / "org" / "city.yaml")
    git("add", ".")
    git("commit", "-qm", "2024")
    shutil.copy(NEW, folder / "org" / "city.yaml")
    git("commit", "-qam", "2025")
    return folder


def test_file_at_revision_is_read_through_git(repository):
    city = repository / "org" / "city.yaml"
    assert run(f"{city}@HEAD~1", str(city)).stdout == run(str(OLD), str(NEW)).stdout
    # A relative path from another folder of the repository, too.
    relative = run("city.yaml@HEAD~1", "city.yaml", cwd=repository / "org")
    assert relative.returncode == 1 and "added (1)" in relative.stdout
    assert run(f"{city}@HEAD", str(city)).stdout.strip() == "no changes"


def test_file_at_revision_errors_are_clear(repository, tmp_path):
    city = repository / "org" / "city.yaml"
    unknown = run(f"{city}@no-such-revision", str(city))
    assert unknown.returncode == 2
    assert f"{city}@no-such-revision: git has no such revision of the file" in unknown.stderr
    absent = run(f"{repository / 'org' / 'other.yaml'}@HEAD", str(city))
    assert absent.returncode == 2 and "git has no such revision of the file" in absent.stderr
    outside = write(tmp_path, OLD.read_text(encoding="utf-8"), "outside.yaml")
    alone = run(f"{outside}@HEAD", str(city))
    assert alone.returncode == 2 and "not in a git repository" in alone.stderr
    no_git = run(f"{city}@HEAD", str(city), env={**os.environ, "PATH": str(tmp_path / "empty")})
    assert no_git.returncode == 2 and "git is not installed" in no_git.stderr
    for result in (unknown, absent, alone, no_git):
        assert "Traceback" not in result.stderr


def test_a_broken_revision_is_located_as_file_at_revision(repository):
    city = repository / "org" / "city.yaml"
    city.write_text("format: orgexplorer/1\norganization: X\nunits:\n  - id: a\n    nmae: A\n", encoding="utf-8")
    subprocess.run(
        ["git", "-C", str(repository), "commit", "-qam", "broken"],
        check=True,
        timeout=60,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@t",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@t",
        },
    )
    result = run(f"{city}@HEAD", str(NEW))
    assert result.returncode == 2
    assert f"{city}@HEAD:5:5: error: unknown key 'nmae'" in result.stderr


def test_a_file_whose_name_holds_an_at_sign_is_read_as_a_file(tmp_path):
    odd = tmp_path / "city@2024.yaml"
    odd.write_text(OLD.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(str(odd), str(NEW))
    assert result.returncode == 1 and "added (1)" in result.stdout, result.stderr


def test_a_reader_that_stops_early_does_not_change_the_answer():
    # `orgexplorer diff A B | head` in a script with pipefail: the versions still differ (1), even
    # though the reader closed the pipe before a word was written (a broken pipe, no traceback).
    process = subprocess.Popen(
        [sys.executable, "-m", "orgexplorer", "diff", str(OLD), str(NEW), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the two files are loaded and compared
    assert process.wait(timeout=120) == 1
    assert b"Traceback" not in process.stderr.read()
    process.stderr.close()
