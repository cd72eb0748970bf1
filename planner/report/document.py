"""The A4 document: page templates, the footer ("plan name · date" and "Page 3 of 12") and
PDF outline entries for each section."""

from __future__ import annotations

from functools import partial
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from planner.report.fonts import REGULAR
from planner.report.styles import (
    DARK_GREY,
    FRAME_WIDTH,
    H1,
    LIGHT_GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NHS_BLUE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)

FOOTER_SIZE = 7.5


def shorten(text: str, width: float, size: float = FOOTER_SIZE) -> str:
    """``text`` cut with '…' to fit ``width`` points."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end so each footer can say 'Page n of N'."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = REGULAR  # else reportlab starts every page in Helvetica
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        page = f"Page {self._pageNumber} of {total}"
        y = MARGIN_BOTTOM - 9 * mm
        self.saveState()
        self.setStrokeColor(LIGHT_GREY)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
        self.setFont(REGULAR, FOOTER_SIZE)
        self.setFillColor(DARK_GREY)
        room = FRAME_WIDTH - stringWidth(page, REGULAR, FOOTER_SIZE) - 12 * mm
        self.drawString(MARGIN_X, y, shorten(self._footer, room))
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page)
        self.restoreState()


def _cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFillColor(NHS_BLUE)
    canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
    canvas.restoreState()


class PackDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait; the first page is the cover (blue band), the rest plain body pages."""

    def __init__(self, filename: str | IO[bytes], **kwargs: Any) -> None:
        super().__init__(filename, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         initialFontName=REGULAR, **kwargs)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=_cover_band),
                               PageTemplate("body", [frame])])
        self._sections = 0
        #: each section's title and the page it starts on, for the contents
        self.sections: dict[str, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Each section title becomes an entry of the PDF's outline (bookmarks) and of the
        contents (its page)."""
        if isinstance(flowable, Paragraph) and flowable.style.name == H1.name:
            self._sections += 1
            key = f"section-{self._sections}"
            self.canv.bookmarkPage(key)
            title = flowable.getPlainText()
            self.canv.addOutlineEntry(title, key, level=0)
            self.sections.setdefault(title, self.page)


def build_document(path: str | IO[bytes], story: list[Flowable], footer: str, *, title: str, author: str,
                   subject: str) -> dict[str, int]:
    """Lay out ``story`` into ``path`` (a file name or a binary file); the page each section
    (title) starts on."""
    doc = PackDocument(path, title=title, author=author, subject=subject, creator="Skillmix")
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))
    return dict(doc.sections)
