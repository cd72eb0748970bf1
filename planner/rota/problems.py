"""Collect problems while reading: each names its sheet and cell. An unknown word is
reported once, at the first cell it appears in, with how many more cells hold it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from planner.rota.result import RotaProblem
from planner.rota.vocabulary import CATEGORIES, normalise

#: Problems listed one by one before the rest are counted in a final line.
MAX_LISTED = 500
_PLAIN_SHEET = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def cell_name(column: int, row: int) -> str:
    """Excel name of a cell from a 0-based column and 1-based row: (2, 7) -> "C7"."""
    return f"{get_column_letter(column + 1)}{row}"


def ref(sheet: str, cell: str) -> str:
    """Excel-style reference: Wk1!D7, 'Week 1'!D7."""
    name = sheet if _PLAIN_SHEET.match(sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{cell}" if cell else name


@dataclass
class _Unknown:
    kind: str
    word: str
    sheet: str
    cell: str
    count: int = 1


class ProblemLog:
    def __init__(self, role_codes: set[str]) -> None:
        self._entries: list[RotaProblem | _Unknown] = []
        self._unknown: dict[tuple[str, str], _Unknown] = {}
        self._listed = 0
        self._over = 0
        self._role_codes = ", ".join(sorted(role_codes))

    def add(self, sheet: str, cell: str, message: str) -> None:
        if self._listed >= MAX_LISTED:
            self._over += 1
            return
        self._listed += 1
        self._entries.append(RotaProblem(sheet, cell, message))

    def unknown(self, kind: str, word: str, sheet: str, cell: str) -> None:
        """A session word or job title (``kind``) that the vocabulary does not know."""
        key = (kind, normalise(word))
        found = self._unknown.get(key)
        if found is not None:
            found.count += 1
            return
        entry = _Unknown(kind, " ".join(word.split()), sheet, cell)
        self._unknown[key] = entry
        self._entries.append(entry)

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(word for _, word in self._unknown))

    def problems(self) -> tuple[RotaProblem, ...]:
        out = [e if isinstance(e, RotaProblem) else self._unknown_problem(e) for e in self._entries]
        if self._over:
            out.append(RotaProblem("", "", f"... and {self._over:,} more problems like these: fix the ones "
                                           "listed and read the rota again"))
        return tuple(out)

    def _unknown_problem(self, u: _Unknown) -> RotaProblem:
        more = f" and {u.count - 1:,} more cell{'s' if u.count > 2 else ''}" if u.count > 1 else ""
        where = ref(u.sheet, u.cell)
        if u.kind == "title":
            return RotaProblem(u.sheet, u.cell, f"Unknown job title '{u.word}' at {where}{more}: map it to "
                                                f"a role code ({self._role_codes})")
        targets = ", ".join(CATEGORIES[:-2]) + f", {CATEGORIES[-2]} or {CATEGORIES[-1]}"
        return RotaProblem(u.sheet, u.cell, f"Unknown session word '{u.word}' at {where}{more}: map it to {targets}")
