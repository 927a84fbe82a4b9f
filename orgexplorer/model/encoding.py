"""The text of a file's bytes, checked: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a
located problem (an encoding that is not these, a NUL byte, a bad byte, a stray byte-order mark)."""

from __future__ import annotations

import codecs
import re

from orgexplorer.model.problems import Report
from orgexplorer.model.said import QT_TRANSLATE_NOOP, Said, said

_BOM = "\ufeff"
_SCAN = 1 << 22  # bytes searched for a stray byte-order mark in one call (4 MiB: about 3 ms)
_CHUNK = 1 << 20  # bytes checked as UTF-8 in one call


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` of UTF-8 ``data``."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


def decode(data: bytes, report: Report, check_utf8: bool = True, legacy: bool = False) -> str | bytes | None:
    """The file's text, checked: UTF-8 (with or without BOM) or UTF-16 with a BOM; None after reporting.

    Valid UTF-8 comes back as the bytes themselves: both parsers read UTF-8 bytes, and a large file
    then never exists twice more in memory (as a str, and as the parser's UTF-8 copy of that str).
    ``check_utf8`` False leaves the UTF-8 check to libyaml, which makes it anyway while it reads (a
    fifth of a second on a 120 MB file saved); ``read_yaml`` locates the bad byte when it complains.
    ``legacy`` True (a spreadsheet exported from another system) reads a file that is not UTF-8 in the
    one legacy encoding its letters point to (``legacy_encoding``), with a warning at its first letter.
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
    for offset in range(0, len(data), _CHUNK):
        held = len(decoder.getstate()[0])  # the bytes of a sequence the last chunk ended inside
        try:
            decoder.decode(data[offset : offset + _CHUNK], final=offset + _CHUNK >= len(data))
        except UnicodeDecodeError as exc:
            # The decoder's input was the held bytes, then the chunk: exc.start is the first byte of
            # the broken sequence in that input (a lone continuation byte is a sequence of its own).
            start = offset - held + exc.start
            found = legacy_encoding(data)
            if legacy and found is not None:
                line, column = _byte_position(data, start)
                report.warning(line, column, said(QT_TRANSLATE_NOOP("Problems",
                    "the file is not UTF-8 but {encoding} (its letters {letters} say so); it was read as "
                    "{encoding}: check the names, and save it as UTF-8 to be sure"),
                    encoding=found[0], letters=found[2]))  # fmt: skip
                return data.decode(found[1])
            _report_not_utf8(data, start, found, report)
            return None
    return _stray_bom(data, report)


#: The legacy encodings a Serbian (or Croatian, Bosnian, Slovene) spreadsheet is saved in on Windows,
#: each with the letters beyond ASCII its language needs, and whether they share words with ASCII
#: letters (Latin: "Šić"; Cyrillic never: the same bytes read as Cyrillic give "Љiж"). A file is taken
#: to be in one when every character beyond ASCII it decodes to is one of those letters or common
#: typography, its words are of one script where they must be, and no other encoding fits as well.
_LEGACY = (
    ("Windows-1250", "cp1250", "ČĆŠŽĐčćšžđ", True),
    ("Windows-1251", "cp1251", "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџш", False),
)
_TYPOGRAPHY = "„“”‘’«»–—…€°§©®·•\u00a0"
_MIXED_WORD = re.compile(r"[A-Za-z][^\x00-\x7f„“”‘’«»–—…€°§©®·•\u00a0\s\W]|[^\x00-\x7f\s\W][A-Za-z]")


def legacy_encoding(data: bytes) -> tuple[str, str, str] | None:
    """The legacy encoding ``data`` (not UTF-8) is in, as (its name, Python's codec, the letters of it
    found), when exactly one of ``_LEGACY`` fits it; else None (the letters do not tell, or a byte is
    no letter: no guess). Linear in the bytes."""
    beyond = bytes(sorted(byte for byte in set(data) if byte >= 0x80))
    fitting = []
    for name, codec, letters, mixed in _LEGACY:
        chars = beyond.decode(codec, errors="replace")
        if not beyond or not all(char in letters or char in _TYPOGRAPHY for char in chars):
            continue
        if not mixed and _MIXED_WORD.search(data.decode(codec, errors="replace")):
            continue  # an ASCII letter and one of these in one word: not this script
        found = "".join(char for char in letters if char in chars)
        if found:
            fitting.append((name, codec, " ".join(found[:5])))
    return fitting[0] if len(fitting) == 1 else None


def _report_not_utf8(data: bytes, start: int, legacy: tuple[str, str, str] | None, report: Report) -> None:
    """The broken UTF-8 sequence starting at byte ``start``, located, with the encoding the file's
    letters point to where they do."""
    line, column = _byte_position(data, start)
    if legacy is None:
        message = said(QT_TRANSLATE_NOOP("Problems",
            "the file is not valid UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8"),
            byte=f"0x{data[start]:02X}")  # fmt: skip
    else:
        message = said(QT_TRANSLATE_NOOP("Problems",
            "the file is not valid UTF-8 text (byte {byte} cannot be decoded); it looks like {encoding} "
            "(its letters {letters} say so): save it as UTF-8"),
            byte=f"0x{data[start]:02X}", encoding=legacy[0], letters=legacy[2])  # fmt: skip
    report.error(line, column, message)


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
