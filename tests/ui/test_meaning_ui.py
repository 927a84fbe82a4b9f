"""Search by meaning in the window: hits labelled with their nearest sentence; the notice without it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QProgressBar, QToolButton

from orgexplorer.model.search import Match
from orgexplorer.ui.detail_pane import MARK_STYLE
from orgexplorer.ui.main_window import MainWindow
from orgexplorer.ui.search_results import HitHtmlRole
from tests.conftest import BUNDLED, REPO


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(BUNDLED)
    qtbot.waitUntil(
        lambda: window.session.index is not None and window.session.index.meaning is not None, timeout=20000
    )
    return window


def test_a_meaning_hit_shows_its_sentence_by_meaning(window, qtbot, qtmodeltester):
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "peacekeeping ")  # no unit has the word
    qtbot.waitUntil(lambda: window.search_result is not None and window.search_result.query == "peacekeeping ")
    result = window.search_result
    assert result.hits and all(hit.match is Match.MEANING for hit in result.hits)
    model = window.results_view.model()
    qtmodeltester.check(model)
    html = model.index(0).data(HitHtmlRole)
    assert "by meaning" in html and result.hits[0].text in html
    assert MARK_STYLE not in html  # nothing marked
    assert "by meaning" in window.results_label.text()


def test_without_the_model_the_window_says_so_and_searches_words(tmp_path):
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
    script = textwrap.dedent(
        f"""
        import tempfile
        from PySide6.QtCore import QSettings
        from orgexplorer.ui.app import application
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
        from orgexplorer.ui.main_window import MainWindow
        app = application()
        window = MainWindow(); window.show()
        assert window.open_file({str(BUNDLED)!r})
        import time
        deadline = time.monotonic() + 30
        while window.meaning_search.notice is None and time.monotonic() < deadline:
            app.processEvents(); time.sleep(0.02)
        print("NOTICE", window.meaning_search.notice)
        print("STATUS", window.statusBar().currentMessage())
        window.search_field.setText("arms control"); window.flush_search()
        print("FIRST", window.organization.units[window.search_result.units[0]].id)
        print("MEANING", window.search_result.meaning)
        """
    )
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(REPO)]), QT_QPA_PLATFORM="offscreen",
        ORGEXPLORER_CACHE="0",
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "Search by meaning is off" in lines["NOTICE"] and "wordllama" in lines["NOTICE"]
    assert lines["STATUS"] == lines["NOTICE"]
    assert lines["FIRST"] == "verification-centre"
    assert lines["MEANING"] == "False"


def test_a_large_organization_prepares_meaning_with_progress_and_cancel(qtbot, tmp_path, monkeypatch):
    from benchmarks.generate import generate

    monkeypatch.setenv("ORGEXPLORER_CACHE", "0")
    big = tmp_path / "big.yaml"
    big.write_text(generate(3000), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(big) is not False
    qtbot.waitUntil(lambda: window.organization is not None and len(window.organization) == 3000, timeout=60000)
    bar = window.findChild(QProgressBar, "meaningProgress")
    cancel = window.findChild(QToolButton, "meaningCancel")
    assert bar.isVisible() and cancel.isVisible()
    window.search_field.setText("planning")
    window.flush_search()
    assert window.search_result.units and not window.search_result.meaning  # words at once
    cancel.click()
    assert not bar.isVisible()
    window.meaning_search.wait(30)
    qtbot.wait(50)
    assert window.session.index.meaning is None  # cancelled: words only, no half-made vectors


@pytest.mark.parametrize("word", ["diplomacy", "verifikacija", "procurement"])
def test_a_word_typed_without_a_space_finds_what_the_finished_word_finds(window, qtbot, word):
    """The word being typed matches as a beginning and as the whole word it may already be: the
    window lists what the command line lists for it, first things first, before any space is typed."""
    finished = window.session.index.search(word, typing=False)  # as `orgexplorer search` asks
    assert finished.ranked  # the command line finds these (by meaning: no unit has the word)
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, word)
    window.flush_search()
    result = window.search_result
    assert result.query == word
    assert result.ranked[: len(finished.ranked)] == finished.ranked
    assert window.unit_tree.model().rowCount() > 0  # the filtered tree shows them


def test_the_window_says_when_no_unit_has_the_words(window, qtbot):
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "who handles procurement?")
    window.flush_search()
    assert window.results_label.text() == "No unit has these words; nearest by meaning: 5 units found."
    assert window.results_view.model().rowCount() == 5
