"""The window's actions, made once with their standard shortcuts and status tips, and the menus and
toolbar that place them (one QAction serves a menu and the toolbar)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from orgexplorer.ui.icons import named_icon
from orgexplorer.ui.language import LANGUAGES

_Key = QKeySequence.StandardKey
#: The keys README promises where the platform binds none to the standard key (Windows has no Quit).
_FALLBACK_KEYS = {_Key.Quit: "Ctrl+Q"}
#: View > Language's items: each language's own name, with a mnemonic no other item of the menu takes
#: (System default's is "d", translated with it).
_LANGUAGE_ITEMS = {"en": "&English", "sr_Latn": "Srpski (&latinica)", "sr_Cyrl": "Српски (ћ&ирилица)"}


class MainActions(QObject):
    """Every action of the main window; the window connects them to the rooms that do the work.

    Attributes are named after what they do (``open_action``, ``find_action``, ...); ``languages``
    is the exclusive group of View > Language, each action's data its language code ("" for the
    system's). Add an action in ``_create_actions`` and place it in ``create_menus``/``create_toolbar``.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._create_actions()

    def _action(self, text: str, tip: str, shortcut: _Key | str | None = None, icon: QIcon | None = None) -> QAction:
        action = QAction(text, self._window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if shortcut is not None:
            key = QKeySequence(shortcut)
            if key.isEmpty() and isinstance(shortcut, _Key):  # the platform has none (Quit on Windows)
                key = QKeySequence(_FALLBACK_KEYS.get(shortcut, ""))
            action.setShortcut(key)
        if icon is not None:
            action.setIcon(icon)
        return action

    def _create_actions(self) -> None:
        # Always ``self.tr(...)``, never an alias (``tr = self.tr``): lupdate files a text under the class
        # it reads ``self.tr`` in, which is the context asked for at run time; an alias's texts land
        # under no context, and the menus stay English.
        style = self._window.style()
        sp = style.StandardPixmap
        self.open_action = self._action(
            self.tr("&Open…"),
            self.tr("Open an organization file"),
            _Key.Open,
            style.standardIcon(sp.SP_DialogOpenButton),
        )
        self.import_action = self._action(
            self.tr("&Import spreadsheet…"),
            self.tr("Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)"),
            "Ctrl+I",
        )
        self.reload_action = self._action(
            self.tr("Reloa&d"),
            self.tr("Read the open file again from disk"),
            _Key.Refresh,
            style.standardIcon(sp.SP_BrowserReload),
        )
        self.export_action = self._action(
            self.tr("&Export chart…"),
            self.tr("Export the chart as PDF, SVG or PNG, or the unit directory"),
            _Key.SaveAs,
            named_icon("export"),
        )
        self.print_action = self._action(
            self.tr("&Print…"), self.tr("Print the chart, with a preview"), _Key.Print, named_icon("print")
        )
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Quit OrgExplorer"), _Key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.tr("&Find…"), self.tr("Find units by name or function"), _Key.Find)
        self.clear_search_action = self._action(
            self.tr("C&lear search"), self.tr("Clear the search and show the whole tree"), "Esc"
        )
        self._window.addAction(self.clear_search_action)
        self.show_details_action = self._action(
            self.tr("&Details"), self.tr("Show the selected unit's details"), "Ctrl+1"
        )
        self.show_chart_action = self._action(self.tr("C&hart"), self.tr("Show the organization chart"), "Ctrl+2")
        self.zoom_in_action = self._action(self.tr("Zoom &in"), self.tr("Enlarge the chart"), _Key.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), self.tr("Shrink the chart"), _Key.ZoomOut)
        self.fit_action = self._action(self.tr("Fi&t chart to window"), self.tr("Show the whole chart"), "Ctrl+0")
        self.expand_action = self._action(self.tr("&Expand all"), self.tr("Expand every unit"), "Ctrl+E")
        self.collapse_action = self._action(self.tr("&Collapse all"), self.tr("Collapse every unit"), "Ctrl+Shift+E")
        self.back_action = self._action(
            self.tr("&Back"),
            self.tr("Go back to the unit selected before"),
            _Key.Back,
            style.standardIcon(sp.SP_ArrowBack),
        )
        self.forward_action = self._action(
            self.tr("&Forward"), self.tr("Go forward again"), _Key.Forward, style.standardIcon(sp.SP_ArrowForward)
        )
        self.about_action = self._action(self.tr("&About OrgExplorer"), self.tr("About OrgExplorer and the data shown"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.languages = QActionGroup(self._window)
        self.languages.setExclusive(True)
        chosen = str(QSettings().value("language", "") or "")
        for code, label in [("", self.tr("System &default")), *((code, _LANGUAGE_ITEMS[code]) for code in LANGUAGES)]:
            action = QAction(label, self.languages)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.setStatusTip(self.tr("Choose the language of the interface"))

    def create_menus(self, recent_menu: QMenu, problems_action: QAction) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.import_action])
        file_menu.addMenu(recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.find_action, self.clear_search_action])
        view_menu = bar.addMenu(self.tr("&View"))
        self.file_menu, self.view_menu = file_menu, view_menu  # other rooms add their actions
        for group in (
            [self.show_details_action, self.show_chart_action],
            [self.zoom_in_action, self.zoom_out_action, self.fit_action],
            [self.expand_action, self.collapse_action],
            [self.back_action, self.forward_action],
            [problems_action],
        ):
            view_menu.addActions(group)
            view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        language_menu.addActions(self.languages.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def create_toolbar(self) -> QToolBar:
        toolbar = self._window.addToolBar(self.tr("Main"))
        toolbar.toggleViewAction().setStatusTip(self.tr("Show or hide the toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.addActions([self.open_action, self.reload_action])
        toolbar.addSeparator()
        toolbar.addActions([self.back_action, self.forward_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_action, self.print_action])
        return toolbar
