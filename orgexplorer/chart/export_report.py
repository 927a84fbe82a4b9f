"""What an export did (pages, the scale, warnings for the user) or why it could not: one report and
one error for every output, the chart book's too."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgexplorer.model import Organization
from orgexplorer.model.files import OutputError

#: An export that could not be written; the message is for the user. One type with the file writer's,
#: so that a full disk and a bad option reach the user the same way.
ExportError = OutputError


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
