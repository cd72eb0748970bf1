"""Embedded fonts for the pack: Bitstream Vera (TrueType, shipped with reportlab and copied to
``resources/fonts/``; its licence allows bundling). TrueType fonts are embedded in the PDF, so
the pack prints the same on every machine; the standard 14 fonts (Helvetica) are never used."""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from planner.reference import RESOURCES_DIR, resources_dir

REGULAR = "SkillmixSans"
BOLD = "SkillmixSans-Bold"
ITALIC = "SkillmixSans-Italic"
BOLD_ITALIC = "SkillmixSans-BoldItalic"

_FILES: dict[str, str] = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf",
                          BOLD_ITALIC: "VeraBI.ttf"}


def font_path(filename: str) -> Path:
    """The font file: the resources folder in use, then the repository's, then reportlab's own."""
    folders = (resources_dir() / "fonts", RESOURCES_DIR / "fonts",
               Path(reportlab.__file__).resolve().parent / "fonts")
    for folder in folders:
        if (folder / filename).is_file():
            return folder / filename
    raise FileNotFoundError(f"font {filename} not found in {', '.join(str(f) for f in folders)}")


def register_fonts() -> None:
    """Register the pack's fonts with reportlab (once; later calls do nothing)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(filename))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
