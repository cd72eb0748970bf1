"""The chart every page uses: a white pyqtgraph plot with legible fonts, no pan or zoom
(a practice manager never needs them), and a right-click menu to copy the chart or save
it as a PNG. ``set_bars`` draws grouped bar charts with category names on one axis."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

ACCENT = "#005EB8"  # NHS blue
#: further series colours after the accent (NHS palette: dark blue, aqua, warm yellow, grey)
SERIES_COLOURS = (ACCENT, "#41B6E6", "#FFB81C", "#768692", "#003087", "#009639")
TEXT = "#1F2933"
GRID = "#D5DCE4"
SHORT = "#B00020"  # red: a role short of time

Formatter = Callable[[float], str]


@dataclass(frozen=True)
class BarSeries:
    """One set of bars: a name for the legend, one value per category, and a colour."""

    name: str
    values: Sequence[float]
    colour: str = ACCENT
    #: optional colour per bar (e.g. red for a role short of time); overrides ``colour``
    bar_colours: Sequence[str] | None = None


class ChartWidget(pg.PlotWidget):
    """A white chart with NHS blue accents and a "Copy chart" / "Save chart as PNG…" menu."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent=parent, background="w")
        self.file_stem = title or "chart"
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.vb.setMenuEnabled(False)
        self.setAntialiasing(True)
        self.setMinimumHeight(200)
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF(), 9.5))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(self._font)
            axis.setTextPen(pg.mkPen(TEXT))
            axis.setPen(pg.mkPen(GRID))
        self._title = ""
        self._legend: list[tuple[str, str]] = []
        self._bars: list[pg.BarGraphItem] = []
        self._labels: list[pg.TextItem] = []
        self._labels_used = 0
        self._extras: dict[str, pg.GraphicsObject] = {}
        # the title row spans the axis column too, so a long legend never widens the plot
        # beyond the widget (pyqtgraph puts it above the plot area only)
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(item.titleLabel, 0, 0, 1, 3)
        if title:
            self.set_title(title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        # reachable with Tab, where a screen reader reads its figures (accessibleDescription)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(f"Chart: {title}" if title else "Chart")

    # --- copy / save ---------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self.file_stem = title or "chart"
        self._title = title
        self.setAccessibleName(f"Chart: {title}" if title else "Chart")
        self._show_title()

    def set_legend(self, entries: Sequence[tuple[str, str]]) -> None:
        """Show (name, colour) keys in the title row, where they never cover a bar."""
        self._legend = list(entries)
        self._show_title()

    def _show_title(self) -> None:
        lines = [f"<b>{html.escape(self._title)}</b>"] if self._title else []
        keys = "&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">&#9632;</span>&nbsp;{html.escape(name)}'
            for name, colour in self._legend)
        if keys:
            lines.append(f'<span style="font-size:9pt">{keys}</span>')
        self.getPlotItem().setTitle("<br>".join(lines) or None, color=TEXT, size="10.5pt")

    def pixmap(self) -> QPixmap:
        """The chart as drawn now (at the screen's device pixel ratio)."""
        pixmap: QPixmap = self.grab()
        return pixmap

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.pixmap())

    def save_png(self, path: str | Path) -> bool:
        return self.pixmap().save(str(path), "PNG")

    def save_with_dialog(self) -> None:
        default = str(Path.home() / f"{_safe_file_name(self.file_stem)}.png")
        path, _ = QFileDialog.getSaveFileName(self, "Save chart as PNG", default,
                                              "PNG image (*.png)")
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("Copy chart", self.copy_to_clipboard)
        menu.addAction("Save chart as PNG…", self.save_with_dialog)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self.context_menu().exec(self.mapToGlobal(pos))

    # --- drawing helpers ----------------------------------------------------------------
    # Items are created once and reused (hidden when not needed), never removed and made
    # again: a redraw as the user types then costs a few setOpts calls, not a scene rebuild.
    def clear_chart(self) -> None:
        for item in (*self._bars, *self._labels, *self._extras.values()):
            item.setVisible(False)
        self._labels_used = 0

    def bars(self, number: int) -> pg.BarGraphItem:
        """The ``number``-th bar item, created on first use."""
        while len(self._bars) <= number:
            self._bars.append(pg.BarGraphItem(x=[], height=[], width=0.1, pen=pg.mkPen(None)))
            self.addItem(self._bars[-1])
        self._bars[number].setVisible(True)
        return self._bars[number]

    def value_text(self, text: str, x: float, y: float, anchor: tuple[float, float]) -> None:
        """Write ``text`` at (x, y) in data units, from a pool of text items."""
        if self._labels_used == len(self._labels):
            label = pg.TextItem("", color=TEXT)
            label.setFont(self._font)
            self._labels.append(label)
            self.addItem(label)
        label = self._labels[self._labels_used]
        self._labels_used += 1
        label.setText(text, color=TEXT)
        label.setAnchor(anchor)
        label.setPos(x, y)
        label.setVisible(True)

    def extra(self, key: str, make: Callable[[], pg.GraphicsObject]) -> Any:
        """A chart-specific item (e.g. a background band), created once by ``make``."""
        if key not in self._extras:
            self._extras[key] = make()
            self.addItem(self._extras[key])
        self._extras[key].setVisible(True)
        return self._extras[key]

    def set_value_label(self, text: str, horizontal: bool) -> None:
        axis = "bottom" if horizontal else "left"
        self.getPlotItem().setLabel(axis, text, color=TEXT)
        self.getPlotItem().getAxis(axis).label.setFont(self._font)

    def category_axis_width(self, categories: Sequence[str]) -> int:
        metrics = QFontMetrics(self._font)
        return max((metrics.horizontalAdvance(line) for c in categories for line in c.split("\n")),
                   default=40) + 16


def bar_chart(chart: ChartWidget, categories: Sequence[str], series: Sequence[BarSeries], *,
              horizontal: bool = False, value_label: str = "",
              value_format: Formatter | None = None, axis_format: Formatter | None = None) -> None:
    """Replace what ``chart`` shows with grouped bars: one group per category, one bar per
    series. Horizontal bars suit long names (role titles); ``value_format`` writes each
    bar's value beside it; ``axis_format`` writes the value axis's numbers (default 1,234)."""
    chart.clear_chart()
    n_series = max(len(series), 1)
    width = 0.8 / n_series
    for k, one in enumerate(series):
        offset = -0.4 + width * (k + 0.5)
        _draw_series(chart, k, one, offset, width * 0.92, horizontal, value_format)
    chart.set_legend([(one.name, one.colour) for one in series] if len(series) > 1 else [])
    chart.setAccessibleDescription(describe_bars(categories, series, value_format))
    _set_category_axis(chart, categories, horizontal)
    value_axis = chart.getPlotItem().getAxis("bottom" if horizontal else "left")
    show = axis_format or _thousands
    value_axis.tickStrings = lambda values, _scale, _spacing: [show(v) for v in values]
    value_axis.picture = None  # redraw the numbers with the new format
    if value_label:
        chart.set_value_label(value_label, horizontal)
    _fit(chart, categories, series, horizontal)


def describe_bars(categories: Sequence[str], series: Sequence[BarSeries], value_format: Formatter | None) -> str:
    """The chart's figures in words, for a screen reader: 'Do nothing: 0.0; Clinical pharmacist: 12.5'."""
    show = value_format or _thousands
    lines = []
    for one in series:
        values = "; ".join(f"{name.replace(chr(10), ' ')}: {show(float(v))}"
                           for name, v in zip(categories, one.values, strict=False))
        lines.append(f"{one.name}: {values}" if len(series) > 1 else values)
    return ". ".join(lines)


def _draw_series(chart: ChartWidget, number: int, one: BarSeries, offset: float, width: float,
                 horizontal: bool, value_format: Formatter | None) -> None:
    positions = [i + offset for i in range(len(one.values))]
    values = [float(v) for v in one.values]
    colours = list(one.bar_colours) if one.bar_colours else [one.colour] * len(values)
    brushes = [pg.mkBrush(c) for c in colours]
    bars = chart.bars(number)
    if horizontal:
        bars.setOpts(x=None, x0=[0.0] * len(values), y=positions, y0=None, width=values,
                     height=width, brushes=brushes)
    else:
        bars.setOpts(x=positions, x0=None, y=None, y0=[0.0] * len(values), height=values,
                     width=width, brushes=brushes)
    if value_format is None:
        return
    for pos, value in zip(positions, values, strict=True):
        anchor = ((0, 0.5) if value >= 0 else (1, 0.5)) if horizontal else \
            ((0.5, 1) if value >= 0 else (0.5, 0))
        x, y = (value, pos) if horizontal else (pos, value)
        chart.value_text(value_format(value), x, y, anchor)


def _set_category_axis(chart: ChartWidget, categories: Sequence[str], horizontal: bool) -> None:
    item = chart.getPlotItem()
    names = [wrap(name) for name in categories] if horizontal else list(categories)
    ticks = [[(float(i), name) for i, name in enumerate(names)], []]
    category_axis = item.getAxis("left" if horizontal else "bottom")
    value_axis = item.getAxis("bottom" if horizontal else "left")
    category_axis.setTicks(ticks)
    category_axis.setStyle(tickLength=0)  # names only: a tick mark beside each bar is noise
    value_axis.setTicks(None)
    value_axis.setStyle(tickLength=-5)  # pyqtgraph's default
    if horizontal:
        category_axis.setWidth(chart.category_axis_width(names))
        item.getAxis("bottom").setHeight(None)
    else:
        item.getAxis("left").setWidth(None)


def _fit(chart: ChartWidget, categories: Sequence[str], series: Sequence[BarSeries],
         horizontal: bool) -> None:
    values = [float(v) for one in series for v in one.values] or [0.0]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    # room for the value labels beside the longest bars
    low, high = low - (0.18 * span if low < 0 else 0), high + 0.18 * span
    count = max(len(categories), 1)
    vb = chart.getPlotItem().getViewBox()
    if horizontal:
        vb.setRange(xRange=(low, high), yRange=(-0.6, count - 0.4), padding=0)
        vb.invertY(True)  # first category at the top, as people read a list
    else:
        vb.setRange(xRange=(-0.6, count - 0.4), yRange=(low, high), padding=0)
        vb.invertY(False)


def _thousands(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:,.1f}"


def wrap(text: str, width: int = 20) -> str:
    """Put a long category name on two lines, breaking at the space nearest the middle."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def _safe_file_name(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in text).strip()
    return " ".join(cleaned.split()) or "chart"
