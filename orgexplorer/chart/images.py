"""The chart as an image: the resolution that memory and the format allow, the sheet painted on
white, and the file read back whole before it counts as written."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from orgexplorer.chart.export_report import ExportError, ExportReport
from orgexplorer.chart.export_words import lower_resolution
from orgexplorer.chart.sheet import SheetText, paint_sheet, sheet_size
from orgexplorer.chart.values import ChartLayout
from orgexplorer.model.files import check_format
from orgexplorer.model.progress import Progress

IMAGE_FORMATS = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"}


MAX_IMAGE_PIXELS = 64_000_000  # 8,000 × 8,000, 256 MB of memory (what Qt's reader takes): beyond it, made smaller
MAX_IMAGE_SIDE = {".webp": 16_383, ".jpg": 65_500, ".jpeg": 65_500}  # what the formats' writers take


def fitting_dpi(layout: ChartLayout, dpi: float, max_pixels: int, max_side: int | None = None) -> float:
    """The largest resolution up to ``dpi`` at which the sheet is at most ``max_pixels`` pixels, and at
    most ``max_side`` pixels a side; whole where it is 10 or more."""
    width, height = sheet_size(layout)

    def fits(value: float) -> bool:
        w, h = math.ceil(width * value / 72), math.ceil(height * value / 72)
        return w * h <= max_pixels and (max_side is None or max(w, h) <= max_side)

    if fits(dpi):
        return dpi
    scale = math.sqrt(max_pixels / (width * height * (dpi / 72) ** 2))
    if max_side is not None:
        scale = min(scale, max_side / (max(width, height) * dpi / 72))
    value = dpi * scale
    value = math.floor(value) if value >= 10 else math.floor(value * 100) / 100
    while value > 0.01 and not fits(value):  # rounding up to whole pixels may still overshoot by a row
        value = math.floor(value * 0.99 * 100) / 100
    return max(value, 0.01)


def render_image(
    layout: ChartLayout,
    text: SheetText,
    dpi: float,
    progress: Progress | None = None,
    max_pixels: int = MAX_IMAGE_PIXELS,
    max_side: int | None = None,
) -> QImage:
    """The sheet as an image on white, at ``dpi`` or at the largest resolution under ``max_pixels``
    (and ``max_side``) that memory allows; the image's dots per metre say which."""
    dpi = fitting_dpi(layout, dpi, max_pixels, max_side)
    width, height = sheet_size(layout)
    while True:
        factor = dpi / 72.0
        image = QImage(QSize(math.ceil(width * factor), math.ceil(height * factor)), QImage.Format.Format_RGB32)
        if not image.isNull():
            break
        if dpi < 1:
            raise ExportError("not enough memory for an image of this chart; use PDF or SVG")
        dpi = math.floor(dpi * 0.7 * 100) / 100  # not enough memory: smaller, as far as it takes
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        paint_sheet(painter, layout, text, progress=progress)
    finally:
        painter.end()
    return image


_IMAGE_WRITERS = {".jpg": "JPEG", ".tif": "TIFF"}


def image_check(suffix: str) -> Callable[[str], None]:
    """The format's own check (its last chunk), then the whole image read back by Qt's reader."""
    format_check = check_format(suffix)

    def check(path: str) -> None:
        format_check(path)
        reader = QImageReader(path)
        reader.setDecideFormatFromContent(True)
        if reader.read().isNull():
            raise ExportError(f"the {suffix} image could not be written completely ({reader.errorString()})")

    return check


def write_image(
    path: str,
    suffix: str,
    layout: ChartLayout,
    text: SheetText,
    dpi: float,
    report: ExportReport,
    progress: Progress | None = None,
    max_pixels: int = MAX_IMAGE_PIXELS,
) -> None:
    """The sheet saved as a ``suffix`` image at ``path``; a resolution lowered to fit is reported."""
    image = render_image(layout, text, dpi, progress, max_pixels, MAX_IMAGE_SIDE.get(suffix))
    made = image.width() * 72 / sheet_size(layout)[0]
    if made < dpi * 0.995:
        report.warnings.append(lower_resolution(made, max_pixels, MAX_IMAGE_SIDE.get(suffix), suffix))
    # WORKAROUND: PySide6's stubs want the format as bytes, but it accepts only str at run time.
    saved = image.save(path, _IMAGE_WRITERS.get(suffix, suffix.lstrip(".").upper()))  # type: ignore[call-overload]
    del image  # before the check reads the file back: not two images in memory
    if not saved:
        raise ExportError(f"the {suffix} image could not be written (is the disk full?)")
