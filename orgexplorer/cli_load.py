"""The organization files a command names, loaded by the one loader (a file, or FILE@REV through git),
their problems printed, located, on standard error."""

from __future__ import annotations

import sys

from orgexplorer.model import Organization, load_file


def load_or_report(path: str) -> Organization | None:
    return load_with_key(path)[0]


def load_with_key(path: str) -> tuple[Organization | None, str | None]:
    """The organization (None after printing its problems) and its content key for the caches."""
    result = load_file(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.organization, result.content_key


def load_version(spec: str, prog: str = "orgexplorer diff") -> Organization | None:
    """A file, or FILE@REV read through git; problems and git's failures printed, located."""
    from orgexplorer.model.loader import load_bytes
    from orgexplorer.model.revision import RevisionError, read_at_revision, split_revision

    at = split_revision(spec)
    if at is None:
        return load_or_report(spec)
    try:
        data = read_at_revision(*at)
    except RevisionError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return None
    result = load_bytes(data, spec)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.organization
