"""Look-alike text: characters that show nothing (zero-width spaces and joiners, word joiners,
invisible operators, fillers) make "Fin\u200bance" look like "Finance". Refused in ids, a warning in
names, and folded away by search."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_bytes
from orgexplorer.model.loader import load_spreadsheet
from orgexplorer.model.search import SearchIndex
from orgexplorer.model.text import fold

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u2062", "\u00ad", "\u3164", "\u180e"]


def document(unit_id: str, name: str) -> bytes:
    return (
        "format: orgexplorer/1\norganization: O\nunits:\n"
        f'  - id: top\n    name: Top\n    subunits:\n      - id: "{unit_id}"\n        name: "{name}"\n'
    ).encode()


@pytest.mark.parametrize("careful", [False, True])
@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_in_an_id_is_refused_at_its_place(char, careful):
    result = load_bytes(document(f"fin{char}ance", "Finance"), "o.yaml", careful=careful)
    assert result.organization is None
    (problem,) = [p for p in result.problems if p.is_error]
    assert (problem.line, problem.column) == (7, 13)
    assert f"U+{ord(char):04X}" in problem.message and "character 4 of the id" in problem.message


@pytest.mark.parametrize("careful", [False, True])
@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_in_a_name_is_a_warning_at_its_place(char, careful):
    result = load_bytes(document("finance", f"Fin{char}ance Department"), "o.yaml", careful=careful)
    assert result.organization is not None
    (problem,) = result.problems
    assert not problem.is_error and (problem.line, problem.column) == (8, 15)
    assert f"U+{ord(char):04X}" in problem.message and "character 4 of the name" in problem.message


def test_names_by_language_and_spreadsheet_rows_are_checked_too():
    text = document("finance", "x").replace(b'name: "x"', 'name: {en: "Fi\u200dnance"}'.encode())
    result = load_bytes(text, "o.yaml")
    assert [(p.line, p.column, p.is_error) for p in result.problems] == [(8, 20, False)]
    result = load_spreadsheet("id,parentId,name\ntop,,Top\nfin\u200bance,top,Fin\u200bance\n".encode(), "o.csv")
    assert [(p.line, p.column, p.is_error) for p in result.problems] == [(3, 1, True), (3, 3, False)]


def test_search_folds_invisible_characters_away():
    organization = load_bytes(document("finance", "Fin\u200bance Depart\u2060ment"), "o.yaml").organization
    index = SearchIndex(organization)
    assert fold("Fin\u200bance") == fold("Finance") == "finance"
    assert index.search("finance department").units[:1] == [organization.by_id("finance").index]
    assert index.search("fi\u200dnance").units[:1] == [organization.by_id("finance").index]
    hit = index.search("finance", explain=1).hits[0]
    assert hit.field == "name"


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ufdd0", "\U0010ffff"])
def test_a_noncharacter_is_refused_in_every_text_however_it_came(char):
    """Noncharacters draw nothing, and an SVG chart cannot hold them: refused as an escape in YAML and
    as a spreadsheet cell alike (YAML refuses them only when raw)."""
    escaped = f"\\U{ord(char):08x}"
    result = load_bytes(document("finance", f"Fin{escaped}ance"), "o.yaml")
    assert result.organization is None and "noncharacter" in result.problems[0].message
    result = load_spreadsheet(f"id,parentId,name\ntop,,To{char}p\n".encode("utf-8", "surrogatepass"), "o.csv")
    assert result.organization is None and (result.problems[0].line, result.problems[0].column) == (2, 3)
