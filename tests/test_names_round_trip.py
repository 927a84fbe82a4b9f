"""Names in other languages survive a spreadsheet: export writes a ``name:TAG`` column per language,
import reads them back, and diff compares them (so "no changes" after a round trip is true)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from orgexplorer.model import load_bytes
from orgexplorer.model.compare import compare
from orgexplorer.model.loader import load_spreadsheet

UNIVERSITY = """\
format: orgexplorer/1
organization: University
units:
  - id: rectorate
    name: {en: Rectorate, sr-Latn: Rektorat, sr-Cyrl: Ректорат}
    subunits:
      - id: library
        name: {sr-Cyrl: Библиотека, sr-Latn: Biblioteka}
      - id: it
        name: Computing Centre
      - id: students
        name: {sr-Latn: Studentski centar, en: Student Services Centre}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "orgexplorer", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)  # fmt: skip


def names(organization):
    """Each unit's name and its names by language (a spreadsheet's columns have one order of languages
    for all rows, which the shown name never depends on)."""
    return {unit.id: (unit.name, dict(unit.names)) for unit in organization.units}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_diff_keeps_names_in_other_languages(tmp_path, suffix):
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl")
    source = tmp_path / "university.yaml"
    source.write_text(UNIVERSITY, "utf-8")
    sheet, again = tmp_path / f"units{suffix}", tmp_path / "again.yaml"
    exported = run("export", str(source), "-o", str(sheet))
    assert exported.returncode == 0, exported.stderr
    assert "name:sr-Latn" not in exported.stderr  # nothing of the names is left out, so nothing is said
    imported = run("import", str(sheet), "-o", str(again), "--title", "University")
    assert imported.returncode == 0, imported.stdout
    before = load_bytes(source.read_bytes()).organization
    after = load_bytes(again.read_bytes()).organization
    assert names(after) == names(before)
    diff = run("diff", str(source), str(again))
    if suffix == ".xlsx":  # the workbook keeps everything
        assert (diff.returncode, diff.stdout.strip()) == (0, "no changes"), diff.stdout
    else:  # a CSV holds the units only: the source it makes up is all that differs
        assert diff.stdout.startswith("source changed (1)") and "renamed" not in diff.stdout, diff.stdout


def test_the_csv_has_a_column_per_language_beside_the_name(tmp_path):
    source = tmp_path / "university.yaml"
    source.write_text(UNIVERSITY, "utf-8")
    assert run("export", str(source), "-o", str(tmp_path / "u.csv")).returncode == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "u.csv").read_text("utf-8-sig"))))
    assert list(rows[0])[:5] == ["id", "name", "name:en", "name:sr-Latn", "name:sr-Cyrl"]
    assert rows[1]["name"] == "Библиотека" and rows[1]["name:sr-Latn"] == "Biblioteka" and rows[1]["name:en"] == ""
    assert rows[2]["name"] == "Computing Centre" and rows[2]["name:sr-Cyrl"] == ""


def test_diff_sees_a_name_changed_in_another_language(tmp_path):
    old = load_bytes(UNIVERSITY.encode()).organization
    new = load_bytes(UNIVERSITY.replace("sr-Latn: Rektorat", "sr-Latn: Rektorat univerziteta").encode()).organization
    changes = compare(old, new).changes
    (change,) = changes
    assert (
        change.id == "rectorate" and "Rektorat univerziteta" in change.new and "Rektorat univerziteta" not in change.old
    )


def test_an_hr_sheet_adds_a_name_column_in_cyrillic():
    """A sheet with names and a name:sr-Cyrl column of its own: each unit gets both; a name that is none of
    the row's names by language is refused at its cell, with how to say its language."""
    text = "id,parent,name:sr-Latn,name:sr-Cyrl\n1,,Uprava,Управа\n2,1,Finansije,\n"
    result = load_spreadsheet(text.encode(), "hr.csv")
    assert result.ok, result.problems
    top, finance = result.organization.units
    assert top.names == (("sr-Latn", "Uprava"), ("sr-Cyrl", "Управа")) and top.name_in("sr-Cyrl") == "Управа"
    assert finance.name == "Finansije" and finance.name_in("sr-Cyrl") == "Финансије"
    mixed = "id,parent,name,name:sr-Cyrl\n1,,Uprava,Управа\n"
    result = load_spreadsheet(mixed.encode(), "hr.csv")
    ((problem),) = result.errors
    assert (problem.line, problem.column) == (2, 3) and "name:sr-Latn" in problem.message


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_warns_of_a_detail_import_would_take_for_a_column(tmp_path, suffix):
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl")
    source = tmp_path / "hr.yaml"
    source.write_text(UNIVERSITY + "    details: {Manager: Ana Ilić, name:de: Rektorat, Phone: '011'}\n", "utf-8")
    exported = run("export", str(source), "-o", str(tmp_path / f"units{suffix}"))
    assert exported.returncode == 0, exported.stderr
    (warning,) = [line for line in exported.stderr.splitlines() if "as columns of their own" in line]
    assert "'Manager' (reports_to)" in warning and "'name:de' (name:de)" in warning and "Phone" not in warning
