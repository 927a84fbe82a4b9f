"""What an export did (pages, the scale, warnings for the user) or why it could not: one report and
one error for every output, the chart book's too."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgexplorer.model import Organization
from orgexplorer.model.files import OutputError

#: An export that could not be written; the message is for the user. One type with the file writer's,
#: so that a full disk and a bad option reach the user the same way.
ExportError = OutputError


class ExportWarning(str):
    """A warning for the user, worded twice: as a ``str``, in English naming the command line's options
    (the command prints it); ``in_window``, in the interface's language naming the export dialog's
    controls (the window shows it: ``window_text``)."""

    in_window: str

    def __new__(cls, text: str, in_window: str | None = None) -> ExportWarning:
        warning = super().__new__(cls, text)
        warning.in_window = text if in_window is None else in_window
        return warning

    def __reduce__(self) -> tuple[type[ExportWarning], tuple[str, str]]:  # pickled whole, never as a bare str
        return ExportWarning, (str(self), self.in_window)


def window_text(warning: str) -> str:
    """What the window shows of a warning: its words in the interface's language, naming the dialog's controls."""
    return warning.in_window if isinstance(warning, ExportWarning) else warning


@dataclass(slots=True)
class ExportReport:
    """What an export did: pages, the scale used, and warnings for the user."""

    path: str
    pages: int = 0  # 0 where the format has no pages (SVG, images, HTML, CSV)
    scale: float = 1.0
    warnings: list[str] = field(default_factory=list)


def cut_text_warning(organization: Organization, cut: tuple[int, ...]) -> str:
    """What a chart leaves out of boxes whose text is too long for them (the PDF's text lacks it too)."""
    ids = ", ".join(organization.units[index].id for index in cut[:5])
    more = f" and {len(cut) - 5:,} more" if len(cut) > 5 else ""
    units = f"{len(cut):,} unit{'s' if len(cut) != 1 else ''}"
    return (
        f"the text of {units} ({ids}{more}) is too long for a box and is cut short (…) in the chart; "
        "the unit directory (.html, or .pdf with --directory) has it in full"
    )
