"""What reading appointment files gives: counts by breakdown for the practice and its peers,
or problems naming file, line and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from planner.appointments import vocab

#: (HCP_TYPE, APPT_MODE, NATIONAL_CATEGORY, TIME_BETWEEN_BOOK_AND_APPT, APPT_STATUS), trimmed
Key = tuple[str, str, str, str, str]
Table = dict[Key, int]


@dataclass(frozen=True)
class FileProblem:
    file: str  # the file's name
    line: int  # 1-based; 0 when the whole file is the problem
    column: str  # the column's header name; "" when the whole line or file is the problem
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f", line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"

    def as_json(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class Practice:
    code: str
    name: str
    pcn_code: str = ""
    pcn_name: str = ""
    sub_icb_code: str = ""
    sub_icb_name: str = ""


@dataclass
class Group:
    """Appointments of a set of practices in the chosen months: counts by breakdown, and which
    practices had rows in which months (for list-size denominators)."""

    kind: str  # "practice", "pcn", "sub_icb", "file"
    code: str
    name: str
    table: Table = field(default_factory=dict)
    months_by_practice: dict[str, set[str]] = field(default_factory=dict)

    def add(self, other: Group) -> None:
        for key, n in other.table.items():
            self.table[key] = self.table.get(key, 0) + n
        for code, months in other.months_by_practice.items():
            self.months_by_practice.setdefault(code, set()).update(months)


@dataclass
class GpadScan:
    """One practice's appointments in the chosen months, read from one or more files."""

    files: tuple[str, ...]
    practice: Practice | None = None
    months: tuple[str, ...] = ()
    groups: dict[str, Group] = field(default_factory=dict)  # by kind
    problems: list[FileProblem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def table(self) -> Table:
        group = self.groups.get("practice")
        return group.table if group else {}

    @property
    def weeks(self) -> float:
        return vocab.weeks_in(list(self.months))

    @property
    def ok(self) -> bool:
        return not self.problems and self.practice is not None and bool(self.months)


def per_week(table: Table, weeks: float) -> dict[str, dict[str, float]]:
    """{HCP_TYPE: {NATIONAL_CATEGORY: appointments a week}}, every status but DNA."""
    out: dict[str, dict[str, float]] = {}
    for (hcp, _mode, category, _band, status), n in sorted(table.items()):
        if vocab.is_dna(status) or not weeks:
            continue
        by_cat = out.setdefault(hcp, {})
        by_cat[category] = by_cat.get(category, 0.0) + n / weeks
    return out


def dna_per_week(table: Table, weeks: float) -> dict[str, float]:
    """{HCP_TYPE: DNAs a week}."""
    out: dict[str, float] = {}
    for (hcp, *_rest, status), n in sorted(table.items()):
        if vocab.is_dna(status) and weeks:
            out[hcp] = out.get(hcp, 0.0) + n / weeks
    return out


def merge_tables(tables: Iterable[Table]) -> Table:
    out: Table = {}
    for table in tables:
        for key, n in table.items():
            out[key] = out.get(key, 0) + n
    return out
