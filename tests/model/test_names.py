"""Names in several languages: the file format, the fallbacks, search, the window, the chart."""

from __future__ import annotations

import subprocess
import sys

import pytest

from orgexplorer.chart.layout import layout_chart
from orgexplorer.chart.values import ChartOptions
from orgexplorer.model import load_bytes
from orgexplorer.model.search import SearchIndex
from orgexplorer.model.writer import organization_yaml

TEXT = """format: orgexplorer/1
organization: Ministarstvo odbrane
units:
  - id: sector
    name: {en: Defence Policy Sector, sr-Latn: Sektor za politiku odbrane, sr-Cyrl: Сектор за политику одбране}
    subunits:
      - id: centre
        name: {sr-Latn: Verifikacioni centar, en: Verification Centre}
      - id: plain
        name: Strategic Planning Department
"""


@pytest.fixture(scope="module")
def organization():
    result = load_bytes(TEXT.encode())
    assert result.problems == []
    return result.organization


def test_names_by_language_with_fallbacks(organization):
    sector, centre, plain = (organization.by_id(i) for i in ("sector", "centre", "plain"))
    assert sector.name == "Defence Policy Sector"  # English is the default name
    assert sector.name_in("sr-Cyrl") == "Сектор за политику одбране"
    assert sector.name_in("SR-LATN") == "Sektor za politiku odbrane"
    assert centre.name_in("sr-Cyrl") == "Верификациони центар"  # transliterated from the Latin name
    assert centre.name_in("de") == "Verification Centre"  # English where the language is missing
    assert plain.name_in("sr-Cyrl") == "Strategic Planning Department"


def test_search_finds_a_unit_by_any_of_its_names(organization):
    index = SearchIndex(organization)
    for query in ("politiku odbrane", "Сектор", "verifikacioni", "верификациони"):
        assert organization.units[index.search(query).units[0]].id in ("sector", "centre"), query


def test_chart_uses_the_language(organization):
    layout = layout_chart(organization, ChartOptions(language="sr-Cyrl"))
    names = {" ".join(line.text for line in box.lines) for box in layout.boxes}
    assert "Сектор за политику одбране" in names and "Верификациони центар" in names


def test_written_file_keeps_the_names(organization):
    again = load_bytes(organization_yaml(organization).encode()).organization
    assert again.by_id("sector").names == organization.by_id("sector").names


@pytest.mark.parametrize(
    ("name", "message"),
    [("{english!: X}", "is not a language tag"), ("{}", "gives no name"), ("{en: ''}", "is empty")],
)
def test_bad_names(name, message):
    result = load_bytes(f"format: orgexplorer/1\norganization: T\nunits: [{{id: a, name: {name}}}]\n".encode())
    assert result.organization is None
    assert any(message in p.message for p in result.problems), result.problems


def test_tree_command_in_cyrillic(tmp_path):
    path = tmp_path / "org.yaml"
    path.write_text(TEXT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "tree", str(path), "--language", "sr-Cyrl"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert run.returncode == 0
    assert "Сектор за политику одбране" in run.stdout and "  Верификациони центар" in run.stdout


def test_export_in_cyrillic(tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "org.yaml"
    path.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "chart.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "export", str(path), "-o", str(out), "--language", "sr-Cyrl"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "Сектор за политику одбране" in text
    assert "део јединице изнад" in text and "страна 1 од 1" in text  # the legend and the page, too


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Generalštab VS", "Генералштаб ВС"),
        ("Vojna misija pri NATO i EU", "Војна мисија при НАТО и ЕУ"),
        ("Odeljenje LJUDSKIH resursa", "Одељење ЉУДСКИХ ресурса"),
        ("Centar za obuku Enter", "Центар за обуку Ентер"),  # a word the interface keeps is a word here
    ],
)
def test_a_transliterated_name_is_wholly_cyrillic(latin, cyrillic):
    # The interface keeps codes and product names in Latin (Ctrl+F, OrgExplorer); a unit's name in
    # Cyrillic writes its abbreviations in Cyrillic, as Serbian does.
    text = f"format: orgexplorer/1\norganization: T\nunits:\n  - id: a\n    name: {{en: A, sr-Latn: {latin}}}\n"
    unit = load_bytes(text.encode()).organization.by_id("a")
    assert unit.name_in("sr-Cyrl") == cyrillic
