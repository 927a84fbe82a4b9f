"""The one way OrgExplorer writes and reads files: outputs replaced only when complete, inputs read
only from regular files within a size limit. Pure Python (the import command never loads Qt).

Writing: every output goes to a short temporary file beside the target, is flushed to the disk,
checked complete (size, and the format's own ending: a PDF's trailer, an image's last chunk, an SVG's
closing tag), and only then renamed over the target. A full disk is normal: Qt's writers do not report
it reliably, so the check reads what reached the disk. A failure leaves the old file as it was and no
temporary behind; the organization file itself is never written over, nor a file that is write-protected
(as ``cp`` refuses one); a symbolic link is written through, the file it points to replaced.

Reading: only regular files (a FIFO would block, ``/dev/zero`` never ends), opened without blocking
and read up to the limit plus one byte, so that a file larger than the limit is an error, never
silently cut.
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from orgexplorer.model.said import QT_TRANSLATE_NOOP, Said, said

#: Checks that the file at a path is complete; raises OutputError when it is not.
Verify = Callable[[str], None]
_CHUNK = 1 << 20


class OutputError(Exception):
    """An output that could not be written; the message is for the user."""


class InputError(Exception):
    """An input that cannot be read; the message (a ``str`` or a ``Said``) is for the user."""

    @property
    def said(self) -> Said | None:
        return self.args[0] if self.args and isinstance(self.args[0], Said) else None


def unreadable(exc: OSError) -> Said:
    """Why a file could not be read: the common reasons in words of our own (translatable), any other
    in the system's."""
    if isinstance(exc, FileNotFoundError):
        return said(QT_TRANSLATE_NOOP("Problems", "cannot read the file: there is no such file"))
    if isinstance(exc, PermissionError):
        return said(QT_TRANSLATE_NOOP("Problems", "cannot read the file: permission denied"))
    if isinstance(exc, IsADirectoryError):
        return said(QT_TRANSLATE_NOOP("Problems", "cannot read the file: it is a folder"))
    return said(QT_TRANSLATE_NOOP("Problems", "cannot read the file: {reason}"), reason=exc.strerror or exc)


# --- writing ---


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], protect: str | os.PathLike[str] | None = None, verify: Verify | None = None
) -> Iterator[str]:
    """A temporary file beside ``path`` that replaces it only if the block succeeds and the file checks out.

    ``verify`` checks what was written (default: the check for the target's format, ``check_format``).
    Never writes over ``protect`` (the organization file itself) or over anything but a regular file.
    A failure leaves the old file as it was and no temporary file behind.
    """
    target = _through_links(Path(path).absolute(), path)
    if protect is not None and same_file(target, Path(protect)):
        raise OutputError(f"{path} is the organization file itself; choose another name for the output")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    mode = 0o644 & ~_umask()  # a new file's permissions; a replaced file keeps its own
    with contextlib.suppress(FileNotFoundError):
        info = os.stat(target)
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{path} is not a regular file (a folder, a pipe or a device); choose a file name")
        protected = not os.access(target, os.W_OK) or not info.st_mode & 0o222  # even root leaves 444 alone
        if protected and not _read_only_disk(folder):  # a read-only disk is told as such, below
            raise OutputError(
                f"{path} is write-protected; it was left as it is (make it writable, or choose another name)"
            )
        mode = stat.S_IMODE(info.st_mode)
    try:
        # Short, whatever the target's name: a 254-character name must work, and so must its temporary.
        handle, temporary = tempfile.mkstemp(prefix=".orgexplorer-", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    os.close(handle)
    try:
        yield temporary
        _sync(temporary)
        if os.path.getsize(temporary) == 0:
            raise OutputError(f"nothing was written to {path} (is the disk full?)")
        (verify or check_format(target.suffix))(temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _through_links(target: Path, given: str | os.PathLike[str]) -> Path:
    """The file a path names, its symbolic links followed (as ``cp`` writes through a link): the link
    stays a link, and the file it points to is the one replaced. A link to nothing is refused."""
    if not target.is_symlink():
        return target
    resolved = Path(os.path.realpath(target))
    if not resolved.exists():
        raise OutputError(f"{given} is a link to {resolved}, which does not exist; not writing through it")
    return resolved


def write_output(
    path: str | os.PathLike[str], content: str | bytes, protect: str | os.PathLike[str] | None = None,
    encoding: str = "utf-8", verify: Verify | None = None,
) -> None:  # fmt: skip
    """Write ``content`` to ``path`` atomically; the file is checked to hold every byte of it."""
    data = content.encode(encoding) if isinstance(content, str) else content
    format_check = verify or check_format(Path(path).suffix)

    def whole(temporary: str) -> None:
        if os.path.getsize(temporary) != len(data):
            raise OutputError(f"{path} could not be written completely (is the disk full?)")
        format_check(temporary)

    with atomic_output(path, protect, whole) as temporary, open(temporary, "wb") as stream:
        stream.write(data)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):  # no statvfs (Windows): the writing itself will tell
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync(path: str) -> None:
    """Flush a file to the disk: a delayed write error (a full disk on some file systems) shows here."""
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where folders can be opened, as on POSIX)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


# --- checks that a written file is complete, by format ---


def _incomplete(path: str, what: str) -> OutputError:
    return OutputError(f"the {what} could not be written completely (is the disk full?)")


def _tail(path: str, size: int) -> bytes:
    with open(path, "rb") as stream:
        stream.seek(0, os.SEEK_END)
        stream.seek(max(0, stream.tell() - size))
        return stream.read()


def _read_at(stream: object, offset: int, size: int) -> bytes:
    stream.seek(offset)  # type: ignore[attr-defined]
    data: bytes = stream.read(size)  # type: ignore[attr-defined]
    return data


def check_pdf(path: str) -> None:
    """A PDF ends with ``startxref N %%EOF``, and N points at its cross-reference (lost bytes move it)."""
    tail = _tail(path, 1024)
    start = tail.rfind(b"startxref")
    words = tail[start + len(b"startxref") :].split() if start >= 0 else []
    if len(words) < 2 or words[1] != b"%%EOF" or not words[0].isdigit():
        raise _incomplete(path, "PDF")
    with open(path, "rb") as stream:
        found = _read_at(stream, int(words[0]), 32)
    if not (found.startswith(b"xref") or b" obj" in found):
        raise _incomplete(path, "PDF")


def check_xml(path: str) -> None:
    """An SVG is well-formed XML whose root element is closed (read in chunks, any size)."""
    import xml.parsers.expat  # only an SVG written needs it: the window starts without

    errors = xml.parsers.expat.errors
    cut = {errors.codes[errors.XML_ERROR_NO_ELEMENTS], errors.codes[errors.XML_ERROR_UNCLOSED_TOKEN]}
    parser = xml.parsers.expat.ParserCreate()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        if exc.code in cut:  # the document ends before its root element does
            raise _incomplete(path, "SVG") from None
        raise OutputError(f"the SVG written is not valid XML ({exc}); nothing was saved") from None


def check_html(path: str) -> None:
    if b"</html>" not in _tail(path, 64).lower():
        raise _incomplete(path, "HTML page")


def check_png(path: str) -> None:
    """Walk the chunks (length, type, data, CRC) to IEND, each one wholly in the file."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        if stream.read(8) != b"\x89PNG\r\n\x1a\n":
            raise _incomplete(path, "PNG image")
        offset = 8
        while True:
            header = _read_at(stream, offset, 8)
            if len(header) < 8:
                raise _incomplete(path, "PNG image")
            length, kind = struct.unpack(">I4s", header)
            offset += 12 + length
            if offset > size:
                raise _incomplete(path, "PNG image")
            if kind == b"IEND":
                return


def check_jpeg(path: str) -> None:
    with open(path, "rb") as stream:
        head = stream.read(2)
    if head != b"\xff\xd8" or not _tail(path, 2) == b"\xff\xd9":
        raise _incomplete(path, "JPEG image")


def check_webp(path: str) -> None:
    """A RIFF file states its own length."""
    with open(path, "rb") as stream:
        header = stream.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:] != b"WEBP":
        raise _incomplete(path, "WebP image")
    if struct.unpack("<I", header[4:8])[0] + 8 != os.path.getsize(path):
        raise _incomplete(path, "WebP image")


def check_bmp(path: str) -> None:
    with open(path, "rb") as stream:
        header = stream.read(6)
    if len(header) < 6 or header[:2] != b"BM" or struct.unpack("<I", header[2:])[0] != os.path.getsize(path):
        raise _incomplete(path, "BMP image")


_TIFF_TYPE_SIZES = {3: 2, 4: 4, 5: 8, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}  # bytes per value; the rest 1


def check_tiff(path: str) -> None:
    """The first directory and every strip it names lie wholly inside the file."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        header = stream.read(8)
        if header[:4] not in (b"II*\x00", b"MM\x00*"):
            raise _incomplete(path, "TIFF image")
        order = "<" if header[:2] == b"II" else ">"
        directory = struct.unpack(order + "I", header[4:8])[0]
        count_bytes = _read_at(stream, directory, 2)
        if len(count_bytes) < 2:
            raise _incomplete(path, "TIFF image")
        count = struct.unpack(order + "H", count_bytes)[0]
        entries = _read_at(stream, directory + 2, 12 * count + 4)  # and the next directory's offset
        if len(entries) < 12 * count + 4:
            raise _incomplete(path, "TIFF image")
        fields: dict[int, list[int]] = {}
        for number in range(count):
            tag, kind, values, inline = struct.unpack(order + "HHI4s", entries[12 * number : 12 * number + 12])
            length = values * _TIFF_TYPE_SIZES.get(kind, 1)
            if length > 4 and struct.unpack(order + "I", inline)[0] + length > size:
                raise _incomplete(path, "TIFF image")  # a value stored after the directory, cut off
            if tag in (273, 279) and kind in (3, 4):  # strip offsets and byte counts, SHORT or LONG
                raw = inline if length <= 4 else _read_at(stream, struct.unpack(order + "I", inline)[0], length)
                fields[tag] = list(struct.unpack(order + ("H" if kind == 3 else "I") * values, raw[:length]))
    offsets, counts = fields.get(273, []), fields.get(279, [])
    if not offsets or len(offsets) != len(counts) or any(o + c > size for o, c in zip(offsets, counts, strict=True)):
        raise _incomplete(path, "TIFF image")


def check_zip(path: str) -> None:
    """An .xlsx is a zip archive: its central directory must be whole and every part's CRC right."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError) as exc:
        raise OutputError(f"{path} was not written completely: {exc}") from None
    if bad is not None:
        raise OutputError(f"{path} was not written completely: its part {bad} is damaged")


def _nothing_more(path: str) -> None:
    """Formats without an ending of their own (CSV, YAML, ...): ``write_output`` checks the byte count."""


_CHECKS: dict[str, Verify] = {
    ".pdf": check_pdf,
    ".svg": check_xml,
    ".html": check_html,
    ".htm": check_html,
    ".png": check_png,
    ".jpg": check_jpeg,
    ".jpeg": check_jpeg,
    ".webp": check_webp,
    ".bmp": check_bmp,
    ".tif": check_tiff,
    ".tiff": check_tiff,
    ".xlsx": check_zip,
}


def check_format(suffix: str) -> Verify:
    """The completeness check for a file name's suffix (none beyond the size for plain text)."""
    return _CHECKS.get(suffix.lower(), _nothing_more)


# --- reading ---


def _kind(mode: int) -> Said:
    if stat.S_ISFIFO(mode):
        return said(QT_TRANSLATE_NOOP("Problems", "a pipe (FIFO)"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return said(QT_TRANSLATE_NOOP("Problems", "a device"))
    if stat.S_ISSOCK(mode):
        return said(QT_TRANSLATE_NOOP("Problems", "a socket"))
    return said(QT_TRANSLATE_NOOP("Problems", "not a regular file"))


def _not_regular(mode: int) -> InputError:
    if stat.S_ISDIR(mode):
        return InputError(said(QT_TRANSLATE_NOOP("Problems", "this is a folder, not a file")))
    template = QT_TRANSLATE_NOOP(
        "Problems", "this is {kind}, not a regular file; save the data to a file and open that"
    )
    return InputError(said(template, kind=_kind(mode)))


def mebibytes(size: int) -> int | float:
    """``size`` bytes in MiB for a message: a whole number as an ``int``, which a translation writes
    without decimals."""
    value = size / 2**20
    return int(value) if value.is_integer() else value


def too_large(size: int, limit: int) -> Said:
    """The message of a file of ``size`` bytes over the ``limit``."""
    template = QT_TRANSLATE_NOOP("Problems", "the file is {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB")
    return said(template, size=size / 2**20, limit=mebibytes(limit))


def _too_large(size: int, limit: int) -> InputError:
    return InputError(too_large(size, limit))


def read_input(path: str | os.PathLike[str], max_bytes: int, whole: bool = True, skip: int = 0) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; InputError (with a message) otherwise.
    ``whole`` False gives the first ``max_bytes`` of a larger file instead (an excerpt); ``skip``
    leaves out the file's first bytes (a header read apart: the rest is then a bytes object of its
    own, not a slice to copy).

    Checked before opening (a FIFO would block, a device never ends), opened without blocking in case
    the file is swapped meanwhile, checked again on the open file, and read to the limit plus one byte:
    a file that grew past the limit is an error, never cut short silently.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(info.st_mode)
        if info.st_size - skip > max_bytes and whole:
            raise _too_large(info.st_size - skip, max_bytes)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags)
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(info.st_mode)
            limit = max_bytes + 1 if whole else max_bytes
            size = max(0, info.st_size - skip)
            with open(handle, "rb", closefd=False) as stream:
                stream.seek(skip)
                # The size it has, plus one byte to see whether it grew: no buffer of the whole limit.
                data = stream.read(min(size + 1, limit))
                if len(data) > size and len(data) < limit:
                    data += stream.read(limit - len(data))
        finally:
            os.close(handle)
    except OSError as exc:
        raise InputError(unreadable(exc)) from None
    if len(data) > max_bytes:
        template = QT_TRANSLATE_NOOP("Problems", "the file grew past the limit of {limit:,.0f} MiB while it was read")
        raise InputError(said(template, limit=mebibytes(max_bytes)))
    return data
