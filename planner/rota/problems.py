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


def column_letter(column: int) -> str:
    """Excel letter of a 0-based column: 0 -> "A"."""
    return str(get_column_letter(column + 1))


def ref(sheet: str, cell: str) -> str:
    """Excel-style reference: Wk1!D7, 'Week 1'!D7."""
    name = sheet if _PLAIN_SHEET.match(sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{cell}" if cell else name


@dataclass
class _Group:
    """Problems of one kind: the first one's message and place, and how many more there are."""

    problem: RotaProblem
    count: int = 1


@dataclass
class _Unknown:
    kind: str
    word: str
    sheet: str
    cell: str
    count: int = 1


class ProblemLog:
    def __init__(self, role_codes: set[str]) -> None:
        self._entries: list[RotaProblem | _Unknown | _Group] = []
        self._unknown: dict[tuple[str, str], _Unknown] = {}
        self._groups: dict[tuple[object, ...], _Group] = {}
        self._listed = 0
        self._over = 0
        self._role_codes = ", ".join(sorted(role_codes))

    def add(self, sheet: str, cell: str, message: str) -> None:
        if self._listed >= MAX_LISTED:
            self._over += 1
            return
        self._listed += 1
        self._entries.append(RotaProblem(sheet, cell, message))

    def grouped(self, key: tuple[object, ...], sheet: str, cell: str, message: str) -> None:
        """A problem of a kind (``key``) that may fill many cells: listed once, at the first
        cell, with how many more cells have it."""
        found = self._groups.get(key)
        if found is not None:
            found.count += 1
            return
        self._groups[key] = group = _Group(RotaProblem(sheet, cell, message))
        self._entries.append(group)

    @property
    def unlisted(self) -> int:
        """Problems past MAX_LISTED, counted but not listed."""
        return self._over

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
        """Every problem listed, in the order found; past MAX_LISTED, one line counting the rest."""
        out = [self._shown(e) for e in self._entries]
        if self._over:
            out.append(RotaProblem("", "", f"... and {self._over:,} more problems not listed: fix the ones "
                                           "listed and read the rota again"))
        return tuple(out)

    def _shown(self, entry: RotaProblem | _Unknown | _Group) -> RotaProblem:
        if isinstance(entry, RotaProblem):
            return entry
        if isinstance(entry, _Unknown):
            return self._unknown_problem(entry)
        more = entry.count - 1
        if not more:
            return entry.problem
        text = f"{entry.problem.message} (the same in {more:,} more cell{'s' if more > 1 else ''})"
        return RotaProblem(entry.problem.sheet, entry.problem.cell, text)

    def _unknown_problem(self, u: _Unknown) -> RotaProblem:
        more = f" and {u.count - 1:,} more cell{'s' if u.count > 2 else ''}" if u.count > 1 else ""
        where = ref(u.sheet, u.cell)
        if u.kind == "title":
            return RotaProblem(u.sheet, u.cell, f"Unknown job title '{u.word}' at {where}{more}: map it to "
                                                f"a role code ({self._role_codes})")
        targets = ", ".join(CATEGORIES[:-2]) + f", {CATEGORIES[-2]} or {CATEGORIES[-1]}"
        return RotaProblem(u.sheet, u.cell, f"Unknown session word '{u.word}' at {where}{more}: map it to {targets}")
