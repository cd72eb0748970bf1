"""Which practices the files hold, for choosing one: code, name, PCN, sub-ICB, months, rows.

One pass that parses only the first row of each practice and month (the rows after it are
recognised by their identical start), and the choice of a practice by code or by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.appointments import vocab
from planner.appointments.gpad import BLOCK, ScanCancelled
from planner.appointments.layout import Layout, LayoutError, read_layout, split_line
from planner.appointments.result import FileProblem, Practice


@dataclass
class PracticeEntry:
    practice: Practice
    months: set[str] = field(default_factory=set)
    rows: int = 0

    @property
    def label(self) -> str:
        """'A81001 Riverside Medical Practice (Riverside PCN)'."""
        pcn = f" ({self.practice.pcn_name})" if self.practice.pcn_name else ""
        return f"{self.practice.code} {self.practice.name}{pcn}".strip()


def list_practices(paths: list[Path], progress: Callable[[float], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   ) -> tuple[list[PracticeEntry], list[FileProblem]]:
    """Every practice in the files, by code, with its months and rows; and any file refused."""
    found: dict[str, PracticeEntry] = {}
    problems: list[FileProblem] = []
    total = sum(p.stat().st_size for p in paths if p.is_file()) or 1
    done = 0
    for path in paths:
        try:
            layout = read_layout(path)
        except LayoutError as e:
            problems.append(e.problem)
            continue
        for read in _read(path, layout, found):
            if cancelled is not None and cancelled():
                raise ScanCancelled
            if progress is not None:
                progress(min(1.0, (done + read) / total))
        done += path.stat().st_size
    return sorted(found.values(), key=lambda e: (e.practice.name.casefold(), e.practice.code)), problems


def _read(path: Path, layout: Layout, found: dict[str, PracticeEntry]):  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        f.readline()
        read, cur, entry = layout.header_bytes, b"\0", None
        while True:
            lines = f.readlines(BLOCK)
            if not lines:
                break
            for line in lines:
                if not line.startswith(cur):
                    if not line.strip():
                        continue
                    head = line.rsplit(b",", len(vocab.TAIL))[0] if layout.fast else line
                    cur = head + b"," if layout.fast else b"\0"
                    entry = _entry(split_line(head if layout.fast else line), layout, found)
                if entry is not None:
                    entry.rows += 1
            read += sum(map(len, lines))
            yield read


def _entry(fields: list[str], layout: Layout, found: dict[str, PracticeEntry]) -> PracticeEntry | None:
    def value(name: str) -> str:
        i = layout.index.get(name)
        return fields[i].strip() if i is not None and i < len(fields) else ""
    code = value(vocab.CODE).upper()
    if not code:
        return None
    entry = found.get(code)
    if entry is None:
        entry = found[code] = PracticeEntry(Practice(code, value(vocab.NAME), value(vocab.PCN_CODE),
                                                     value(vocab.PCN_NAME), value(vocab.SUB_CODE),
                                                     value(vocab.SUB_NAME)))
    month = vocab.month_key(value(vocab.MONTH))
    if month:
        entry.months.add(month)
    return entry


def choose(entries: list[PracticeEntry], wanted: str) -> tuple[PracticeEntry | None, str]:
    """The practice ``wanted`` names, by code or by name (any case; a unique part of a name is
    enough), or None and why not."""
    word = " ".join(wanted.split()).casefold()
    if not word:
        return None, "no practice was given"
    by_code = [e for e in entries if e.practice.code.casefold() == word]
    exact = [e for e in entries if " ".join(e.practice.name.split()).casefold() == word]
    partial = [e for e in entries if word in " ".join(e.practice.name.split()).casefold()]
    for matches in (by_code, exact, partial):
        if len(matches) == 1:
            return matches[0], ""
        if len(matches) > 1:
            shown = "; ".join(e.label for e in matches[:8])
            return None, f"'{wanted}' could be {len(matches)} practices ({shown}); give the practice code"
    return None, (f"no practice with the code or name '{wanted}' is in these files "
                  f"({len(entries)} practices); check the code, or choose from the list")
