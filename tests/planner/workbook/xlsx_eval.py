"""Evaluate a workbook's formulas with the `formulas` package (our stand-in for Excel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import formulas
from openpyxl import load_workbook


class Evaluated:
    """The computed value of every cell of a workbook file."""

    def __init__(self, path: Path) -> None:
        self.book = path.name
        model = formulas.ExcelModel().loads(str(path)).finish()
        self._solution = model.calculate()

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
