"""The one loader: an organization file (bytes) in, an ``Organization`` or located problems out.

The loader chooses the way, the cache first; ``yamlread`` reads the YAML (or ``importer`` a
spreadsheet) and ``content`` applies the format's rules (DESIGN.md section 1, ``orgexplorer/1``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from orgexplorer.model import cache
from orgexplorer.model.cache import cache_folder
from orgexplorer.model.content import FORMAT, organization_of
from orgexplorer.model.files import InputError, read_input
from orgexplorer.model.gcpause import paused_gc
from orgexplorer.model.importer import (
    SEPARATOR_UNKNOWN,
    SPREADSHEET_SUFFIXES,
    ImportChoices,
    check_lengths,
    has_rows,
    match_columns,
    read_table,
    report_unnamed_columns,
    spreadsheet_title,
    table_to_values,
)
from orgexplorer.model.organization import Organization
from orgexplorer.model.problems import Problem, Report, TooManyProblems
from orgexplorer.model.progress import Cancelled, Progress
from orgexplorer.model.said import QT_TRANSLATE_NOOP, said
from orgexplorer.model.yamlread import Doubting, Limits, NeedsCare, read_yaml

__all__ = ["FORMAT", "LoadResult", "load_bytes", "load_file", "load_spreadsheet", "quick_organization"]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: the organization (None when there are errors) and every problem found."""

    organization: Organization | None
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    content_key: str | None = None  # the content hash, for caching what is made from this file
    needs_columns: bool = False  # a spreadsheet whose columns could not be told: choosing them helps

    @property
    def ok(self) -> bool:
        return self.organization is not None

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]


def load_file(
    path: str | os.PathLike[str],
    limits: Limits = Limits(),
    progress: Progress | None = None,
    use_cache: bool = True,
    choices: ImportChoices | None = None,
) -> LoadResult:
    """Load an organization file; never raises for anything the file holds or lacks.

    ``progress`` is called now and then with the fraction done; raising ``Cancelled`` from it stops
    the load, which then returns no organization and ``cancelled`` set. A large file that loaded
    before, byte for byte the same, comes from the cache (``orgexplorer.model.cache``). A spreadsheet
    is imported, read as ``choices`` say where they are given (the window's import dialog).
    """
    name = os.fspath(path)
    try:
        data = read_input(name, limits.max_bytes)
    except InputError as exc:
        return LoadResult(None, [Problem(name, 1, 1, exc.said or str(exc))])
    if Path(name).suffix.lower() in SPREADSHEET_SUFFIXES:
        chosen = choices or ImportChoices()
        result = load_spreadsheet(
            data, name, chosen.columns, delimiter=chosen.delimiter, sheet=chosen.sheet, header_row=chosen.header_row
        )
        return _with_content_key(result, lambda: cache.content_key(data))
    folder = cache_folder() if use_cache else None
    key, cached = cache.open_cached(data, name, folder)
    if cached is not None:
        return LoadResult(replace(cached, content_key=key), [], content_key=key)
    content = (lambda: key) if key is not None else _hashing(data)  # the organization knows it either way
    result = _with_content_key(load_bytes(data, name, limits, progress), content)
    if key is None or result.organization is None or result.problems:  # warnings are shown every time
        return result
    cache.store(key, result.organization, folder, name)
    return LoadResult(result.organization, result.problems, content_key=key)


def _hashing(data: bytes) -> Callable[[], str]:
    """The content key of ``data``, hashed on another thread while the caller goes on (hashlib lets
    go of Python's lock); the function returned waits for it. A small file is hashed at once: a
    thread would cost more than the hash."""
    if len(data) < cache.MIN_BYTES:
        known = cache.content_key(data)
        return lambda: known
    answer: list[str] = []
    thread = threading.Thread(target=lambda: answer.append(cache.content_key(data)), name="orgexplorer-hash")
    thread.start()

    def key() -> str:
        thread.join()
        return answer[0]

    return key


def _with_content_key(result: LoadResult, content: Callable[[], str | None]) -> LoadResult:
    """``result`` with its organization knowing the hash of the bytes it was read from."""
    key = content()
    if result.organization is None or key is None:
        return result
    return replace(result, organization=replace(result.organization, content_key=key))


def load_spreadsheet(
    data: bytes,
    path: str,
    columns: Mapping[str, str] | None = None,
    separator: str = "|",
    title: str | None = None,
    limits: Limits = Limits(),
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> LoadResult:
    """Import a spreadsheet (``importer``); validated like any file, problems at row and column.

    ``columns`` maps roles to headers where the headers are not the usual ones
    (``{"name": "Full Name", "parent": "Manager"}``); ``separator`` splits a responsibilities cell;
    ``delimiter`` separates a CSV's columns (None: found from the file); ``sheet`` names the
    workbook's sheet to read (None: the first); ``header_row`` the row naming the columns (None: found).
    """
    report = Report(path, limits.max_problems)
    organization = None
    needs_columns = False
    with paused_gc():
        try:
            table = read_table(data, Path(path).suffix.lower(), report, limits, delimiter, sheet, header_row)
            if table is None:  # a CSV whose separator was not found: the import dialog can set it
                needs_columns = any(getattr(p.message, "template", None) == SEPARATOR_UNKNOWN for p in report.problems)
            elif not has_rows(table, report):
                needs_columns = True  # the dialog shows the other sheets, and the header row
            elif table is not None:
                check_lengths(table, limits.max_scalar, report)
                report_unnamed_columns(table, report)
                before = len(report.problems)
                matched = match_columns(table.headers, columns or {}, report, table.header_line)
                needs_columns = len(report.problems) > before
                if not report.has_errors:
                    # A workbook that says what it is of the whole organization (its Organization sheet) says
                    # its source too, or that it has none: none is made up for it.
                    source = table.source if table.title else f"Imported from {Path(path).name}"
                    title = title or table.title or spreadsheet_title(path)  # --title, the workbook's, the name's
                    root = table_to_values(table, matched, title, source, separator, report)
                    organization = organization_of(root, report, str(Path(path).resolve()))
        except TooManyProblems:
            pass
        except Exception as exc:  # the boundary: whatever escapes is a located problem, not a traceback
            failure = said(
                QT_TRANSLATE_NOOP("Problems", "unexpected failure while importing: {reason}"), reason=repr(exc)
            )
            report.problems.append(Problem(path, 1, 1, failure))
    report.problems.sort(key=lambda problem: (problem.line, problem.column))
    return LoadResult(None if report.has_errors else organization, report.problems, needs_columns=needs_columns)


def load_bytes(
    data: bytes,
    path: str = "<data>",
    limits: Limits = Limits(),
    progress: Progress | None = None,
    libyaml: bool | None = None,
    careful: bool = False,
) -> LoadResult:
    """Load an organization from the bytes of a file; ``path`` names it in problems.

    Two ways through the same rules, one result: a file with nothing to report (nearly every file) is
    read the quick way (``quick_organization``: no place noted for each value); at the first doubt it
    is read again the careful way, which finds every problem and says where. ``careful`` goes that way
    at once (tests compare the two).
    """
    report = Report(path, limits.max_problems)
    organization = None
    resolved = None if path == "<data>" else str(Path(path).resolve())
    with paused_gc():
        try:
            reached = [0.0]  # how far the quick reading got: the progress shown never goes back

            def quick_progress(fraction: float) -> None:
                reached[0] = fraction
                if progress is not None:
                    progress(fraction)

            if not careful:
                quick = quick_organization(data, resolved, limits, quick_progress if progress else None, libyaml)
                if quick is not None:
                    return LoadResult(quick)
            careful_progress = None if progress is None else (lambda fraction: progress(max(fraction, reached[0])))
            root = read_yaml(data, report, limits, careful_progress, libyaml)
            # Check the content too whenever the YAML could be read whole, so that one pass shows all.
            if root is not None or not report.has_errors:
                organization = organization_of(root, report, resolved)
        except TooManyProblems:
            pass
        except Cancelled:
            cancelled = said(QT_TRANSLATE_NOOP("Problems", "loading was cancelled"))
            return LoadResult(None, [Problem(path, 1, 1, cancelled)], cancelled=True)
        except Exception as exc:  # the boundary: whatever escapes is a located problem, not a traceback
            failure = said(
                QT_TRANSLATE_NOOP("Problems", "unexpected failure while reading: {reason}"), reason=repr(exc)
            )
            report.problems.append(Problem(path, 1, 1, failure))
    report.problems.sort(key=lambda problem: (problem.line, problem.column))
    if report.has_errors:
        organization = None
    return LoadResult(organization, report.problems)


def quick_organization(
    data: bytes,
    path: str | None = None,
    limits: Limits = Limits(),
    progress: Progress | None = None,
    libyaml: bool | None = None,
) -> Organization | None:
    """The organization in ``data`` read the quick way, or None when the file has anything to report.

    The same reading and the same rules as the careful way, with no place noted for each value and a
    report that gives up at the first problem (``Doubting``): None exactly when the careful reading
    would report something (tests hold the two to it). ``path`` is the organization's.
    """
    doubting = Doubting("", limits.max_problems)
    try:
        return organization_of(read_yaml(data, doubting, limits, progress, libyaml, located=False), doubting, path)
    except NeedsCare:
        return None
