"""A page's picture shown whole in its frame (the export dialog's and the book's previews)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FittedImage(QLabel):
    """An image scaled to fit the frame, its aspect kept, again whenever the frame changes size; or
    a line of text in its place. The frame asks for a size of its own, never the picture's, so that a
    dialog does not grow with each picture it shows (a QLabel's hints follow its pixmap).

    Signals:
        outgrown(): the frame is now wider than the image: a sharper one may be drawn for it.
    """

    outgrown = Signal()

    HINT = QSize(560, 400)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: #8a96a3; padding: 8px;")

    def show_image(self, image: QImage) -> None:
        self._image = image
        if image.isNull():
            self.setPixmap(QPixmap())
        self._fit()

    def show_text(self, text: str) -> None:
        self._image = QImage()
        self.setPixmap(QPixmap())
        self.setText(text)

    def image(self) -> QImage:
        """The image shown (at the size it was drawn; null while text is shown)."""
        return self._image

    def image_width(self) -> int:
        """How wide an image should be drawn to fill the frame's width (device pixels)."""
        return max(200, round(self.contentsRect().width() * self.devicePixelRatioF()))

    def sizeHint(self) -> QSize:
        return self.HINT

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        if not self._image.isNull() and self.image_width() > self._image.width() * 1.1:
            self.outgrown.emit()

    def _fit(self) -> None:
        if self._image.isNull():
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(self._image).scaled(
            self.contentsRect().size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
