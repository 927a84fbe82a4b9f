"""Work that waits for a window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from orgexplorer.ui.painted import after_first_paint


class _Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QMainWindow) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_work_waits_for_the_first_paint_of_a_shown_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("units"))
    paints = _Paints(window)
    window.show()
    ran: list[int] = []
    after_first_paint(window.centralWidget(), lambda: ran.append(paints.count))
    assert ran == []  # not before the window has painted
    qtbot.waitUntil(lambda: ran != [])
    assert ran[0] >= 1
    after_first_paint(window, lambda: ran.append(-1))  # painted already: at once
    assert ran[-1] == -1


def test_a_hidden_window_does_not_hold_work_back(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    ran: list[bool] = []
    after_first_paint(window, lambda: ran.append(True))
    assert ran == [True]
