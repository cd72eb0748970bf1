"""Numbered sources: each table cites '[3]', and the list at the end gives the full source,
year and address once."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from planner.reference import Figure, ReferenceDataError, figure
from planner.report.styles import FRAME_WIDTH, H2, SMALL_CELL

#: Short words for figures.md confidence levels.
TRUST: dict[str, str] = {
    "H": "Official source",
    "M": "Trade press or NHS body",
    "L": "Secondary source",
    "DERIVED": "Worked out from cited figures",
    "ESTIMATE": "Skillmix estimate: check",
}


def safe_figure(figure_id: str, edition: str | None = None) -> Figure | None:
    """The shipped figure (of ``edition``, default today's), or None when it (or the reference
    file) is missing."""
    try:
        return figure(figure_id, edition)
    except (KeyError, ReferenceDataError):
        return None


def status(fig: Figure | None, overridden: bool, default_text: str = "") -> str:
    """'Your figure (default £x)', or how far the cited default can be trusted."""
    if fig is None:
        return "The practice's own figure"
    if overridden:
        return f"Your figure (default {default_text})" if default_text else "Your figure"
    return TRUST.get(fig.confidence, fig.confidence) if not fig.estimate else TRUST["ESTIMATE"]


def differs(value: float | None, fig: Figure | None) -> bool:
    if fig is None or value is None:
        return False
    return not math.isclose(value, fig.value, rel_tol=1e-9, abs_tol=1e-12)


@dataclass
class Sources:
    """Sources in order of first citation."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    years: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def ref(self, fig: Figure | None) -> str:
        """'[n]' for the figure's source (numbered on first use), '' for none."""
        if fig is None:
            return ""
        key = (fig.source, fig.url)
        if key not in self.years:
            self.entries.append(key)
            self.years[key] = []
        if fig.year and fig.year not in self.years[key]:
            self.years[key].append(fig.year)
        return f"[{self.entries.index(key) + 1}]"

    def refs(self, figs: list[Figure | None]) -> str:
        return " ".join(dict.fromkeys(r for f in figs if (r := self.ref(f))))

    def listing(self, width: float = FRAME_WIDTH) -> list[Flowable]:
        out: list[Flowable] = [Paragraph("Sources", H2)]
        for n, key in enumerate(self.entries, start=1):
            source, url = key
            years = ", ".join(self.years[key])
            text = f"[{n}] {source}{' (' + years + ')' if years else ''}."
            lines = wrap_source(text, url, width, SOURCE.fontName, SOURCE.fontSize, SOURCE.leftIndent)
            out.append(Paragraph("<br/>".join(escape(line) for line in lines), SOURCE))
        return out


#: a source line: small type, later lines indented under the first
SOURCE = ParagraphStyle("source", parent=SMALL_CELL, leftIndent=10, firstLineIndent=-10)

#: a web address may break after these characters (and nowhere else unless a piece is too long)
URL_BREAKS = re.compile(r"(?<=[/?&-])")


def wrap_source(text: str, url: str, width: float, font: str, size: float, indent: float = 0.0) -> list[str]:
    """``text`` then ``url`` as lines at most ``width`` points wide (lines after the first
    ``indent`` narrower): the text breaks at spaces, the address only after '/', '-', '?' or '&'
    (so no word of it is cut), a piece longer than a line being the one exception."""
    pieces = [(w, " ") for w in text.split()]
    if url:
        pieces += [(p, " " if i == 0 else "") for i, p in enumerate(url_pieces(url))]
    lines: list[str] = []
    line = ""
    for piece, sep in pieces:
        room = width - (indent if lines else 0.0) - 1
        joined = f"{line}{sep}{piece}" if line else piece
        if not line or stringWidth(joined, font, size) <= room:
            line = joined
            continue
        lines.append(line)
        line = piece
    lines.append(line)
    out: list[str] = []
    for ln in lines:
        out += cut_to_width(ln, width - (indent if out else 0.0) - 1, width - indent - 1, font, size)
    return out


def url_pieces(url: str) -> list[str]:
    """'https://a.org/b-c' -> ['https://a.org/', 'b-', 'c']: the pieces a line may end after."""
    scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", url)
    head = scheme.group(0) if scheme else ""
    pieces = [x for x in URL_BREAKS.split(url[len(head):]) if x] or [""]
    return [head + pieces[0], *pieces[1:]]


def cut_to_width(line: str, first: float, rest: float, font: str, size: float) -> list[str]:
    """A line still too wide (one unbreakable piece) cut into pieces that fit: the first
    ``first`` points wide, the others ``rest``."""
    out: list[str] = []
    while stringWidth(line, font, size) > (width := rest if out else first) and len(line) > 1:
        cut = len(line) - 1
        while cut > 1 and stringWidth(line[:cut], font, size) > width:
            cut -= 1
        out.append(line[:cut])
        line = line[cut:]
    return out + [line]
