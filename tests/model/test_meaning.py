"""Search by meaning and the word search's faults it came with: behaviour, not numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from orgexplorer.model import load_bytes
from orgexplorer.model.meaning import MeaningIndex, embedder, sentences
from orgexplorer.model.search import Match, SearchIndex
from tests.conftest import BUNDLED, REPO

ORGANIZATION = """\
format: orgexplorer/1
organization: Ministry of Examples
glossary:
  CIO: Chief Information Officer
units:
  - id: ministry
    name: Ministry of Examples
    subunits:
      - id: missions
        name: Diplomatic Missions Department
        responsibilities:
          - coordination of diplomatic missions and embassies
      - id: consular
        name: Consular Protection Department
        responsibilities:
          - help to citizens in distress abroad, including a missing person or a death abroad
          - consular visits to citizens imprisoned abroad
      - id: personnel
        name: Human Resources Department
        description: Recruitment of staff. Personnel files and training of employees.
      - id: ict
        name: Information Technology Department
        responsibilities:
          - maintenance of the wireless network and the helpdesk
      - id: legal
        name: Legalisation Office
        responsibilities:
          - legalisation of documents for use abroad
      - id: donors
        name: Development Office
        responsibilities:
          - relations with donors and negotiation of development grants
      - id: finance
        name: Finance Department
        responsibilities:
          - обрачун плата запослених
      - id: protocol
        name: Protocol Office
        responsibilities:
          - a plate, a glass and cutlery for each guest at receptions
"""


@pytest.fixture(scope="module")
def organization():
    result = load_bytes(ORGANIZATION.encode(), "examples.yaml")
    assert result.organization is not None, result.problems
    return result.organization


@pytest.fixture(scope="module")
def index(organization):
    index = SearchIndex(organization)
    index.attach_meaning(MeaningIndex.build(organization, embedder()))
    return index


def ids(organization, result):
    return [organization.units[unit].id for unit in result.units]


@pytest.mark.parametrize("query", ["Consular Protection Department", "Finance Department", "Legalisation Office"])
def test_an_exact_name_comes_first(index, organization, query):
    result = index.search(query, typing=False)
    assert organization.units[result.units[0]].name == query
    assert result.hits[0].match is Match.WORDS


def test_a_meaning_hit_names_its_nearest_sentence_and_marks_nothing(index, organization):
    result = index.search("hiring", typing=False)  # no unit says "hiring"
    by_meaning = [hit for hit in result.hits if hit.match is Match.MEANING]
    assert by_meaning and result.meaning
    first = by_meaning[0]
    assert organization.units[first.unit].id == "personnel"
    assert (first.field, first.text) in list(sentences(organization.units[first.unit]))
    assert first.spans == () and "[" not in first.marked()


def test_word_hits_come_before_meaning_hits(index):
    result = index.search("wireless network", typing=False)
    kinds = [hit.match for hit in result.hits]
    assert kinds[0] is Match.WORDS
    assert kinds == sorted(kinds, key=lambda kind: kind is Match.MEANING)


@pytest.mark.parametrize(("query", "absent"), [("missing", "missions"), ("person", "personnel")])
def test_a_finished_word_does_not_match_longer_words(index, organization, query, absent):
    result = index.search(query, typing=False)
    words = [organization.units[hit.unit].id for hit in result.hits if hit.match is Match.WORDS]
    assert absent not in words
    assert "consular" in words


def test_a_correction_is_always_announced(index, organization):
    result = index.search("wirless", typing=False)
    assert result.corrected == "wireless"
    assert ids(organization, result)[0] == "ict"
    # A word of the dictionary is never "corrected" into a word of the file.
    assert index.search("hiring", typing=False).corrected is None
    # A British spelling is a form of the American one, not a typo.
    legal = index.search("legalization", typing=False)
    assert legal.corrected is None and ids(organization, legal)[0] == "legal"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("IT", "ict"), ("it helpdesk", "ict"), ("HR", "personnel"), ("donations", "donors"), ("negotiate", "donors")],
)
def test_abbreviations_and_word_families(index, organization, query, expected):
    assert ids(organization, index.search(query, typing=False))[0] == expected


def test_i_and_it_as_people_type_them(index, organization):
    parsed = index._parse("where do I report a missing person abroad?", typing=False)
    assert [term.words[0] for term in parsed.terms] == ["report", "missing", "person", "abroad"]
    assert not index._parse("who handles it?", typing=False).terms[-1].phrases  # the pronoun


def test_a_serbian_word_is_not_an_english_one(index, organization):
    plate = index.search("плате", typing=False)
    words_hits = [hit for hit in plate.hits if hit.match is Match.WORDS]
    assert [organization.units[hit.unit].id for hit in words_hits] == ["finance"]
    assert "плата" in words_hits[0].text  # the Serbian line, never the English "plates"
    english = index.search("plate", typing=False)
    assert [organization.units[hit.unit].id for hit in english.hits if hit.match is Match.WORDS] == ["protocol"]


def test_the_vectors_come_back_from_bytes(organization, index):
    kept = MeaningIndex.from_bytes(organization, index.meaning.to_bytes())
    vector = embedder().embed(["help for citizens abroad"])[0]
    assert kept.search(vector, 3) == index.meaning.search(vector, 3)
    with pytest.raises(ValueError):
        MeaningIndex.from_bytes(organization, b"not an npz")


def test_without_the_model_package_words_still_work(tmp_path):
    """A real import failure: a sitecustomize hides wordllama from the interpreter."""
    (tmp_path / "sitecustomize.py").write_text(
        textwrap.dedent(
            """
            import importlib.abc, sys
            class Hide(importlib.abc.MetaPathFinder):
                def find_spec(self, name, path=None, target=None):
                    if name == "wordllama" or name.startswith("wordllama."):
                        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                    return None
            sys.meta_path.insert(0, Hide())
            """
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(REPO)]), ORGEXPLORER_CACHE="0")
    done = subprocess.run(
        [sys.executable, "-m", "orgexplorer", "search", str(BUNDLED), "arms control", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "search by meaning is off" in done.stderr and "wordllama" in done.stderr
    hits = json.loads(done.stdout)
    assert hits[0]["id"] == "verification-centre" and all(hit["match"] == "words" for hit in hits)


def test_a_reopened_file_is_not_embedded_again(tmp_path, monkeypatch, organization):
    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(tmp_path))
    builds = []
    real_build = MeaningIndex.build.__func__

    def counting_build(cls, *args, **kwargs):
        builds.append(1)
        return real_build(cls, *args, **kwargs)

    monkeypatch.setattr(MeaningIndex, "build", classmethod(counting_build))
    key = "0123456789abcdef0123456789abcdef01234567"
    first = MeaningIndex.cached(organization, key)
    again = MeaningIndex.cached(organization, key)
    assert len(builds) == 1 and list(tmp_path.glob(f"{key}.*.meaning"))
    vector = embedder().embed(["consular help abroad"])[0]
    assert again.search(vector, 3) == first.search(vector, 3)
    # A damaged entry is dropped and made anew, never trusted.
    entry = next(tmp_path.glob(f"{key}.*.meaning"))
    entry.write_bytes(b"PK\x03\x04 damaged")
    assert MeaningIndex.cached(organization, key).search(vector, 3) == first.search(vector, 3)
    assert len(builds) == 2


def test_the_command_line_says_how_each_unit_matched(tmp_path):
    env = dict(os.environ, ORGEXPLORER_CACHE="0")
    command = [sys.executable, "-m", "orgexplorer", "search", str(BUNDLED)]
    as_json = subprocess.run(
        [*command, "verification of arms control", "--json"], capture_output=True, text=True, env=env, timeout=120
    )
    hits = json.loads(as_json.stdout)
    assert hits[0]["id"] == "verification-centre" and hits[0]["match"] == "words"
    assert {hit["match"] for hit in hits} <= {"words", "meaning"}
    plain = subprocess.run([*command, "peacekeeping"], capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode == 0, plain.stderr
    assert "by meaning, nearest" in plain.stdout and "[" not in plain.stdout


def test_an_exact_name_comes_first_even_where_others_say_more(organization):
    # Two units share the words; the one named exactly so comes first, in either script.
    text = ORGANIZATION.replace(
        "      - id: legal\n",
        "      - id: legal-section\n        name: Legal Section of the Legal Office\n        responsibilities:\n"
        "          - the legal office's legal advice, legal opinions and legal reviews\n"
        "          - legal office work\n"
        "      - id: legal\n",
    ).replace("        name: Legalisation Office\n", "        name: {en: Legal Office, sr-Cyrl: Правна канцеларија}\n")
    result = load_bytes(text.encode(), "examples.yaml")
    assert result.organization is not None, result.problems
    index = SearchIndex(result.organization)
    index.attach_meaning(MeaningIndex.build(result.organization, embedder()))
    for query in ("legal office", "Правна канцеларија", "legal section of the legal office"):
        first = result.organization.units[index.search(query, typing=False).units[0]]
        assert query.lower() in (first.name.lower(), *(name.lower() for _, name in first.names))


def test_a_unit_alone_with_the_words_is_followed_by_the_nearest_in_meaning(index, organization):
    result = index.search("helpdesk", typing=False)  # one unit has the word
    assert organization.units[result.hits[0].unit].id == "ict" and result.hits[0].match is Match.WORDS
    assert len(result.hits) >= 2  # the first page filled from units less near than beside many word hits
    assert [hit.match for hit in result.hits[1:5]] == [Match.MEANING] * len(result.hits[1:5])


def test_a_typo_of_an_ordinary_word_the_file_never_uses_is_corrected_and_said(index):
    result = index.search("hospitl", typing=False)  # no unit says "hospital"
    assert result.corrected == "hospital" and result.meaning
    assert index.search("GDPR", typing=False).corrected is None  # an acronym typed as one is no typo
    assert index.search("hospitl", typing=True).corrected is None  # a word being typed is left alone
