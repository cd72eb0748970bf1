"""The partners' pack before it is written: its pages as they will print, drawn by PDFium
(pypdfium2) from the same PDF the export writes, in a window sized to the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: a page's width on screen, in logical pixels (about its printed size on a laptop)
PAGE_WIDTH = 720


def page_images(pdf: bytes, width: int = PAGE_WIDTH, pixel_ratio: float = 1.0) -> list[QImage]:
    """Each page of ``pdf`` as an image ``width`` logical pixels wide, drawn with ``pixel_ratio``
    device pixels to each (sharp at 125-150% scaling): white paper, black and NHS blue print."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            scale = width * pixel_ratio / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            image = image.copy()  # own the pixels: PDFium's buffer goes with the page
            image.setDevicePixelRatio(pixel_ratio)
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


class PreviewSignals(QObject):
    ready = Signal(bytes)
    failed = Signal(str)


class PreviewJob(QRunnable):
    """Makes the pack's PDF on a pool thread (``make`` returns its bytes)."""

    def __init__(self, make: Callable[[], bytes], explain: Callable[[BaseException], str]) -> None:
        super().__init__()
        self.make, self.explain = make, explain
        self.signals = PreviewSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            pdf = self.make()
        except Exception as e:  # said in words, never a traceback
            self.signals.failed.emit(self.explain(e))
            return
        self.signals.ready.emit(pdf)


class PackPreview(QDialog):
    """The pages one under the other; Export writes the same pack (``export_requested``)."""

    export_requested = Signal()

    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Preview: {title}")
        self.images = page_images(pdf, PAGE_WIDTH, self.devicePixelRatioF())
        self.summary = QLabel(f"{len(self.images)} page{'s' if len(self.images) != 1 else ''}, as they will "
                              "print on A4. Nothing is written until you export it.")
        self.summary.setWordWrap(True)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        for n, image in enumerate(self.images, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(f"Page {n} of {len(self.images)}")
            page.setStyleSheet("border: 1px solid #B3BDC8; background: white;")
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_area = QScrollArea()
        self.pages_area.setWidget(pages)
        self.pages_area.setAccessibleName("Pages of the pack")
        self.pages_area.setStyleSheet("QScrollArea { background: #E8EDEE; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("&Export this pack…")
        self.export_button.setProperty("accent", True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages_area, 1)
        layout.addWidget(buttons)
        self._size_to_screen()

    def _export(self) -> None:
        self.accept()
        self.export_requested.emit()

    def _size_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width = PAGE_WIDTH + 80
        height = 900
        if room is not None:
            width, height = min(width, int(room.width() * 0.95)), min(height, int(room.height() * 0.9))
        self.resize(width, height)
