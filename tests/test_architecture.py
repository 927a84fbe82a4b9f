"""The layers the README's Architecture section states: model <- chart <- ui, and the pure modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "orgexplorer"


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of its code (imports inside functions too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [("model", ("orgexplorer.chart", "orgexplorer.ui", "PySide6")), ("chart", ("orgexplorer.ui",))],
)
def test_each_layer_imports_only_the_layers_before_it(folder, forbidden):
    offenders = [
        f"{path.relative_to(REPO)}: {name}"
        for path in sorted((PACKAGE / folder).glob("*.py"))
        for name in imported(path)
        if name.startswith(forbidden)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "module",
    ["chart/values.py", "chart/layout.py", "chart/contour.py", "chart/typesetter.py", "chart/directory.py",
     "chart/book.py", "chart/book_boxes.py", "chart/book_fill.py", "chart/book_blocks.py", "chart/book_text.py",
     "chart/pdf_links.py", "chart/export_report.py", "chart/workbook.py", "ui/history.py"],
)  # fmt: skip
def test_pure_modules_never_import_qt(module):
    assert not any(name.startswith("PySide6") for name in imported(PACKAGE / module))
