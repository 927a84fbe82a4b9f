"""Starting the application: QApplication, the main window, the first file."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from orgexplorer import __version__
from orgexplorer.resources import BUNDLED_ORGANIZATION, resource_path
from orgexplorer.ui.icons import named_icon
from orgexplorer.ui.language import chosen_language, install_language
from orgexplorer.ui.main_window import MainWindow


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, made once, with the names QSettings files are kept under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "orgexplorer", *argv])
    app.setOrganizationName("OrgExplorer")
    app.setApplicationName("OrgExplorer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("orgexplorer")
    app.setWindowIcon(named_icon("app"))
    return app


def run(path: str | None) -> int:
    """Open the window on ``path`` (or the bundled sector) and run until it closes."""
    app = application()
    install_language(chosen_language())
    window = MainWindow()
    window.show()
    window.open_file(path if path is not None else resource_path(BUNDLED_ORGANIZATION))
    return app.exec()
