"""An export's warnings worded for both readers: in English naming the command line's options (what
``orgexplorer export`` prints), and in the interface's language naming the export dialog's controls
(what the window shows). See ``export_report.ExportWarning``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from orgexplorer.chart.export_report import ExportWarning, cut_text_warning
from orgexplorer.model import Organization

translate = QCoreApplication.translate  # lupdate finds translate("Chart", ...) calls


def _number(value: float, digits: int) -> str:
    """``value`` as the interface's language writes it, with at most ``digits`` significant digits."""
    return QLocale().toString(float(value), "g", digits)


def cut_text(organization: Organization, cut: tuple[int, ...]) -> ExportWarning:
    """Units whose text is too long for their boxes (cut short with "…"; the PDF's text lacks it too)."""
    ids = ", ".join(organization.units[index].id for index in cut[:5])
    # Counts in plain names: lupdate skips a translate() whose count is an expression.
    units, others = len(cut), len(cut) - 5
    more = translate("Chart", " and %Ln more", None, others) if others > 0 else ""
    in_window = translate(
        "Chart",
        "the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; "
        "the unit directory ({directory}) has it in full",
        None,
        units,
    ).format(ids=ids, more=more, directory=translate("Chart", "Format: Unit directory"))
    return ExportWarning(cut_text_warning(organization, cut), in_window)


def small_text(smallest: float, legible: float, one_page: bool, needed: float, largest: float) -> ExportWarning:
    """Text under the legible size on paper, and what makes it legible: a poster where one page is too
    small for it; on a poster, the least scale that does it while there is one (``needed``)."""
    english = f"the smallest text is {smallest:.2g} pt on paper, below the legible {legible:.0f} pt; "
    words = translate("Chart", "the smallest text is {size} pt on paper, below the legible {legible} pt; {advice}")
    if one_page:
        english += "use a larger page, --fit poster, or less content"
        advice = translate("Chart", "use a larger page, {poster}, or less content").format(
            poster=translate("Chart", "Pages: Poster")
        )
    elif needed > largest:
        english += f"even the largest scale, {largest:g}, leaves it smaller: show less content"
        advice = translate("Chart", "even the largest scale, {scale}, leaves it smaller: show less content").format(
            scale=_number(largest, 3)
        )
    else:
        english += f"use a scale of {needed:g} or more (--scale {needed:g})"
        scale = _number(needed, 3)
        advice = translate("Chart", "use a scale of {scale} or more ({control})").format(
            scale=scale, control=translate("Chart", "Chart scale: {scale}").format(scale=scale)
        )
    return ExportWarning(english, words.format(size=_number(smallest, 2), legible=_number(legible, 2), advice=advice))


def lower_resolution(made: float, max_pixels: int, side: int | None, suffix: str) -> ExportWarning:
    """An image made at a lower resolution than asked, to stay within the image size limit."""
    shown = f"{made:.0f}" if made >= 100 else f"{made:.1f}"  # plain: never 1.41e+03
    english = (
        f"chart scaled to {shown} dpi to fit the image size limit ({max_pixels:,} pixels"
        + (f", {side:,} a side for {suffix}" if side else "")
        + "); PDF and SVG have no such limit"
    )
    locale = QLocale()
    limit = translate("Chart", "%Ln pixels", None, max_pixels)
    if side:
        limit = translate("Chart", "{pixels}, {side} a side for {format}").format(
            pixels=limit, side=locale.toString(side), format=suffix
        )
    in_window = translate(
        "Chart", "chart scaled to {dpi} dpi to fit the image size limit ({limit}); PDF and SVG have no such limit"
    )
    return ExportWarning(
        english, in_window.format(dpi=locale.toString(made, "f", 0 if made >= 100 else 1), limit=limit)
    )


def book_scale_raised(scale: float, asked: float, smallest: float) -> ExportWarning:
    """A book printed at a larger scale than asked, so that no text is too small."""
    english = f"the book is printed at scale {scale:.2f}, not {asked:.2f}, so that no text is under {smallest:g} pt"
    locale = QLocale()
    in_window = translate(
        "Chart", "the book is printed at scale {scale}, not {asked}, so that no text is under {smallest} pt"
    )
    return ExportWarning(
        english,
        in_window.format(
            scale=locale.toString(scale, "f", 2), asked=locale.toString(asked, "f", 2), smallest=_number(smallest, 2)
        ),
    )
