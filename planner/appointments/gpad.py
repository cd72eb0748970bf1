"""Read GPAD practice-level files in one streaming pass: the chosen practice's rows, and the
counts of its PCN, its sub-ICB location and the whole file for benchmarks.

Speed: a regional file holds over a million rows a month. Rows of one practice and month are
written together, and the columns before HCP_TYPE (month, practice, PCN, sub-ICB) are the same
for all of them: that "head" is parsed once, and where its run of rows ends is found by
galloping search on the raw lines (then checked, in C, that every row in it starts the same).
Rows of the practice are parsed in full (and every value checked); the rows of other practices are counted a run at a
time by C code (slices, splits, int() and dictionary look-ups over the run, mapped), leaving one
Python addition a row, into a table per kind of peer whose size depends on the breakdowns, not
on the rows: memory stays constant however long the file. A run with a quote after its head or
a bad count is parsed row by row instead; a row with too many or too few columns after its head
is named by a second pass. With ``peers="pcn"`` the runs of practices outside the PCN are
skipped whole, which is what reading "one practice" (and its PCN) costs; counting every run for
the sub-ICB and whole-file benchmarks costs about as much as a bare csv.reader pass
(benchmarks/bench_appointments.py).
"""

from __future__ import annotations

import gc
import mmap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path

from planner.appointments import vocab
from planner.appointments.layout import BOM, Layout, LayoutError, decode, read_layout, split_line
from planner.appointments.peers import PeerTables
from planner.appointments.result import FileProblem, GpadScan, Practice

MAX_PROBLEMS = 200
#: which kinds of row (planner.appointments.peers) each choice of peers counts
PEERS: dict[str, frozenset[str]] = {"none": frozenset({"practice"}),
                                    "pcn": frozenset({"practice", "pcn_in", "pcn_out"}),
                                    "all": frozenset({"practice", "pcn_in", "pcn_out", "sub", "rest"})}
BLOCK = 1 << 22  # bytes of lines read at once; progress and cancel are checked between blocks
Progress = Callable[[float], None]


class ScanCancelled(Exception):
    """The user cancelled reading."""


@dataclass(frozen=True)
class Head:
    """What the columns before the breakdowns say about a run of rows."""

    month: str
    practice: Practice
    kind: str  # "practice", "pcn_in", "pcn_out", "sub", "rest" or "skip"


def scan_gpad(paths: list[Path], practice: Practice, months: list[str] | None = None, *, peers: str = "all",
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> GpadScan:
    """The appointments of ``practice`` (its code, PCN and sub-ICB as found by find_practice)
    in ``months`` (None: every month it has rows in), with the counts of its peers: "all"
    (PCN, sub-ICB and whole file), "pcn" (its PCN only) or "none"."""
    scan = GpadScan(tuple(p.name for p in paths), practice)
    tables = PeerTables(practice.code)
    total = sum(_size(p) for p in paths) or 1
    done = 0
    with _no_gc():
        for path in paths:
            try:
                layout = read_layout(path)
            except LayoutError as e:
                scan.problems.append(e.problem)
                continue
            reader = _FileReader(path, layout, practice, months, peers, tables, scan)
            for read in reader.blocks():
                if cancelled is not None and cancelled():
                    raise ScanCancelled
                if progress is not None:
                    progress(min(1.0, (done + read) / total))
            done += _size(path)
    tables.finish(scan, months)
    return scan


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@contextmanager
def _no_gc() -> Iterator[None]:
    """The pass allocates a few small objects a row and keeps almost none: the cyclic garbage
    collector would run thousands of times for nothing (it doubled the time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _FileReader:
    def __init__(self, path: Path, layout: Layout, practice: Practice, months: list[str] | None,
                 peers: str, tables: PeerTables, scan: GpadScan) -> None:
        self.path, self.layout, self.practice = path, layout, practice
        self.months = set(months) if months else None
        self.counted = PEERS[peers]
        self.tables, self.scan = tables, scan
        self.heads: dict[bytes, Head | None] = {}

    def problem(self, line: int, column: str, message: str) -> None:
        if len(self.scan.problems) < MAX_PROBLEMS:
            self.scan.problems.append(FileProblem(self.layout.file, line, column, message))

    def blocks(self) -> Iterator[int]:
        """Read the file block by block, yielding the bytes read so far."""
        fast = self.layout.fast
        with open(self.path, "rb") as f:
            f.readline()
            number, read = 2, self.layout.header_bytes
            while True:
                lines = f.readlines(BLOCK)
                if not lines:
                    break
                (self._fast_lines if fast else self._slow_lines)(lines, number)
                number += len(lines)
                read += sum(map(len, lines))
                yield read
        bad = self.tables.damaged()
        if bad:
            self._locate(bad)
        self.scan.rows_read += number - 2

    def _locate(self, bad: set[tuple[bytes, bytes]]) -> None:
        """Rows of other practices with too many or too few columns after their head: read
        the file again to name their lines (only a damaged file gets here)."""
        with open(self.path, "rb") as f:
            f.readline()
            for n, line in enumerate(f, 2):
                front, _, status = line.rpartition(b",")
                front = front.rpartition(b",")[0]
                if any(status == s and front.endswith(b"," + b) for b, s in bad):
                    head = self._head(line.rsplit(b",", len(vocab.TAIL))[0], n)
                    if head is not None and head.kind != "practice" and head.kind in self.counted:
                        self._add_fields(split_line(line), n, head, self.layout.index)

    def _fast_lines(self, lines: list[bytes], number: int) -> None:
        """Run by run: the rows after a head that start with the same bytes are its rows."""
        i, width = 0, len(vocab.TAIL)
        while i < len(lines):
            if not lines[i].strip():
                i += 1
                continue
            raw_head = lines[i].rsplit(b",", width)[0]
            cur = raw_head + b","
            head = self._head(raw_head, number + i)
            end = run_end(lines, i, cur)
            if head is not None and head.kind == "practice":
                for k in range(i, end):  # the practice's own rows: parsed in full, every value checked
                    self._add_fields(split_line(lines[k]), number + k, head, self.layout.index)
            elif head is not None and head.kind in self.counted:  # a peer: its rows counted in C
                run = lines[i:end]
                if not self.tables.add_run(head, run, len(cur), raw_head.count(b'"')):
                    for k, line in enumerate(run, number + i):  # quotes, a damaged row, a bad count
                        self._add_fields(split_line(line), k, head, self.layout.index)
            i = end

    def _slow_lines(self, lines: list[bytes], number: int) -> None:
        """Columns in another order: parse every row (correct, slower)."""
        index = self.layout.index
        heads = [i for i, name in enumerate(self.layout.names) if name not in vocab.TAIL]
        for n, line in enumerate(lines, number):
            if not line.strip():
                continue
            fields = split_line(line)
            raw = ",".join(fields[i] for i in heads if i < len(fields)).encode()
            head = self._head_fields(raw, fields, n) if raw not in self.heads else self.heads[raw]
            self.heads[raw] = head
            if head is None or head.kind not in self.counted:
                continue
            self._add_fields(fields, n, head, index)

    def _head(self, raw: bytes, number: int) -> Head | None:
        if raw in self.heads:
            return self.heads[raw]
        fields = split_line(raw)
        head = self._head_fields(raw, fields, number) if len(fields) == self.layout.head_width else None
        if len(fields) != self.layout.head_width:
            self.problem(number, "", f"this row has a different number of columns from the first line "
                         f"({len(self.layout.names)}); check the file is not damaged")
        self.heads[raw] = head
        return head

    def _head_fields(self, raw: bytes, fields: list[str], number: int) -> Head | None:
        def value(name: str) -> str:
            i = self.layout.index.get(name)
            return fields[i].strip() if i is not None and i < len(fields) else ""
        month = vocab.month_key(value(vocab.MONTH))
        if month is None:
            self.problem(number, self.layout.column(vocab.MONTH),
                         f"'{value(vocab.MONTH)}' is not a month (the publication writes 01OCT2026)")
            return None
        found = Practice(value(vocab.CODE).upper(), value(vocab.NAME), value(vocab.PCN_CODE),
                         value(vocab.PCN_NAME), value(vocab.SUB_CODE), value(vocab.SUB_NAME))
        kind = self.tables.kind_of(found, self.practice)
        if self.months is not None and month not in self.months:
            kind = "skip"
        head = Head(month, found, kind)
        if kind != "skip":
            self.tables.seen(head.kind, month, found.code, self.layout.file)
        return head if kind != "skip" else None

    def _add_fields(self, fields: list[str], number: int, head: Head, index: dict[str, int]) -> None:
        if len(fields) != len(self.layout.names):
            self.problem(number, "", f"this row has {len(fields)} columns where the first line has "
                         f"{len(self.layout.names)}; check the file is not damaged")
            return
        count = _count(fields[index[vocab.COUNT]])
        if count is None:
            shown = fields[index[vocab.COUNT]].strip()
            why = "is below zero" if shown.lstrip("-").isdigit() else "is not a whole number"
            self.problem(number, self.layout.column(vocab.COUNT), f"'{shown[:40]}' {why}: a count of "
                         "appointments must be a whole number, 0 or more")
            return
        key = tuple(fields[index[c]].strip() for c in (vocab.HCP, vocab.MODE, vocab.CATEGORY, vocab.BOOKED,
                                                       vocab.STATUS))
        self.tables.add_text(head, key, count)  # type: ignore[arg-type]


def run_end(lines: list[bytes], start: int, prefix: bytes) -> int:
    """The index after the run of lines from ``start`` that begin with ``prefix``: found by
    galloping and halving (the rows of one practice and month are written together), then
    checked line by line in C; a file whose rows are not together falls back to a plain scan."""
    lo, step, size = start, 1, len(lines)
    while lo + step < size and lines[lo + step].startswith(prefix):
        lo, step = lo + step, step * 2
    hi = min(lo + step, size)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if lines[mid].startswith(prefix):
            lo = mid
        else:
            hi = mid
    if all(map(methodcaller("startswith", prefix), lines[start:hi])):
        return hi
    return next((k for k in range(start + 1, size) if not lines[k].startswith(prefix)), size)


def _count(text: str) -> int | None:
    word = text.strip()
    if not word.isdigit():
        return None
    return int(word)


def find_practice(paths: list[Path], wanted: str) -> tuple[Practice | None, list[FileProblem]]:
    """The practice whose code is ``wanted`` (any case), from its first row in the files, found
    by a byte search (much faster than reading rows). None with no problem: not in the files."""
    code = wanted.strip().upper().encode()
    problems: list[FileProblem] = []
    for path in paths:
        try:
            layout = read_layout(path)
        except LayoutError as e:
            problems.append(e.problem)
            continue
        found = _search(path, layout, code) if code else None
        if found is not None:
            return found, problems
    return None, problems


def _search(path: Path, layout: Layout, code: bytes) -> Practice | None:
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        at = mm.find(code, layout.header_bytes)
        while at >= 0:
            start = mm.rfind(b"\n", 0, at) + 1
            end = mm.find(b"\n", at)
            fields = split_line(mm[start:end if end >= 0 else len(mm)])
            i = layout.index[vocab.CODE]
            if i < len(fields) and fields[i].strip().upper().encode() == code:
                return _practice(fields, layout)
            at = mm.find(code, at + 1)
    return None


def _practice(fields: list[str], layout: Layout) -> Practice:
    def value(name: str) -> str:
        i = layout.index.get(name)
        return fields[i].strip() if i is not None and i < len(fields) else ""
    return Practice(value(vocab.CODE).upper(), value(vocab.NAME), value(vocab.PCN_CODE), value(vocab.PCN_NAME),
                    value(vocab.SUB_CODE), value(vocab.SUB_NAME))


__all__ = ["BOM", "ScanCancelled", "decode", "find_practice", "scan_gpad"]
