"""The one-at-a-time sensitivity chart ("tornado"): for each input, what the figure becomes
when that input alone is lower (hatched grey) or higher (NHS blue) than planned. Labels wrap
to as many lines as they need: a cut label would hide which input it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.report.charts import (
    ACCENT,
    HATCHED,
    LABEL_SIZE,
    VALUE_SIZE,
    ValueText,
    bar,
    drawing,
    legend,
    legend_width,
    text,
    wrap,
)
from planner.report.fonts import BOLD
from planner.report.styles import BLACK, DARK_GREY

SIDE = 46.0  # room for a value label beyond a bar's end


@dataclass(frozen=True)
class TornadoRow:
    label: str
    detail: str  # e.g. the input's range, on a line of its own under the label
    low: float  # the figure when the input is lower
    high: float  # the figure when the input is higher


def tornado_chart(rows: Sequence[TornadoRow], base: float, width: float, value_text: ValueText,
                  names: tuple[str, str], base_name: str) -> Drawing:
    """Bars from the planned figure ``base`` to each row's low and high figure."""
    label_w = width * 0.42
    labels = [wrap(r.label, label_w - 6) + wrap(r.detail, label_w - 6) for r in rows]
    bar_h, top = 9.0, 30.0
    heights = [max(21.0, 9.0 * len(lines) + 3) for lines in labels]
    height = top + sum(heights) + 4
    d = drawing(width, height)
    values = [base] + [v for r in rows for v in (r.low, r.high)]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    x0, area = label_w + SIDE, width - label_w - 2 * SIDE

    def x(v: float) -> float:
        return x0 + (v - lo) / span * area

    y = height - top
    for row, lines, row_h in zip(rows, labels, heights, strict=True):
        y -= row_h
        y0 = y + (row_h - 2 * bar_h) / 2
        _label(d, lines, label_w - 6, y0 + bar_h)
        for k, (v, look) in enumerate(((row.low, HATCHED), (row.high, ACCENT))):
            yb = y0 + bar_h * (1 - k)
            d.add(bar(x(base), yb, x(v) - x(base), bar_h - 1, look))
            left = v < base
            d.add(text(x(v) + (-3 if left else 3), yb + 1.5, value_text(v), VALUE_SIZE,
                       anchor="end" if left else "start"))
    d.add(Line(x(base), 2, x(base), height - top + 4, strokeColor=BLACK, strokeWidth=0.9,
               strokeDashArray=[2, 1.5]))
    caption = f"{base_name}: {value_text(base)}"
    half = stringWidth(caption, BOLD, LABEL_SIZE) / 2
    d.add(text(min(max(x(base), label_w + half), width - half), height - top + 7, caption, anchor="middle",
               bold=True, colour=DARK_GREY))
    items = [(HATCHED, names[0]), (ACCENT, names[1])]
    d.add(legend(items, max(0.0, min(label_w, width - legend_width(items))), height - 11))
    return d


def _label(d: Drawing, lines: list[str], right: float, mid: float) -> None:
    first = mid - 3 + 4.5 * (len(lines) - 1)
    for k, line in enumerate(lines):
        d.add(text(right, first - 9 * k, line, anchor="end"))
