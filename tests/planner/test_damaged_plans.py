"""Damaged and hand-edited plan files: every damaged row is named by table, row and column in
one line (exit 2, the file untouched); values that are readable but out of range are loaded
for validation to list, and saving keeps them as they are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.model import Hire, Scenario, Shift
from planner.store import PlanFileError, load_plan, save_plan
from tests.planner.builders import two_role_plan
from tests.planner.rota import rota_books as books

SCENARIO = Scenario("Nurse appointments", (Shift("appts", "GP", "PN", 0.5), Hire("PN", 1.0, None, True)))


def plan_with_everything(path: Path) -> Path:
    """A plan with a row in every table (a scenario of two changes, a saved setting)."""
    save_plan(two_role_plan(scenarios=(SCENARIO,), extras={"rota_vocabulary": {"sessions": {}, "titles": {}}}), path)
    return path


def damage(path: Path, *statements: str, relax: bool = False) -> Path:
    """Run SQL on the plan file; with ``relax`` first drop its NOT NULL rules and column types
    (as a file made by another tool could), so NULLs, and numbers in text columns, can be written."""
    con = sqlite3.connect(path)
    if relax:
        con.execute("PRAGMA writable_schema = ON")
        con.execute("UPDATE sqlite_master SET sql = replace(replace(sql, 'NOT NULL', ''), 'VARCHAR', '') "
                    "WHERE type = 'table'")
        version = con.execute("PRAGMA schema_version").fetchone()[0]
        con.execute(f"PRAGMA schema_version = {version + 1}")
        con.commit()
        con.close()
        con = sqlite3.connect(path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    return path


ROWS_REFUSED = [
    # (what, SQL, relax, the words naming the problem)
    ("a NULL title", "UPDATE role SET title = NULL WHERE code = 'PN'", True,
     "table role, row 2, column title: is empty (NULL)"),
    ("a NULL name", "UPDATE practice SET name = NULL", True, "table practice, row 1, column name: is empty (NULL)"),
    ("a binary name", "UPDATE staff SET name = x'00ff10' WHERE position = 1", False,
     "table staff, row 2, column name: holds binary data, not text"),
    ("text that is not UTF-8", "UPDATE activity SET name = CAST(x'4cff' AS TEXT) WHERE code = 'letters'", False,
     "table activity, row 2, column name: holds text that is not valid UTF-8"),
    ("text in a number column", "UPDATE staff SET weekly_hours = 'lots' WHERE position = 0", False,
     "table staff, row 1, column weekly_hours: holds the text 'lots', not a number"),
    ("text as the list size", "UPDATE practice SET list_size = 'many'", False,
     "table practice, row 1, column list_size: holds the text 'many', not a number"),
    ("a number as a code", "UPDATE role SET code = 7 WHERE code = 'PN'", True,
     "table role, row 2, column code: holds the number 7, not text"),
    ("a position that is not whole", "UPDATE staff SET position = 1.5 WHERE position = 1", False,
     "table staff, row 2, column position: holds 1.5, not a whole number"),
    ("a flag that is not 0 or 1", "UPDATE scenario SET recommended = 'yes'", False,
     "table scenario, row 1, column recommended: holds the text 'yes', not a number"),
    ("an assumption it does not know", "INSERT INTO assumption VALUES ('lunch_minutes', 30, NULL)", False,
     "column key: 'lunch_minutes' is not an assumption this Skillmix knows"),
    ("an assumption without a value", "UPDATE assumption SET number = NULL WHERE key = 'wte_hours'", False,
     "column number: 'wte_hours' has no number value"),
    ("minutes for an activity that is not there", "INSERT INTO activity_role VALUES ('gone', 'GP', 5, 1)", False,
     "table activity_role, row 4, column activity: 'gone' is not in table activity"),
    ("a change of a scenario that is not there", "UPDATE change SET scenario_id = 9 WHERE position = 1", False,
     "table change, row 2, column scenario_id: 9 is not in table scenario"),
    ("a change type it does not know", "UPDATE change SET type = 'merge' WHERE position = 0", False,
     "table change, row 1, column type: 'merge' is not one of shift, avoid, retime, hire"),
    ("a shift without its share", "UPDATE change SET fraction = NULL WHERE position = 0", False,
     "table change, row 1, column fraction: is empty (NULL); a shift change needs it"),
    ("a setting that is not JSON", "UPDATE extra SET value_json = '{not json'", False,
     "table extra, row 1, column value_json: is not valid JSON"),
    ("a setting nested 5,000 deep", "UPDATE extra SET value_json = '" + "[" * 5000 + "]" * 5000 + "'", False,
     "table extra, row 1, column value_json: is nested too deeply"),
    ("a setting nested 40 deep", "UPDATE extra SET value_json = '" + "[" * 40 + "]" * 40 + "'", False,
     "column value_json: is nested more than 32 deep"),
    ("a setting with NaN", "UPDATE extra SET value_json = '{\"x\": NaN}'", False,
     "column value_json: holds nan, which is not a number"),
    ("two practices", "INSERT INTO practice VALUES (2, 'Other', 10, 52, 0)", False,
     "table practice: holds 2 rows; a plan has one"),
    ("a missing column", "ALTER TABLE staff DROP COLUMN annual_salary", False,
     "table staff, column annual_salary: the column is missing"),
    ("schema version 0", "UPDATE meta SET value = '0' WHERE key = 'schema_version'", False,
     "says it is plan schema 0, which no Skillmix ever wrote; it is damaged"),
    ("schema version -3", "UPDATE meta SET value = '-3' WHERE key = 'schema_version'", False,
     "says it is plan schema -3"),
    ("a schema version that is not a number", "UPDATE meta SET value = 'one' WHERE key = 'schema_version'", False,
     "has no readable schema version"),
]


@pytest.mark.parametrize("what, sql, relax, words", ROWS_REFUSED, ids=[c[0] for c in ROWS_REFUSED])
def test_a_damaged_row_is_named_in_one_line_and_the_file_is_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, sql: str, relax: bool, words: str) -> None:
    path = damage(plan_with_everything(tmp_path / "damaged.skillmix"), sql, relax=relax)
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="damaged") as e:
        load_plan(path)
    assert words in str(e.value)
    for argv in (["summary", str(path)], ["validate", str(path)], ["export-json", str(path), str(tmp_path / "o.json")],
                 ["report", str(path), "-o", str(tmp_path / "o.pdf")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("skillmix: damaged.skillmix") and words in err and err.count("\n") == 1, err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.skillmix"]


def test_import_rota_into_a_plan_with_text_in_a_number_column_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = damage(plan_with_everything(tmp_path / "damaged.skillmix"),
                  "UPDATE assumption SET number = 'long' WHERE key = 'session_hours'")
    before = path.read_bytes()
    rota = books.simple_grid(tmp_path / "rota.xlsx", [("Dr One", "GP", ["Surgery"] * 4)])
    assert main(["import-rota", str(rota), "--plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == ("skillmix: damaged.skillmix is damaged: table assumption, row 1, column number: holds the text "
                   "'long', not a number. Open a backup copy; nothing was changed.\n")
    assert path.read_bytes() == before


OUT_OF_RANGE = [
    ("UPDATE activity SET volume_per_week = 1e30 WHERE code = 'appts'",
     "activity 'appts', volume_per_week: 1e+30 must be at most 1e+06"),
    ("UPDATE practice SET list_size = 1e19", "practice, list_size: 1e+19 must be at most 1e+06"),
    ("UPDATE practice SET list_size = 2.5", "practice, list_size: 2.5 must be a whole number"),
    ("UPDATE staff SET weekly_hours = 9e999 WHERE position = 0", "weekly_hours: inf is not a number"),
    ("UPDATE assumption SET number = 5e-324 WHERE key = 'session_hours'",
     "assumptions, session_hours: 4.94066e-324 must be at least 0.5"),
    ("UPDATE role SET title = 'x' || hex(zeroblob(600)) WHERE code = 'PN'",
     "role 'PN', title: is 1,201 characters long; at most 200 are allowed"),
    ("UPDATE extra SET key = 'appointment_audit', "
     "value_json = '{\"shares\": {\"pharmacy\": \"lots\"}, \"audited\": 3}'",
     "extras, appointment_audit.shares.pharmacy: 'lots' is not a number"),
    ("UPDATE extra SET key = 'appointment_audit', value_json = '{\"shares\": {}, \"audited\": 2.5}'",
     "extras, appointment_audit.audited: 2.5 must be a whole number"),
]


@pytest.mark.parametrize("sql, problem", OUT_OF_RANGE)
def test_readable_values_out_of_range_are_loaded_for_validation_and_kept_by_a_save(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, problem: str) -> None:
    path = damage(plan_with_everything(tmp_path / "odd.skillmix"), sql)
    plan = load_plan(path)
    assert main(["validate", str(path)]) == 2
    assert problem in capsys.readouterr().err
    assert main(["summary", str(path)]) == 2
    err = capsys.readouterr().err
    assert problem in err.splitlines()[-1] and "Traceback" not in err
    again = tmp_path / "again.skillmix"
    save_plan(plan, again)
    assert load_plan(again) == plan  # nothing dropped, nothing rewritten


def test_a_plan_in_memory_that_a_file_cannot_hold_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "new.skillmix"
    for bad in (two_role_plan(practice=two_role_plan().practice.__class__("Name \ud800", 10)),
                two_role_plan(practice=two_role_plan().practice.__class__("Name", 10**30))):
        with pytest.raises(PlanFileError, match="holds a value a plan file cannot keep"):
            save_plan(bad, path)
        assert list(tmp_path.iterdir()) == []
    save_plan(two_role_plan(), path)
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="The previous version is unchanged"):
        save_plan(two_role_plan(practice=two_role_plan().practice.__class__("Name \udfff", 10)), path)
    assert path.read_bytes() == before


def test_a_megabyte_name_or_a_ten_megabyte_description_is_refused_quickly_in_one_short_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    path = damage(plan_with_everything(tmp_path / "huge.skillmix"),
                  "UPDATE scenario SET name = hex(zeroblob(500000)), description = hex(zeroblob(5000000))")
    started = time.perf_counter()
    assert main(["report", str(path), "-o", str(tmp_path / "pack.pdf")]) == 2
    assert time.perf_counter() - started < 30
    lines = capsys.readouterr().err.splitlines()
    assert all(len(line) < 700 for line in lines), [len(line) for line in lines]
    assert "name: is 1,000,000 characters long; at most 200 are allowed" in lines[-1]
    assert "description: is 10,000,000 characters long" in "\n".join(lines)
    assert not (tmp_path / "pack.pdf").exists()
