"""A CSV keeps only the units: export says what it leaves out, and diff shows it after the way back."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import BUNDLED


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgexplorer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_export_import_diff_names_what_a_csv_does_not_keep(tmp_path):
    csv, again = tmp_path / "units.csv", tmp_path / "again.yaml"
    exported = run("export", str(BUNDLED), "-o", str(csv))
    assert exported.returncode == 0, exported.stderr
    warning = f"{csv}: warning: a CSV holds the units only: the organization's name ('Ministry of Defence of the "
    assert warning in exported.stderr
    assert "its source and its glossary (6 terms) are not in it" in exported.stderr
    assert run("import", str(csv), "-o", str(again)).returncode == 0
    diff = run("diff", str(BUNDLED), str(again))
    assert diff.returncode == 1 and "no changes" not in diff.stdout  # was "no changes", exit 0
    lines = diff.stdout.splitlines()
    assert lines[:2] == ["organization renamed (1)", "  Ministry of Defence of the Republic of Serbia → Units"]
    assert "source changed (1)" in lines and "glossary term removed (6)" in lines
    assert "  SAF: Serbian Armed Forces" in lines
    kinds = {change["kind"] for change in json.loads(run("diff", str(BUNDLED), str(again), "--json").stdout)}
    assert kinds == {"organization renamed", "source changed", "glossary term removed"}  # the units round-trip


def test_a_file_without_source_or_glossary_is_told_only_its_name(tmp_path):
    plain = tmp_path / "plain.yaml"
    plain.write_text("format: orgexplorer/1\norganization: Plain\nunits:\n  - {id: a, name: A}\n", encoding="utf-8")
    exported = run("export", str(plain), "-o", str(tmp_path / "plain.csv"))
    assert exported.returncode == 0
    assert "a CSV holds the units only: the organization's name ('Plain') is not in it" in exported.stderr
