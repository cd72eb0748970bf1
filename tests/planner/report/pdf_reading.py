"""Reading a pack back: text by page, the values printed after a row label, fonts used."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

MONEY = re.compile(r"^-?£[\d,]+$")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


def values_after(text_lines: list[str], label: str, count: int, start: int = 0) -> list[str]:
    """The ``count`` lines printed after the first line equal to ``label`` (one table row:
    reportlab writes each cell as its own text line)."""
    i = text_lines.index(label, start)
    return text_lines[i + 1: i + 1 + count]


def section(text_lines: list[str], first: str, last_prefix: str) -> list[str]:
    """Lines from the line equal to ``first`` up to the next line starting with ``last_prefix``."""
    i = text_lines.index(first)
    j = next(k for k in range(i + 1, len(text_lines)) if text_lines[k].startswith(last_prefix))
    return text_lines[i:j]


def pounds(s: str) -> int:
    return int(s.replace("£", "").replace(",", ""))


def fonts(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary used on any page (resolved)."""
    out = []
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            out.append(ref.get_object())
    return out


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines rejoined)."""
    return " ".join(text.split())
