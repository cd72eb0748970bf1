"""Opening a GPAD practice-level file: is it one, where are its columns, how are its bytes
encoded. Every refusal is a FileProblem naming the file, line and column.

Files are read as bytes: UTF-8 (with or without a byte-order mark) and Windows-1252 (what
Excel writes for "CSV (comma delimited)") both read; a value that is not UTF-8 is read as
Windows-1252. UTF-16 and binary files (an Excel workbook renamed .csv) are refused.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from planner.appointments import vocab
from planner.appointments.result import FileProblem

BOM = b"\xef\xbb\xbf"
SAMPLE = 4096


class LayoutError(Exception):
    def __init__(self, problem: FileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Layout:
    """Where the columns of one file are, by header name."""

    file: str
    names: tuple[str, ...]  # normalised header names, in file order
    index: dict[str, int]
    header_bytes: int  # bytes before the first data row (BOM and header line)

    @property
    def fast(self) -> bool:
        """The breakdowns are the last six columns, in published order: rows can be split from
        the right without parsing the practice's name (which may hold quoted commas)."""
        return self.names[-len(vocab.TAIL):] == vocab.TAIL

    @property
    def head_width(self) -> int:
        return len(self.names) - len(vocab.TAIL)

    def column(self, name: str) -> str:
        """'COUNT_OF_APPOINTMENTS (M)': the header name and the column letter Excel shows."""
        i = self.index.get(name)
        return name if i is None else f"{name} ({vocab.column_letter(i)})"


def decode(raw: bytes) -> str:
    """UTF-8, else Windows-1252 (every byte but five has a meaning there), else Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def split_line(raw: bytes) -> list[str]:
    """The fields of one CSV line."""
    text = decode(raw).rstrip("\r\n")
    return next(csv.reader([text]), [])


def read_layout(path: Path) -> Layout:
    """The columns of the file at ``path``; LayoutError when it is not a practice-level file."""
    name = path.name
    try:
        with open(path, "rb") as f:
            start = f.read(SAMPLE)
            f.seek(0)
            first = f.readline()
    except OSError as e:
        raise LayoutError(FileProblem(name, 0, "", f"cannot be read: {e.strerror or e}")) from e
    _check_bytes(name, start)
    bom = len(BOM) if first.startswith(BOM) else 0
    names = tuple(_normal(n) for n in split_line(first[bom:]))
    index = {n: i for i, n in enumerate(names) if n}
    missing = [n for n in vocab.REQUIRED if n not in index]
    if missing:
        raise LayoutError(FileProblem(name, 1, "", _not_gpad(missing, names)))
    return Layout(name, names, index, len(first))


def _check_bytes(name: str, start: bytes) -> None:
    def refuse(message: str) -> None:
        raise LayoutError(FileProblem(name, 1 if start else 0, "", message))
    if not start:
        refuse("the file is empty; download the practice-level CSV again")
    if start.startswith(b"PK\x03\x04"):
        refuse("this is an Excel workbook (or a zip), not a CSV: unzip the download from NHS England "
               "and choose the Practice_Level_Crosstab CSV inside it")
    if start.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in start:
        refuse("the text is saved as UTF-16 (Unicode), which Skillmix does not read: open it in Excel "
               "and save it as 'CSV UTF-8 (comma delimited)', or use the file as downloaded")


def _normal(name: str) -> str:
    word = name.strip().strip("\ufeff").upper().replace(" ", "_")
    return vocab.ALIASES.get(word, word)


def _not_gpad(missing: list[str], names: tuple[str, ...]) -> str:
    shown = ", ".join(n for n in names[:6] if n) or "nothing"
    return (f"this is not an Appointments in General Practice practice-level file: its first line has "
            f"no {', '.join(missing)} column{'s' if len(missing) > 1 else ''} (it starts {shown}). "
            "Use the Practice_Level_Crosstab CSV from the NHS England publication")
