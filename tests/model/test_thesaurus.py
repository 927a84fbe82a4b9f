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


def test_derivationally_related_forms_are_read_from_the_pointers(tmp_path):
    # A verb synset "classify, sort" pointing ("+", derivationally related) from its first word to
    # the noun "classification" and from its second to the noun "sorter"; a pointer of another kind
    # ("@", a broader sense) is not a relative.
    noun = LICENCE.encode()
    classification = len(noun)
    noun += f"{classification:08d} 04 n 01 classification 0 000 | the act of classifying  \n".encode()
    sorter = len(noun)
    noun += f"{sorter:08d} 18 n 01 sorter 0 000 | someone who sorts  \n".encode()
    verb = LICENCE.encode()
    classify = len(verb)
    pointers = f"+ {classification:08d} n 0101 + {sorter:08d} n 0201 @ {sorter:08d} n 0000"
    verb += f"{classify:08d} 31 v 02 classify 0 sort 0 003 {pointers} 01 + 08 00 | arrange in classes  \n".encode()
    (tmp_path / "data.noun").write_bytes(noun)
    (tmp_path / "data.verb").write_bytes(verb)
    (tmp_path / "data.adj").write_bytes(LICENCE.encode())
    index = f"classification n 1 0 1 0 {classification:08d}  \nsorter n 1 0 1 0 {sorter:08d}  \n"
    (tmp_path / "index.noun").write_text(LICENCE + index, encoding="latin-1")
    (tmp_path / "index.verb").write_text(
        LICENCE + f"classify v 1 1 + 1 0 {classify:08d}  \nsort v 1 1 + 1 0 {classify:08d}  \n", encoding="latin-1"
    )
    (tmp_path / "index.adj").write_text(LICENCE, encoding="latin-1")
    wordnet = thesaurus.WordNet(tmp_path)
    try:
        assert wordnet.related("classifying") == ["classification"]  # its inflection, its pointer only
        assert wordnet.related("sort") == ["sorter"]
        assert wordnet.related("classification") == []  # no pointers of its own here
        assert wordnet.related("unknown") == wordnet.related("") == []
    finally:
        wordnet.close()


CUSTOMS = """\
format: orgexplorer/1
organization: Customs
units:
  - id: customs
    name: Customs Administration
    subunits:
      - id: tariff
        name: Tariff Unit
        responsibilities:
          - classification of goods in the nomenclature
      - id: origin
        name: Origin Unit
        responsibilities:
          - rules of origin of imported goods
"""


def test_a_word_finds_the_forms_wordnet_derives_from_it():
    if thesaurus.wordnet() is None:
        pytest.skip("WordNet is not installed (Debian: wordnet-base)")
    organization = load_bytes(CUSTOMS.encode(), "customs.yaml").organization
    assert organization is not None
    index = SearchIndex(organization)  # words alone: the word index finds it
    result = index.search("classifying", typing=False)
    assert [organization.units[unit].id for unit in result.units] == ["tariff"]
    assert result.hits[0].marked() == "[classification] of goods in the nomenclature"
