"""The Problems dock at the window's foot: what is wrong with the last file opened, with its panel
made when first shown (a file without problems never needs it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from orgexplorer.ui.window_state import ShownProblems

if TYPE_CHECKING:
    from orgexplorer.ui.problems_panel import ProblemsPanel


class ProblemsDock(QDockWidget):
    """The dock of the ``ProblemsPanel``, hidden until a file has problems.

    Attributes:
        action: View > Problems, which shows or hides the dock.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Problems"))
        self.setObjectName("problemsDock")
        self._panel: ProblemsPanel | None = None
        self.visibilityChanged.connect(lambda shown: self.panel if shown else None)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()
        self.action = self.toggleViewAction()
        self.action.setText(self.tr("&Problems"))
        self.action.setStatusTip(self.tr("Show or hide the problems of the last file opened"))

    @property
    def panel(self) -> ProblemsPanel:
        """The Problems panel, made when first asked for."""
        if self._panel is None:
            from orgexplorer.ui.problems_panel import ProblemsPanel

            self._panel = ProblemsPanel()
            self.setWidget(self._panel)
        return self._panel

    def show_problems(self, shown: ShownProblems) -> None:
        """Show a file's problems (and the organization that stayed open), in front."""
        self.panel.show_problems(shown.path, shown.problems, shown.kept)
        self.show()
        self.raise_()

    def shown(self) -> ShownProblems | None:
        """What the dock shows now (None when it is hidden), for a window that takes this one's place."""
        if not self.isVisible():
            return None
        return ShownProblems(self.panel.path, self.panel.problems, self.panel.kept)
