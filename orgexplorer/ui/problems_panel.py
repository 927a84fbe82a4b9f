"""The problems panel: a file's located problems, each shown with its line of the file."""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.model import Problem
from orgexplorer.model.files import InputError, read_input
from orgexplorer.model.said import Argument, Said

_CONTEXT_LINES = 3
_FORMAT_SPEC = re.compile(r"\{(\w+):[^{}]*\}")
_GROUPED = re.compile(r"\{(\w+):[^{}]*,")
_MAX_EXCERPT_READ = 64 * 1024 * 1024
_SNIFF = 8192  # bytes looked at to tell text from binary content


def is_binary(data: bytes) -> bool:
    """Whether ``data`` is no text to show (a workbook's zip, random bytes): a NUL byte outside
    UTF-16, or more than one character in twenty undecodable or a control character. Text in
    another encoding (a Latin-1 file with a few accented letters) is text: its line helps."""
    sample = data[:_SNIFF]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\0" in sample:
        return True
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=False)
    odd = sum(1 for char in text if char == "\ufffd" or (char < " " and char not in "\t\n\r\f"))
    return odd * 20 > max(1, len(text))


def _text(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def excerpt(path: str, line: int, column: int) -> str | None:
    """The lines around ``line`` of the file with a caret under ``column``; '' when unreadable, None
    when the file is binary (nothing of it is shown)."""
    if line < 1:
        return ""
    try:
        data = read_input(path, _MAX_EXCERPT_READ, whole=False)  # never a FIFO: it would block
    except InputError:
        return ""
    if is_binary(data):
        return None
    lines = _text(data).splitlines()
    if line > len(lines):
        return ""
    first = max(1, line - _CONTEXT_LINES)
    out = []
    width = len(str(line + _CONTEXT_LINES))
    for number in range(first, min(len(lines), line + _CONTEXT_LINES) + 1):
        text = lines[number - 1][:500]
        out.append(f"{number:>{width}} | {text}")
        if number == line:
            out.append(f"{'':>{width}} | {' ' * max(0, column - 1)}^")
    return "\n".join(out)


def problem_text(problem: Problem) -> str:
    """A problem's message in the interface's language where the model made it translatable (a
    ``Said``), else as the model wrote it (English)."""
    message = problem.message
    return said_text(message) if isinstance(message, Said) else message


def located_text(problem: Problem) -> str:
    """``FILE:LINE:COLUMN: message`` in the interface's language (the icon beside it says error or warning)."""
    return f"{problem.path}:{problem.line}:{problem.column}: {problem_text(problem)}"


def said_text(message: Said) -> str:
    """``message`` translated: its template (one form per plural category where it counts), filled
    with its arguments: a number as the language writes it, a ``Said`` phrase translated in turn."""
    locale = QLocale()
    grouped = set(_GROUPED.findall(message.template))  # "{limit:,}": a quantity, its thousands grouped

    def shown(name: str, value: Argument) -> str:
        if isinstance(value, Said):
            return said_text(value)
        if isinstance(value, int):
            return locale.toString(value) if name in grouped else str(value)  # a line's number: 1234
        if isinstance(value, float):
            return locale.toString(value, "f", 1)
        return value

    arguments = {name: shown(name, value) for name, value in message.arguments}
    count = -1 if message.quantity is None else message.quantity
    template = QCoreApplication.translate("Problems", message.template, None, count)
    # The numbers are written already: an English template's format specs ("{limit:,}") go.
    return _FORMAT_SPEC.sub(r"{\1}", template).format(**arguments)


class ProblemsPanel(QWidget):
    """Lists problems; selecting one shows where it is in the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setAccessibleName(self.tr("Problems"))
        self._summary = QLabel(self)
        self._summary.setObjectName("problemsSummary")
        self._summary.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setObjectName("problemsList")
        self._list.setAccessibleName(self.tr("Problems in the file"))
        # A message is read whole: wrapped to the list's width, never behind a horizontal scroll bar.
        self._list.setWordWrap(True)
        self._list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped again when the panel is resized
        self._excerpt = QPlainTextEdit(self)
        self._excerpt.setObjectName("problemExcerpt")
        self._excerpt.setAccessibleName(self.tr("The problem's place in the file"))
        self._excerpt.setReadOnly(True)
        self._excerpt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._excerpt.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list)
        splitter.addWidget(self._excerpt)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._summary)
        layout.addWidget(splitter)
        self._problems: list[Problem] = []
        self.path = ""  # the file the problems are of
        self.kept: str | None = None  # the organization that stayed open
        self._list.currentRowChanged.connect(self._on_list_current_row_changed)

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def show_problems(self, path: str, problems: Sequence[Problem], kept: str | None) -> None:
        """Fill the panel; ``kept`` names the organization that stays open, if any."""
        self._problems = list(problems)
        self.path, self.kept = path, kept
        errors = sum(1 for problem in problems if problem.is_error)
        escaped = html.escape(path)
        warnings = len(problems) - errors
        if errors == 0:
            summary = self.tr("<b>{path}</b> is open, with %Ln warnings.", "", warnings).format(path=escaped)
        else:
            summary = self.tr("<b>{path}</b> could not be opened: %Ln errors.", "", errors).format(path=escaped)
        if kept:
            summary += " " + self.tr("{organization} stays open.").format(organization=html.escape(kept))
        self._summary.setText(summary)
        self._list.clear()
        for problem in problems:
            icon = self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.is_error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, f"{problem.line}:{problem.column}: {problem_text(problem)}")
            item.setToolTip(located_text(problem))
            self._list.addItem(item)
        if problems:
            self._list.setCurrentRow(0)
        else:
            self._excerpt.clear()

    def _on_list_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._problems):
            self._excerpt.clear()
            return
        problem = self._problems[row]
        shown = excerpt(problem.path, problem.line, problem.column)
        wrap = QPlainTextEdit.LineWrapMode  # lines of a file stay lines; a sentence about one wraps
        self._excerpt.setLineWrapMode(wrap.NoWrap if shown else wrap.WidgetWidth)
        if shown is None:
            shown = located_text(problem) + "\n\n" + self.tr("Binary content (not text): not shown.")
            if problem.path.lower().endswith(".xlsx"):
                shown += " " + self.tr(
                    "An .xlsx workbook is a zip archive of parts; the place given is the sheet's row and column."
                )
        self._excerpt.setPlainText(shown or located_text(problem))
