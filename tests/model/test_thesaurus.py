"""WordNet look-ups for search by meaning: a database in WordNet's own format, written here, read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orgexplorer.model import load_bytes, thesaurus
from orgexplorer.model.meaning import MeaningIndex, MeaningUnavailable, embedder
from orgexplorer.model.search import SearchIndex

LICENCE = "  1 This software and database is being provided to you, the LICENSEE, by\n  2 Princeton University\n"


def _write_wordnet(folder: Path, senses: dict[str, list[tuple[list[str], str]]]) -> None:
    """A noun database as WordNet writes it: data lines found by byte offset, a sorted index after
    a licence whose lines start with spaces, and an exceptions file."""
    data = LICENCE.encode()
    offsets: dict[str, list[int]] = {}
    for lemma, meanings in senses.items():
        for words, gloss in meanings:
            offset = len(data)
            members = " ".join(f"{w.replace(' ', '_')} 0" for w in words)
            data += f'{offset:08d} 06 n {len(words):02x} {members} 000 | {gloss}; "an example"  \n'.encode()
            offsets.setdefault(lemma, []).append(offset)
    index = LICENCE + "".join(
        f"{lemma} n {len(found)} 1 @ {len(found)} 0 {' '.join(f'{o:08d}' for o in found)}  \n"
        for lemma, found in sorted(offsets.items(), key=lambda item: item[0].encode())
    )
    (folder / "data.noun").write_bytes(data)
    (folder / "index.noun").write_text(index, encoding="latin-1")
    (folder / "noun.exc").write_text("geese goose\n", encoding="latin-1")
    for part in ("verb", "adj"):
        (folder / f"data.{part}").write_bytes(LICENCE.encode())
        (folder / f"index.{part}").write_text(LICENCE, encoding="latin-1")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[thesaurus.WordNet]:
    senses = {f"word{n:04d}": [([f"word{n:04d}", f"same{n}"], f"meaning number {n}")] for n in range(500)}
    senses["pothole"] = [(["pothole", "chuckhole"], "a pit or hole produced by wear (especially in a road surface)")]
    senses["goose"] = [(["goose"], "a web-footed bird"), (["goose", "fathead"], "a silly person")]
    senses["help_desk"] = [(["help desk", "helpdesk"], "a service that helps the users of a computer network")]
    _write_wordnet(tmp_path, senses)
    wordnet = thesaurus.WordNet(tmp_path)
    yield wordnet
    wordnet.close()


def test_every_word_of_the_index_is_found_and_no_other(database):
    for n in range(500):
        (sense,) = database.senses(f"word{n:04d}")
        assert sense.definition == f"meaning number {n}"  # the example in quotes left out
        assert sense.words == (f"word{n:04d}", f"same{n}")
    assert database.senses("word0500") == []
    assert database.senses("aaa") == database.senses("zzz") == database.senses("") == []


def test_inflected_words_find_their_base_form(database):
    (sense,) = database.senses("potholes")
    assert sense.lemma == "pothole" and "road surface" in sense.definition
    assert [s.definition for s in database.senses("geese", per_part=2)] == ["a web-footed bird", "a silly person"]
    assert database.senses("help desk")[0].words == ("help desk", "helpdesk")


def test_a_word_beyond_latin_1_is_not_looked_up(database):
    assert database.senses("плате") == []


ROADS = """\
format: orgexplorer/1
organization: City of Examples
units:
  - id: city
    name: City Administration
    subunits:
      - id: roads
        name: Department for Transport
        responsibilities:
          - maintenance and reconstruction of city roads, pavements and bridges
      - id: culture
        name: Department for Culture and Sport
        responsibilities:
          - financing of sport clubs and cultural events for young people
      - id: children
        name: Department for Family and Children
        responsibilities:
          - parental allowance for newborn children
"""


def test_a_word_the_file_never_uses_is_found_by_its_definition():
    if thesaurus.wordnet() is None:
        pytest.skip("WordNet is not installed (Debian: wordnet-base)")
    try:
        model = embedder()
    except MeaningUnavailable as error:
        pytest.skip(str(error))
    organization = load_bytes(ROADS.encode(), "roads.yaml").organization
    assert organization is not None
    index = SearchIndex(organization)
    index.attach_meaning(MeaningIndex.build(organization, model))
    first = index.search("potholes", typing=False).hits[0]  # no word of the file says "pothole"
    assert organization.units[first.unit].id == "roads"
    assert first.text == "maintenance and reconstruction of city roads, pavements and bridges"
