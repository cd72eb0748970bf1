"""Vector charts for the pack (reportlab.graphics), readable in black-and-white print.

Two series are told apart by fill AND texture: the accent series is solid NHS blue, the other
is light grey with diagonal hatching; every bar carries its value as text, so no chart relies
on colour alone. Labels too long for their space wrap to two lines and then end with '…'."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.report.fonts import BOLD, REGULAR
from planner.report.sources import cut_to_width
from planner.report.styles import BLACK, DARK_GREY, LIGHT_GREY, NHS_BLUE, WHITE

LABEL_SIZE = 8.0
VALUE_SIZE = 7.5
HATCH_STEP = 3.5


@dataclass(frozen=True)
class Look:
    """How a series is drawn: its fill, and whether it is hatched."""

    fill: Color
    hatch: bool = False


ACCENT = Look(NHS_BLUE)
HATCHED = Look(LIGHT_GREY, hatch=True)

ValueText = Callable[[float], str]


def drawing(width: float, height: float) -> Drawing:
    """A Drawing that starts in the embedded font (reportlab's default would be Helvetica)."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    return d


def fit_lines(text: str, width: float, size: float = LABEL_SIZE, max_lines: int = 2) -> list[str]:
    """``text`` wrapped to ``width`` points in at most ``max_lines`` lines, the last cut with '…'."""
    lines = simpleSplit(text, REGULAR, size, width) or [""]
    if len(lines) <= max_lines:
        return lines
    last = " ".join(lines[max_lines - 1:])
    while last and stringWidth(last + "…", REGULAR, size) > width:
        last = last[:-1]
    return lines[: max_lines - 1] + [last.rstrip() + "…"]


def wrap(text: str, width: float, size: float = LABEL_SIZE) -> list[str]:
    """``text`` wrapped to ``width`` points, never cut (a word too long for a line is split)."""
    return [part for line in simpleSplit(text, REGULAR, size, width) or [""]
            for part in cut_to_width(line, width, width, REGULAR, size)]


def text(x: float, y: float, s: str, size: float = LABEL_SIZE, anchor: str = "start",
         bold: bool = False, colour: Color = BLACK) -> String:
    return String(x, y, s, fontName=BOLD if bold else REGULAR, fontSize=size,
                  textAnchor=anchor, fillColor=colour)


def grounded_text(x: float, y: float, s: str, size: float = VALUE_SIZE) -> Group:
    """Text on a white ground, readable where it crosses a line or a marker."""
    w = stringWidth(s, REGULAR, size)
    return Group(Rect(x - 1, y - 1.5, w + 2, size + 1, fillColor=WHITE, strokeColor=None),
                 text(x, y, s, size))


def bar(x: float, y: float, w: float, h: float, look: Look) -> Group:
    """A bar from x to x + w (w may be negative), hatched when the look says so."""
    x0, x1 = min(x, x + w), max(x, x + w)
    g = Group(Rect(x0, y, x1 - x0, h, fillColor=look.fill, strokeColor=DARK_GREY, strokeWidth=0.4))
    if look.hatch:
        for seg in hatch_lines(x0, y, x1, y + h, HATCH_STEP):
            g.add(Line(*seg, strokeColor=DARK_GREY, strokeWidth=0.45))
    return g


def hatch_lines(x0: float, y0: float, x1: float, y1: float,
                step: float) -> list[tuple[float, float, float, float]]:
    """45-degree lines (y = x - k) clipped to the rectangle, ``step`` points apart."""
    out = []
    k = x0 - y1 + step
    while k < x1 - y0:
        xa, xb = max(x0, y0 + k), min(x1, y1 + k)
        if xb > xa:
            out.append((xa, xa - k, xb, xb - k))
        k += step
    return out


def legend_width(items: Sequence[tuple[Look | None, str]]) -> float:
    """Width of ``legend(items, ...)`` in points."""
    return float(sum(26 + stringWidth(label, REGULAR, LABEL_SIZE) for _, label in items)) - 8


def legend(items: Sequence[tuple[Look | None, str]], x: float, y: float) -> Group:
    """Swatches and their text in a row; a None look draws a black marker line."""
    g = Group()
    for look, label in items:
        if look is None:
            g.add(Line(x + 4, y - 1, x + 4, y + 9, strokeColor=BLACK, strokeWidth=1.6))
        else:
            g.add(bar(x, y, 14, 8, look))
        g.add(text(x + 18, y + 1, label))
        x += 26 + stringWidth(label, REGULAR, LABEL_SIZE)
    return g


@dataclass(frozen=True)
class BarRow:
    label: str
    value: float
    look: Look = ACCENT


def hbar_chart(rows: Sequence[BarRow], width: float, value_text: ValueText,
               legend_items: Sequence[tuple[Look | None, str]] = ()) -> Drawing:
    """Horizontal bars, one per row, each labelled at the left and valued at its end."""
    label_w, value_w = width * 0.36, 42.0
    labels = [fit_lines(r.label, label_w - 6) for r in rows]
    row_h = 13.0 + (9.0 if any(len(x) > 1 for x in labels) else 0.0)
    top = 16.0 if legend_items else 2.0
    height = top + row_h * len(rows) + 4
    d = drawing(width, height)
    scale = (width - label_w - value_w) / max([r.value for r in rows] + [1e-9])
    for i, (row, lines) in enumerate(zip(rows, labels, strict=True)):
        y = height - top - row_h * (i + 1) + 2
        _row_label(d, lines, label_w - 6, y, row_h - 4)
        d.add(bar(label_w, y, max(0.0, row.value) * scale, row_h - 4, row.look))
        d.add(text(label_w + max(0.0, row.value) * scale + 3, y + (row_h - 4) / 2 - 2.5,
                   value_text(row.value), VALUE_SIZE))
    d.add(Line(label_w, 2, label_w, height - top + 2, strokeColor=BLACK, strokeWidth=0.6))
    if legend_items:
        d.add(legend(legend_items, label_w, height - 11))
    return d


def _row_label(d: Drawing, lines: list[str], right: float, y: float, h: float) -> None:
    mid = y + h / 2
    first = mid - 3 + 4.5 * (len(lines) - 1)
    for k, line in enumerate(lines):
        d.add(text(right, first - 9 * k, line, anchor="end"))


@dataclass(frozen=True)
class PairRow:
    label: str
    first: float
    second: float
    marker: float | None = None  # e.g. capacity: a black line across both bars


def paired_chart(rows: Sequence[PairRow], width: float, value_text: ValueText,
                 names: tuple[str, str], marker_name: str = "") -> Drawing:
    """Two bars per row (hatched grey, then blue), values at their ends, optional marker."""
    label_w, value_w = width * 0.30, 40.0
    labels = [fit_lines(r.label, label_w - 6) for r in rows]
    row_h, bar_h, top = 24.0, 9.0, 18.0
    height = top + row_h * len(rows) + 4
    d = drawing(width, height)
    biggest = max([max(r.first, r.second, r.marker or 0.0) for r in rows] + [1e-9])
    scale = (width - label_w - value_w) / biggest
    for i, (row, lines) in enumerate(zip(rows, labels, strict=True)):
        y = height - top - row_h * (i + 1) + 3
        _row_label(d, lines, label_w - 6, y, 2 * bar_h)
        values = ((row.first, HATCHED), (row.second, ACCENT))
        for k, (v, look) in enumerate(values):
            d.add(bar(label_w, y + bar_h * (1 - k), max(0.0, v) * scale, bar_h - 1, look))
        if row.marker is not None:
            mx = label_w + row.marker * scale
            d.add(Line(mx, y - 2, mx, y + 2 * bar_h + 1, strokeColor=BLACK, strokeWidth=1.6))
        for k, (v, _) in enumerate(values):
            d.add(grounded_text(label_w + max(0.0, v) * scale + 3, y + bar_h * (1 - k) + 1.5, value_text(v)))
    d.add(Line(label_w, 2, label_w, height - top + 2, strokeColor=BLACK, strokeWidth=0.6))
    items: list[tuple[Look | None, str]] = [(HATCHED, names[0]), (ACCENT, names[1])]
    if marker_name:
        items.append((None, marker_name))
    d.add(legend(items, label_w, height - 11))
    return d
