"""Bad GPAD input: each problem names the file, line and column; encodings Excel writes read."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.appointments import find_practice, prepare_import, read_gpad
from planner.appointments.result import FileProblem
from tests.planner.appointments.gpad_files import HEADER, OTHER, ROWS, gpad_plan, line, write_gpad


def problems(paths: list[Path], practice: str = "A81001", months: list[str] | None = None) -> list[FileProblem]:
    scan = read_gpad(paths, practice, months)
    assert scan.problems and not scan.ok
    return scan.problems


def test_cp1252_and_byte_order_mark_read(tmp_path: Path) -> None:
    """Excel's 'CSV (comma delimited)' writes Windows-1252; 'CSV UTF-8' starts with a BOM."""
    named = line("A81001", "GP", "Telephone", "Clinical Triage", "Same Day", 8, "Attended").replace(
        "RIVERSIDE MEDICAL PRACTICE", "ST JOHN’S SURGERY – ÉLAN")
    cp1252 = tmp_path / "cp1252.csv"
    cp1252.write_bytes(f"{HEADER}\r\n{named}\r\n".encode("cp1252"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + f"{HEADER}\n{named}\n".encode())
    for path in (cp1252, bom):
        scan = read_gpad([path], "A81001")
        assert scan.problems == [] and scan.practice.name == "ST JOHN’S SURGERY – ÉLAN"  # type: ignore[union-attr]
        assert sum(scan.table.values()) == 8


def test_utf16_is_refused_with_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(f"{HEADER}\n".encode("utf-16"))
    (p,) = problems([path])
    assert (p.file, p.line) == ("u16.csv", 1) and "UTF-16" in p.message and "CSV UTF-8" in p.message


def test_not_a_gpad_file(tmp_path: Path) -> None:
    rota = tmp_path / "rota.csv"
    rota.write_text("Name,Role,Monday AM\nDr A,GP,Surgery\n", encoding="utf-8")
    (p,) = problems([rota])
    assert p.line == 1 and "not an Appointments in General Practice practice-level file" in p.message
    assert "APPOINTMENT_MONTH_START_DATE" in p.message
    book = tmp_path / "book.csv"
    book.write_bytes(b"PK\x03\x04rest of a zip")
    assert "Excel workbook" in problems([book])[0].message
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in problems([empty])[0].message


def test_practice_not_in_the_file(tmp_path: Path) -> None:
    (p,) = problems([write_gpad(tmp_path / "f.csv")], "Z99999")
    assert p.column == "GP_CODE" and "no practice with the code or name 'Z99999'" in p.message


def test_months_with_no_rows(tmp_path: Path) -> None:
    path = write_gpad(tmp_path / "f.csv")
    (p,) = problems([path], months=["2026-02", "2026-03"])
    assert p.column == "APPOINTMENT_MONTH_START_DATE" and "no rows for Mar 2026" in p.message
    twice = write_gpad(tmp_path / "copy.csv")
    assert "more than one file" in problems([path, twice])[0].message


@pytest.mark.parametrize(("count", "why"), [("-4", "is below zero"), ("lots", "is not a whole number"),
                                            ("2.5", "is not a whole number")])
def test_bad_counts_name_line_and_column(tmp_path: Path, count: str, why: str) -> None:
    rows = ROWS[:3] + (("A81001", "GP", "Face-to-Face", "Walk-in", "Same Day", count, "Attended"),) + ROWS[3:]
    (p,) = problems([write_gpad(tmp_path / "f.csv", rows)])
    assert (p.file, p.line, p.column) == ("f.csv", 5, "COUNT_OF_APPOINTMENTS (M)")
    assert f"'{count}' {why}" in p.message


def test_bad_count_of_another_practice_is_found_too(tmp_path: Path) -> None:
    rows = (*ROWS, ("D84004", OTHER, "Face-to-Face", "Planned Clinics", "Same Day", "n/a", "Attended"))
    (p,) = problems([write_gpad(tmp_path / "f.csv", rows)])
    assert (p.line, p.column) == (len(rows) + 1, "COUNT_OF_APPOINTMENTS (M)")


def test_damaged_row_and_bad_month(tmp_path: Path) -> None:
    short = "01FEB2026,A81001,RIVERSIDE MEDICAL PRACTICE,EMIS"
    found = problems([write_gpad(tmp_path / "f.csv", extra=(short,))])
    assert found[0].line == len(ROWS) + 2 and "number of columns" in found[0].message
    month = line("A81001", "GP", "Telephone", "Clinical Triage", "Same Day", 1, "Attended", month="Febtember")
    (p,) = problems([write_gpad(tmp_path / "m.csv", extra=(month,))])
    assert p.column == "APPOINTMENT_MONTH_START_DATE (A)" and "'Febtember' is not a month" in p.message


def test_nothing_can_be_imported_from_a_read_with_problems(tmp_path: Path) -> None:
    scan = read_gpad([write_gpad(tmp_path / "f.csv")], "A81001", ["2026-05"])
    with pytest.raises(ValueError, match="nothing can be imported"):
        prepare_import(gpad_plan(), scan)


def test_code_in_another_column_or_a_quoted_name_does_not_fool_the_search(tmp_path: Path) -> None:
    """A81001 also appears inside another practice's quoted name and PCN name: only the row
    whose GP_CODE is A81001 counts."""
    decoy = line("B82002", "GP", "Telephone", "Clinical Triage", "Same Day", 999, "Attended").replace(
        "BROOK SURGERY", '"BROOK, FORMERLY A81001"').replace("RIVERSIDE PCN", "A81001 PCN")
    path = write_gpad(tmp_path / "f.csv", ROWS[:1])
    path.write_text(f"{HEADER}\n{decoy}\n" + path.read_text().split("\n", 1)[1], encoding="utf-8")
    practice, _ = find_practice([path], "a81001")
    assert practice is not None and practice.name == "RIVERSIDE MEDICAL PRACTICE"
    scan = read_gpad([path], "A81001")
    assert scan.problems == [] and sum(scan.table.values()) == 120


def test_columns_in_another_order_still_read(tmp_path: Path) -> None:
    names = HEADER.split(",")
    order = [names.index(n) for n in reversed(names)]
    path = tmp_path / "reordered.csv"
    rows = [",".join(reversed(names))] + [",".join(_fields(line(*r))[i] for i in order) for r in ROWS]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    scan = read_gpad([path], "A81001")
    assert scan.problems == [] and sum(scan.table.values()) == 570


def _fields(text: str) -> list[str]:
    import csv

    return [f'"{v}"' if "," in v else v for v in next(csv.reader([text]))]


def test_rows_not_written_together_still_add_up(tmp_path: Path) -> None:
    """Rows of one practice and month are normally together; shuffled, the totals are the same."""
    together = read_gpad([write_gpad(tmp_path / "sorted.csv")], "A81001")
    order = [9, 0, 11, 1, 12, 2, 10, 3, 4, 5, 6, 7, 8]
    shuffled = read_gpad([write_gpad(tmp_path / "shuffled.csv", tuple(ROWS[i] for i in order))], "A81001")
    assert shuffled.problems == [] and shuffled.groups["file"].table == together.groups["file"].table
    assert shuffled.table == together.table


def test_peer_row_with_an_extra_column_is_named(tmp_path: Path) -> None:
    extra = line("D84004", OTHER, "Face-to-Face", "Planned Clinics", "Same Day", 5, "Attended") + ",oops"
    (p,) = problems([write_gpad(tmp_path / "f.csv", extra=(extra,))])
    assert p.line == len(ROWS) + 2 and "15 columns where the first line has 14" in p.message
