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


def _truth(data: bytes) -> tuple[int, int, int]:
    """Where Python's own decoder of the whole file says the first broken sequence starts: line,
    column (in characters) and its first byte."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
    else:
        raise AssertionError("valid UTF-8")
    line_start = data.rfind(b"\n", 0, start) + 1
    return data.count(b"\n", 0, start) + 1, len(data[line_start:start].decode("utf-8")) + 1, data[start]


# Every kind of broken sequence: a lone continuation byte (0x80-0xBF: Š š Ž ž in Windows-1250), a lead
# byte without its continuation, a truncated sequence, an overlong form, a surrogate, a byte never valid.
BROKEN = [b"\x8e", b"\x9a", b"\x80", b"\xbf", b"\xc8", b"\xe9", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98",
          b"\xc0\xaf", b"\xed\xa0\x80", b"\xf5", b"\xff", b"\xf8\x88\x80\x80\x80"]  # fmt: skip


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize("before", [b"", b"Ro", b"id,name\n", b"a\r\n\xc5\xa0ef\xc5\xa1\n", "Đ".encode() * 3])
@pytest.mark.parametrize("chunk", [None, 3, 4, 5])
def test_a_broken_utf8_sequence_is_named_where_it_starts(monkeypatch, broken, before, chunk):
    """The message names the first byte of the broken sequence and its own line and column, whatever
    the byte, wherever it is, and wherever the megabytes read at a time end."""
    if chunk is not None:
        monkeypatch.setattr(encoding, "_CHUNK", chunk)
    data = before + broken + b"ot\nmore\n"
    line, column, byte = _truth(data)
    report = Report("t.csv")
    assert encoding.decode(data, report) is None
    ((problem),) = report.problems
    assert (problem.line, problem.column) == (line, column), (problem, data)
    assert f"byte 0x{byte:02X}" in problem.message


def test_a_windows_1250_line_start_is_named_at_its_own_line():
    """The tryout's file: line 2 starts with 'Ž' saved as Windows-1250 (0x8E)."""
    data = "id,name,parent_id\nŽeljko,Žarko Šić,\n".encode("cp1250")
    report = Report("hr.csv")
    assert encoding.decode(data, report) is None
    ((problem),) = report.problems
    assert (problem.line, problem.column) == (2, 1) and "byte 0x8E" in problem.message


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("id,name\nŽeljko,Žarko Šić\nđ,Đorđe Čolić\n", "cp1250", "Windows-1250"),
        ("id,name\nа,Сектор за људске ресурсе\nб,Ђорђе Џаја\n", "cp1251", "Windows-1251"),
        ("id,name\na,Café Müller\n", "latin-1", None),  # é and ü are no Serbian letters: no guess
        ("id,name\na,Ωμέγα\n", "cp1253", None),
    ],
)
def test_the_legacy_encoding_is_named_only_when_the_letters_tell(text, codec, expected):
    found = encoding.legacy_encoding(text.encode(codec))
    assert (found[0] if found else None) == expected


def test_a_spreadsheet_in_windows_1250_is_read_with_a_warning_and_an_organization_file_is_refused():
    """A CSV from a Serbian HR system is normal input: read as what its letters say, with a warning
    where the first of them is; an organization file (UTF-8 by its format) names the encoding to save."""
    data = "id,name,parent_id\nželjko,Žarko Šić,\n".encode("cp1250")
    report = Report("hr.csv")
    assert encoding.decode(data, report, legacy=True) == data.decode("cp1250")
    ((problem),) = report.problems
    assert not problem.is_error and (problem.line, problem.column) == (2, 1)
    assert "Windows-1250" in problem.message
    report = Report("org.yaml")
    assert encoding.decode(data, report) is None
    ((problem),) = report.problems
    assert problem.is_error and "looks like Windows-1250" in problem.message and "byte 0x9E" in problem.message
