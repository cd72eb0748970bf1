"""Realistic rota workbooks for tests, built with openpyxl in a temporary folder.

Every number a test checks is worked out in the docstring of the builder that makes it.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

S = 25 / 6  # one session, 4 h 10 min
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
WEEK_COLUMNS = [f"{d} {h}" for d in DAYS for h in ("AM", "PM")]


def save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def messy_grid(path: Path) -> Path:
    """One week as practices really type it: two title rows, day names merged over AM and PM
    with AM/PM on the row below, Saturday AM only, section rows, blank rows, a Notes column,
    names with stray spaces, words in any case, times in cells and a two-word cell.

    Dr Anna Patel (GP Partner -> GP): untimed sessions Mon AM, Mon PM, Wed AM (Duty),
      Thu AM (Surgery/Visits, split equally), Thu PM (Admin), Fri AM+PM (AL) = 7 x S;
      timed: Tue AM 08:30-12:00 = 3.5 h, Tue PM 14:00-18:30 = 4.5 h, Wed PM 1.30pm-3pm = 1.5 h.
      clinic = 2S + 3.5 + 4.5 + S/2 = 18.4167; duty = S; visits = 1.5 + S/2 = 3.5833;
      admin = S; leave = 2S; total = 7S + 9.5 = 38.6667.
    Dr Ben Khan (Salaried GP -> GP): Surgery Mon AM/PM, Tue PM, Wed AM/PM, Sat AM = 6 x S
      = 25 h clinic; Triage Tue AM = S duty; total 29.1667.
    Sue Jones (practice nurse -> PN): Clinic x3 = 12.5; Training S; MDT S; off/-/blank count 0;
      total 5S = 20.8333.
    Tom Brown (hca -> HCA): clinic Mon-Fri AM = 5S = 20.8333.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Rota"
    ws["A1"] = "Riverside MP rota w/c 3 Nov 2025"
    ws["A2"] = "Printed by: Practice Manager"
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    ws["A4"], ws["B4"] = "Name", "Job title"
    for i, day in enumerate(days):
        col = 3 + 2 * i
        ws.cell(4, col, day)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "AM")
        ws.cell(5, col + 1, "PM")
    ws.cell(4, 13, "Saturday")
    ws.cell(5, 13, "am")
    ws.cell(4, 14, "Notes")
    rows: list[list[Any]] = [
        ["GPs"],
        ["  Dr  Anna Patel ", "GP Partner", "Surgery", "SURGERY", "surgery 08:30-12:00",
         "Clinic 14:00 - 18:30", "Duty", "visits 1.30pm-3pm", "Surgery/Visits", "Admin", "AL", "al",
         None, "Running late Tue"],
        ["Dr Ben Khan", "Salaried GP", "Surgery", "surgery", "Triage", "Surgery", "Surgery", "surgery",
         None, None, None, None, "Surgery"],
        [],
        ["Nursing team"],
        ["Sue Jones", "practice nurse", "Clinic", "clinic", "off", "-", "CLINIC", "Training", None, None,
         "MDT", None],
        ["Tom Brown", "hca", "clinic", None, "Clinic", None, "clinic", None, "Clinic", None, "clinic"],
    ]
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(6 + offset, col, value)
    return save(wb, path)


def long_list(path: Path) -> Path:
    """A row per session over two weeks (w/c 3 Nov and w/c 10 Nov 2025), times as Excel times,
    fractions of a day and text.

    Dr Anna Patel: wk1 Mon 08:30-12:00 Surgery (3.5), Mon "13:30"-"17:00" Surgery (3.5),
      Tue "9am"-"12pm" Home visits (3); wk2 Mon 0.375-0.5 (09:00-12:00) Admin (3),
      Tue "1.30pm"-"6pm" Clinic (4.5). Average of 2 weeks: clinic (3.5+3.5+4.5)/2 = 5.75,
      visits 1.5, admin 1.5; total 8.75.
    Sue Jones: wk1 Wed 08:00-13:00 Clinic (5); wk2 Thu PCN meeting with no times (S).
      Average: clinic 2.5, meeting S/2 = 2.0833; total 4.5833.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws.append(["Exported from the practice rota"])
    ws.append([])
    ws.append(["Date", "Staff", "Job title", "Start", "End", "Activity", "Room"])
    rows = [
        (date(2025, 11, 3), "Dr Anna Patel", "GP partner", time(8, 30), time(12, 0), "Surgery", "1"),
        (date(2025, 11, 3), "Dr Anna Patel", "GP partner", "13:30", "17:00", "Surgery", "1"),
        (date(2025, 11, 4), "dr anna patel", "", "9am", "12pm", "Home visits", None),
        (date(2025, 11, 5), "Sue Jones", "Practice nurse", time(8, 0), time(13, 0), "Clinic", "3"),
        (date(2025, 11, 10), "Dr Anna Patel", "GP partner", 0.375, 0.5, "Admin", None),
        (date(2025, 11, 11), "Dr Anna Patel", "GP partner", "1.30pm", "6pm", "Clinic", "2"),
        (date(2025, 11, 13), "Sue Jones", "Practice nurse", None, None, "PCN meeting", None),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=5):
        for cell in row:
            if isinstance(cell.value, time):
                cell.number_format = "hh:mm"
    return save(wb, path)


def grid_sheet(ws: Worksheet, people: Sequence[tuple[str, str, Sequence[str | None]]],
               title: str | None = None) -> None:
    """A plain weekly grid: Name, Role, Mon AM ... Fri PM."""
    if title:
        ws.append([title])
    ws.append(["Name", "Role", *WEEK_COLUMNS])
    for name, role, sessions in people:
        ws.append([name, role, *sessions])


def weekly_sheets(path: Path) -> Path:
    """A "Read me" sheet, Wk1..Wk4 grids, a "Summary" of numbers and a hidden old week.

    Dr Patel (GP partner): Wk1 and Wk2: 8 Surgery + 2 Admin; Wk3: 10 AL; Wk4: 6 Surgery + 4 off.
      clinic (8+8+6)S/4 = 22.9167; admin (2+2)S/4 = S = 4.1667; leave 10S/4 = 10.4167;
      total (10+10+10+6)S/4 = 36S/4 = 37.5.
    Dr Lee (Locum GP), only in Wk2: 4 Surgery -> 4S/4 = 4.1667 clinic.
    """
    wb = Workbook()
    readme = wb.active
    readme.title = "Read me"
    readme.append(["How to use this rota"])
    readme.append(["Type S for surgery. Ask Jane before changing anything."])
    surgery8 = ["Surgery"] * 8 + ["Admin", "Admin"]
    weeks = {
        "Wk1": [("Dr Patel", "GP partner", surgery8)],
        "Wk2": [("Dr Patel", "GP partner", surgery8), ("Dr Lee", "Locum GP", ["Surgery"] * 4)],
        "Wk3": [("Dr Patel", "GP partner", ["AL"] * 10)],
        "Wk4": [("Dr Patel", "GP partner", ["Surgery"] * 6 + ["off"] * 2 + [None, "x"])],
    }
    for name, people in weeks.items():
        grid_sheet(wb.create_sheet(name), people, title=f"Rota {name}")
    summary = wb.create_sheet("Summary")
    summary.append(["Sessions", 34, 4])
    old = wb.create_sheet("Wk0")
    grid_sheet(old, [("Dr Patel", "GP partner", ["Surgery"] * 10)])
    old.sheet_state = "hidden"
    return save(wb, path)


def simple_grid(path: Path, people: Sequence[tuple[str, str, Sequence[Any]]], sheet: str = "Rota") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    grid_sheet(ws, people)
    return save(wb, path)


def tall_sheet(path: Path, rows: int) -> Path:
    """A rota sheet of ``rows`` rows (for the row limit)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Big"
    ws.append(["Name", "Role", *WEEK_COLUMNS])
    for i in range(rows - 1):
        ws.append([f"Person {i}", "GP", "Surgery"])
    return save(wb, path)


def xml_bomb(path: Path) -> Path:
    """A workbook whose sheet XML defines nested entities (billion laughs, kept small)."""
    plain = simple_grid(path.with_name("plain-" + path.name), [("Dr A", "GP", ["Surgery"])])
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    dtd = f'<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{lol}]>'
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = dtd + text if not text.startswith("<?xml") else text.replace("?>", "?>" + dtd, 1)
                data = text.replace("<t>Dr A</t>", "<t>&lol9;</t>").encode("utf-8")
            out.writestr(name, data)
    return path


def compound_file(path: Path, streams: Sequence[str]) -> Path:
    """A minimal OLE2 compound file (the container of .xls and of encrypted workbooks)
    holding the named streams, each 4096 zero bytes."""
    sector = 512
    data_sectors = 8  # 4096 bytes per stream
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0: the FAT itself; sector 1: the directory
    for i in range(len(streams)):
        first = 2 + i * data_sectors
        fat += list(range(first + 1, first + data_sectors)) + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack(
        "<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<I", 0) + b"\xff" * (436 - 4)
    entries = [_dir_entry("Root Entry", 5, child=1)]
    for i, name in enumerate(streams):
        right = i + 2 if i + 1 < len(streams) else 0xFFFFFFFF
        entries.append(_dir_entry(name, 2, right=right, start=2 + i * data_sectors, size=4096))
    directory = b"".join(entries) + b"".join(_dir_entry("", 0) for _ in range(4 - len(entries)))
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + bytes(4096 * len(streams))
    path.write_bytes(header + body)
    return path


def _dir_entry(name: str, kind: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF,
               start: int = 0xFFFFFFFE, size: int = 0) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00" if name else b""
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", 0xFFFFFFFF, right, child) + bytes(16) + bytes(4) + bytes(16)
            + struct.pack("<IQ", start, size))
