"""The main window: builds the widgets and wires the rooms that do the work.

Each concern has a room of its own, and the window only connects them:
``Session`` (opening, watching, reloading the file), ``ProblemsDock`` (what is wrong with a file),
``SearchController`` (the search field, the
results, the filtered tree), ``ChartController`` (the Chart tab), ``ExportController`` (export and
print), ``CompareController`` (compare mode), ``MeaningSearch`` (search by meaning), ``MainActions``
(actions, menus, toolbar), ``RecentFiles``, ``History`` (Back/Forward), and a ``WindowState`` handed to
the window that replaces this one when the language changes.

"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from orgexplorer.model import Organization, Unit
from orgexplorer.ui.actions import MainActions
from orgexplorer.ui.chart_controller import ChartController
from orgexplorer.ui.chart_view import ChartView
from orgexplorer.ui.compare_controller import CompareController
from orgexplorer.ui.detail_pane import DetailPane
from orgexplorer.ui.dialogs import Dialogs
from orgexplorer.ui.export_controller import ExportController, ExportJob
from orgexplorer.ui.history import History
from orgexplorer.ui.icons import named_icon
from orgexplorer.ui.import_flow import ImportFlow
from orgexplorer.ui.language import name_language
from orgexplorer.ui.meaning_search import MeaningSearch
from orgexplorer.ui.problems_dock import ProblemsDock
from orgexplorer.ui.recent_files import RecentFiles
from orgexplorer.ui.search_controller import SearchController
from orgexplorer.ui.session import Opened, Refused, Session
from orgexplorer.ui.task_progress import TaskProgress
from orgexplorer.ui.tree_model import UnitTreeModel
from orgexplorer.ui.unit_tree import UnitTree
from orgexplorer.ui.window_state import ShownProblems, WindowState, replace_in_language

if TYPE_CHECKING:
    from orgexplorer.chart.paper import PageSetup
    from orgexplorer.model.importer import ImportChoices
    from orgexplorer.model.search import SearchIndex, SearchResult
    from orgexplorer.ui.export_dialog import ExportDialog
    from orgexplorer.ui.print_preview import PrintPreview
    from orgexplorer.ui.problems_panel import ProblemsPanel


class MainWindow(QMainWindow):
    """OrgExplorer's window: the unit tree beside the detail pane and the chart, search above,
    problems below.

    Signals:
        organization_changed(): a new organization was opened (or reloaded).
        unit_selected(int): the unit with this index became the current one.
        load_finished(bool): a file read in the background was opened (True) or refused (False).
        export_finished(object): an ``Exported``, when an export run in the background has ended.
    """

    organization_changed = Signal()
    unit_selected = Signal(int)
    load_finished = Signal(bool)
    export_finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(named_icon("app"))
        self.setAcceptDrops(True)
        self.history = History()
        self._selected: int | None = None  # the selected unit; it stays selected while a filter hides it
        self._navigating = False  # selecting from Back/Forward or keeping a selection: not a visit
        self.session = Session(self)
        self._model = UnitTreeModel(self)
        self._model.language = name_language()
        self._init_views()
        self._init_docks_and_status_bar()
        self.main_actions = MainActions(self)
        self.recent = RecentFiles(self)
        self.dialogs = Dialogs(self)
        self.imports = ImportFlow(self, self.dialogs, lambda path, choices: self.open_file(path, choices=choices))
        self.main_actions.create_menus(self.recent.menu, self.problems_action)
        self.toolbar = self.main_actions.create_toolbar()
        self._init_action_names()
        self.compare = CompareController(self, self._model)  # compare mode: File > Compare With…
        self.chart.decorate = self.compare.decorate  # the chart marks what changed while comparing
        self._connect()
        self._restore_settings()
        self._update_actions()
        self._update_title()

    # --- construction ---

    def _init_views(self) -> None:
        self.unit_tree = UnitTree(self._model)
        self.search = SearchController(self.unit_tree, self)
        self.search_field, self.filter_toggle = self.search.field, self.search.filter_toggle
        self.results_label, self.results_view = self.search.results_label, self.search.results_view
        self.results_panel = self.search.panel
        left = self.search.column()

        self.detail_pane = DetailPane()
        self.detail_pane.language = self._model.language
        self.chart_view = ChartView()
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.setAccessibleName(self.tr("Details and chart"))
        self.right_tabs.addTab(self.detail_pane, self.tr("&Details"))
        self.right_tabs.addTab(self.chart_view, self.tr("C&hart"))
        self.chart = ChartController(self.chart_view, self.right_tabs, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 520])
        self.setCentralWidget(self.splitter)
        # Tab goes where the eye goes: search, its options and results, the tree, then the details.
        for first, second in (
            (self.search_field, self.filter_toggle),
            (self.filter_toggle, self.results_view),
            (self.results_view, self.unit_tree),
            (self.unit_tree, self.right_tabs),
            (self.right_tabs, self.detail_pane),
        ):
            QWidget.setTabOrder(first, second)

    def _init_docks_and_status_bar(self) -> None:
        self.problems_dock = ProblemsDock(self)
        self.problems_action = self.problems_dock.action

        self._status_file = QLabel()
        self._status_count = QLabel()
        self._status_count.setAccessibleName(self.tr("Number of units"))
        self.statusBar().addWidget(self._status_file, 1)
        self.load_progress = TaskProgress(
            self.statusBar(), "load", self.tr("Stop opening the file; the organization open now stays")
        )
        self.exports = ExportController(self)
        self.meaning_search = MeaningSearch(self.statusBar(), self)  # words at once; meaning when ready
        self.statusBar().addPermanentWidget(self._status_count)

    @property
    def problems_panel(self) -> ProblemsPanel:
        return self.problems_dock.panel

    def _init_action_names(self) -> None:
        """The actions as the window's own attributes, as scripts and tests reach them."""
        a = self.main_actions
        self.open_action, self.reload_action, self.find_action = a.open_action, a.reload_action, a.find_action
        self.export_action, self.print_action, self.quit_action = a.export_action, a.print_action, a.quit_action
        self.back_action, self.forward_action = a.back_action, a.forward_action
        self.show_details_action, self.show_chart_action = a.show_details_action, a.show_chart_action
        self.zoom_in_action, self.zoom_out_action, self.fit_action = a.zoom_in_action, a.zoom_out_action, a.fit_action
        self.clear_search_action, self.recent_menu = a.clear_search_action, self.recent.menu
        self.file_menu, self.view_menu = a.file_menu, a.view_menu

    def _connect(self) -> None:
        a = self.main_actions
        for action, slot in (
            (a.open_action, self._on_open_action_triggered),
            (a.import_action, lambda: self.imports.ask(os.path.dirname(self.path) if self.path else "")),
            (a.reload_action, self.reload),
            (a.export_action, self.show_export_dialog),
            (a.print_action, lambda: self.print_chart()),  # not triggered's `checked` as the page setup
            (a.quit_action, self.close),
            (a.find_action, self.search.focus),
            (a.clear_search_action, self.clear_search),
            (a.show_details_action, lambda: self.right_tabs.setCurrentWidget(self.detail_pane)),
            (a.show_chart_action, lambda: self.right_tabs.setCurrentWidget(self.chart_view)),
            (a.zoom_in_action, self.chart.zoom_in),
            (a.zoom_out_action, self.chart.zoom_out),
            (a.fit_action, self.chart.fit),
            (a.expand_action, self.unit_tree.expandAll),
            (a.collapse_action, self.unit_tree.collapseAll),
            (a.back_action, self.go_back),
            (a.forward_action, self.go_forward),
            (a.about_action, self.show_about),
        ):
            action.triggered.connect(slot)
        for action in a.languages.actions():
            code = str(action.data())
            action.triggered.connect(lambda checked=False, code=code: self.choose_language(code))
        self.recent.open_requested.connect(self.open_file)
        self.session.loading.connect(self._on_session_loading)
        self.session.progress.connect(self.load_progress.set_value)
        self.session.opened.connect(self._on_session_opened)
        self.session.refused.connect(self._on_session_refused)
        self.load_progress.cancel_clicked.connect(self.cancel_loading)
        self.search.shown.connect(self._on_search_shown)
        self.meaning_search.ready.connect(self.search.apply)  # the search again, by meaning too
        self.search.unit_chosen.connect(self.select_unit)
        self.unit_tree.selectionModel().currentChanged.connect(self._on_unit_tree_current_changed)
        self.detail_pane.unit_activated.connect(self.select_unit)
        self.chart_view.unit_clicked.connect(self.select_unit)
        self.exports.finished.connect(self.export_finished)

    # --- settings ---

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 720)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.problems_dock.hide()  # problems belong to a file, not to the last session
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()  # a window replaced by another (a language switch) reloads nothing any more
        self.meaning_search.stop()
        self.exports.stop()  # an export on its way stops, and takes away what it had half written
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    def recent_files(self) -> list[str]:
        return self.recent.files()

    # --- opening files ---

    @property
    def organization(self) -> Organization | None:
        return self.session.organization

    @property
    def path(self) -> str | None:
        return self.session.path

    def open_file(
        self, path: str | os.PathLike[str], reason: str = "open", choices: ImportChoices | None = None
    ) -> bool | None:
        """Open an organization file (a spreadsheet read as ``choices`` say); on problems show them
        and keep what is open; a spreadsheet whose columns could not be told gets the import dialog.

        A small file is read at once (True on success, False on problems). A large one is read on a
        worker thread while the window stays usable, with progress and Cancel in the status bar;
        then this returns None and ``load_finished`` tells the outcome.
        """
        return self.session.open(path, reason, choices)

    def reload(self) -> bool | None:
        return self.session.reload()

    def cancel_loading(self) -> None:
        self.session.cancel()
        self.load_progress.hide()
        self.statusBar().showMessage(self.tr("Opening was cancelled"), 5000)

    def _on_session_loading(self, path: str) -> None:
        self.load_progress.show(self.tr("Opening {name}…").format(name=Path(path).name))

    def _on_session_refused(self, refused: Refused) -> None:
        self.load_progress.hide()
        kept = self.organization.title if self.organization is not None else None
        self.problems_dock.show_problems(ShownProblems(refused.path, refused.problems, kept))
        name = Path(refused.path).name
        self.statusBar().showMessage(self.tr("{name} was not opened: see Problems").format(name=name), 8000)
        if refused.needs_columns:
            self.imports.choose_columns(refused.path)
        if refused.in_background:
            self.load_finished.emit(False)

    def _on_session_opened(self, opened: Opened) -> None:
        self.load_progress.hide()
        if opened.warnings:  # a look-alike name, a formula without its result: said, not hidden
            self.problems_dock.show_problems(ShownProblems(opened.path, list(opened.warnings), None))
        else:
            self.problems_dock.hide()
        previous = self.current_unit() if opened.same_file else None
        query = self.search.query if opened.same_file else ""  # a reload keeps the selection and the search
        self.set_organization(opened.organization, opened.path, opened.index)
        if previous is not None and previous.id in opened.organization:
            self.select_unit(opened.organization.by_id(previous.id).index)
        if query:
            self.search.search_now(query)
        if opened.reason == "reload":
            self.statusBar().showMessage(self.tr("{name} was reloaded").format(name=Path(opened.path).name), 5000)
        self.recent.add(os.path.abspath(opened.path))
        if opened.in_background:
            self.load_finished.emit(True)

    def set_organization(self, organization: Organization, path: str | None, index: SearchIndex | None = None) -> None:
        """Show ``organization`` (already loaded): the tree expanded, the first unit selected."""
        self.session.adopt(organization, path, index)  # without an index: made when first asked for
        self.history.clear()
        self._selected = None
        self.search.set_source(organization, lambda: self.session.index)
        self.meaning_search.start(organization, lambda: self.session.index)
        self.chart.set_organization(organization, self._model.language)
        self._model.set_organization(organization)
        self.unit_tree.expand_for(len(organization))
        self.unit_tree.fit_name_column()
        self._status_file.setText(path or "")
        self._status_count.setText(self.tr("%Ln units", "", len(organization)))
        self._update_title()
        self.organization_changed.emit()
        if organization.roots:
            self.select_unit(organization.roots[0])
        self._update_actions()

    def _update_title(self) -> None:
        organization, path = self.organization, self.path
        if organization is None:
            self.setWindowTitle(self.tr("OrgExplorer"))
            return
        name = Path(path).name if path else ""
        self.setWindowTitle(f"{organization.title} – {name} – OrgExplorer" if name else organization.title)

    def _update_actions(self) -> None:
        loaded = self.organization is not None
        self.back_action.setEnabled(self.history.can_go_back)
        self.forward_action.setEnabled(self.history.can_go_forward)
        self.reload_action.setEnabled(self.path is not None)
        actions = self.main_actions
        for action in (actions.expand_action, actions.collapse_action, actions.export_action, actions.print_action):
            action.setEnabled(loaded)

    # --- selection and history ---

    def current_unit(self) -> Unit | None:
        """The selected unit (shown in the detail pane, even while a search filter hides it in the tree)."""
        return self.detail_pane.unit

    def select_unit(self, unit_index: int) -> None:
        """Select a unit: expand its ancestors, scroll to it, show it (clearing a filter hiding it)."""
        if self.organization is None:
            return
        if not self.unit_tree.reveal(unit_index) and self._model.is_filtered():
            self.clear_search()
            self.unit_tree.reveal(unit_index)

    def _on_unit_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        unit = self._model.unit(current)
        if unit is None:
            return
        self._selected = unit.index
        self.detail_pane.show_unit(self.organization, unit, self.search.result)
        if not self._navigating:
            self.history.visit(unit.index)
        self._update_actions()
        self.chart.show_selection(unit)
        self.search.mark_chosen(unit.index)
        self.unit_selected.emit(unit.index)

    def _go(self, unit_index: int | None) -> None:
        if unit_index is None:
            return
        self._navigating = True
        try:
            self.select_unit(unit_index)
        finally:
            self._navigating = False
        self._update_actions()

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    # --- search ---

    @property
    def search_result(self) -> SearchResult | None:
        return self.search.result

    def clear_search(self) -> None:
        """Empty the search field and show the whole tree, keeping the selected unit."""
        self.search.clear()

    def flush_search(self) -> None:
        """Answer the query in the search field now rather than after the typing pause."""
        self.search.flush()

    def _on_search_shown(self, result: SearchResult | None) -> None:
        """The tree was filtered or marked anew: the selected unit stays selected, in the tree where it
        is shown there, and in the detail pane (with the search's words marked) in any case."""
        self.clear_search_action.setEnabled(result is not None)
        organization, selected = self.organization, self._selected
        if organization is None or selected is None:
            self.detail_pane.show_unit(organization, None, result)
            return
        self._navigating = True
        try:
            self.unit_tree.reveal(selected)
        finally:
            self._navigating = False
        self.detail_pane.show_unit(organization, organization.units[selected], result)
        self.search.mark_chosen(selected)

    # --- chart, export, print ---

    def show_export_dialog(self) -> ExportDialog | None:
        if self.organization is None:
            return None
        if self.compare.active:  # the marked chart and the change report, not a plain chart
            self.compare.ask_export()
            return None
        return self.exports.show_dialog(self.organization, self.current_unit(), self._model.language)

    def start_export(self, path: str, job: ExportJob) -> None:
        """Run an export on a worker thread; the status bar shows its progress and a Cancel button,
        and the window says how it ended (``export_finished``)."""
        self.exports.start(path, job)

    def cancel_export(self) -> None:
        self.exports.cancel()

    def print_chart(self, setup: PageSetup | None = None) -> PrintPreview | None:
        """The print preview of the chart (None while a large chart is laid out for it first)."""
        if self.organization is None:
            return None
        return self.exports.print_chart(
            self.organization, self.chart.layout, self._model.language, setup, decorate=self.compare.decorate
        )

    # --- dialogs ---

    def _on_open_action_triggered(self) -> None:
        if path := self.dialogs.organization_file(os.path.dirname(self.path) if self.path else ""):
            self.open_file(path)

    def show_about(self) -> None:
        self.dialogs.about(self.organization)

    # --- language: a new window takes this one's place ---

    def hand_over(self) -> WindowState:
        """What a successor needs to look as this window does; the search index goes with it."""
        return WindowState(
            geometry=self.saveGeometry(),
            splitter=self.splitter.saveState(),
            tree_header=self.unit_tree.header().saveState(),
            tab=self.right_tabs.currentIndex(),
            organization=self.organization,
            path=self.path,
            index=self.session.hand_over(),
            selected=self._selected,
            query=self.search.query,
            problems=self.problems_dock.shown(),
            compare=self.compare,
        )

    def take_over(self, state: WindowState) -> None:
        """Look as the window that handed over ``state`` did, in this window's language."""
        self.restoreGeometry(state.geometry)
        self.splitter.restoreState(state.splitter)
        if state.organization is not None:
            self.set_organization(state.organization, state.path, state.index)
            if state.selected is not None:
                self.select_unit(state.selected)
            if state.query:
                self.search.search_now(state.query)
        if not state.tree_header.isEmpty():  # the columns as the user left them, not fitted again unshown
            self.unit_tree.header().restoreState(state.tree_header)
        if state.problems is not None:
            self.problems_dock.show_problems(state.problems)
        if state.compare is not None:
            self.compare.adopt(state.compare)
        self.right_tabs.setCurrentIndex(state.tab)

    def choose_language(self, code: str) -> MainWindow:
        """Switch the interface to ``code`` ("" for the system's): a window in the new language takes
        this one's place, with the same organization, selection, search, problems and layout."""
        return replace_in_language(self, code)

    # --- drag and drop ---

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # Shift: compare with it
                    self.compare.compare_with(url.toLocalFile())
                else:
                    self.open_file(url.toLocalFile())
                return
