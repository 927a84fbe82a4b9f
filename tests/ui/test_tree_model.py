"""The unit tree model: Qt's model tester, rows, roles and the one-step filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from orgexplorer.model import load_bytes, load_file
from orgexplorer.ui.tree_model import Column, IsMatchRole, UnitIdRole, UnitTreeModel
from tests.conftest import BUNDLED


@pytest.fixture
def sector():
    return load_file(BUNDLED).organization


@pytest.fixture
def model(qtmodeltester, sector):
    model = UnitTreeModel()
    model.set_organization(sector)
    qtmodeltester.check(model)
    return model


def names(model, parent=QModelIndex()):
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_hierarchy(model, sector):
    assert names(model) == ["Defence Policy Sector"]
    root = model.index(0, 0)
    assert names(model, root) == [
        "Strategic Planning Department",
        "International Military Cooperation Department",
        "Project Management Office",
        "Military Mission of the Republic of Serbia to the NATO",
        "Office for Administrative and Professional Services",
        "List of jobs in the Ministry of Foreign Affairs to be filled with professional servicemen",
    ]
    imc = model.index(1, 0, root)
    assert names(model, imc) == ["Military Missions Abroad", "Verification Centre"]
    assert model.index(0, Column.HEAD, imc.parent()).data() == ""
    assert model.index(0, Column.HEAD).data() == "Assistant Minister for Defence Policy"
    assert model.parent(model.index(1, 0, imc)) == imc


def test_roles(model, sector):
    root = model.index(0, 0)
    verification = model.index(1, 0, model.index(1, 0, root))
    assert verification.data(UnitIdRole) == "verification-centre"
    assert "Attached to the Head of the International Military Cooperation Department" in verification.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert verification.data(Qt.ItemDataRole.FontRole).italic()
    assert not verification.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, 0, root).data(Qt.ItemDataRole.ToolTipRole).splitlines()[1] == (
        "Part of Defence Policy Sector"
    )
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Unit"


def test_index_of_round_trips(model, sector):
    for unit in sector:
        index = model.index_of(unit.index)
        assert model.unit(index) is unit


def test_filter_keeps_ancestors(qtmodeltester, model, sector):
    verification = sector.by_id("verification-centre").index
    visible = {0, sector.by_id("international-military-cooperation-department").index, verification}
    model.set_filter(visible, {verification})
    qtmodeltester.check(model)
    assert names(model, model.index(0, 0)) == ["International Military Cooperation Department"]
    hit = model.index_of(verification)
    assert hit.isValid() and hit.data(IsMatchRole) is True
    assert model.index(0, 0).data(IsMatchRole) is False
    assert not model.index_of(sector.by_id("project-management-office").index).isValid()
    model.set_filter(None)
    qtmodeltester.check(model)
    assert len(names(model, model.index(0, 0))) == 6


def test_empty_and_forest(qtmodeltester):
    model = UnitTreeModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    result = load_bytes(
        b"format: orgexplorer/1\norganization: X\nunits:\n"
        b"  - {id: a, name: A, subunits: [{id: a1, name: A1}]}\n  - {id: b, name: B}\n"
    )
    model.set_organization(result.organization)
    qtmodeltester.check(model)
    assert names(model) == ["A", "B"]


def test_accessible_name_is_the_name_shown(qtmodeltester):
    text = """format: orgexplorer/1
organization: T
units:
  - id: a
    name: {en: General Staff, sr-Latn: Generalštab VS}
    attached:
      - id: b
        name: {en: Press Office, sr-Latn: Biro za štampu}
"""
    model = UnitTreeModel()
    model.language = "sr-Cyrl"
    model.set_organization(load_bytes(text.encode()).organization)
    qtmodeltester.check(model)
    root = model.index(0, 0)
    staff = model.index(0, 0, root)
    assert root.data() == "Генералштаб ВС"
    # A screen reader says what the tree shows, in the interface's language.
    assert root.data(Qt.ItemDataRole.AccessibleTextRole) == "Генералштаб ВС"
    assert staff.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Биро за штампу")
    assert staff.data(Qt.ItemDataRole.ToolTipRole).startswith("Биро за штампу")
