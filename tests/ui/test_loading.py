"""Opening in the background, cancelling, hostile files in the window, and live reload."""

from __future__ import annotations

import os
import time

import pytest

from benchmarks.generate import generate
from orgexplorer.ui.background import SYNCHRONOUS_LOAD_BYTES
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.tree_model import UnitIdRole
from tests.conftest import BUNDLED, write
from tests.hostile.make_large import make


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    yield window
    window.session.cancel()
    window.session.wait(10)


@pytest.fixture(scope="module")
def large_org(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "org.yaml"
    path.write_text(generate(3000), encoding="utf-8")
    assert path.stat().st_size > SYNCHRONOUS_LOAD_BYTES
    return path


def test_large_file_opens_in_the_background(window, qtbot, large_org):
    with qtbot.waitSignal(window.load_finished, timeout=60_000) as blocker:
        assert window.open_file(large_org) is None
        assert window.findChild(object, "loadProgress").isVisible()
        assert window.organization.title == "Ministry of Defence of the Republic of Serbia"  # still usable
    assert blocker.args == [True]
    assert len(window.organization) == 3000
    assert not window.findChild(object, "loadProgress").isVisible()
    assert window.search_result is None
    window.search_field.setText("planning")
    window.flush_search()
    assert window.search_result.units


def test_cancel_keeps_the_open_organization(window, qtbot, large_org):
    window.open_file(large_org)
    window.findChild(object, "cancelLoad").click()
    window.session.wait(30)
    qtbot.wait(50)
    assert len(window.organization) == 9
    assert not window.findChild(object, "loadProgress").isVisible()


@pytest.fixture(scope="module")
def large_hostile(tmp_path_factory):
    return make(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "name", ["billion-laughs.yaml", "merge-key-bomb.yaml", "binary.yaml", "deep-flow.yaml", "huge-value.yaml"]
)
def test_hostile_files_in_turn(window, qtbot, large_hostile, name):
    from tests.test_hostile import HOSTILE

    path = large_hostile.get(name) or HOSTILE / name
    if os.path.getsize(path) > SYNCHRONOUS_LOAD_BYTES:
        with qtbot.waitSignal(window.load_finished, timeout=60_000) as blocker:
            window.open_file(path)
        assert blocker.args == [False]
    else:
        assert window.open_file(path) is False
    assert len(window.organization) == 9
    assert window.problems_dock.isVisible()
    assert window.problems_panel.problems[0].line >= 1


def test_live_reload_valid_then_invalid(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    text = "format: orgexplorer/1\norganization: Live\nunits:\n  - {id: a, name: A, subunits: [{id: b, name: B}]}\n"
    path = write(tmp_path, text)
    assert window.open_file(path)
    window.select_unit(window.organization.by_id("b").index)

    time.sleep(0.02)  # a new modification time
    path.write_text(text.replace("name: B}", "name: Bee}, {id: c, name: C}"), encoding="utf-8")
    qtbot.waitUntil(lambda: "c" in window.organization, timeout=5000)
    assert window.unit_tree.currentIndex().data(UnitIdRole) == "b"
    assert "Bee" in window.detail_pane.toPlainText()

    # An editor that saves by writing a new file and renaming it over the old one.
    replacement = tmp_path / "org.yaml.new"
    replacement.write_text(
        "format: orgexplorer/1\norganization: Live\nunits:\n  - id: a\n    nmae: A\n", encoding="utf-8"
    )
    os.replace(replacement, path)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    assert "c" in window.organization  # the last valid version stays
    assert any("nmae" in p.message for p in window.problems_panel.problems)

    path.write_text(text, encoding="utf-8")  # fixed again
    qtbot.waitUntil(lambda: "c" not in window.organization, timeout=5000)
    assert not window.problems_dock.isVisible()


def test_a_slow_file_arriving_late_never_replaces_the_one_opened_after(window, qtbot, large_org, tmp_path):
    """Open A (large: on a worker), then B at once. A's result, already sent when B opens, must not
    replace B when it is finally handled."""
    small = write(tmp_path, "format: orgexplorer/1\norganization: B\nunits: [{id: b, name: B}]\n", "b.yaml")
    finished = []
    window.load_finished.connect(finished.append)
    assert window.open_file(large_org) is None
    window.session.wait(60)  # A is loaded and its result sent; the GUI thread has not handled it yet
    assert window.open_file(small) is True
    qtbot.wait(100)  # A's result is handled now, and must be dropped
    assert window.organization.title == "B" and len(window.organization) == 1
    assert finished == []
    assert not window.findChild(object, "loadProgress").isVisible()


def test_cancel_after_the_worker_finished_keeps_what_was_open(window, qtbot, large_org):
    finished = []
    window.load_finished.connect(finished.append)
    assert window.open_file(large_org) is None
    window.session.wait(60)  # loaded, result on its way to the GUI thread
    window.findChild(object, "cancelLoad").click()
    qtbot.wait(100)
    assert len(window.organization) == 9 and finished == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_closed_window_stops_watching_its_file(qtbot, tmp_path):
    text = "format: orgexplorer/1\norganization: Live\nunits:\n  - {id: a, name: A}\n"
    path = write(tmp_path, text)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(path)
    opened = []
    window.organization_changed.connect(lambda: opened.append(1))
    window.close()
    time.sleep(0.02)
    path.write_text(text.replace("name: A", "name: Changed"), encoding="utf-8")
    qtbot.wait(900)  # longer than the reload's debounce
    assert opened == [] and window.organization.by_id("a").name == "A"


def test_a_reopened_file_has_the_units_the_tree_shows_first_made_on_the_worker(qtbot, tmp_path, monkeypatch, large_org):
    """A reopened organization makes each unit (decoding its text) when first asked for; the top
    levels, which the tree asks for at once on the GUI thread, are made by the session's worker."""
    import marshal
    import types

    from PySide6.QtWidgets import QWidget

    from orgexplorer.model import cache_entry
    from orgexplorer.ui.session import Session

    monkeypatch.setenv("ORGEXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    host = QWidget()  # the session's owner, closed by qtbot as a window would close
    qtbot.addWidget(host)
    session = Session(host)
    for _ in range(2):  # the second open comes from the cache
        with qtbot.waitSignal(session.opened, timeout=60_000) as blocker:
            assert session.open(large_org) is None
    organization = blocker.args[0].organization
    assert type(organization.units) is not tuple
    decoded: list[int] = []
    loads = types.SimpleNamespace(
        dumps=marshal.dumps, loads=lambda data: decoded.append(len(data)) or marshal.loads(data)
    )
    monkeypatch.setattr(cache_entry, "marshal", loads)
    for root in organization.children(None):
        organization.children(root)
    assert decoded == []
    assert organization.units[len(organization) - 1].depth > 1  # a unit further down: made now
    assert decoded
    session.close()
