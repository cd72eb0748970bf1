"""Evaluate a workbook's formulas with the `formulas` package (our stand-in for Excel)."""

from __future__ import annotations

import functools
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import formulas
from openpyxl import load_workbook


def _content_key(path: Path) -> str:
    """What the workbook says, without when it was written (docProps/core.xml holds the time):
    two exports of the same plan have the same key."""
    digest = hashlib.sha256(path.name.encode())
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name != "docProps/core.xml":
                digest.update(name.encode())
                digest.update(z.read(name))
    return digest.hexdigest()


@functools.lru_cache(maxsize=64)
def _solve(key: str, path: str) -> Any:
    """Every cell's value; evaluating a workbook takes seconds, so a workbook with the same
    content is evaluated once a test session (the slow part of the workbook tests)."""
    return formulas.ExcelModel().loads(path).finish().calculate()


class Evaluated:
    """The computed value of every cell of a workbook file."""

    def __init__(self, path: Path) -> None:
        self.book = path.name
        self._solution = _solve(_content_key(path), str(path))

    def __getitem__(self, ref: str) -> Any:
        """Value at "'Sheet'!$B$5" or "Sheet!B5"."""
        sheet, cell = ref.rsplit("!", 1)
        key = f"'[{self.book}]{sheet.strip(chr(39)).upper()}'!{cell.replace('$', '').upper()}"
        value = self._solution[key].value[0, 0]
        return value.item() if hasattr(value, "item") else value


def set_named_value(path: Path, name: str, value: float, out: Path) -> None:
    """Change the cell behind a defined name, as a partner would in Excel, and save as ``out``."""
    wb = load_workbook(path)
    (sheet, coordinate), = wb.defined_names[name].destinations
    wb[sheet][coordinate.replace("$", "")].value = value
    wb.save(out)


def labelled(path: Path, sheet: str, label: str, column: int = 2) -> str:
    """The reference of the cell ``column`` on the row whose first cell reads ``label``."""
    ws = load_workbook(path)[sheet]
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == label:
            return f"{sheet}!{ws.cell(row=row[0].row, column=column).coordinate}"
    raise KeyError(f"no row labelled {label!r} on {sheet}")
