"""Minutes from the practice's own appointment report (docs/MODEL-EXTENSIONS.md E11), by hand:
GP Routine by a salaried GP: 10 and 12 minutes (the 15-minute DNA is not counted) -> 11.0;
Nurse LTC by a practice nurse: 00:20 and 0:25:00 -> 22.5; admin slots are left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.appointments.book import BookMapping, apply_minutes, minutes_source, read_minutes, saved_mapping
from planner.appointments.book_reader import guess_columns, read_book
from planner.cli.main import main
from planner.edits import import_appointment_book
from planner.store import load_plan, save_plan
from tests.planner.appointments.gpad_files import gpad_plan

HEADERS = ["Appointment Date", "Start Time", "Slot Length", "Clinician", "Slot Type", "Staff Role", "Status",
           "Delivery Mode"]
ROWS = [
    ["02/02/2026", "08:30", "10 mins", "Dr Amy Patel", "GP Routine 10", "Salaried GP", "Finished", "Face to face"],
    ["02/02/2026", "08:40", "12", "Dr Amy Patel", "GP Routine 10", "Salaried GP", "Finished", "Telephone"],
    ["02/02/2026", "08:52", "15", "Dr Amy Patel", "GP Routine 10", "Salaried GP", "Did Not Attend", "Face to face"],
    ["02/02/2026", "09:00", "00:20", "Sam Lee", "Nurse LTC", "Practice Nurse", "Finished", "Face to face"],
    ["03/02/2026", "09:00", "0:25:00", "Sam Lee", "Nurse LTC", "Practice Nurse", "Finished", "Face to face"],
    ["03/02/2026", "09:30", "5", "Jo Bell", "Admin", "Receptionist", "Finished", "Telephone"],
]
MAPPING = BookMapping(
    {"date": "Appointment Date", "time": "Start Time", "duration": "Slot Length", "clinician": "Clinician",
     "slot_type": "Slot Type", "role": "Staff Role", "status": "Status", "mode": "Delivery Mode"},
    {"GP Routine 10": "acute_same_day", "Nurse LTC": "ltc_review", "Admin": ""},
    {"Salaried GP": "GP", "Practice Nurse": "PN", "Receptionist": ""})


def write_csv(path: Path, rows: list[list[str]] = ROWS) -> Path:
    path.write_text("\n".join(",".join(r) for r in [["Appointments report"], HEADERS, *rows]) + "\n",
                    encoding="utf-8")
    return path


def test_columns_guessed_from_headers() -> None:
    assert guess_columns(tuple(HEADERS)) == MAPPING.columns


def test_mean_minutes_worked_by_hand(tmp_path: Path) -> None:
    table, problems = read_book(write_csv(tmp_path / "book.csv"))
    assert problems == [] and table is not None and len(table.rows) == 6
    result, problems = read_minutes(table, MAPPING, gpad_plan())
    assert problems == [] and result is not None
    assert result.minutes == {("acute_same_day", "GP"): (11.0, 2), ("ltc_review", "PN"): (22.5, 2)}
    assert (result.counted, result.left_out) == (4, 2)
    after = apply_minutes(gpad_plan(), result, MAPPING)
    assert after.activity("acute_same_day").minutes == {"GP": 11.0, "ANP": 12}  # type: ignore[union-attr]
    assert saved_mapping(after) == MAPPING
    assert minutes_source(after, "ltc_review", "PN") == "Your data: book.csv, 2 appointments"
    assert minutes_source(after, "ltc_review", "GP") == ""


def test_excel_report_reads_the_same(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    wb.save(tmp_path / "book.xlsx")
    table, _ = read_book(tmp_path / "book.xlsx")
    result, _ = read_minutes(table, MAPPING, gpad_plan())  # type: ignore[arg-type]
    assert result is not None and result.minutes[("ltc_review", "PN")] == (22.5, 2)


def test_unmapped_words_and_bad_durations_are_named(tmp_path: Path) -> None:
    rows = [*ROWS, ["04/02/2026", "10:00", "ten", "Dr Amy Patel", "GP Routine 10", "Salaried GP", "Finished", "F2F"],
            ["04/02/2026", "10:10", "10", "Max Day", "Minor Ops", "Paramedic", "Finished", "F2F"]]
    table, _ = read_book(write_csv(tmp_path / "book.csv", rows))
    result, problems = read_minutes(table, MAPPING, gpad_plan())  # type: ignore[arg-type]
    assert result is None
    assert [(p.line, p.column, p.message) for p in problems] == [
        (9, "Slot Length", "'ten' is not a number of minutes (write 10, or 00:10)"),
        (10, "Slot Type", "'Minor Ops' is not mapped to a Skillmix activity: choose one (or leave them out)"),
        (10, "Staff Role", "'Paramedic' is not mapped to a Skillmix role: choose one (or leave them out)")]


def test_one_undo_step(tmp_path: Path) -> None:
    table, _ = read_book(write_csv(tmp_path / "book.csv"))
    result, _ = read_minutes(table, MAPPING, gpad_plan())  # type: ignore[arg-type]
    edit = import_appointment_book(gpad_plan(), result, MAPPING)  # type: ignore[arg-type]
    assert edit.label == "Import appointment book book.csv" and edit.before == gpad_plan()


def test_cli_with_mapping_file_saves_the_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = tmp_path / "p.skillmix"
    save_plan(gpad_plan(), plan_file)
    book = write_csv(tmp_path / "book.csv")
    assert main(["import-appointment-book", str(plan_file), str(book)]) == 2  # words not mapped yet
    assert "'GP Routine 10' is not mapped" in capsys.readouterr().err
    assert load_plan(plan_file) == gpad_plan()
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"slot_types": MAPPING.slot_types, "roles": MAPPING.roles}), encoding="utf-8")
    assert main(["import-appointment-book", str(plan_file), str(book), "--mapping", str(mapping), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["minutes"][0] == {"activity": "acute_same_day", "role": "GP", "minutes": 11.0, "appointments": 2}
    assert saved_mapping(load_plan(plan_file)).slot_types == MAPPING.slot_types
    # the mapping saved with the plan is used next time, with no --mapping
    assert main(["import-appointment-book", str(plan_file), str(book), "--dry-run"]) == 0
