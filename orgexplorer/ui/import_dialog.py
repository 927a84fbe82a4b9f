"""File > Import spreadsheet…: a sheet's headers and first rows, and which column holds each field.

The fields are the importer's own (``importer.ROLES``, what ``--map`` knows); the dialog's answer is
an ``ImportChoices`` that the one loader reads exactly as ``orgexplorer import --map`` would. The sheet
is read on a worker (``BackgroundTask``) when it is large, as opening a file is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgexplorer.model import Limits, Problem
from orgexplorer.model.delimiter import DELIMITERS
from orgexplorer.model.files import InputError, read_input
from orgexplorer.model.import_preview import SheetPreview, preview_sheet
from orgexplorer.model.importer import ROLES, ImportChoices
from orgexplorer.model.progress import Progress
from orgexplorer.ui import background
from orgexplorer.ui.background import BackgroundTask, Failure
from orgexplorer.ui.problems_panel import problem_text

#: What the dialog calls each of the importer's roles (``importer.ROLES`` says which roles there are;
#: a role without words here is shown by its ``--map`` name).
ROLE_LABELS = {
    "id": str(QT_TRANSLATE_NOOP("ImportDialog", "Id")),
    "parent": str(QT_TRANSLATE_NOOP("ImportDialog", "Parent's id")),
    "reports_to": str(QT_TRANSLATE_NOOP("ImportDialog", "Reports to (parent's name)")),
    "name": str(QT_TRANSLATE_NOOP("ImportDialog", "Unit name")),
    "head": str(QT_TRANSLATE_NOOP("ImportDialog", "Head (post)")),
    "head_name": str(QT_TRANSLATE_NOOP("ImportDialog", "Head's name")),
    "kind": str(QT_TRANSLATE_NOOP("ImportDialog", "Kind")),
    "description": str(QT_TRANSLATE_NOOP("ImportDialog", "Description")),
    "responsibilities": str(QT_TRANSLATE_NOOP("ImportDialog", "Responsibilities")),
    "relation": str(QT_TRANSLATE_NOOP("ImportDialog", "Relation (attached)")),
    "related": str(QT_TRANSLATE_NOOP("ImportDialog", "Related units")),
}
DELIMITER_LABELS = {
    ",": str(QT_TRANSLATE_NOOP("ImportDialog", "Comma (,)")),
    ";": str(QT_TRANSLATE_NOOP("ImportDialog", "Semicolon (;)")),
    "\t": str(QT_TRANSLATE_NOOP("ImportDialog", "Tabs (TSV)")),
    "|": str(QT_TRANSLATE_NOOP("ImportDialog", "Bar (|)")),
}
PREVIEW_ROWS = 50


def role_label(role: str) -> str:
    return QCoreApplication.translate("ImportDialog", ROLE_LABELS[role]) if role in ROLE_LABELS else role


class PreviewModel(QAbstractTableModel):
    """The sheet's first rows; each column's header says the field it goes to (or that it is kept
    among the unit's details). Rows are numbered as in the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._roles: dict[str, list[str]] = {}  # header -> the roles it holds

    def set_preview(self, preview: SheetPreview) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(preview.headers), list(preview.rows)
        self.endResetModel()

    def set_roles(self, columns: Mapping[str, str]) -> None:
        """``columns``: role -> header, as chosen."""
        self._roles = {}
        for role, header in columns.items():
            if header:
                self._roles.setdefault(header, []).append(role)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._rows[index.row()][1][index.column()]
        return text if role == Qt.ItemDataRole.ToolTipRole or len(text) <= 80 else text[:79] + "…"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._headers):
            return None
        header = self._headers[section]
        roles = self._roles.get(header) if header else None
        if roles:
            field = ", ".join(role_label(role) for role in roles)
        else:
            field = QCoreApplication.translate("ImportDialog", "details")
        return f"{header}\n→ {field}"


class ImportDialog(QDialog):
    """Shows a spreadsheet's headers and first rows, and asks which column holds each field, which
    separator a CSV has and which sheet of a workbook to read. ``choices()`` is the answer."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=Path(path).name))
        self.path = path
        self._workbook = Path(path).suffix.lower() == ".xlsx"
        self.preview = SheetPreview()
        self._task = BackgroundTask("orgexplorer-import-preview", self)
        self._init_widgets()
        self._read()

    # --- construction ---

    def _init_widgets(self) -> None:
        left = QVBoxLayout()
        left.addLayout(self._init_reading())
        left.addWidget(self._init_preview(), 1)
        left.addWidget(self.rows_label)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self._init_fields())
        self.hint = QLabel()
        self.hint.setObjectName("importHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def _init_reading(self) -> QFormLayout:
        """How the file is read: a CSV's separator, or a workbook's sheet; and the row naming the columns."""
        self.separator_box = QComboBox()
        self.separator_box.setObjectName("separatorBox")
        self.separator_box.addItem(self.tr("Found from the file"), None)
        for delimiter in DELIMITERS:
            self.separator_box.addItem(
                QCoreApplication.translate("ImportDialog", DELIMITER_LABELS[delimiter]), delimiter
            )
        self.separator_box.setToolTip(self.tr("The character between the columns (--delimiter)"))
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheetBox")
        self.sheet_box.setToolTip(self.tr("The workbook's sheet to read (--sheet)"))
        # 0 is "found": the importer finds the header below title rows, notes and blank rows.
        self.header_box = QSpinBox()
        self.header_box.setObjectName("headerRowBox")
        self.header_box.setRange(0, 1_000_000)
        self.header_box.setSpecialValueText(self.tr("Found from the sheet"))
        self.header_box.setToolTip(self.tr("The row that names the columns, numbered as in the sheet (--header-row)"))
        self.header_box.setKeyboardTracking(False)  # "12" typed is one reading, not two
        reading = QFormLayout()
        if self._workbook:
            reading.addRow(self.tr("&Sheet:"), self.sheet_box)
        else:
            reading.addRow(self.tr("&Separator:"), self.separator_box)
        reading.addRow(self.tr("&Header row:"), self.header_box)
        self.separator_box.setVisible(not self._workbook)
        self.sheet_box.setVisible(self._workbook)
        self.separator_box.currentIndexChanged.connect(self._read)
        self.sheet_box.currentIndexChanged.connect(self._on_sheet_box_changed)
        self.header_box.valueChanged.connect(self._read)
        return reading

    def _on_sheet_box_changed(self) -> None:
        """Another sheet: its header is found again (a row chosen for one sheet says nothing of another)."""
        self.header_box.blockSignals(True)
        self.header_box.setValue(0)
        self.header_box.blockSignals(False)
        self._read()

    def _init_preview(self) -> QTableView:
        """The sheet's first rows, each column headed by the field it goes to."""
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("The sheet's first rows"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setWordWrap(False)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("importRows")
        return self.table

    def _init_fields(self) -> QGroupBox:
        """A combo of the sheet's headers for each of the importer's fields, in its order."""
        fields = QGroupBox(self.tr("Columns"))
        form = QFormLayout(fields)
        intro = QLabel(
            self.tr(
                "Which column holds each field? <b>Unit name</b> and a parent (id or name) are needed; "
                "columns left over are kept as each unit's details."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.role_boxes: dict[str, QComboBox] = {}
        for role in ROLES:
            box = QComboBox()
            box.setObjectName(f"role_{role}")
            box.setToolTip(self.tr("The column of this field (--map {role}=HEADER)").format(role=role))
            box.setMinimumContentsLength(14)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.currentIndexChanged.connect(self._on_role_box_changed)
            self.role_boxes[role] = box
            form.addRow(role_label(role) + ":", box)
        return fields

    # --- reading the sheet ---

    def _read(self) -> None:
        """Read the sheet's start as the separator and sheet now chosen say (on a worker when large)."""
        choices = ImportChoices(
            delimiter=self.separator_box.currentData(),
            sheet=self.sheet_box.currentData(),
            header_row=self.header_box.value() or None,
        )
        path = self.path
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # reading says what is wrong
        self.import_button.setEnabled(False)
        self.hint.setText(self.tr("Reading {name}…").format(name=Path(path).name))

        def work(progress: Progress) -> SheetPreview:
            data = read_input(path, Limits().max_bytes)
            progress(0.5)
            return preview_sheet(data, path, choices, PREVIEW_ROWS)

        self._task.start(work, self._on_read, self._on_read_failed, inline=size <= background.SYNCHRONOUS_LOAD_BYTES)

    def done(self, result: int) -> None:
        self._task.cancel()  # a sheet still being read is no longer wanted
        super().done(result)

    def wait(self, timeout: float | None = None) -> None:
        """Until the sheet is read (its preview is shown when events are next processed)."""
        self._task.wait(timeout)

    def _on_read_failed(self, failure: Failure) -> None:
        message = str(failure.error) if isinstance(failure.error, InputError) else failure.reason
        self._on_read(SheetPreview(problems=[Problem(self.path, 1, 1, message)]))

    def _on_read(self, preview: SheetPreview) -> None:
        chosen = {role: box.currentData() for role, box in self.role_boxes.items() if box.currentIndex() > 0}
        self.preview = preview
        if self._workbook and self.sheet_box.count() == 0 and preview.sheets:
            self.sheet_box.blockSignals(True)
            for name in preview.sheets:
                self.sheet_box.addItem(name, name)
            self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(preview.sheet)))  # the one read
            self.sheet_box.blockSignals(False)
        if not self._workbook and preview.delimiter is not None and self.separator_box.currentIndex() == 0:
            found = QCoreApplication.translate("ImportDialog", DELIMITER_LABELS.get(preview.delimiter, "?"))
            self.separator_box.setItemText(0, self.tr("Found from the file: {separator}").format(separator=found))
        if preview.headers:
            self.header_box.setSpecialValueText(self.tr("Found: row {row}").format(row=preview.header_row))
        self.model.set_preview(preview)
        for role, box in self.role_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for header in dict.fromkeys(h for h in preview.headers if h):  # each header once, in order
                box.addItem(header, header)
            wanted = chosen.get(role, preview.matched.get(role, ""))
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.blockSignals(False)
        shown = len(preview.rows)
        self.rows_label.setText(
            self.tr("The first {shown} of {count} rows").format(
                shown=shown, count=QLocale().toString(preview.row_count)
            )
            if shown < preview.row_count
            else self.tr("{count} rows").format(count=QLocale().toString(preview.row_count))
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._on_role_box_changed()

    # --- the choice ---

    def choices(self) -> ImportChoices:
        """What import reads as chosen: every field's column ('' for none), the separator, the sheet, the
        header row; as ``orgexplorer import --map ROLE=HEADER,... --delimiter C --sheet NAME --header-row N``
        would."""
        columns = {role: str(box.currentData() or "") for role, box in self.role_boxes.items()}
        return ImportChoices(
            columns, self.separator_box.currentData(), self.sheet_box.currentData(), self.header_box.value() or None
        )

    def _on_role_box_changed(self) -> None:
        columns = self.choices().columns
        self.model.set_roles(columns)
        problem = self._problem(columns)
        # Nothing in the way: what reading said besides (the header row found, an encoding read).
        self.hint.setText(problem or "\n".join(problem_text(warning) for warning in self.preview.warnings[:3]))
        self.import_button.setEnabled(bool(self.preview.headers) and not problem)

    def _problem(self, columns: Mapping[str, str]) -> str:
        """What keeps the sheet from being imported as chosen, in a sentence ('' when nothing does)."""
        if self.preview.problems:
            return self.tr("The file cannot be read as it is: {problem}").format(
                problem=problem_text(self.preview.problems[0])
            )
        if not self.preview.headers:
            return ""
        if not columns.get("name"):
            return self.tr("Choose the column that holds the units' names.")
        if not columns.get("parent") and not columns.get("reports_to"):
            return self.tr(
                "Choose the column that says where each unit belongs: its parent's id, or the name it reports to."
            )
        return ""
