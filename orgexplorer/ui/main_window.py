"""The main window: the unit tree beside the detail pane, search above, problems below."""

from __future__ import annotations

import contextlib
import html
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QFileSystemWatcher,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgexplorer import __version__
from orgexplorer.chart.layout import ChartLayout, ChartOptions
from orgexplorer.model import Cancelled, LoadResult, Organization, Unit, load_file
from orgexplorer.model.search import SearchIndex, SearchResult
from orgexplorer.ui.chart_view import ChartView
from orgexplorer.ui.detail_pane import DetailPane
from orgexplorer.ui.exporting import BackgroundExport, Exported, ExportJob
from orgexplorer.ui.icons import named_icon
from orgexplorer.ui.language import LANGUAGES, chosen_language, install_language, name_language
from orgexplorer.ui.loading import BackgroundLoader, Loaded
from orgexplorer.ui.meaning_search import MeaningSearch, meaning_summary
from orgexplorer.ui.problems_panel import ProblemsPanel
from orgexplorer.ui.search_results import SearchResultsModel, SearchResultsView
from orgexplorer.ui.tree_model import UnitTreeModel

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from orgexplorer.chart.export import PageSetup
    from orgexplorer.ui.export_dialog import ExportDialog

#: Windows made to replace others (a language switch); kept here so that Python does not drop them.
_WINDOWS: list[MainWindow] = []

# Printing, SVG and PDF output are imported when first used: they are not needed to show the window,
# and a window that opens fast is part of the product.

MAX_RECENT_FILES = 10
SYNCHRONOUS_LOAD_BYTES = 2 * 1024 * 1024  # smaller files open at once; larger ones in the background
ASYNC_SEARCH_UNITS = 20_000  # larger organizations are searched on a worker thread
BACKGROUND_CHART_UNITS = 5_000  # larger charts are laid out on a worker thread (about 25 µs a unit)


class MainWindow(QMainWindow):
    """OrgExplorer's window.

    Signals:
        organization_changed(): a new organization was opened (or reloaded).
        unit_selected(int): the unit with this index became the current one.
        load_finished(bool): a file read in the background was opened (True) or refused (False).
    """

    organization_changed = Signal()
    unit_selected = Signal(int)
    load_finished = Signal(bool)
    export_finished = Signal(object)  # an Exported, when an export run in the background has ended
    _search_finished = Signal(int, object)  # from the search thread: generation, (index, result, visible)
    _chart_ready = Signal(int, object)  # from the layout thread: generation, the layout

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(named_icon("app"))
        self.setAcceptDrops(True)
        self._organization: Organization | None = None
        self._path: str | None = None
        self._history: list[int] = []
        self._history_pos = -1
        self._navigating = False
        self._index: SearchIndex | None = None
        self._search: SearchResult | None = None
        self._watched_stamp: tuple[int, int] | None = None
        self._search_generation = 0
        self._search_finished.connect(self._on_search_finished)
        self._chart_generation = 0  # a new organization or language makes a layout on its way stale
        self._chart_pending = -1  # the generation whose layout is being made on a worker thread
        self._chart_ready.connect(self._on_chart_ready)

        self._model = UnitTreeModel(self)
        self._model.language = name_language()
        self._create_widgets()
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._restore_settings()
        self._update_actions()
        self._update_title()

    # --- construction ---

    def _create_widgets(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search units"))
        self.search_field.setAccessibleDescription(
            self.tr("Find units by name, head or function; Up and Down move through the results, Enter selects")
        )
        self.search_field.setPlaceholderText(self.tr("Find a unit by name or function, e.g. arms control (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)

        self.filter_toggle = QCheckBox(self.tr("Filter tree"))
        self.filter_toggle.setObjectName("filterToggle")
        self.filter_toggle.setAccessibleName(self.tr("Filter tree"))
        self.filter_toggle.setToolTip(self.tr("Show only the matching units and the units above them"))
        self.filter_toggle.setChecked(bool(QSettings().value("search/filterTree", True, type=bool)))
        self.filter_toggle.toggled.connect(self._on_filter_toggle_toggled)

        self.results_label = QLabel()
        self.results_label.setObjectName("resultsLabel")
        self.results_label.setWordWrap(True)
        self.results_label.setTextFormat(Qt.TextFormat.RichText)
        self._results_model = SearchResultsModel(self)
        self._results_model.language = self._model.language
        self.results_view = SearchResultsView()
        self.results_view.setModel(self._results_model)
        self.results_view.clicked.connect(self._on_results_view_activated)
        self.results_view.activated.connect(self._on_results_view_activated)
        self.results_view.selectionModel().currentChanged.connect(self._on_results_view_current_changed)

        self.unit_tree = QTreeView()
        self.unit_tree.setObjectName("unitTree")
        self.unit_tree.setAccessibleName(self.tr("Units"))
        self.unit_tree.setAccessibleDescription(self.tr("The organization's units as a tree"))
        self.unit_tree.setModel(self._model)
        self.unit_tree.setUniformRowHeights(True)
        self.unit_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_tree.setAlternatingRowColors(True)
        header = self.unit_tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.unit_tree.selectionModel().currentChanged.connect(self._on_unit_tree_current_changed)

        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.filter_toggle)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_label)
        results_layout.addWidget(self.results_view)
        self.results_panel = results
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(results)
        self.left_splitter.addWidget(self.unit_tree)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setSizes([220, 440])
        results.hide()

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.left_splitter)

        self.detail_pane = DetailPane()
        self.detail_pane.language = self._model.language
        self.detail_pane.unit_activated.connect(self.select_unit)
        self.chart_view = ChartView()
        self.chart_view.unit_clicked.connect(self.select_unit)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.addTab(self.detail_pane, self.tr("&Details"))
        self.right_tabs.addTab(self.chart_view, self.tr("C&hart"))
        self.right_tabs.currentChanged.connect(self._on_right_tabs_current_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 520])
        self.setCentralWidget(self.splitter)

        self.problems_panel = ProblemsPanel()
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self._status_file = QLabel()
        self._status_count = QLabel()
        self._progress_label = QLabel()
        self._progress = QProgressBar()
        self._progress.setObjectName("loadProgress")
        self._progress.setRange(0, 100)
        self._progress.setMaximumWidth(180)
        self._cancel_button = QToolButton()
        self._cancel_button.setObjectName("cancelLoad")
        self._cancel_button.setText(self.tr("Cancel"))
        self._cancel_button.setToolTip(self.tr("Stop opening the file; the organization open now stays"))
        self._cancel_button.clicked.connect(self.cancel_loading)
        self.statusBar().addWidget(self._status_file, 1)
        self.statusBar().addPermanentWidget(self._progress_label)
        self.statusBar().addPermanentWidget(self._progress)
        self.statusBar().addPermanentWidget(self._cancel_button)
        self._export_label = QLabel()
        self._export_progress = QProgressBar()
        self._export_progress.setObjectName("exportProgress")
        self._export_progress.setRange(0, 100)
        self._export_progress.setMaximumWidth(180)
        self._export_progress.setAccessibleName(self.tr("Export progress"))
        self._export_cancel = QToolButton()
        self._export_cancel.setObjectName("cancelExport")
        self._export_cancel.setText(self.tr("Cancel"))
        self._export_cancel.setToolTip(self.tr("Stop exporting; nothing is written"))
        self._export_cancel.clicked.connect(self.cancel_export)
        for widget in (self._export_label, self._export_progress, self._export_cancel):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.statusBar().addPermanentWidget(self._status_count)
        self._hide_progress()
        # Tab goes where the eye goes: search, its options and results, the tree, then the details.
        for first, second in (
            (self.search_field, self.filter_toggle),
            (self.filter_toggle, self.results_view),
            (self.results_view, self.unit_tree),
            (self.unit_tree, self.right_tabs),
            (self.right_tabs, self.detail_pane),
        ):
            QWidget.setTabOrder(first, second)
        self.right_tabs.setAccessibleName(self.tr("Details and chart"))
        self.results_label.setAccessibleName(self.tr("Number of units found"))
        self._status_count.setAccessibleName(self.tr("Number of units"))

        self._loader = BackgroundLoader(self)
        self._loader.progress.connect(self._progress.setValue)
        self._loader.finished.connect(self._on_loader_finished)
        self._exporter = BackgroundExport(self)
        self._exporter.progress.connect(self._export_progress.setValue)
        self._exporter.finished.connect(self._on_exporter_finished)
        self.meaning_search = MeaningSearch(self.statusBar(), self)
        self.meaning_search.ready.connect(self._apply_search)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(400)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)

    def _action(
        self,
        text: str,
        tip: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: object = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        style = self.style()
        sp = style.StandardPixmap
        self.open_action = self._action(
            self.tr("&Open…"),
            self.tr("Open an organization file"),
            self._on_open_action_triggered,
            QKeySequence.StandardKey.Open,
            style.standardIcon(sp.SP_DialogOpenButton),
        )
        self.import_action = self._action(
            self.tr("&Import spreadsheet…"),
            self.tr("Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)"),
            self._on_import_action_triggered,
            "Ctrl+I",
        )
        self.reload_action = self._action(
            self.tr("&Reload"),
            self.tr("Read the open file again from disk"),
            self.reload,
            QKeySequence.StandardKey.Refresh,
            style.standardIcon(sp.SP_BrowserReload),
        )
        self.export_action = self._action(
            self.tr("&Export chart…"),
            self.tr("Export the chart as PDF, SVG or PNG, or the unit directory"),
            self.show_export_dialog,
            QKeySequence.StandardKey.SaveAs,
            named_icon("export"),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            self.tr("Print the chart, with a preview"),
            self.print_chart,
            QKeySequence.StandardKey.Print,
            named_icon("print"),
        )
        self.show_details_action = self._action(
            self.tr("&Details"),
            self.tr("Show the selected unit's details"),
            lambda: self.right_tabs.setCurrentIndex(0),
            "Ctrl+1",
        )
        self.show_chart_action = self._action(
            self.tr("C&hart"),
            self.tr("Show the organization chart"),
            lambda: self.right_tabs.setCurrentIndex(1),
            "Ctrl+2",
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"),
            self.tr("Enlarge the chart"),
            self._on_zoom_in_action_triggered,
            QKeySequence.StandardKey.ZoomIn,
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"),
            self.tr("Shrink the chart"),
            self._on_zoom_out_action_triggered,
            QKeySequence.StandardKey.ZoomOut,
        )
        self.fit_action = self._action(
            self.tr("&Fit chart to window"), self.tr("Show the whole chart"), self._on_fit_action_triggered, "Ctrl+0"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.tr("Quit OrgExplorer"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(
            self.tr("&Find…"),
            self.tr("Find units by name or function"),
            self._on_find_action_triggered,
            QKeySequence.StandardKey.Find,
        )
        self.clear_search_action = self._action(
            self.tr("C&lear search"), self.tr("Clear the search and show the whole tree"), self.clear_search, "Esc"
        )
        self.addAction(self.clear_search_action)
        self.expand_action = self._action(
            self.tr("&Expand all"), self.tr("Expand every unit"), self.unit_tree.expandAll, "Ctrl+E"
        )
        self.collapse_action = self._action(
            self.tr("&Collapse all"), self.tr("Collapse every unit"), self.unit_tree.collapseAll, "Ctrl+Shift+E"
        )
        self.back_action = self._action(
            self.tr("&Back"),
            self.tr("Go back to the unit selected before"),
            self.go_back,
            QKeySequence.StandardKey.Back,
            style.standardIcon(sp.SP_ArrowBack),
        )
        self.forward_action = self._action(
            self.tr("&Forward"),
            self.tr("Go forward again"),
            self.go_forward,
            QKeySequence.StandardKey.Forward,
            style.standardIcon(sp.SP_ArrowForward),
        )
        self.problems_action = self.problems_dock.toggleViewAction()
        self.problems_action.setText(self.tr("&Problems"))
        self.problems_action.setStatusTip(self.tr("Show or hide the problems of the last file opened"))
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        chosen = str(QSettings().value("language", "") or "")
        for code, label in [("", self.tr("System default")), *LANGUAGES.items()]:
            action = QAction(label, self.language_actions)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.setStatusTip(self.tr("Choose the language of the interface"))
            action.triggered.connect(lambda checked=False, c=code: self.choose_language(c))
        self.about_action = self._action(
            self.tr("&About OrgExplorer"), self.tr("About OrgExplorer and the data shown"), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.import_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        self.file_menu = file_menu
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.clear_search_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.show_details_action)
        view_menu.addAction(self.show_chart_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.fit_action)
        view_menu.addSeparator()
        view_menu.addAction(self.expand_action)
        view_menu.addAction(self.collapse_action)
        view_menu.addSeparator()
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.forward_action)
        view_menu.addSeparator()
        view_menu.addAction(self.problems_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        language_menu.addActions(self.language_actions.actions())
        self.view_menu = view_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.toggleViewAction().setStatusTip(self.tr("Show or hide the toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.reload_action)
        toolbar.addSeparator()
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.print_action)
        self.toolbar = toolbar

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
        self._rebuild_recent_menu()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loader.cancel()
        self.meaning_search.stop()
        if self._exporter.running:  # stop it, and let it take away what it had half written
            self._exporter.cancel()
            self._exporter.wait(30)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    def recent_files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def _add_recent(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files() if f != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT_FILES])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)
            clear.setStatusTip(self.tr("Forget the files opened recently"))
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        QSettings().setValue("recentFiles", [])
        self._rebuild_recent_menu()

    # --- opening files ---

    @property
    def organization(self) -> Organization | None:
        return self._organization

    @property
    def path(self) -> str | None:
        return self._path

    def open_file(self, path: str | os.PathLike[str], reason: str = "open") -> bool | None:
        """Open an organization file; on problems show them and keep what is open.

        A small file is read at once (True on success, False on problems). A large one is read on a
        worker thread while the window stays usable, with progress and Cancel in the status bar;
        then this returns None and ``load_finished`` tells the outcome.
        """
        path = os.fspath(path)
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # the loader reports what is wrong with the path
        if size > SYNCHRONOUS_LOAD_BYTES:
            self._progress.setValue(0)
            self._progress_label.setText(self.tr("Opening {name}…").format(name=Path(path).name))
            for widget in (self._progress_label, self._progress, self._cancel_button):
                widget.show()
            self._loader.load(path, reason)
            return None
        self._loader.cancel()
        self._hide_progress()
        result = load_file(path)
        index = SearchIndex.cached(result.organization, result.content_key) if result.organization else None
        return self._show_result(path, result, index, reason)

    def reload(self) -> bool | None:
        if self._path is None:
            return False
        return self.open_file(self._path, "reload")

    def cancel_loading(self) -> None:
        self._loader.cancel()
        self._hide_progress()
        self.statusBar().showMessage(self.tr("Opening was cancelled"), 5000)

    def _hide_progress(self) -> None:
        for widget in (self._progress_label, self._progress, self._cancel_button):
            widget.hide()

    def _on_loader_finished(self, loaded: Loaded) -> None:
        self._hide_progress()
        ok = self._show_result(loaded.path, loaded.result, loaded.index, loaded.reason)
        self.load_finished.emit(ok)

    def _show_result(self, path: str, result: LoadResult, index: SearchIndex | None, reason: str) -> bool:
        if result.organization is None:
            kept = self._organization.title if self._organization is not None else None
            self.problems_panel.show_problems(path, result.problems, kept)
            self.problems_dock.show()
            self.problems_dock.raise_()
            self.statusBar().showMessage(
                self.tr("{name} was not opened: see Problems").format(name=Path(path).name), 8000
            )
            return False
        self.problems_dock.hide()
        previous = self._current_unit()
        same_file = self._path is not None and os.path.abspath(self._path) == os.path.abspath(path)
        query = self.search_field.text() if same_file else ""
        self.set_organization(result.organization, path, index)
        if same_file and previous is not None and previous.id in result.organization:
            self.select_unit(result.organization.by_id(previous.id).index)
        if query:  # a reload keeps the search too
            self.search_field.setText(query)
            self._flush_search()
        if reason == "reload":
            self.statusBar().showMessage(self.tr("{name} was reloaded").format(name=Path(path).name), 5000)
        self._add_recent(os.path.abspath(path))
        return True

    def set_organization(self, organization: Organization, path: str | None, index: SearchIndex | None = None) -> None:
        """Show ``organization`` (already loaded): whole tree expanded, first unit selected."""
        self._organization = organization
        self._path = path
        self._watch(path)
        self._history, self._history_pos = [], -1
        if self._index is not None:
            self._index.close()
        self._index = index if index is not None else SearchIndex(organization)
        self.meaning_search.start(self._index)  # words at once; meaning joins when ready
        self._search = None
        self._results_model.set_result(None, None)
        self.results_panel.hide()
        self.chart_view.set_chart_layout(None)
        self._chart_generation += 1
        if self.right_tabs.currentWidget() is self.chart_view:
            self._ensure_chart()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._model.set_organization(organization)
        if len(organization) <= 2000:  # a large tree opens collapsed: expanding all costs seconds
            self.unit_tree.expandAll()
        else:
            self.unit_tree.expandToDepth(0)
        self._fit_name_column()
        self._status_file.setText(path or "")
        self._status_count.setText(self.tr("{count} units").format(count=QLocale().toString(len(organization))))
        self._update_title()
        self.organization_changed.emit()
        if organization.roots:
            self.select_unit(organization.roots[0])
        self._update_actions()

    # --- live reload ---

    def _watch(self, path: str | None) -> None:
        """Watch the open file, and its folder: editors often save by writing a new file and renaming."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if path is not None and os.path.exists(path):
            self._watcher.addPath(path)
            self._watcher.addPath(os.path.dirname(os.path.abspath(path)))
        self._watched_stamp = self._stamp(path)

    @staticmethod
    def _stamp(path: str | None) -> tuple[int, int] | None:
        try:
            info = os.stat(path) if path else None
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size) if info else None

    def _on_watcher_changed(self, changed: str) -> None:
        if self._path is not None and self._stamp(self._path) != self._watched_stamp:
            self._reload_timer.start()  # debounced: an editor may write in several steps

    def _on_reload_timer_timeout(self) -> None:
        path = self._path
        if path is None or not os.path.exists(path):
            return
        self._watched_stamp = self._stamp(path)
        if path not in self._watcher.files():
            self._watcher.addPath(path)
        self.open_file(path, "reload")

    def _fit_name_column(self) -> None:
        # Names as wide as they need, but never pushing the head column out of sight.
        self.unit_tree.resizeColumnToContents(0)
        limit = int(self.unit_tree.viewport().width() * 0.62)
        if limit > 200 and self.unit_tree.columnWidth(0) > limit:
            self.unit_tree.setColumnWidth(0, limit)

    def _update_title(self) -> None:
        if self._organization is None:
            self.setWindowTitle(self.tr("OrgExplorer"))
            return
        name = Path(self._path).name if self._path else ""
        self.setWindowTitle(f"{self._organization.title} – {name} – OrgExplorer" if name else self._organization.title)

    # --- selection and history ---

    def _current_unit(self) -> Unit | None:
        return self._model.unit(self.unit_tree.currentIndex())

    def current_unit(self) -> Unit | None:
        return self.detail_pane.unit

    def select_unit(self, unit_index: int) -> None:
        """Select a unit: expand its ancestors, scroll to it, show it (clearing a filter hiding it)."""
        if self._organization is None:
            return
        index = self._model.index_of(unit_index)
        if not index.isValid() and self._model.is_filtered():
            self.clear_search()
            index = self._model.index_of(unit_index)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.unit_tree.expand(parent)
            parent = parent.parent()
        self.unit_tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.unit_tree.scrollTo(index)

    def _on_unit_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        unit = self._model.unit(current)
        if unit is None:
            return
        self.detail_pane.show_unit(self._organization, unit, self._search)
        if not self._navigating:
            del self._history[self._history_pos + 1 :]
            if not self._history or self._history[-1] != unit.index:
                self._history.append(unit.index)
            self._history_pos = len(self._history) - 1
        self._update_actions()
        self._show_selection_in_chart(unit)
        self.unit_selected.emit(unit.index)

    def _go(self, step: int) -> None:
        position = self._history_pos + step
        if not 0 <= position < len(self._history):
            return
        self._history_pos = position
        self._navigating = True
        try:
            self.select_unit(self._history[position])
        finally:
            self._navigating = False
        self._update_actions()

    def go_back(self) -> None:
        self._go(-1)

    def go_forward(self) -> None:
        self._go(+1)

    def _update_actions(self) -> None:
        loaded = self._organization is not None
        self.back_action.setEnabled(self._history_pos > 0)
        self.forward_action.setEnabled(0 <= self._history_pos < len(self._history) - 1)
        self.reload_action.setEnabled(self._path is not None)
        self.expand_action.setEnabled(loaded)
        self.collapse_action.setEnabled(loaded)
        self.export_action.setEnabled(loaded)
        self.print_action.setEnabled(loaded)

    # --- search ---

    @property
    def search_result(self) -> SearchResult | None:
        return self._search

    def _on_find_action_triggered(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_search_field_text_changed(self, text: str) -> None:
        self._search_timer.start()

    def _on_filter_toggle_toggled(self, checked: bool) -> None:
        QSettings().setValue("search/filterTree", checked)
        self._apply_search()

    def clear_search(self) -> None:
        """Empty the search field and show the whole tree, keeping the selected unit."""
        self._search_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._apply_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._flush_search()
                self._move_in_results(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._flush_search()
                self._activate_current_hit()
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.clear_search()
                return True
        return super().eventFilter(watched, event)

    def _flush_search(self) -> None:
        """Answer the query typed so far now (Enter, Up, Down want the current hits)."""
        current = self._search.query if self._search is not None else ""
        if self._search_timer.isActive() or current != self.search_field.text():
            self._search_timer.stop()
            self._apply_search(wait=True)

    def _move_in_results(self, key: int) -> None:
        rows = self._results_model.rowCount()
        if rows == 0:
            return
        current = self.results_view.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[Qt.Key(key)]
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        self.results_view.setCurrentIndex(self._results_model.index(row))

    def _activate_current_hit(self) -> None:
        index = self.results_view.currentIndex()
        if not index.isValid() and self._results_model.rowCount():
            index = self._results_model.index(0)
        if index.isValid():
            self._on_results_view_activated(index)

    def _on_results_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.results_view.scrollTo(current)

    def _on_results_view_activated(self, index: QModelIndex) -> None:
        hit = self._results_model.hit(index.row())
        if hit is not None:
            self.select_unit(hit.unit)

    def _apply_search(self, wait: bool = False) -> None:
        """Search, then show the hits and filter (or mark) the tree in one step.

        On a large organization the query runs on a worker thread (SQLite lets go of the GIL while
        it searches), so typing never waits for it; only the newest query's answer is shown.
        """
        organization, search_index = self._organization, self._index
        if organization is None or search_index is None:
            return
        self._search_generation += 1
        text = self.search_field.text()
        if not text.strip():
            self._show_search(None, None)
            return
        filtering = self.filter_toggle.isChecked()
        if wait or len(organization) <= ASYNC_SEARCH_UNITS:
            result = search_index.search(text)
            self._show_search(result, search_index.visible_units(result.units) if filtering else None)
            return
        generation = self._search_generation

        def work() -> None:
            result = search_index.search(text)
            matches = result.units  # every match, fetched here rather than on the GUI thread
            visible = search_index.visible_units(matches) if filtering else None
            self._search_finished.emit(generation, (search_index, result, visible))

        threading.Thread(target=work, name="orgexplorer-search", daemon=True).start()

    def _on_search_finished(self, generation: int, answer: tuple[SearchIndex, SearchResult, set[int] | None]) -> None:
        index, result, visible = answer
        if generation == self._search_generation and index is self._index:
            self._show_search(result, visible)

    def _show_search(self, result: SearchResult | None, visible: set[int] | None) -> None:
        organization = self._organization
        if result is not None and not result.hits and not result.terms:
            result = None  # only punctuation: nothing to search for
        selected = self._current_unit()
        self._search = result
        self._results_model.set_result(organization, result)
        self.clear_search_action.setEnabled(result is not None)
        if result is None:
            self.results_panel.hide()
            if self._model.is_filtered():
                self._model.set_filter(None)
                self._expand_default()
            else:
                self._model.set_matches(None)
        else:
            self.results_panel.show()
            self.results_label.setText(self._results_summary(result))
            matches = set(result.units)
            if visible is not None:
                self._model.set_filter(visible, matches)
                if len(matches) <= 2000:
                    self.unit_tree.expandAll()
                else:
                    self.unit_tree.expandToDepth(1)
            elif self._model.is_filtered():
                self._model.set_filter(None, matches)
                self._expand_default()
            else:
                self._model.set_matches(matches)
            if self._results_model.rowCount():
                self.results_view.setCurrentIndex(self._results_model.index(0))
        if selected is not None:
            self._keep_selection(selected)
        self.detail_pane.show_unit(organization, self._current_unit(), result)

    def _results_summary(self, result: SearchResult) -> str:
        count = len(result)
        if count == 0:
            return self.tr("No unit matches.")
        number = QLocale().toString(count)
        shown = self.tr("1 unit found") if count == 1 else self.tr("{count} units found").format(count=number)
        if len(result.hits) < count:
            shown += " " + self.tr("(the best {listed} listed)").format(listed=len(result.hits))
        if result.partial:
            shown = self.tr("No unit matches every word; these match some of them: {found}").format(found=shown)
        shown += meaning_summary(result)
        if result.corrected:
            shown = self.tr("Showing results for <b>{query}</b>: {found}").format(
                query=html.escape(result.corrected), found=shown
            )
        return shown + "."

    def _expand_default(self) -> None:
        if self._organization is not None and len(self._organization) <= 2000:
            self.unit_tree.expandAll()
        else:
            self.unit_tree.expandToDepth(0)

    def _keep_selection(self, unit: Unit) -> None:
        index = self._model.index_of(unit.index)
        if not index.isValid():
            return
        self._navigating = True
        try:
            parent = index.parent()
            while parent.isValid():
                self.unit_tree.expand(parent)
                parent = parent.parent()
            self.unit_tree.setCurrentIndex(index)
            self.unit_tree.scrollTo(index)
        finally:
            self._navigating = False

    # --- chart ---

    def _ensure_chart(self) -> None:
        """Lay out the chart the first time it is shown (large organizations pay only when asked;
        above ``BACKGROUND_CHART_UNITS`` units, on a worker thread while the window stays usable)."""
        organization = self._organization
        if organization is None or self.chart_view.chart_layout is not None:
            return
        from orgexplorer.chart.export import chart_layout

        options = ChartOptions(language=self._model.language)
        if len(organization) <= BACKGROUND_CHART_UNITS:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._on_chart_ready(self._chart_generation, chart_layout(organization, options))
            finally:
                QApplication.restoreOverrideCursor()
            return
        if self._chart_pending == self._chart_generation:
            return  # on its way
        self._chart_pending = generation = self._chart_generation
        count = QLocale().toString(len(organization))
        self.chart_view.show_message(self.tr("Laying out the chart of {count} units…").format(count=count))

        def stale(_: float) -> None:
            if generation != self._chart_generation:
                raise Cancelled

        def work() -> None:
            answer: ChartLayout | str
            try:
                answer = chart_layout(organization, options, stale)
            except Cancelled:
                return
            except Exception as exc:  # the boundary: a message in the tab, not a layout that never comes
                answer = self.tr("The chart could not be laid out: {reason}").format(reason=repr(exc))
            with contextlib.suppress(RuntimeError):  # the window may be gone by now
                self._chart_ready.emit(generation, answer)

        threading.Thread(target=work, name="orgexplorer-chart", daemon=True).start()

    def _on_chart_ready(self, generation: int, layout: ChartLayout | str) -> None:
        if generation != self._chart_generation:
            return
        if isinstance(layout, str):
            self.chart_view.show_message(layout)
            self._chart_pending = -1  # showing the tab again tries again
            return
        self.chart_view.set_chart_layout(layout)
        unit = self._current_unit()
        if unit is not None:
            self._show_selection_in_chart(unit)

    def _show_selection_in_chart(self, unit: Unit) -> None:
        if self._organization is not None and self.chart_view.chart_layout is not None:
            path = [u.index for u in self._organization.path_to(unit)]
            self.chart_view.set_selection(unit.index, path)

    def _on_right_tabs_current_changed(self, index: int) -> None:
        if self.right_tabs.widget(index) is self.chart_view:
            self._ensure_chart()

    def _on_zoom_in_action_triggered(self) -> None:
        self.right_tabs.setCurrentWidget(self.chart_view)
        self.chart_view.zoom_in()

    def _on_zoom_out_action_triggered(self) -> None:
        self.right_tabs.setCurrentWidget(self.chart_view)
        self.chart_view.zoom_out()

    def _on_fit_action_triggered(self) -> None:
        self.right_tabs.setCurrentWidget(self.chart_view)
        self.chart_view.fit()

    def show_export_dialog(self) -> ExportDialog | None:
        if self._organization is None:
            return None
        from orgexplorer.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self._organization, self._current_unit(), self, language=self._model.language, background=self.start_export
        )
        dialog.resize(980, 560)
        dialog.open()
        return dialog

    def start_export(self, path: str, job: ExportJob) -> None:
        """Run an export on a worker thread; the status bar shows its progress and a Cancel button,
        and the window says how it ended (``export_finished``)."""
        self._export_progress.setValue(0)
        self._export_label.setText(self.tr("Exporting {name}…").format(name=Path(path).name))
        for widget in (self._export_label, self._export_progress, self._export_cancel):
            widget.show()
        self._exporter.start(path, job)

    def cancel_export(self) -> None:
        self._exporter.cancel()

    def _on_exporter_finished(self, outcome: Exported) -> None:
        for widget in (self._export_label, self._export_progress, self._export_cancel):
            widget.hide()
        name = Path(outcome.path).name
        if outcome.cancelled:
            self.statusBar().showMessage(
                self.tr("Exporting {name} was cancelled; nothing was written").format(name=name), 8000
            )
        elif outcome.error is not None or outcome.report is None:
            self._tell(QMessageBox.Icon.Warning, self.tr("Export failed"), outcome.error or "")
        else:
            self.statusBar().showMessage(self.tr("Exported {name}").format(name=name), 8000)
            if outcome.report.warnings:
                self._tell(
                    QMessageBox.Icon.Information, self.tr("Exported with warnings"), "\n".join(outcome.report.warnings)
                )
        self.export_finished.emit(outcome)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message about something that finished in the background: shown without waiting for it
        to be read (QMessageBox.open, not exec), so that nothing else waits either."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def print_chart(self, setup: PageSetup | None = None) -> QPrintPreviewDialog | None:
        """The print preview of the chart (one page, fitted, unless ``setup`` says otherwise); the
        printer dialog is one click away."""
        if self._organization is None:
            return None
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from orgexplorer.chart.export import (
            ExportReport,
            PageSetup,
            SheetText,
            chart_layout,
            configure_pages,
            paint_pages,
        )

        layout = self.chart_view.chart_layout or chart_layout(
            self._organization, ChartOptions(language=self._model.language)
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{self._organization.title}: organizational chart")
        setup = setup or PageSetup()
        configure_pages(printer, layout, setup)
        text = SheetText.of(self._organization, layout)
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("printPreview")
        # The dialog does not own the printer it is given: the slot holds it for as long as the dialog
        # lives (dropped when this returned, the preview painted on freed memory and crashed).
        preview.paintRequested.connect(
            lambda device, printer=printer: paint_pages(device, layout, text, setup, ExportReport(""))
        )
        preview.open()
        return preview

    # --- dialogs ---

    def _on_open_action_triggered(self) -> None:
        start = os.path.dirname(self._path) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open organization"), start, self._file_filter())
        if path:
            self.open_file(path)

    def _file_filter(self) -> str:
        return ";;".join(
            [
                self.tr("Organization files") + " (*.yaml *.yml)",
                self.tr("Spreadsheets") + " (*.csv *.tsv *.xlsx)",
                self.tr("All files") + " (*)",
            ]
        )

    def _import_filter(self) -> str:
        return ";;".join([self.tr("Spreadsheets") + " (*.csv *.tsv *.xlsx)", self.tr("All files") + " (*)"])

    # --- language ---

    def choose_language(self, code: str) -> MainWindow:
        """Switch the interface to ``code`` ("" for the system's): a window in the new language takes
        this one's place, with the same organization, selection, search and layout."""
        QSettings().setValue("language", code)
        install_language(chosen_language())
        successor = MainWindow()
        _WINDOWS.append(successor)
        successor.restoreGeometry(self.saveGeometry())
        successor.splitter.restoreState(self.splitter.saveState())
        if self._organization is not None:
            selected = self._current_unit()
            successor.set_organization(self._organization, self._path, self._index)
            self._index = None  # the successor owns it now
            if selected is not None:
                successor.select_unit(selected.index)
            if self.search_field.text():
                successor.search_field.setText(self.search_field.text())
                successor._flush_search()
        successor.right_tabs.setCurrentIndex(self.right_tabs.currentIndex())
        successor.show()
        self.successor = successor
        self.close()
        if self in _WINDOWS:
            _WINDOWS.remove(self)
        return successor

    def _on_import_action_triggered(self) -> None:
        start = os.path.dirname(self._path) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import spreadsheet"), start, self._import_filter())
        if path:
            self.open_file(path)  # the loader imports spreadsheets; File > Export writes them back

    def show_about(self) -> None:
        source = ""
        if self._organization is not None and self._organization.source:
            source = self.tr("<p><b>Data shown:</b> {title}<br>Source: {source}</p>").format(
                title=html.escape(self._organization.title), source=html.escape(self._organization.source)
            )
        QMessageBox.about(
            self,
            self.tr("About OrgExplorer"),
            f"<h3>OrgExplorer {__version__}</h3>"
            + self.tr(
                "<p>Explore an organization: its hierarchy, the head and responsibilities of each unit, "
                "the units related to it; find units by function and print the chart.</p>"
            )
            + source,
        )

    # --- drag and drop ---

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.open_file(url.toLocalFile())
                return
