"""The unit directory on pages: no heading left alone at the foot of a page, away from its unit's text.

Qt's rich text breaks pages between lines wherever they fall and has no "keep with next"; so the
document is laid out once as ``QTextDocument.print_`` lays it out (its own copy, the device's metrics,
2 cm margins, pages as tall as the device), and a heading whose first lines of text would be on the
next page starts that page itself. Headings are visited top down and the layout is lazy, so the work
is linear in the document.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

KEEP_LINES = 2  # lines of a unit's text kept on the page of its heading


def keep_headings_with_text(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Break the page before each heading of ``document`` that would otherwise stand at the foot of
    a page of ``device`` without the first ``KEEP_LINES`` lines after it."""
    copy = document.clone()
    layout = copy.documentLayout()
    layout.setPaintDevice(device)
    # 2 cm margins as print_ sets them: in the screen's dots (Qt's default resolution), scaled to the device's
    screen = QGuiApplication.primaryScreen()
    dpi_x, dpi_y = (screen.logicalDotsPerInchX(), screen.logicalDotsPerInchY()) if screen else (100.0, 100.0)
    frame = copy.rootFrame().frameFormat()
    frame.setLeftMargin(int(2 / 2.54 * round(dpi_x)))
    frame.setRightMargin(int(2 / 2.54 * round(dpi_x)))
    frame.setTopMargin(int(2 / 2.54 * round(dpi_y)))
    frame.setBottomMargin(int(2 / 2.54 * round(dpi_y)))
    copy.rootFrame().setFrameFormat(frame)
    page = float(device.height())
    copy.setPageSize(QSizeF(device.width(), page))
    block, original = copy.firstBlock(), document.firstBlock()

    def laid_out(block: QTextBlock) -> tuple[float, QTextLayout] | None:
        """The top of ``block`` in the copy and its lines; None where Qt has not laid it out."""
        rect = layout.blockBoundingRect(block)
        if block.layout().lineCount() == 0:  # Qt's lazy layout left it out: the rest marked changed
            copy.markContentsDirty(block.position(), copy.characterCount() - block.position())
            rect = layout.blockBoundingRect(block)
        lines = block.layout()
        return (rect.top(), lines) if lines.lineCount() else None

    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            heading, text = laid_out(block), laid_out(following)
            if heading is not None and text is not None:
                # (a line that would cross the foot of a page is moved to the next: the first line's
                # top is where the heading is, not its block's)
                top = heading[0] + heading[1].lineAt(0).y()
                kept = text[1].lineAt(min(KEEP_LINES, text[1].lineCount()) - 1)
                bottom = text[0] + kept.y() + kept.height() - 0.5  # a hair less: the line's foot on its page
                if int(top // page) != int(bottom // page):
                    _break_before(block)
                    _break_before(original)
                    copy.markContentsDirty(block.position(), copy.characterCount() - block.position())
        block, original = following, original.next()


def _break_before(block: QTextBlock) -> None:
    form = QTextBlockFormat()
    form.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(form)
