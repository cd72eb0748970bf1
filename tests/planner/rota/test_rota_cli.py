"""``skillmix import-rota``: exit codes, the JSON shape, and all-or-nothing plan updates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.model import Staff
from planner.rota import vocabulary_of
from planner.store import PlanLock, load_plan, save_plan
from tests.planner.builders import two_role_plan
from tests.planner.rota import rota_books as books

S = 25 / 6


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def plan_file(tmp_path: Path) -> Path:
    """GP and PN roles; Dr One GP 30 h, Dr Two GP 20 h, Nurse One PN 30 h."""
    path = tmp_path / "practice.skillmix"
    save_plan(two_role_plan(), path)
    return path


def test_json_shape_and_hours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rota = books.weekly_sheets(tmp_path / "weeks.xlsx")
    code, out, _ = run(capsys, "import-rota", str(rota), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"staff", "problems"} and data["problems"] == []
    patel = data["staff"][0]
    assert set(patel) == {"name", "role", "weekly_hours", "total_weekly_hours"}
    assert (patel["name"], patel["role"]) == ("Dr Patel", "GP")
    assert patel["weekly_hours"]["clinic"] == pytest.approx(22 * S / 4, abs=1e-4)
    assert patel["total_weekly_hours"] == 37.5  # 36 sessions x 25/6 h over 4 weeks
    assert patel["total_weekly_hours"] == pytest.approx(sum(patel["weekly_hours"].values()))


def test_text_table_lists_people_and_skipped_sheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import-rota", str(books.weekly_sheets(tmp_path / "weeks.xlsx")))
    assert code == 0
    assert "2 people, 4 weeks averaged" in out, out
    assert "Dr Patel" in out and "37.5" in out
    assert "Read me (no rota header found)" in out


def test_blocked_import_exits_2_and_still_prints_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr A", "GP", ["EC"])], sheet="Wk1")
    code, out, err = run(capsys, "import-rota", str(rota), "--json")
    assert code == 2
    problems = json.loads(out)["problems"]
    assert problems == [{"sheet": "Wk1", "cell": "C2", "message": "Unknown session word 'EC' at Wk1!C2: map it "
                         "to clinic, duty, visits, admin, meeting, training, leave or off"}]
    assert "nothing was imported" in err


def test_mapping_file_unblocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr A", "GP", ["EC", "EC"])])
    mapping = tmp_path / "words.json"
    mapping.write_text('{"EC": "clinic"}')
    code, out, _ = run(capsys, "import-rota", str(rota), "--mapping", str(mapping), "--json")
    assert code == 0
    assert json.loads(out)["staff"][0]["weekly_hours"]["clinic"] == pytest.approx(2 * S, abs=1e-4)


@pytest.mark.parametrize("text, words", [("{EC: clinic", "is not valid JSON"), ('{"EC": "clinc"}', "'clinc' is not"),
                                         ('["EC"]', "must be a JSON object")])
def test_bad_mapping_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                                      words: str) -> None:
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr A", "GP", ["EC"])])
    mapping = tmp_path / "words.json"
    mapping.write_text(text)
    code, out, err = run(capsys, "import-rota", str(rota), "--mapping", str(mapping))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err


def test_plan_is_updated_and_the_mapping_saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = plan_file(tmp_path)
    rota = books.simple_grid(tmp_path / "r.xlsx", [("dr one", "GP", ["Surgery"] * 6 + ["EC"]),
                                                    ("Nurse Two", "Practice nurse", ["Clinic"] * 3)])
    mapping = tmp_path / "words.json"
    mapping.write_text('{"EC": "duty"}')
    code, out, _ = run(capsys, "import-rota", str(rota), "--plan", str(plan), "--mapping", str(mapping))
    assert code == 0 and "Updated 1 and added 1 people" in out
    saved = load_plan(plan)
    assert saved.staff == (Staff("Dr One", "GP", round(7 * S, 4)), Staff("Dr Two", "GP", 20),
                           Staff("Nurse One", "PN", 30), Staff("Nurse Two", "PN", round(3 * S, 4)))
    assert vocabulary_of(saved).category("ec") == "duty"


def test_dry_run_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = plan_file(tmp_path)
    before = plan.read_bytes()
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr Three", "GP", ["Surgery"])])
    code, out, _ = run(capsys, "import-rota", str(rota), "--plan", str(plan), "--dry-run")
    assert code == 0 and "Would update 0 and add 1 people" in out
    assert plan.read_bytes() == before


@pytest.mark.parametrize("people", [
    [("Dr One", "GP", ["Surgery"]), ("Dr X", "GP", ["EC"])],          # unknown word
    [("Dr One", "GP", ["Surgery"]), ("Sam", "HCA", ["Clinic"])],      # HCA is not a role of the plan
])
def test_blocked_import_leaves_the_plan_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       people: list[tuple[str, str, list[str]]]) -> None:
    plan = plan_file(tmp_path)
    before = plan.read_bytes()
    rota = books.simple_grid(tmp_path / "r.xlsx", people)
    code, _, err = run(capsys, "import-rota", str(rota), "--plan", str(plan))
    assert code == 2
    assert plan.read_bytes() == before
    assert "nothing was" in err.lower()


def test_a_plan_open_elsewhere_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = plan_file(tmp_path)
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr One", "GP", ["Surgery"])])
    with PlanLock(plan):
        code, _, err = run(capsys, "import-rota", str(rota), "--plan", str(plan))
    assert code == 2 and "already open" in err


def test_a_missing_rota_or_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import-rota", str(tmp_path / "none.xlsx"), "--json")
    assert code == 2 and "none.xlsx was not found" in json.loads(out)["problems"][0]["message"]
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr One", "GP", ["Surgery"])])
    code, _, err = run(capsys, "import-rota", str(rota), "--plan", str(tmp_path / "none.skillmix"))
    assert code == 2 and "does not exist" in err


def test_an_implausible_week_is_refused_and_the_plan_left_alone(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A week read as 84 h blocks the import: nothing outside a plan's limits is ever written."""
    plan = plan_file(tmp_path)
    before = plan.read_bytes()
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr One", "GP", ["Surgery 07:00-19:00"] * 7)])
    code, out, err = run(capsys, "import-rota", str(rota), "--plan", str(plan))
    assert code == 2 and "Dr One comes to 84.0 h a week" in out
    assert plan.read_bytes() == before


def test_apply_refuses_hours_outside_the_plans_limits() -> None:
    """The last barrier, whatever the reader gave: 68,258 h a week is never saved."""
    from planner.rota import RotaImport, RotaPerson, apply_rota

    result = RotaImport(people=(RotaPerson("Dr Big", "GP", "GP", {"clinic": 68_258.0}),))
    with pytest.raises(ValueError, match="Dr Big comes to 68,258.0 h a week .* must be at most 168"):
        apply_rota(two_role_plan(), result)
    long_name = RotaImport(people=(RotaPerson("x" * 300, "GP", "GP", {"clinic": 10.0}),))
    with pytest.raises(ValueError, match="300 characters long"):
        apply_rota(two_role_plan(), long_name)


def test_a_mapping_file_with_layout_choices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ticks, the name column and a person to skip, from one mapping file."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Team", "Doc", "Role", "Mon", "Tue", "Wed"])
    ws.append(["Blue", "Dr A", "GP", 1, 1, "x"])
    ws.append(["Blue", "Dr B", "GP", 1])
    rota = books.save(wb, tmp_path / "ticks.xlsx")
    mapping = tmp_path / "layout.json"
    mapping.write_text(json.dumps({"name_column": "Doc", "ticks": {"1": {"category": "clinic", "hours": 7.5},
                                                                   "x": {"category": "clinic", "hours": 4}},
                                   "skip": ["dr b"]}))
    code, out, _ = run(capsys, "import-rota", str(rota), "--mapping", str(mapping), "--json")
    assert code == 0
    assert [(p["name"], p["total_weekly_hours"]) for p in json.loads(out)["staff"]] == [("Dr A", 19.0)]


@pytest.mark.parametrize("text, words", [('{"ticks": {"1": {"category": "clinic"}}}', 'the tick "1" must have'),
                                         ('{"numbers": "golf"}', '"numbers" must be'),
                                         ('{"headers": {"Nom": "nickname"}}', "a header can mean")])
def test_bad_layout_choices_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                                         words: str) -> None:
    rota = books.simple_grid(tmp_path / "r.xlsx", [("Dr A", "GP", ["Surgery"])])
    mapping = tmp_path / "m.json"
    mapping.write_text(text)
    code, out, err = run(capsys, "import-rota", str(rota), "--mapping", str(mapping))
    assert code == 2 and out == "" and err.count("\n") == 1 and words in err


def test_the_problem_count_is_honest_past_the_listed_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """600 unreadable times: 500 listed, one line counting the other 100, and the count says 600."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Role", "Mon", "Tue", "Wed"])
    for n in range(600):
        ws.append([f"P{n}", "GP", "Surgery 25:00-26:00"])
    code, out, err = run(capsys, "import-rota", str(books.save(wb, tmp_path / "many.xlsx")))
    assert code == 2 and "Problems (600)" in out and "the rota has 600 problems" in err
    assert "... and 100 more problems not listed" in out
