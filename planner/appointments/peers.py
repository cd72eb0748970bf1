"""Counts kept while reading: one table per kind of practice and month, whatever the rows.

Kinds are disjoint, so a row is counted once: the practice itself, other practices of its PCN
in its sub-ICB location ("pcn_in") or in another ("pcn_out"), other practices of its sub-ICB
location ("sub"), and the rest of the file. The groups compared are sums of kinds:
practice; PCN = practice + pcn_in + pcn_out; sub-ICB = practice + pcn_in + sub; file = all.
"""

from __future__ import annotations

from operator import itemgetter, methodcaller
from typing import cast

from planner.appointments import vocab
from planner.appointments.layout import decode
from planner.appointments.result import FileProblem, GpadScan, Group, Key, Practice, Table

KINDS = ("practice", "pcn_in", "pcn_out", "sub", "rest")
GROUP_KINDS: dict[str, tuple[str, ...]] = {
    "practice": ("practice",),
    "pcn": ("practice", "pcn_in", "pcn_out"),
    "sub_icb": ("practice", "pcn_in", "sub"),
    "file": KINDS,
}

#: a peer row's bytes after its head -> [breakdowns, count, status] as written
_SPLIT = methodcaller("rsplit", b",", 2)
_COUNT = itemgetter(1)
_KEY = itemgetter(0, 2)


class PeerTables:
    def __init__(self, code: str) -> None:
        self.code = code
        self.key_ids: dict[tuple[bytes, bytes], int] = {}
        self.sums: dict[tuple[str, str], list[int]] = {}
        self.text: dict[tuple[str, str], Table] = {}
        self.coverage: dict[tuple[str, str], set[str]] = {}
        self.practice_files: dict[str, set[str]] = {}
        self.files_with_month: dict[str, set[str]] = {}
        self.found: Practice | None = None

    @staticmethod
    def kind_of(found: Practice, practice: Practice) -> str:
        if found.code == practice.code:
            return "practice"
        same_sub = bool(practice.sub_icb_code) and found.sub_icb_code == practice.sub_icb_code
        if practice.pcn_code and found.pcn_code == practice.pcn_code:
            return "pcn_in" if same_sub else "pcn_out"
        return "sub" if same_sub else "rest"

    def add_run(self, head: object, run: list[bytes], cut: int, head_quotes: int) -> bool:
        """Add a run of peer rows (the bytes after ``cut`` are the breakdowns, count and status)
        a run at a time, in C but for one addition a row; False (nothing added) when a row has
        a quote after its head, a count that is not a whole number 0 or more, or too few columns."""
        if b"".join(run).count(b'"') != head_quotes * len(run):
            return False
        parts = list(map(_SPLIT, map(itemgetter(slice(cut, None)), run)))
        try:
            counts = list(map(int, map(_COUNT, parts)))
            keys = list(map(_KEY, parts))
        except (ValueError, IndexError):
            return False
        if counts and min(counts) < 0:
            return False
        found = list(map(self.key_ids.get, keys))
        ids = [self.key_ids.setdefault(k, len(self.key_ids)) if i is None else i
               for k, i in zip(keys, found, strict=True)] if None in found else cast(list[int], found)
        sums = self.sums.setdefault((head.kind, head.month), [])  # type: ignore[attr-defined]
        sums.extend([0] * (len(self.key_ids) - len(sums)))
        for i, n in zip(ids, counts, strict=True):
            sums[i] += n
        return True

    def damaged(self) -> set[tuple[bytes, bytes]]:
        """Keys of rows with too many or too few breakdowns (not counted; their lines are named)."""
        return {k for k in self.key_ids if k[0].count(b",") != 3}

    def add_text(self, head: object, key: Key, count: int) -> None:
        table = self.text.setdefault((head.kind, head.month), {})  # type: ignore[attr-defined]
        table[key] = table.get(key, 0) + count

    def seen(self, kind: str, month: str, code: str, file: str) -> None:
        self.coverage.setdefault((kind, month), set()).add(code)
        self.files_with_month.setdefault(month, set()).add(file)
        if kind == "practice":
            self.practice_files.setdefault(month, set()).add(file)

    def finish(self, scan: GpadScan, months: list[str] | None) -> None:
        """Check the months, then put the groups of ``scan`` together."""
        practice = scan.practice
        assert practice is not None
        files = ", ".join(scan.files)
        if not self.practice_files and not any(p.line <= 1 for p in scan.problems):
            scan.problems.append(FileProblem(files, 0, vocab.CODE, f"practice {practice.code} has no rows in "
                                             "these files; check the code, or choose it from the list"))
        chosen = list(months) if months else sorted(self.practice_files)
        for month in chosen:
            self._check_month(scan, month, files)
        scan.months = tuple(chosen)
        decoded: dict[bytes, Key] = {}
        for kind, month in set(self.sums) | set(self.text):
            if month in chosen:
                self._merge(scan, kind, month, decoded)

    def _check_month(self, scan: GpadScan, month: str, files: str) -> None:
        label = vocab.month_label(month)
        where = self.practice_files.get(month, set())
        if len(where) > 1:
            scan.problems.append(FileProblem(", ".join(sorted(where)), 0, vocab.MONTH,
                                             f"{label} is in more than one file: choose each month once"))
        elif not where and month in self.files_with_month:
            scan.problems.append(FileProblem(files, 0, vocab.MONTH, f"the practice has no rows for {label} "
                                             "in these files; choose months it has rows for"))
        elif not where:
            scan.problems.append(FileProblem(files, 0, vocab.MONTH, f"these files have no rows for {label}; "
                                             "add the file for that month or choose other months"))

    def _merge(self, scan: GpadScan, kind: str, month: str, decoded: dict[bytes, Key]) -> None:
        table: Table = dict(self.text.get((kind, month), {}))
        ids = self.sums.get((kind, month), [])
        for (breakdowns, status), n in zip(self.key_ids, ids, strict=False):  # ids: as many as seen
            if n and breakdowns.count(b",") == 3:
                key = _key(breakdowns, status, decoded)
                table[key] = table.get(key, 0) + n
        codes = self.coverage.get((kind, month), set())
        for group, kinds in GROUP_KINDS.items():
            if kind not in kinds:
                continue
            target = scan.groups.setdefault(group, _group(group, scan.practice))
            target.add(Group(group, "", "", table, {c: {month} for c in codes}))


def _key(breakdowns: bytes, status: bytes, decoded: dict[bytes, Key]) -> Key:
    both = breakdowns + b"," + status
    key = decoded.get(both)
    if key is None:
        hcp, mode, category, band = (v.strip() for v in decode(breakdowns).split(","))
        key = decoded[both] = (hcp, mode, category, band, decode(status).strip())
    return key


def _group(kind: str, practice: Practice | None) -> Group:
    p = practice or Practice("", "")
    code, name = {"practice": (p.code, p.name), "pcn": (p.pcn_code, p.pcn_name),
                  "sub_icb": (p.sub_icb_code, p.sub_icb_name), "file": ("", "")}[kind]
    return Group(kind, code, name)
