"""The window's way to import a spreadsheet: File > Import spreadsheet… asks for one and shows the
``ImportDialog``; a spreadsheet opened any other way whose columns could not be told gets the dialog
too, instead of a dead end that points to a command-line option."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from orgexplorer.ui.dialogs import Dialogs

if TYPE_CHECKING:  # the dialog and the importer are imported when first asked for (cold start)
    from orgexplorer.model.importer import ImportChoices
    from orgexplorer.ui.import_dialog import ImportDialog

#: Opens a file as the window does: (path, how to read it as a spreadsheet).
Opener = Callable[[str, "ImportChoices"], object]


class ImportFlow(QObject):
    """Asks for a spreadsheet, shows its columns, and opens it as chosen through ``open_file``.

    Attributes:
        dialog: the import dialog shown last (None before the first).
    """

    def __init__(self, window: QMainWindow, dialogs: Dialogs, open_file: Opener) -> None:
        super().__init__(window)
        self._window = window
        self._dialogs = dialogs
        self._open_file = open_file
        self.dialog: ImportDialog | None = None

    def ask(self, start: str) -> ImportDialog | None:
        """File > Import spreadsheet…: a spreadsheet chosen from ``start``'s folder, then its columns."""
        path = self._dialogs.spreadsheet(start)
        return self.choose_columns(path) if path else None

    def choose_columns(self, path: str) -> ImportDialog:
        """The import dialog for ``path`` (window-modal; the window opens the file when it is accepted)."""
        from orgexplorer.ui.import_dialog import ImportDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = ImportDialog(path, self._window)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(path, dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_dialog_accepted(self, path: str, dialog: ImportDialog) -> None:
        self._window.statusBar().clearMessage()  # "was not opened" is old news: it opens now, as chosen
        self._open_file(path, dialog.choices())
