"""Starting the window as `orgexplorer` does: what the first painted window has loaded, and what
waits until it is first used (the benchmark times the start; this proves the start stays lean)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

#: Nothing the first painted window shows needs these; each loads when first used.
NOT_AT_START = (
    "numpy",
    "wordllama",
    "tokenizers",
    "sqlite3",
    "orgexplorer.model.search",
    "orgexplorer.model.meaning",
    "orgexplorer.model.compare",
    "orgexplorer.model.change",
    "orgexplorer.chart.render",
    "orgexplorer.chart.layout",
    "orgexplorer.ui.problems_panel",
    "orgexplorer.ui.changes_panel",
    "orgexplorer.ui.export_dialog",
    "orgexplorer.cli_diff",
    "orgexplorer.cli_write",
)

# `orgexplorer` with no arguments, its event loop replaced by one pass of it and a repaint: the
# first painted window. Then a search, as the first keystroke would start it.
START = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtWidgets import QApplication

    def painted(*args):
        app = QApplication.instance()
        app.processEvents()
        (window,) = [w for w in app.topLevelWidgets() if w.isVisible()]
        window.repaint()
        print("LOADED", " ".join(sorted(sys.modules)))
        print("SHOWN", window.unit_tree.model().rowCount(), len(window.organization))
        print("COLLECTOR", gc.isenabled())
        window.search_field.setText("arms control")
        window.flush_search()
        print("FOUND", " ".join(window.organization.units[u].id for u in window.search_result.units))
        print("LATER", " ".join(sorted(sys.modules)))
        return 0

    QApplication.exec = painted
    from orgexplorer.cli import main
    sys.exit(main([]))
    """
)


def test_the_first_painted_window_loads_nothing_it_does_not_show(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "settings"),
        ORGEXPLORER_CACHE_DIR=str(tmp_path / "cache"),
    )
    done = subprocess.run(
        [sys.executable, "-c", START], cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    loaded = set(lines["LOADED"].split())
    assert [name for name in NOT_AT_START if name in loaded] == []
    assert lines["SHOWN"] == "1 9"  # the bundled sector, in the tree, at the first paint
    assert lines["COLLECTOR"] == "True"  # the start's pause of the garbage collector has ended
    # Word search answers at once, loading the search index when first asked for.
    assert "verification-centre" in lines["FOUND"].split()
    assert "orgexplorer.model.search" in lines["LATER"].split()
