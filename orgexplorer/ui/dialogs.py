"""The window's small dialogs: choosing a file to open or a spreadsheet to import, and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from orgexplorer import __version__
from orgexplorer.model import Organization


class Dialogs(QObject):
    """Asks the user for files and tells about the application, over ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def organization_file(self, start: str) -> str:
        """A file to open (organization files first, spreadsheets too); '' when none was chosen."""
        return self._ask(self.tr("Open organization"), start, self.organization_filters())

    def organization_filters(self) -> list[str]:
        """The file dialog's filters for an organization: its files, spreadsheets, anything."""
        return [self.tr("Organization files") + " (*.yaml *.yml)", self._spreadsheets(), self._all_files()]

    def spreadsheet(self, start: str) -> str:
        """A spreadsheet to import (the loader imports it; File > Export writes one back)."""
        return self._ask(self.tr("Import spreadsheet"), start, [self._spreadsheets(), self._all_files()])

    def _spreadsheets(self) -> str:
        return self.tr("Spreadsheets") + " (*.csv *.tsv *.xlsx)"

    def _all_files(self) -> str:
        return self.tr("All files") + " (*)"

    def _ask(self, title: str, start: str, filters: list[str]) -> str:
        path, _ = QFileDialog.getOpenFileName(self._window, title, start, ";;".join(filters))
        return path

    def about(self, organization: Organization | None) -> None:
        source = ""
        if organization is not None and organization.source:
            source = self.tr("<p><b>Data shown:</b> {title}<br>Source: {source}</p>").format(
                title=html.escape(organization.title), source=html.escape(organization.source)
            )
        QMessageBox.about(
            self._window,
            self.tr("About OrgExplorer"),
            f"<h3>OrgExplorer {__version__}</h3>"
            + self.tr(
                "<p>Explore an organization: its hierarchy, the head and responsibilities of each unit, "
                "the units related to it; find units by function and print the chart.</p>"
            )
            + source,
        )
