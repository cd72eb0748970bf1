"""The ARRS allocation as one bar: committed, this option, headroom (or the overspend past the
end), drawn in greys and NHS blue so it reads the same printed in black and white."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from planner.engine.pcn import Allocation
from planner.present import format as fmt
from planner.report.fonts import REGULAR
from planner.report.styles import BLACK, DARK_GREY, LIGHT_GREY, NHS_BLUE, WHITE

HEIGHT = 46.0


def allocation_bar(money: Allocation, width: float) -> Drawing:
    """Committed (dark), this option (blue), headroom (white, outlined); past the allocation's end
    the overspend, hatched. A legend under the bar gives each part's amount."""
    d = Drawing(width, HEIGHT)
    total = max(money.allocation, money.committed + money.planned, 1.0)
    scale = (width - 2) / total
    parts = [("Committed", money.committed, DARK_GREY), ("This option", money.planned, NHS_BLUE),
             ("Headroom", max(0.0, money.headroom), WHITE)]
    x, y, h = 1.0, 18.0, 14.0
    for i, (label, value, colour) in enumerate(parts):
        w = value * scale
        outline = BLACK if colour == WHITE else colour
        if w > 0:
            d.add(Rect(x, y, w, h, fillColor=colour, strokeColor=outline, strokeWidth=0.5))
        x += w
        key = 1 + i * width / 3.2
        d.add(Rect(key, 3, 8, 8, fillColor=colour, strokeColor=outline, strokeWidth=0.5))
        d.add(String(key + 11, 4, f"{label} {fmt.money(value)}", fontName=REGULAR, fontSize=7.5))
    end = 1 + money.allocation * scale
    d.add(Line(end, y - 2, end, y + h + 2, strokeColor=BLACK, strokeWidth=1))
    d.add(String(end, y + h + 4, f"Allocation {fmt.money(money.allocation)}", fontName=REGULAR, fontSize=7.5,
                 textAnchor="end"))
    if money.over > 0.5:
        for i in range(int((x - end) // 4) + 1):
            d.add(Line(end + i * 4, y, min(end + i * 4 + 4, x), y + h, strokeColor=LIGHT_GREY))
        d.add(String(x, y + h + 4, f"Over by {fmt.money(money.over)}", fontName=REGULAR, fontSize=7.5,
                     textAnchor="end"))
    return d
