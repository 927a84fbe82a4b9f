"""A file as it was at a git revision (``FILE@REV``), through ``git show``; errors say what is missing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

GIT_TIMEOUT = 60.0  # seconds: a local repository answers in milliseconds; a hung one must not hang us


class RevisionError(Exception):
    """The revision of the file could not be read; the message says why, for the user."""


def split_revision(spec: str) -> tuple[str, str] | None:
    """``FILE@REV`` as (FILE, REV), or None when ``spec`` names a file as it is (an existing file whose
    name holds "@" is taken as a file)."""
    if "@" not in spec or os.path.exists(spec):
        return None
    path, _, revision = spec.rpartition("@")
    if not path or not revision:
        return None
    return path, revision


def read_at_revision(path: str, revision: str, timeout: float = GIT_TIMEOUT) -> bytes:
    """The bytes of ``path`` at ``revision`` of the git repository holding it."""
    folder = Path(path).absolute().parent
    if not folder.is_dir():
        raise RevisionError(f"{path}: the folder {folder} does not exist")
    top = _git(["rev-parse", "--show-toplevel"], folder, timeout, f"{path}: not in a git repository")
    try:
        relative = Path(os.path.realpath(folder / Path(path).name)).relative_to(
            os.path.realpath(os.fsdecode(top.strip()))
        )
    except ValueError:
        raise RevisionError(f"{path}: not inside the git repository at {os.fsdecode(top.strip())}") from None
    if revision.startswith("-"):
        raise RevisionError(f"{path}@{revision}: a revision cannot start with '-'")
    return _git(
        ["show", f"{revision}:{relative.as_posix()}"],
        folder,
        timeout,
        f"{path}@{revision}: git has no such revision of the file",
    )


def _git(arguments: list[str], folder: Path, timeout: float, failure: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(folder), *arguments], capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError:
        raise RevisionError("git is not installed: it is needed to read FILE@REV") from None
    except subprocess.TimeoutExpired:
        raise RevisionError(f"git did not answer within {timeout:.0f} s") from None
    except OSError as exc:
        raise RevisionError(f"git could not be run: {exc.strerror or exc}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(f"{failure} ({reason[-1]})" if reason else failure)
    return done.stdout
