"""The ARRS allocation as one bar: committed, this option, headroom (or overspent past its end),
with a one-line legend of the amounts under it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.engine.pcn import Allocation
from planner.present import format as fmt
from ui.theme import ACCENT, WARNING

COMMITTED, HEADROOM = QColor("#425563"), QColor("#FFFFFF")


class AllocationBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Allocation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height()
        return QSize(400, int(line * 3.6))

    def set_money(self, money: Allocation | None) -> None:
        self.money = money
        self.setToolTip("" if money is None else
                        f"Allocation {fmt.money(money.allocation)}; committed {fmt.money(money.committed)}; "
                        f"this option {fmt.money(money.planned)}; headroom {fmt.money(money.headroom)}")
        self.update()

    def legend(self) -> list[tuple[str, QColor]]:
        m = self.money
        if m is None:
            return []
        last = (f"Over by {fmt.money(m.over)}", QColor(WARNING)) if m.over > 0.5 else (
            f"Headroom {fmt.money(m.headroom)}", HEADROOM)
        return [(f"Committed {fmt.money(m.committed)}", COMMITTED), (f"This option {fmt.money(m.planned)}",
                                                                   QColor(ACCENT)), last]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.money is None:
            return
        m, p, line = self.money, QPainter(self), self.fontMetrics().height()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 2
        total = max(m.allocation, m.committed + m.planned, 1.0)
        x, bar = 1.0, QRectF(1, 0, width, line * 1.4)
        for value, colour in ((m.committed, COMMITTED), (m.planned, QColor(ACCENT)), (max(0.0, m.headroom), HEADROOM)):
            w = width * value / total
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), colour)
            x += w
        p.setPen(QPen(QColor("#1F2933"), 1))
        p.drawRect(bar)
        end = 1 + width * m.allocation / total
        p.setPen(QPen(QColor("#1F2933"), 2))
        p.drawLine(int(end), 0, int(end), int(bar.height()))
        x = 1.0
        for text, colour in self.legend():
            y = bar.bottom() + line * 0.5
            p.setPen(QPen(QColor("#1F2933"), 1))
            p.setBrush(colour)
            p.drawRect(QRectF(x, y + 2, line * 0.8, line * 0.8))
            p.drawText(QRectF(x + line, y, width, line * 1.2), Qt.AlignmentFlag.AlignLeft, text)
            x += line * 1.6 + self.fontMetrics().horizontalAdvance(text)
        p.end()
