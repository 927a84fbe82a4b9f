"""The text of a file's bytes, checked: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a
located problem (an encoding that is not these, a NUL byte, a bad byte, a stray byte-order mark)."""

from __future__ import annotations

import codecs

from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, Said, said

_BOM = "\ufeff"
_SCAN = 1 << 22  # bytes searched for a stray byte-order mark in one call (4 MiB: about 3 ms)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` of UTF-8 ``data``."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


def decode(data: bytes, report: Report, check_utf8: bool = True) -> str | bytes | None:
    """The file's text, checked: UTF-8 (with or without BOM) or UTF-16 with a BOM; None after reporting.

    Valid UTF-8 comes back as the bytes themselves: both parsers read UTF-8 bytes, and a large file
    then never exists twice more in memory (as a str, and as the parser's UTF-8 copy of that str).
    ``check_utf8`` False leaves the UTF-8 check to libyaml, which makes it anyway while it reads (a
    fifth of a second on a 120 MB file saved); ``read_yaml`` locates the bad byte when it complains.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        report.error(1, 1, said(QT_TRANSLATE_NOOP("Problems", "the file is UTF-32 encoded; save it as UTF-8")))
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            template = QT_TRANSLATE_NOOP("Problems", "the file is not valid UTF-16 text ({reason}); save it as UTF-8")
            report.error(1, 1, said(template, reason=exc.reason))
            return None
        stray_bom = text.find(_BOM)
        if stray_bom >= 0:
            line, column = position(text, stray_bom)
            report.error(line, column, _stray_bom_said())
            return None
        return text
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        column = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        report.error(
            line,
            column,
            said(QT_TRANSLATE_NOOP("Problems", "this is a binary file, not YAML text (it contains a NUL byte)")),
        )
        return None
    if not check_utf8:
        return _stray_bom(data, report)
    # Check UTF-8 a megabyte at a time, so that no second copy of a large file is made.
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = 1 << 20
    for offset in range(0, len(data), chunk):
        try:
            decoder.decode(data[offset : offset + chunk], final=offset + chunk >= len(data))
        except UnicodeDecodeError as exc:
            start = max(0, offset + exc.start - len(decoder.getstate()[0]))
            while start < len(data) and start > 0 and (data[start] & 0xC0) == 0x80:
                start -= 1  # back to the first byte of the broken sequence
            line, column = _byte_position(data, start)
            template = QT_TRANSLATE_NOOP(
                "Problems", "the file is not valid UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8"
            )
            report.error(line, column, said(template, byte=f"0x{data[start]:02X}"))
            return None
    return _stray_bom(data, report)


def _stray_bom(data: bytes, report: Report) -> bytes | None:
    # A window at a time: one find over 130 MB held Python's lock for 100 ms (the window waited).
    stray_bom = next(
        (
            found
            for start in range(1, max(1, len(data)), _SCAN)
            if (found := data.find(codecs.BOM_UTF8, start, start + _SCAN + 2)) >= 0
        ),
        -1,
    )
    if stray_bom >= 0:
        line, column = _byte_position(data, stray_bom)
        report.error(line, column, _stray_bom_said())
        return None
    return data


def _stray_bom_said() -> Said:
    template = QT_TRANSLATE_NOOP("Problems", "a byte-order mark ({character}) inside the file; remove it")
    return said(template, character="U+FEFF")
