"""The encoding check: a stray byte-order mark is found wherever it is, a window of bytes at a time."""

from __future__ import annotations

import codecs

import pytest

from orgexplorer.model import encoding
from orgexplorer.model.problems import Report


@pytest.mark.parametrize("at", [1, 6, 7, 8, 9, 15, 16, 40])
def test_a_stray_byte_order_mark_is_found_across_the_windows_searched(monkeypatch, at):
    """Searched 8 bytes at a time here: a mark on a window's edge, or across two, is found all the
    same, at its line and column."""
    monkeypatch.setattr(encoding, "_SCAN", 8)
    text = b"a: 1\nb: " + b"x" * 60 + b"\n"
    data = text[:at] + codecs.BOM_UTF8 + text[at:]
    report = Report("t.yaml")
    assert encoding.decode(data, report) is None
    ((problem),) = report.problems
    line = data.count(b"\n", 0, at) + 1
    column = at - (data.rfind(b"\n", 0, at) + 1) + 1
    assert (problem.line, problem.column) == (line, column) and "byte-order mark" in problem.message


def test_a_file_without_a_stray_mark_is_its_bytes(monkeypatch):
    monkeypatch.setattr(encoding, "_SCAN", 8)
    data = codecs.BOM_UTF8 + "a: 'Đorđe'\n".encode() * 10  # the leading mark is the file's own
    assert encoding.decode(data, Report("t.yaml")) == data
