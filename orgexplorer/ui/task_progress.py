"""A task's progress in the status bar: what is being done, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton


class TaskProgress(QObject):
    """Label, progress bar and Cancel button, shown while one kind of long work runs.

    Signals:
        cancel_clicked(): the user pressed Cancel.
    """

    cancel_clicked = Signal()

    def __init__(self, status_bar: QStatusBar, name: str, cancel_tip: str, accessible_name: str = "") -> None:
        """``name`` gives the widgets' object names: ``<name>Progress`` and ``cancel<Name>``."""
        super().__init__(status_bar)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Progress")
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(180)
        if accessible_name:
            self.bar.setAccessibleName(accessible_name)
        self.button = QToolButton()
        self.button.setObjectName(f"cancel{name[:1].upper()}{name[1:]}")
        self.button.setText(self.tr("Cancel"))
        self.button.setToolTip(cancel_tip)
        self.button.clicked.connect(self.cancel_clicked)
        for widget in (self.label, self.bar, self.button):
            status_bar.addPermanentWidget(widget)
        self.hide()

    def show(self, text: str) -> None:
        self.bar.setValue(0)
        self.label.setText(text)
        for widget in (self.label, self.bar, self.button):
            widget.show()

    def hide(self) -> None:
        for widget in (self.label, self.bar, self.button):
            widget.hide()

    def set_value(self, percent: int) -> None:
        self.bar.setValue(percent)
