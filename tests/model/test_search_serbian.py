"""Serbian queries: Cyrillic, Latin and Latin without diacritics find the same units, ranked the same;
a Serbian word is never corrected into an English one."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_bytes, load_file
from orgexplorer.model.search import SearchIndex
from orgexplorer.model.text import latin_to_cyrillic
from tests.conftest import BUNDLED

# A small ministry as a Serbian file is written: names in three languages, responsibilities in Latin
# with diacritics, in Cyrillic, and in Latin typed without them; English beside it ("plates", "control").
MINISTRY = """
format: orgexplorer/1
organization: Ministarstvo unutrašnjih poslova
units:
  - id: ministarstvo
    name:
      en: Ministry of Internal Affairs
      sr-Latn: Ministarstvo unutrašnjih poslova
      sr-Cyrl: Министарство унутрашњих послова
    head: {title: Ministar, name: Đorđe Đurić}
    subunits:
      - id: kontrola
        name:
          en: Arms Control Department
          sr-Latn: Odeljenje za kontrolu naoružanja
          sr-Cyrl: Одељење за контролу наоружања
        responsibilities:
          - kontrola prometa naoružanja i vojne opreme
          - verifikacija međunarodnih obaveza u oblasti naoružanja
      - id: saradnja
        name: {en: International Cooperation Department, sr-Latn: Odeljenje za međunarodnu saradnju}
        responsibilities:
          - међународна сарадња са полицијским службама других држава
          - учешће у раду међународних организација
      - id: nabavke
        name: Odsek za javne nabavke
        responsibilities:
          - sprovodjenje postupaka javnih nabavki
          - ugovori sa dobavljacima
      - id: kadrovi
        name: {en: Human Resources Department, sr-Latn: Sektor za ljudske resurse, sr-Cyrl: Сектор за људске ресурсе}
        head: {title: Načelnik, name: Gordana Ćirić}
        responsibilities:
          - plate zaposlenih i obračun naknada
          - zapošljavanje i raspoređivanje službenika
      - id: vozila
        name: {en: Vehicle Registration Department, sr-Latn: Odeljenje za registraciju vozila}
        description: Issues registration plates and keeps the register of vehicles.
        responsibilities:
          - izdavanje registarskih tablica
      - id: verifikacija
        name: {en: Verification Centre, sr-Latn: Verifikacioni centar, sr-Cyrl: Верификациони центар}
        responsibilities:
          - praćenje sprovođenja sporazuma o kontroli naoružanja
      - id: podaci
        name: {en: Data Protection Office, sr-Latn: Kancelarija za zaštitu podataka o ličnosti}
        responsibilities:
          - заштита података о личности грађана
"""

QUERIES = [  # Latin with diacritics; the Cyrillic and the diacritic-free forms are made from it
    "kontrola naoružanja",
    "kontrolu naoružanja",
    "međunarodna saradnja",
    "međunarodnih organizacija",
    "javne nabavke",
    "sprovođenje javnih nabavki",
    "ljudski resursi",
    "plate zaposlenih",
    "zapošljavanje",
    "Verifikacioni centar",
    "zaštita podataka o ličnosti",
    "Đurić",
    "Ćirić",
    "načelnik",
]

_ASCII = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "Č": "C", "Ć": "C", "Š": "S", "Ž": "Z"})


def forms(latin: str) -> list[str]:
    """The forms a Serbian user may type: Cyrillic, Latin, and Latin without diacritics (đ as dj, or d)."""
    plain = latin.translate(_ASCII)
    return [
        latin_to_cyrillic(latin, interface=False),
        latin,
        plain.replace("đ", "dj").replace("Đ", "Dj"),
        plain.replace("đ", "d").replace("Đ", "D"),
    ]


@pytest.fixture(scope="module")
def ministry():
    result = load_bytes(MINISTRY.encode())
    assert result.organization is not None, result.problems
    return result.organization


def answer(index, query, typing=False):
    result = index.search(query, typing=typing)
    return [(index.organization.units[hit.unit].id, hit.match.value) for hit in result.hits], result.corrected


@pytest.mark.parametrize("query", QUERIES)
def test_both_scripts_and_no_diacritics_find_the_same_words(ministry, query):
    index = SearchIndex(ministry)
    found = [answer(index, form) for form in forms(query)]
    assert found[0][0], query  # the file has these words: found by them
    assert all(one == found[0] for one in found), dict(zip(forms(query), found, strict=True))


def test_serbian_words_find_their_units(ministry):
    index = SearchIndex(ministry)
    first = {query: answer(index, query)[0][0][0] for query in ("kontrola naoruzanja", "medjunarodna saradnja",
                                                                 "medunarodna saradnja", "javne nabavke",
                                                                 "plate zaposlenih", "zastita podataka")}  # fmt: skip
    assert first == {
        "kontrola naoruzanja": "kontrola",
        "medjunarodna saradnja": "saradnja",
        "medunarodna saradnja": "saradnja",
        "javne nabavke": "nabavke",
        "plate zaposlenih": "kadrovi",
        "zastita podataka": "podaci",
    }


def test_a_serbian_word_never_finds_an_english_one(ministry):
    index = SearchIndex(ministry)
    # "плате" (salaries) and "plate" in a Serbian query: never the registration plates
    for query in ("плате", "plate zaposlenih", "плате запослених", "isplata plata"):
        ids = [ministry.units[i].id for i in index.search(query, typing=False).units]
        assert "vozila" not in ids, (query, ids)
    assert "vozila" in [ministry.units[i].id for i in index.search("plates", typing=False).units]


def test_the_meaning_layer_ranks_every_form_alike(ministry):
    index = with_meaning(ministry)
    if index.meaning is None:
        pytest.skip("the meaning model is not installed")
    for query in [*QUERIES, "kontrola izvoza oružja", "bezbednost saobraćaja"]:
        for typing in (False, True):  # the command line, the window as the query is typed
            found = [answer(index, form, typing) for form in forms(query)]
            assert all(one == found[0] for one in found), (typing, dict(zip(forms(query), found, strict=True)))


def with_meaning(organization):
    """The index as the window and ``orgexplorer search`` have it: with the meaning layer where its
    model is installed (a correction is then searched by meaning even when no unit has its words)."""
    index = SearchIndex(organization)
    try:
        from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable, embedder

        index.attach_meaning(MeaningIndex.build(organization, embedder()))
    except (ImportError, MeaningUnavailable):
        pass
    return index


@pytest.fixture(scope="module")
def sector_index():
    return with_meaning(load_file(BUNDLED).organization)


@pytest.mark.parametrize(
    "query",
    [
        "Verifikacioni centar",
        "verifikacioni centar",
        "Верификациони центар",
        "kontrola naoruzanja",
        "sektor za politiku odbrane",
        "centar za verifikaciju",
        "odeljenje za strateško planiranje",
        "strateski planovi",
        "medjunarodna vojna saradnja",
    ],
)
def test_a_serbian_word_is_never_corrected_into_english(sector_index, query):
    # The bundled sector is written in English only: these words are Serbian, not typos of its words.
    assert sector_index.search(query, typing=False).corrected is None
    assert sector_index.search(query).corrected is None


def test_a_mistyped_serbian_word_is_corrected_to_the_files_serbian_word(ministry):
    result = with_meaning(ministry).search("kontrola naoruzaja", typing=False)
    assert result.corrected == "kontrola naoruzanja"
    assert ministry.units[result.units[0]].id == "kontrola"


def test_an_index_cached_under_other_stemming_rules_is_built_again(tmp_path, monkeypatch, ministry):
    from orgexplorer.model import search

    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(tmp_path))
    key = "0123456789abcdef0123456789abcdef"
    monkeypatch.setattr(search, "_KEY_RULES", 0)  # as an older version cached it
    SearchIndex.cached(ministry, key)
    monkeypatch.setattr(search, "_KEY_RULES", 1)
    again = SearchIndex.cached(ministry, key)
    assert again._languages.serbian  # built from the organization, not read from the cache
    assert SearchIndex.cached(ministry, key)._languages.serbian == set()  # now read from the cache
    assert answer(again, "medunarodna saradnja") == answer(SearchIndex(ministry), "međunarodna saradnja")


def test_a_serbian_word_no_english_word_finds_its_english_cognate():
    result = load_bytes(
        b"format: orgexplorer/1\norganization: Health\nunits:\n"
        b"  - {id: hospitals, name: Hospital Care, responsibilities: [monitoring of waiting lists]}\n"
        b"  - {id: wages, name: Payroll, responsibilities: [salaries of employees]}\n"
        b"  - {id: cars, name: Vehicles, responsibilities: [registration plates]}\n"
    )
    index = SearchIndex(result.organization)
    for query in forms("liste čekanja"):  # "liste" is no English word: it finds "lists"
        assert [result.organization.units[i].id for i in index.search(query, typing=False).units] == ["hospitals"]
    for query in forms("plate zaposlenih"):  # "plate" is one: never "plates"
        assert "cars" not in [result.organization.units[i].id for i in index.search(query, typing=False).units]


def test_an_english_title_beside_a_serbian_name_stays_english():
    result = load_bytes(
        "format: orgexplorer/1\norganization: O\nunits:\n"
        "  - {id: a, name: Procurement, head: {title: Head of Procurement Planning, name: Љиљана Марковић}}\n"
        "  - {id: b, name: Archive, head: {title: Archivist, name: Đorđe Nikolić}}\n".encode()
    )
    index = SearchIndex(result.organization)
    assert [result.organization.units[i].id for i in index.search("plan", typing=False).units] == ["a"]
    for query in ("Ljiljana Markovic", "Љиљана Марковић", "djordje nikolic", "Dorde Nikolic"):
        assert len(index.search(query, typing=False).units) == 1, query
