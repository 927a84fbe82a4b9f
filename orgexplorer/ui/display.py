"""Whether the window can open: a display to open it on, and Qt's platform plugin loading.

Without either, Qt aborts the process with advice about reinstalling; these say what to do instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

# Platforms that need no display server (Qt's names, as QT_QPA_PLATFORM gives them).
_HEADLESS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})


def how_to_run(headless_commands: Sequence[str]) -> str:
    """What to do when the window cannot open here."""
    return (
        "Run it on a desktop, or under a virtual display: xvfb-run orgexplorer [FILE]\n"
        f"These commands need no display: {', '.join(headless_commands)} (orgexplorer --help tells more)."
    )


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """Why the window cannot open in this environment (a sentence), or None when it can try.

    Only X11 and Wayland systems need a display server named in the environment; Qt's platform may
    also be chosen by QT_QPA_PLATFORM (a list separated by ";", each with ":options").
    """
    if platform in ("win32", "darwin", "cygwin"):
        return None
    display, wayland = environ.get("DISPLAY"), environ.get("WAYLAND_DISPLAY")
    chosen = [part.split(":")[0].strip() for part in environ.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    if not chosen:
        chosen = ["wayland", "xcb"] if wayland else ["xcb"]
    for name in chosen:
        if name in _HEADLESS or (name == "xcb" and display) or (name.startswith("wayland") and wayland):
            return None
    if environ.get("QT_QPA_PLATFORM"):
        platform_name = environ["QT_QPA_PLATFORM"]
        return f"there is no display for Qt's platform '{platform_name}' (DISPLAY and WAYLAND_DISPLAY are not set)"
    return "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)"


@contextmanager
def platform_failure_reported(advice: str, write: Callable[[str], object] = sys.stderr.write) -> Iterator[None]:
    """Around making the QApplication: if Qt's platform plugin fails to load (a fatal error that would
    abort the process with advice to reinstall), say why in our words and exit with status 2.

    Qt's messages meanwhile are kept and shown with it, since they name what is missing.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    said: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            said.append(message)
            return
        said.append(message)
        qt = "\n".join(f"  {line}" for text in said for line in text.splitlines() if line.strip())
        write(
            "orgexplorer: the window cannot start: Qt could not load its platform plugin.\n"
            f"{qt}\nOn X11, Qt needs the system libraries the README lists (libxcb-cursor0 among them).\n{advice}\n"
        )
        sys.stderr.flush()
        os._exit(2)  # Qt aborts right after a fatal message returns; nothing else can run

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in said:  # what Qt said while starting, as it would have said it
            write(message + "\n")
