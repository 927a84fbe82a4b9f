"""The unit directory names every relation of the model under its own heading."""

from __future__ import annotations

from orgexplorer.chart.directory import directory_html, relation_label
from orgexplorer.model import Relation, load_bytes
from tests.conftest import ALL_RELATIONS


def test_every_relation_has_a_heading_of_its_own():
    labels = [relation_label(relation) for relation in Relation]
    assert all(labels) and len(set(labels)) == len(labels)


def test_directory_lists_each_relation_with_links():
    organization = load_bytes(ALL_RELATIONS).organization
    assert organization is not None
    page = directory_html(organization)
    for relation in Relation:
        assert f'<p class="meta">{relation_label(relation)}: <a href="#' in page, relation
    assert '<p class="meta">Attached to the head of: <a href="#root">Root</a></p>' in page
    assert '<p class="meta">Referred to by: <a href="#a">Alpha</a></p>' in page
