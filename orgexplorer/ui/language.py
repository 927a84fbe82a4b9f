"""The interface's language: English, Serbian in Latin or in Cyrillic script."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence

from orgexplorer.resources import resource_path

#: Language codes and their names, each in its own language (a menu lists them so).
LANGUAGES = {"en": "English", "sr_Latn": "Srpski (latinica)", "sr_Cyrl": "Српски (ћирилица)"}
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "sr_Latn": QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia),
    "sr_Cyrl": QLocale(QLocale.Language.Serbian, QLocale.Script.CyrillicScript, QLocale.Country.Serbia),
}
_installed: list[QTranslator] = []


def name_language(code: str | None = None) -> str:
    """The language tag under which an organization file gives names in ``code`` (the chosen one)."""
    return {"en": "en", "sr_Latn": "sr-Latn", "sr_Cyrl": "sr-Cyrl"}.get(code or chosen_language(), "en")


def posix_language(environ: Mapping[str, str]) -> str | None:
    """Serbian in the script a POSIX locale's modifier names (``sr_RS.UTF-8@latin``), which Qt ignores
    (it reports Cyrillic for it); None when the locale in force (LC_ALL, LC_MESSAGES, LANG: the
    first set) is not Serbian with a script modifier."""
    value = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    language, _, modifier = value.partition("@")
    if language.split(".")[0].split("_")[0].lower() != "sr":
        return None
    return {"latin": "sr_Latn", "cyrillic": "sr_Cyrl"}.get(modifier.lower())


def system_language(locale: QLocale | None = None) -> str:
    """The language the system asks for: Serbian in its script, else English."""
    if locale is None:
        locale = QLocale.system()
        found = posix_language(os.environ)
        if found:
            return found
    if locale.language() == QLocale.Language.Serbian:
        return "sr_Latn" if locale.script() == QLocale.Script.LatinScript else "sr_Cyrl"
    return "en"


def chosen_language() -> str:
    """The language chosen in View > Language, or the system's when none was chosen."""
    chosen = str(QSettings().value("language", "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def key_name(key: Qt.Key | QKeySequence.StandardKey) -> str:
    """A key or shortcut as Qt writes it on this platform ("Shift", "Esc", "Ctrl+F"). Interface texts take
    key names through a placeholder filled with this, so a translation never spells (or transliterates)
    one: Serbian Cyrillic would turn "Shift" into "Схифт"."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def install_language(code: str, qt_folder: str | None = None) -> None:
    """Translate the interface (and Qt's own dialogs) into ``code``; numbers and dates follow it.

    Qt's own words (standard buttons, the file dialog, context menus) come from Qt's translations in
    ``qt_folder`` (Qt's own folder by default) where Qt ships them in this language *and script* (a
    Cyrillic ``qtbase_sr`` is not taken for Latin); ours, installed after and so asked first, hold
    those Qt has no Serbian for (``orgexplorer/ui/qt_texts.py``).
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    while _installed:
        app.removeTranslator(_installed.pop())
    code = code if code in LANGUAGES else "en"
    QLocale.setDefault(_LOCALES[code])
    if code != "en":  # Qt's own strings (standard dialogs, context menus), where Qt ships them in this script
        locale = _LOCALES[code]
        qt = QTranslator(app)
        folder = qt_folder or QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", folder) and QLocale(qt.language()).script() == locale.script():
            app.installTranslator(qt)
            _installed.append(qt)
    ours = QTranslator(app)  # installed last, so ours come first; English too: "1 unit found"
    if ours.load(str(resource_path(f"translations/orgexplorer_{code}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
