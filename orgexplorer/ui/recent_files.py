"""File > Open Recent: the files opened lately, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

MAX_RECENT_FILES = 10


class RecentFiles(QObject):
    """The list of files opened lately (newest first, at most ``MAX_RECENT_FILES``) and its menu.

    Signals:
        open_requested(str): the user chose this file in the menu.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(self.tr("Open &Recent"), parent)
        self.menu.setObjectName("recentMenu")
        self._rebuild()

    def files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def add(self, path: str) -> None:
        files = self.files()
        if files[:1] == [path]:
            return  # already first: nothing to save (writing the settings file waits for the disk)
        files = [path] + [f for f in files if f != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT_FILES])
        self._rebuild()

    def clear(self) -> None:
        QSettings().setValue("recentFiles", [])
        self._rebuild()

    def _rebuild(self) -> None:
        self.menu.clear()
        files = self.files()
        for number, path in enumerate(files, 1):
            action = self.menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_requested.emit(p))
        if files:
            self.menu.addSeparator()
            clear = self.menu.addAction(self.tr("&Clear list"), self.clear)
            clear.setStatusTip(self.tr("Forget the files opened recently"))
        self.menu.setEnabled(bool(files))
