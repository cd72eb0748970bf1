"""Numbered sources: each table cites '[3]', and the list at the end gives the full source,
year and address once."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from planner.reference import Figure, ReferenceDataError, figure
from planner.report.styles import H2, SMALL_CELL

#: Short words for figures.md confidence levels.
TRUST: dict[str, str] = {
    "H": "Official source",
    "M": "Trade press or NHS body",
    "L": "Secondary source",
    "DERIVED": "Worked out from cited figures",
    "ESTIMATE": "Skillmix estimate: check",
}


def safe_figure(figure_id: str) -> Figure | None:
    """The shipped figure, or None when it (or the reference file) is missing."""
    try:
        return figure(figure_id)
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

    def listing(self) -> list[Flowable]:
        out: list[Flowable] = [Paragraph("Sources", H2)]
        for n, key in enumerate(self.entries, start=1):
            source, url = key
            years = ", ".join(self.years[key])
            where = f" {escape(url)}" if url else ""
            out.append(Paragraph(f"[{n}] {escape(source)}{' (' + escape(years) + ')' if years else ''}."
                                 f"{where}", SMALL_CELL))
        return out
