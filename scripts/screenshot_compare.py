"""Make docs/compare.png (the window in compare mode on the example pair) and docs/compare-report.png
(the first page of the change report, from ``orgexplorer export --compare``; needs pdftoppm).

Run from the repository: ``python scripts/screenshot_compare.py``. Works headless.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OLD = REPO / "resources" / "examples" / "city-services-2024.yaml"
NEW = REPO / "resources" / "examples" / "city-services-2025.yaml"


def window_shot(out: Path) -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from orgexplorer.ui.app import application
    from orgexplorer.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(REPO / "build" / "settings"))
    app = application()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_file(NEW)

    def compared(ok: bool) -> None:
        organization = window.organization
        assert ok and organization is not None
        window.select_unit(organization.by_id("it").index)
        window.resizeDocks([window.compare.dock], [440], Qt.Orientation.Horizontal)
        QTimer.singleShot(500, shoot)

    def shoot() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(out)
        app.quit()

    window.compare.compare_finished.connect(compared)
    window.compare.compare_with(str(OLD))
    app.exec()
    QApplication.processEvents()


def report_shot(out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "changes.pdf"
        subprocess.run(
            [sys.executable, "-m", "orgexplorer", "export", str(NEW), "--compare", str(OLD), "-o", str(pdf),
             "--orientation", "portrait"],
            check=True,
            cwd=REPO,
        )  # fmt: skip
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", str(pdf), str(Path(folder) / "p")],
                       check=True)  # fmt: skip
        page = next(Path(folder).glob("p*.png"))
        out.write_bytes(page.read_bytes())
        print(out)


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report_shot(REPO / "docs" / "compare-report.png")
    window_shot(REPO / "docs" / "compare.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
