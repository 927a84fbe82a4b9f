"""Starting the application: QApplication, the main window, the first file.

The start runs with the garbage collector paused (``paused_gc``): it makes only what lives on
(modules, classes, widgets, the organization), which the collector's passes would walk again and
again to free nothing. What the first painted window does not show is imported and built when
first used (the chart, compare mode, exports, search by meaning).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from orgexplorer import __version__
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.resources import BUNDLED_ORGANIZATION, resource_path


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, made once, with the names QSettings files are kept under."""
    with paused_gc():
        from orgexplorer.ui.icons import named_icon

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
    with paused_gc():
        from orgexplorer.ui.language import chosen_language, install_language
        from orgexplorer.ui.main_window import MainWindow

        install_language(chosen_language())
        window = MainWindow()
        window.show()
        window.open_file(path if path is not None else resource_path(BUNDLED_ORGANIZATION))
    return app.exec()
