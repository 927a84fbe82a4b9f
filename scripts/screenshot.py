"""Make docs/screenshot.png: the window on the bundled sector, as the README shows it.

Run from the repository: ``python scripts/screenshot.py [OUT.png] [--unit ID]``. Works headless
(QT_QPA_PLATFORM=offscreen is set when no display is there).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(REPO / "docs" / "screenshot.png"))
    parser.add_argument("--unit", default="verification-centre")
    parser.add_argument("--search", default="arms control", help="text to type in the search field first")
    parser.add_argument("--size", default="1200x760")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from orgexplorer.resources import BUNDLED_ORGANIZATION, resource_path
    from orgexplorer.ui.app import application
    from orgexplorer.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(REPO / "build" / "settings"))
    app = application()
    window = MainWindow()
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_file(resource_path(BUNDLED_ORGANIZATION))
    if args.search:
        window.search_field.setText(args.search)
    organization = window.organization
    assert organization is not None
    window.select_unit(organization.by_id(args.unit).index)

    def shoot() -> None:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(args.out)
        print(args.out)
        app.quit()

    QTimer.singleShot(600, shoot)
    app.exec()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
