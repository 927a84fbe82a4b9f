"""The Chart tab: its layout made when first shown (on a worker for large organizations), the
selected unit's chain drawn, zoom."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from orgexplorer.model import Organization, Unit
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.chart_view import ChartView

if TYPE_CHECKING:  # the chart's code loads when the Chart tab is first shown, not when the window starts
    from orgexplorer.chart.values import ChartLayout


class ChartController(QObject):
    """Lays out the chart of the open organization the first time the Chart tab is shown (large
    organizations pay only when asked); above ``background.BACKGROUND_CHART_UNITS`` units on a worker
    while the window stays usable, with a line in the tab meanwhile."""

    def __init__(self, view: ChartView, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._tabs = tabs
        self._organization: Organization | None = None
        self._language: str | None = None
        self._selected: Unit | None = None
        self._task = BackgroundTask("orgexplorer-chart", self)
        self._pending = 0  # the token of the layout on its way
        # Applied to each layout before it is shown (compare mode marks what changed).
        self.decorate: Callable[[ChartLayout], ChartLayout] = lambda layout: layout
        tabs.currentChanged.connect(self._on_tabs_current_changed)

    @property
    def layout(self) -> ChartLayout | None:
        return self.view.chart_layout

    def set_organization(self, organization: Organization, language: str | None) -> None:
        """A new organization (or language): the chart shown and any layout on its way are stale."""
        self._task.cancel()
        self._organization, self._language, self._selected = organization, language, None
        self.view.set_chart_layout(None)
        if self._tabs.currentWidget() is self.view:
            self.ensure()

    def show_selection(self, unit: Unit | None) -> None:
        self._selected = unit
        if self._organization is not None and unit is not None and self.view.chart_layout is not None:
            self.view.set_selection(unit.index, [u.index for u in self._organization.path_to(unit)])

    def ensure(self) -> None:
        """Lay out the chart unless it is shown or on its way."""
        organization = self._organization
        if organization is None or self.view.chart_layout is not None or self._task.is_wanted(self._pending):
            return
        from orgexplorer.chart.export import chart_layout
        from orgexplorer.chart.values import ChartOptions

        options = ChartOptions(language=self._language)
        inline = len(organization) <= background.BACKGROUND_CHART_UNITS

        def work(progress: Progress) -> ChartLayout:
            layout = chart_layout(organization, options, progress)
            # The grid index of what meets a rectangle, built here rather than on the GUI thread when
            # the view first paints the selected unit's surroundings (1-2 s at 100,000 units).
            layout.box_at(0.0, 0.0)
            return layout

        if inline:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.view.show_message(self.tr("Laying out the chart of %Ln units…", "", len(organization)))
        try:
            self._pending = self._task.start(work, self._on_laid_out, self._on_failed, inline=inline)
        finally:
            if inline:
                QApplication.restoreOverrideCursor()

    def _on_laid_out(self, layout: ChartLayout) -> None:
        self.view.set_chart_layout(self.decorate(layout))
        self.show_selection(self._selected)

    def _on_failed(self, failure: Failure) -> None:
        # A message in the tab, not a layout that never comes; showing the tab again tries again.
        self.view.show_message(self.tr("The chart could not be laid out: {reason}").format(reason=failure.reason))

    def _on_tabs_current_changed(self, index: int) -> None:
        if self._tabs.widget(index) is self.view:
            self.ensure()
            self.view.show_selected()  # the unit chosen meanwhile, in sight and legible

    def zoom_in(self) -> None:
        self._tabs.setCurrentWidget(self.view)
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self._tabs.setCurrentWidget(self.view)
        self.view.zoom_out()

    def fit(self) -> None:
        self._tabs.setCurrentWidget(self.view)
        self.view.fit()
