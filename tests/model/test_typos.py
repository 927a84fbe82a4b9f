"""What a mistyped query is taken to mean, and when the meaning layer has nothing to go on."""

from __future__ import annotations

import pytest

from orgexplorer.model import load_file
from orgexplorer.model.meaning import MeaningIndex, embedder
from orgexplorer.model.search import SearchIndex
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def index():
    organization = load_file(BUNDLED).organization
    assert organization is not None
    index = SearchIndex(organization)
    index.attach_meaning(MeaningIndex.build(organization, embedder()))
    return index


@pytest.mark.parametrize(
    "query",
    [
        "mirovne operacije",  # "operacije" is no typo of "operative": the other word is known nowhere
        "ko se bavi kontrolom naoružanja?",  # Serbian: no word becomes "bav" or "kontrola"
        "kontrolom naoružanja",
    ],
)
def test_a_query_in_another_language_is_not_corrected_into_english(index, query):
    assert index.search(query, typing=False).corrected is None


def test_a_typo_in_an_english_query_is_still_corrected(index):
    assert index.search("armz control", typing=False).corrected == "arms control"
    assert index.search("garbidge", typing=False).corrected == "garbage"


@pytest.mark.parametrize("query", ["xqzwv", "asdfgh", "hjkl zzzz"])
def test_keyboard_noise_finds_nothing_by_meaning(index, query):
    for typing in (False, True):
        result = index.search(query, typing=typing)
        assert result.units == [] and not result.only_by_meaning


@pytest.mark.parametrize("query", ["speechwriting", "diplomacy", "diplo", "peacekeeping"])
def test_words_the_model_reads_are_still_searched_by_meaning(index, query):
    """Compounds ("speech|writing"), words of the dictionary, and a word being typed that begins one
    of the file's words keep their answers by meaning."""
    assert index.search(query, typing=True).units
