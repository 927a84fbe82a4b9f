"""The tree as a user sees it: the Head column tells who heads a unit rather than repeating its name,
and names are not cut short while the heads have room to give (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from benchmarks.generate import generate
from orgexplorer.model import load_bytes
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import Column, UnitTreeModel

ORGANIZATION = """\
format: orgexplorer/1
organization: O
units:
  - id: root
    name: Budget Office
    head: {title: Head of the Budget Office, name: Ana Ilić}
    subunits:
      - {id: it, name: IT, head: {title: Chief of Digital Transformation, name: Marko Petrović}}
      - {id: hr, name: Human Resources, head: Head of Human Resources}
      - id: law
        name: {en: Legal Service, sr-Latn: Pravna služba}
        head: {title: Šef službe Pravna služba, name: Iva Ćirić}
"""


@pytest.fixture
def model(qtmodeltester):
    result = load_bytes(ORGANIZATION.encode())
    assert result.organization is not None, result.problems
    model = UnitTreeModel()
    model.set_organization(result.organization)
    qtmodeltester.check(model)
    return model


def heads(model):
    root = model.index(0, Column.NAME)
    rows = [model.index(0, Column.HEAD)]
    rows += [model.index(row, Column.HEAD, root) for row in range(model.rowCount(root))]
    return [index.data() for index in rows]


def test_the_head_column_leaves_out_a_title_that_restates_the_name(model):
    assert heads(model) == [
        "Ana Ilić",  # "Head of the Budget Office" beside "Budget Office" says nothing more
        "Chief of Digital Transformation (Marko Petrović)",  # "IT" is not a word of that title
        "Head of Human Resources",  # a title alone is all there is
        "Iva Ćirić",  # restating the name in another language
    ]
    tooltip = model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Head of the Budget Office (Ana Ilić)" in tooltip  # in full where there is room


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    organization = load_bytes(generate(1000).encode()).organization
    window.set_organization(organization, None)
    return window


def test_names_in_sight_are_not_cut_short_while_heads_have_room(window, qtbot):
    tree = window.unit_tree
    deepest = max(window.organization.units, key=lambda unit: (unit.depth, len(unit.name)))
    window.select_unit(deepest.index)
    qtbot.wait(50)
    index = tree.currentIndex()
    assert index.data() == deepest.name
    head = tree.model().index(index.row(), Column.HEAD, index.parent())
    assert head.data() == deepest.head.name  # the person, not "Head of <the name>" again
    # The names have all the room the heads in sight do not need (on main: 62% of it, the rest
    # going to heads that repeated the names), and the heads are shown whole.
    needed = tree.visualRect(index).x() + tree.sizeHintForIndex(index).width()
    assert needed > tree.viewport().width() * 0.62  # a name that needs it
    assert tree.columnWidth(0) >= min(needed, tree.viewport().width() - tree.sizeHintForColumn(Column.HEAD))
    assert tree.visualRect(head).width() >= tree.sizeHintForIndex(head).width()


def test_a_name_column_sized_by_hand_stays(window, qtbot):
    tree = window.unit_tree
    tree.header().resizeSection(0, 150)  # as a drag on the header's handle does
    window.select_unit(max(window.organization.units, key=lambda unit: unit.depth).index)
    window.resize(1300, 800)
    qtbot.wait(50)
    assert tree.columnWidth(0) == 150
    assert QModelIndex() == tree.rootIndex()
