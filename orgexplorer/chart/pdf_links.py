"""Links between the pages of a finished PDF, appended as an incremental update (pure Python).

Qt's PDF writer links only to URLs, so a book's "continued on page N" links are added after Qt has
written the file: link annotations, each page's annotation list in a new version, a new cross-reference
section and trailer, appended; Qt's bytes stay as they are (PDF 1.7, 7.5.6 "Incremental Updates").

Qt writes a classic cross-reference table and gives each page an indirect ``/Annots`` array; that file
is read here directly, through a memory map (a 7,000-page book is read in a fraction of a second, and
not into memory). Anything else, say a later Qt with cross-reference streams, is read through pypdf.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: A link: x, y, width, height in points of a page's printable area (top-left origin), target page (1-based).
Link = tuple[float, float, float, float, int]


@dataclass(frozen=True, slots=True)
class _Page:
    number: int  # object number of the page
    generation: int
    body: bytes  # the page dictionary as written ("<< ... >>")
    annotations: int | None  # object number of its indirect /Annots array, if it has one
    existing: bytes  # the references already in that array (or in an inline one)


@dataclass(frozen=True, slots=True)
class _Document:
    pages: list[_Page]
    size: int  # the trailer's /Size: the next free object number
    trailer: bytes  # /Root and /Info entries to carry over
    previous: int  # offset of the last cross-reference section


class _Unsupported(Exception):
    """Not the classic layout read here directly."""


_REF = re.compile(rb"(\d+)\s+(\d+)\s+R")


def _object(data: mmap.mmap | bytes, offsets: dict[int, int], number: int) -> bytes:
    start = offsets.get(number)
    if start is None:
        raise _Unsupported(f"object {number} is not in the table")
    end = data.find(b"endobj", start)
    header = re.match(rb"\s*(\d+)\s+\d+\s+obj\b", data[start : start + 40])
    if end < 0 or header is None or int(header.group(1)) != number:
        raise _Unsupported(f"object {number} is not where the table says")
    return bytes(data[start + header.end() : end]).strip()


def _entry(body: bytes, key: bytes) -> bytes | None:
    match = re.search(rb"/" + key + rb"\s*(\d+\s+\d+\s+R|\[[^\]]*\])", body)
    return None if match is None else match.group(1)


def _read_classic(data: mmap.mmap) -> _Document:
    tail = bytes(data[max(0, len(data) - 2048) :])
    found = tail.rfind(b"startxref")
    if found < 0:
        raise _Unsupported("no startxref")
    previous = int(tail[found + 9 :].split()[0])
    if bytes(data[previous : previous + 4]) != b"xref":
        raise _Unsupported("a cross-reference stream")
    trailer_at = data.find(b"trailer", previous)
    if trailer_at < 0:
        raise _Unsupported("no trailer")
    table = bytes(data[previous + 4 : trailer_at]).split()
    offsets: dict[int, int] = {}
    position = 0
    while position < len(table):
        first, count = int(table[position]), int(table[position + 1])
        position += 2
        for number in range(first, first + count):
            offset, _, kind = table[position : position + 3]
            if kind == b"n":
                offsets[number] = int(offset)
            position += 3
    end = data.find(b"startxref", trailer_at)
    trailer = bytes(data[trailer_at + 7 : end])
    size_match = re.search(rb"/Size\s+(\d+)", trailer)
    root = _entry(trailer, b"Root")
    if size_match is None or root is None or b"/Prev" in trailer or b"/Encrypt" in trailer:
        raise _Unsupported("an updated or encrypted file")
    carried = b"/Root " + root
    info = _entry(trailer, b"Info")
    if info is not None:
        carried += b" /Info " + info
    identifier = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    if identifier is not None:
        carried += b" " + identifier.group(0)
    catalog = _object(data, offsets, int(_REF.match(root).group(1)))  # type: ignore[union-attr]
    tree = _entry(catalog, b"Pages")
    if tree is None:
        raise _Unsupported("no page tree")
    pages: list[_Page] = []
    pending = [int(_REF.match(tree).group(1))]  # type: ignore[union-attr]
    while pending:  # the page tree, depth first, kids in order
        number = pending.pop()
        body = _object(data, offsets, number)
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = _entry(body, b"Kids")
            if kids is None or not kids.startswith(b"["):
                raise _Unsupported("kids not inline")
            pending.extend(reversed([int(m.group(1)) for m in _REF.finditer(kids)]))
            continue
        annots = _entry(body, b"Annots")
        if annots is None:
            pages.append(_Page(number, 0, body, None, b""))
        elif annots.startswith(b"["):
            pages.append(_Page(number, 0, body.replace(annots, b"", 1).replace(b"/Annots", b"", 1), None, annots[1:-1]))
        else:
            held = int(_REF.match(annots).group(1))  # type: ignore[union-attr]
            array = _object(data, offsets, held)
            if not array.startswith(b"["):
                raise _Unsupported("annotations not an array")
            pages.append(_Page(number, 0, body, held, array[1:-1]))
    return _Document(pages, int(size_match.group(1)), carried, previous)


def _read_any(path: str) -> _Document:
    """Any PDF pypdf reads (its pages' dictionaries written again with their annotations left out)."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.generic import NameObject

    with open(path, "rb") as stream:
        reader = PdfReader(stream)
        pages = []
        for page in reader.pages:
            # pypdf's types say "some PDF object, or None"; a page read from a file has these.
            reference: Any = page.indirect_reference
            existing: Any = page.get("/Annots")
            refs = b" ".join(f"{a.idnum} {a.generation} R".encode() for a in (existing or []))
            dictionary: Any = page.get_object()
            dictionary.pop(NameObject("/Annots"), None)
            body = BytesIO()
            dictionary.write_to_stream(body)
            pages.append(_Page(reference.idnum, reference.generation, body.getvalue(), None, refs))
        carried = b""
        for key in ("/Root", "/Info"):
            if key in reader.trailer:
                ref: Any = reader.trailer.raw_get(key)
                carried += f" {key} {ref.idnum} {ref.generation} R".encode()
        stream.seek(0, os.SEEK_END)
        stream.seek(max(0, stream.tell() - 2048))
        tail = stream.read()
        previous = int(tail[tail.rindex(b"startxref") + 9 :].split()[0])
        size: Any = reader.trailer["/Size"]
        return _Document(pages, int(size), carried, previous)


def add_links(path: str, links: Sequence[Sequence[Link]], page_height: float, left: float, top: float) -> None:
    """Append link annotations to the PDF at ``path``: ``links[i]`` are page i's, in points of the
    printable area whose top-left corner is at (``left``, ``top``) of a page ``page_height`` high."""
    with open(path, "rb") as stream:
        try:
            with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
                document = _read_classic(data)
        except (_Unsupported, ValueError, IndexError):
            document = _read_any(path)
    pages = document.pages
    size = document.size
    objects: list[tuple[int, int, bytes]] = []
    for page, page_links in zip(pages, links, strict=False):
        annotations = []
        for x, y, w, h, target in page_links:
            if not 1 <= target <= len(pages):
                continue
            goal = pages[target - 1]
            x0, x1 = left + x, left + x + w
            y1, y0 = page_height - (top + y), page_height - (top + y + h)
            annotations.append(
                b"<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /Dest [%d %d R /Fit] >>"
                % (x0, y0, x1, y1, goal.number, goal.generation)
            )
        if not annotations:
            continue
        numbers = range(size, size + len(annotations))
        size += len(annotations)
        objects += [(n, 0, body) for n, body in zip(numbers, annotations, strict=True)]
        array = b"[" + b" ".join([page.existing.strip(), *(b"%d 0 R" % n for n in numbers)]).strip() + b"]"
        if page.annotations is not None:
            objects.append((page.annotations, 0, array))
        else:
            body = page.body.rstrip()
            objects.append((page.number, page.generation, body[:-2].rstrip() + b"\n/Annots " + array + b"\n>>"))
    if not objects:
        return
    with open(path, "r+b") as stream:
        stream.seek(0, os.SEEK_END)
        offset = stream.tell() + 1
        chunks = [b"\n"]
        where = []
        for number, generation, body in objects:
            where.append((number, generation, offset))
            chunk = b"%d %d obj\n%s\nendobj\n" % (number, generation, body)
            chunks.append(chunk)
            offset += len(chunk)
        chunks.append(b"xref\n0 1\n0000000000 65535 f \n")  # the free list's head, as readers expect
        for number, generation, at in sorted(where):
            chunks.append(b"%d 1\n%010d %05d n \n" % (number, at, generation))
        chunks.append(b"trailer\n<< /Size %d %s /Prev %d >>\n" % (size, document.trailer.strip(), document.previous))
        chunks.append(b"startxref\n%d\n%%%%EOF\n" % offset)
        stream.write(b"".join(chunks))
