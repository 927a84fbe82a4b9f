"""Back and Forward as a plain class (no Qt needed)."""

from __future__ import annotations

from orgexplorer.ui.history import History


def test_back_and_forward_walk_the_visits():
    history = History()
    assert history.back() is None and not history.can_go_back
    for unit in (1, 2, 3):
        history.visit(unit)
    assert history.can_go_back and not history.can_go_forward
    assert history.back() == 2 and history.back() == 1 and history.back() is None
    assert history.forward() == 2 and history.can_go_forward


def test_a_visit_drops_what_lay_ahead_and_repeats_are_one():
    history = History()
    for unit in (1, 2, 3):
        history.visit(unit)
    history.back()
    history.back()
    history.visit(7)
    assert not history.can_go_forward
    history.visit(7)
    assert history.back() == 1 and history.back() is None


def test_clear_forgets_everything():
    history = History()
    history.visit(1)
    history.visit(2)
    history.clear()
    assert not history.can_go_back and history.forward() is None


def test_history_needs_no_qt():
    import subprocess
    import sys

    code = "import sys, orgexplorer.ui.history; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
