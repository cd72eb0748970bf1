"""What reading an audit gives: the rows that were read, or problems naming sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AuditProblem:
    sheet: str  # "" when the whole file is the problem
    cell: str  # e.g. "F12"; "" when the whole sheet or file is the problem
    message: str

    def __str__(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}: {self.message}"
        if self.sheet:
            return f"{self.sheet}: {self.message}"
        return self.message


@dataclass(frozen=True)
class AuditRow:
    """One audited appointment; the words are the template's own spelling."""

    row: int  # spreadsheet row number
    date: date
    clinician: str
    role: str
    category: str
    mode: str
    answer: str  # one of vocab.ANSWERS


@dataclass(frozen=True)
class AuditResult:
    sheet: str
    rows: tuple[AuditRow, ...]

    def rows_for_role(self, role_codes: set[str]) -> tuple[AuditRow, ...]:
        """Rows whose role is one of ``role_codes`` (compared without case)."""
        wanted = {c.casefold() for c in role_codes}
        return tuple(r for r in self.rows if r.role.casefold() in wanted)
