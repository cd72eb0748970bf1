"""Hostile input on the command line, by class: plan paths with URI characters, plan JSON that
is malformed, huge, deep or out of range, invalid plans with many problems, and errors nobody
expected. Each gives one line naming the file and what to do (exit 2), never a traceback, and
every file is left as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner import interchange
from planner.cli import summary_command
from planner.cli.main import main
from planner.interchange import plan_to_dict
from planner.model import Practice, Scenario, Shift
from planner.store import load_plan, save_plan
from tests.planner.builders import two_role_plan
from tests.planner.rota import rota_books as books


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("skillmix: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


# ---------------------------------------------------------------- plan paths

NAMES = ["Practice #2.skillmix", "a?b.skillmix", "100%.skillmix", "50%20off.skillmix", "x&mode=ro.skillmix",
         "Practice ?mode=memory#.skillmix"]


@pytest.mark.parametrize("name", NAMES)
def test_a_plan_name_with_uri_characters_round_trips_with_no_stray_file(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    decoy = tmp_path / "Practice "  # what an unescaped URI would read instead of "Practice #2"
    save_plan(two_role_plan(practice=Practice("Another practice", 10)), decoy)
    assert main(["new-sample", str(path)]) == 0
    assert main(["summary", str(path)]) == 0
    assert "Riverside Medical Practice" in capsys.readouterr().out
    assert main(["validate", str(path)]) == 0
    assert main(["export-json", str(path), str(tmp_path / "out.json")]) == 0
    assert main(["import-json", str(tmp_path / "out.json"), str(path), "--force"]) == 0
    rota = books.simple_grid(tmp_path / "rota.xlsx", [("Dr New", "GP", ["Surgery"] * 4)])
    assert main(["import-rota", str(rota), "--plan", str(path)]) == 0
    assert load_plan(path).practice.name == "Riverside Medical Practice"
    assert "Dr New" in [s.name for s in load_plan(path).staff]
    assert load_plan(decoy).practice.name == "Another practice"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["Practice ", name, "out.json", "rota.xlsx"])


# ---------------------------------------------------------------- plan JSON

def plan_json(**changes: Any) -> dict[str, Any]:
    return plan_to_dict(two_role_plan(**changes))


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(last) if last.isdigit() else last] = value
    return data


def _text(data: dict[str, Any], path: str, value: Any) -> str:
    return json.dumps(_set(data, path, value), ensure_ascii=True)


BAD_JSON: list[tuple[str, Any, str]] = [
    # (what, the file's text, the words of the one line)
    ("volume 1e30", _text(plan_json(), "activities.0.volume_per_week", 1e30),
     "activities[0].volume_per_week: 1e+30 must be at most 1e+06"),
    ("volume 1e308", _text(plan_json(), "activities.0.volume_per_week", 1e308),
     "activities[0].volume_per_week: 1e+308 must be at most 1e+06"),
    ("minutes 1e308", _text(plan_json(), "activities.0.minutes.GP", 1e308),
     "activities[0].minutes.GP: 1e+308 must be at most 1440"),
    ("salary 1e308", _text(plan_json(), "roles.0.annual_salary", 1e308),
     "roles[0].annual_salary: 1e+308 must be at most 1e+06"),
    ("GP hour value 1e308", _text(plan_json(), "assumptions.gp_hour_value", 1e308),
     "assumptions.gp_hour_value: 1e+308 must be at most 10000"),
    ("appointment length 5e-324", _text(plan_json(), "assumptions.gp_appointment_minutes", 5e-324),
     "assumptions.gp_appointment_minutes: 4.94066e-324 must be at least 1"),
    ("session length 5e-324", _text(plan_json(), "assumptions.session_hours", 5e-324),
     "assumptions.session_hours: 4.94066e-324 must be at least 0.5"),
    ("list size 1e19", _text(plan_json(), "practice.list_size", 10**19),
     "practice.list_size: 1e+19 must be at most 1e+06"),
    ("list size 2.5", _text(plan_json(), "practice.list_size", 2.5), "practice.list_size: 2.5 must be a whole number"),
    ("a 400-digit number", _text(plan_json(), "practice.list_size", 10**400),
     "practice.list_size: expected a number, found a number far too large"),
    ("a 5,000-digit number", json.dumps(plan_json()).replace('"list_size": 5000', '"list_size": ' + "9" * 5000),
     "practice.list_size: expected a number, found a number far too large"),
    ("a setting of 5,000 digits", json.dumps(plan_json(extras={"x": 1})).replace('"x": 1', '"x": ' + "9" * 5000),
     "plan.extras.'x': holds a number far too large, which is not a number"),
    ("NaN", json.dumps(plan_json()).replace('"weeks_per_year": 52', '"weeks_per_year": NaN'),
     "practice.weeks_per_year: expected a number, found nan"),
    ("Infinity", json.dumps(plan_json()).replace('"wte_hours": 37.5', '"wte_hours": -Infinity'),
     "assumptions.wte_hours: expected a number, found -inf"),
    ("1e999", json.dumps(plan_json()).replace('"wte_hours": 37.5', '"wte_hours": 1e999'),
     "assumptions.wte_hours: expected a number, found inf"),
    ("nested 5,000 deep", json.dumps(plan_json())[:-1] + ', "deep": ' + "[" * 5000 + "]" * 5000 + "}",
     "not valid plan JSON: lists or objects are nested too deeply"),
    ("settings nested 40 deep", _text(plan_json(), "extras", {"x": json.loads("[" * 40 + "]" * 40)}),
     "plan.extras.'x': is nested more than 32 deep"),
    ("a setting that is NaN", json.dumps(plan_json(extras={"x": 1.5})).replace("1.5", "NaN"),
     "plan.extras.'x': holds nan, which is not a number"),
    ("a lone surrogate", _text(plan_json(), "staff.0.name", "Dr \ud800"),
     "staff[0].name: the text contains a character that cannot be saved (an unpaired surrogate)"),
    ("a 2,000-character name", _text(plan_json(), "scenarios", [{"name": "W" * 2000, "changes": []}]),
     "scenarios[0].name: the text is 2,000 characters long; at most 200 are allowed"),
    ("a 10 MB description", _text(plan_json(), "scenarios", [{"name": "S", "description": "x" * 10_000_000}]),
     "scenarios[0].description: the text is 10,000,000 characters long; at most 20,000 are allowed"),
    ("one-off cost 1e308", _text(plan_json(), "scenarios", [{"name": "S", "changes": [
        {"type": "hire", "role": "PN", "wte": 1, "one_off_cost": 1e308}]}]),
     "scenarios[0].changes[0].one_off_cost: 1e+308 must be at most 1e+07"),
    ("a number as a name", _text(plan_json(), "staff.0.name", 12), "staff[0].name: expected text, found 12"),
    ("a list as a number", _text(plan_json(), "staff.0.weekly_hours", [1, 2]),
     "staff[0].weekly_hours: expected a number, found a list"),
    ("a change of no known type", _text(plan_json(), "scenarios", [{"name": "S", "changes": [{"type": "merge"}]}]),
     "scenarios[0].changes[0].type: 'merge' is not one of shift, avoid, retime, hire"),
    ("an audit with text shares", _text(plan_json(), "extras", {"appointment_audit": {"shares": {"p": "x"}}}),
     "invalid plan: extras, appointment_audit.shares.p: 'x' is not a number"),
    ("not UTF-8", b'{"format": "skillmix-plan", "name": "\xff"}', "is not plan JSON: it is not a text file"),
    ("broken JSON", "{not json", "not valid JSON (line 1, column 2"),
]


@pytest.mark.parametrize("what, text, words", BAD_JSON, ids=[c[0] for c in BAD_JSON])
def test_bad_plan_json_gives_one_line_naming_the_file_and_the_json_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, text: str | bytes, words: str) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    assert main(["import-json", str(source), str(tmp_path / "new.skillmix")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and words in err.splitlines()[-1], err
    assert "in.json" in err.splitlines()[-1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_plan_json_with_a_byte_order_mark_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notepad.json"
    source.write_text(json.dumps(plan_json()), encoding="utf-8-sig")
    assert source.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["import-json", str(source), str(tmp_path / "p.skillmix")]) == 0
    assert load_plan(tmp_path / "p.skillmix") == two_role_plan()


def test_plan_json_too_large_is_refused_before_it_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "huge.json"
    source.write_text(json.dumps(plan_json()))
    monkeypatch.setattr(interchange, "MAX_JSON_BYTES", 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    assert main(["import-json", str(source), str(tmp_path / "p.skillmix")]) == 2
    assert "huge.json: is 0 MB; plan JSON of at most 0 MB is read" in one_line(capsys)


def test_a_plan_with_an_infinite_number_is_not_written_as_json(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE staff SET weekly_hours = 9e999 WHERE position = 0")
    con.close()
    assert main(["export-json", str(path), str(tmp_path / "p.json")]) == 2
    assert "cannot be written as JSON: it holds a number that is not finite" in one_line(capsys)
    assert not (tmp_path / "p.json").exists()


# ---------------------------------------------------------------- invalid plans

def test_an_invalid_plan_lists_at_most_ten_problems_then_says_how_to_see_them_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenarios = tuple(Scenario(f"Bad {i}", (Shift("letters", "GP", "PN", 0.5),)) for i in range(186))
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(scenarios=scenarios), path)
    assert main(["summary", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 11
    hint = f"fix the plan in the app, or run 'skillmix validate {path}' to list every problem"
    assert lines[-2] == f"  … and 176 more; {hint}"
    assert lines[-1].startswith(f"skillmix: {path}: invalid plan (186 problems): scenario 'Bad 0', change 1")
    assert main(["validate", str(path)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 187  # validate lists them all


def test_one_problem_is_one_line_naming_the_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(practice=Practice("P", 5000, 0)), path)
    assert main(["export-xlsx", str(path), "-o", str(tmp_path / "p.xlsx")]) == 2
    assert one_line(capsys) == (f"skillmix: {path}: invalid plan: practice, weeks_per_year: 0 must be above 0; "
                                f"fix the plan in the app, or run 'skillmix validate {path}' to list every problem\n")


# ---------------------------------------------------------------- the pack's free text

def test_prepared_by_longer_than_a_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    assert main(["report", str(path), "-o", str(tmp_path / "p.pdf"), "--prepared-by", "W" * 2000]) == 2
    assert "--prepared-by is 2,000 characters long; at most 200 are allowed" in one_line(capsys)
    assert main(["report", str(path), "-o", str(tmp_path / "p.pdf"), "--prepared-by", "W" * 200]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf", "p.skillmix"]


# ---------------------------------------------------------------- the unexpected

def test_an_unexpected_error_gives_one_line_and_a_crash_log(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        isolated_home: Path) -> None:
    def boom(*_: object) -> None:
        raise ZeroDivisionError("float division by zero\nsecond line")

    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    monkeypatch.setattr(summary_command, "summary_dict", boom)
    assert main(["summary", str(path)]) == 2
    err = one_line(capsys)
    (log,) = (isolated_home / "crash-logs").iterdir()
    assert err == f"skillmix: something went wrong (ZeroDivisionError: float division by zero); details in {log}\n"
    text = log.read_text()
    assert f"command: skillmix summary {path}" in text and "Traceback" in text and "in boom" in text
    assert "Skillmix 0.1.0 crash log" in text


def test_ctrl_c_stops_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), path)
    monkeypatch.setattr(summary_command, "summary_dict", interrupted)
    assert main(["summary", str(path)]) == 130
    assert capsys.readouterr().err == "skillmix: stopped; any file being written was left as it was\n"


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, '{"EC": ' + "9" * 5000 + "}", "\ufeff{\"EC\": 1"],
                         ids=["nested 5,000 deep", "a 5,000-digit number", "broken"])
def test_a_bad_mapping_file_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    mapping = tmp_path / "words.json"
    mapping.write_text(text, encoding="utf-8")
    rota = books.simple_grid(tmp_path / "rota.xlsx", [("Dr New", "GP", ["EC"] * 4)])
    assert main(["import-rota", str(rota), "--mapping", str(mapping)]) == 2
    assert f"{mapping} is not valid JSON" in one_line(capsys)
    plan = tmp_path / "p.skillmix"
    save_plan(two_role_plan(), plan)
    report = tmp_path / "book.csv"
    report.write_text("Date,Slot length\n")
    assert main(["import-appointment-book", str(plan), str(report), "--mapping", str(mapping)]) == 2
    assert f"{mapping} is not valid JSON" in one_line(capsys)


def test_names_the_console_cannot_show_are_escaped_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    path = tmp_path / "p.skillmix"
    save_plan(two_role_plan(practice=Practice("中文 Practice", 5000)), path)
    ansi = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # Windows, output redirected to a file
    monkeypatch.setattr(sys, "stdout", ansi)
    assert main(["summary", str(path)]) == 0
    ansi.flush()
    assert ansi.buffer.getvalue().startswith(b"\\u4e2d\\u6587 Practice")  # type: ignore[attr-defined]


def test_pcn_json_is_read_with_the_same_care(tmp_path: Path) -> None:
    from planner.pcn.json_form import read_pcn_json, write_pcn_json
    from planner.sample import sample_pcn

    good = tmp_path / "pcn.json"
    write_pcn_json(sample_pcn(), good)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + good.read_bytes())
    assert read_pcn_json(bom) == sample_pcn()
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000)
    with pytest.raises(interchange.PlanFormatError, match="deep.json: not valid plan JSON: lists or objects"):
        read_pcn_json(deep)
