"""The detail pane: every relation of the model under a heading of its own, in the interface's language."""

from __future__ import annotations

import pytest

from orgexplorer.model import Relation, load_bytes
from orgexplorer.ui.detail_pane import relation_label, unit_html
from orgexplorer.ui.language import install_language
from tests.conftest import ALL_RELATIONS


@pytest.fixture
def serbian():
    install_language("sr_Latn")
    yield
    install_language("en")


def _headings(html: str) -> set[str]:
    return {cell.split("</td>")[0] for cell in html.split('<td class="label">')[1:]}


def test_every_relation_has_a_heading_of_its_own():
    labels = [relation_label(relation) for relation in Relation]
    assert all(labels) and len(set(labels)) == len(labels)


def test_each_unit_shows_its_relations_under_their_headings():
    organization = load_bytes(ALL_RELATIONS).organization
    assert organization is not None
    seen: set[str] = set()
    for unit in organization:
        html = unit_html(organization, unit)
        expected = {relation_label(relation) for relation, _ in organization.relation_groups(unit)}
        assert expected <= _headings(html)
        seen |= expected
    assert seen == {relation_label(relation) for relation in Relation}


def test_relations_are_translated(serbian):
    organization = load_bytes(ALL_RELATIONS).organization
    assert organization is not None
    headings = set()
    for unit in organization:
        headings |= _headings(unit_html(organization, unit))
    assert {"Deo jedinice", "Upućuju na nju"} <= headings, headings
    english = {"Part of", "Subunits", "Attached units", "Related", "Referred to by", "Attached to"}
    assert not headings & english


def test_a_narrow_pane_never_breaks_a_label_inside_its_word(qtbot):
    # The tryout's narrow window showed "Руководила|ц": the label column broke inside the word.
    from PySide6.QtWidgets import QApplication

    from orgexplorer.ui.detail_pane import DetailPane

    install_language("sr_Cyrl")
    try:
        organization = load_bytes(ALL_RELATIONS).organization
        assert organization is not None
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.resize(190, 600)
        pane.show()
        checked = 0
        for unit in organization:
            pane.show_unit(organization, unit)
            QApplication.processEvents()
            labels = _headings(unit_html(organization, unit))
            block = pane.document().begin()
            while block.isValid():
                if block.text() in labels:
                    assert block.layout().lineCount() == 1, block.text()
                    checked += 1
                block = block.next()
        assert checked >= len(organization) * 2  # kind and head at least, for every unit
    finally:
        install_language("en")
