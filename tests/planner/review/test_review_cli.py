"""``skillmix approve`` and ``skillmix review``: the JSON shape, the text, the PDF, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.review import decisions
from planner.store import open_plan, save_plan
from tests.planner.review.review_plans import OPTION, approval_plan, now

FIGURE_KEYS = {"key", "role", "label", "promised", "actual", "difference", "status", "words"}


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "review.skillmix"
    save_plan(approval_plan(), path)
    return path


def _approve_and_move_on(path: Path) -> None:
    assert main(["approve", str(path), OPTION.upper(), "--by", "Partners' meeting", "--on", "2026-03-03"]) == 0
    plan, _ = open_plan(path)
    save_plan(now(plan), path)  # the new rota and appointment data


def test_review_json_has_its_shape(plan_file: Path, capsys) -> None:
    _approve_and_move_on(plan_file)
    capsys.readouterr()
    assert main(["review", str(plan_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"decision", "reviewed_on", "figures", "gp", "promised", "actual", "changed", "baseline"}
    assert out["decision"] | {"changes": None, "hires": None} == {
        "number": 1, "option": OPTION, "approved_on": "2026-03-03", "approved_by": "Partners' meeting",
        "freed_time_use": "locums", "changes": None, "hires": None}
    assert out["decision"]["hires"] == [{"role": "PHARM", "wte": 1.0, "annual_salary": 50000, "arrs_funded": True}]
    assert all(set(f) == FIGURE_KEYS for f in out["figures"])
    freed = out["figures"][0]
    assert freed["key"] == "gp_hours_freed_per_week" and freed["status"] == "behind"
    assert (freed["promised"], freed["actual"]) == (pytest.approx(11.0), pytest.approx(10.2))
    hires = next(f for f in out["figures"] if f["key"] == "wte_in_post")
    assert hires["role"] == "PHARM" and hires["actual"] == pytest.approx(0.8)
    assert out["gp"]["now"]["shortfall_hours"] == pytest.approx(2.0)
    assert out["baseline"]["volumes"]["med_review"] == 60 and out["baseline"]["list_size"] == 5000
    assert out["changed"]["other"][0] == "Registered patients: 5,100 (was 5,000)."


def test_review_text_prints_each_figure_with_its_words(plan_file: Path, capsys) -> None:
    _approve_and_move_on(plan_file)
    capsys.readouterr()
    assert main(["review", str(plan_file)]) == 0
    text = capsys.readouterr().out
    assert "Behind: 0.8 hours a week fewer freed than promised" in text
    assert "Clinical pharmacist: 30.0 hours a week (was 0.0). Joined: Pharm Pat 30.0 h." in text


def test_review_pdf_is_written(plan_file: Path, tmp_path: Path, capsys) -> None:
    _approve_and_move_on(plan_file)
    out = tmp_path / "review.pdf"
    assert main(["review", str(plan_file), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Wrote the review of '{OPTION}'" in capsys.readouterr().out


def test_withdraw_from_the_command_line(plan_file: Path) -> None:
    _approve_and_move_on(plan_file)
    assert main(["approve", str(plan_file), "--withdraw", "1"]) == 0
    plan, _ = open_plan(plan_file)
    assert decisions(plan) == []


@pytest.mark.parametrize(("argv", "message"), [
    (["review", "{plan}"], "No option of this plan has been approved yet"),
    (["review", "{plan}", "-o", "{dir}/review.txt"], "the review is a PDF"),
    (["approve", "{plan}", OPTION], "say which option and who approved it"),
    (["approve", "{plan}", "Nope", "--by", "Partners"], "no scenario named 'Nope' (the plan has: Pharmacist)"),
    (["approve", "{plan}", OPTION, "--by", "Partners", "--on", "3/3/26"], "give the date as YYYY-MM-DD"),
    (["approve", "{plan}", "--withdraw", "1"], "No option of this plan has been approved yet"),
    (["approve", "{dir}/missing.skillmix", OPTION, "--by", "P"], "does not exist"),
])
def test_mistakes_are_one_line_and_change_nothing(plan_file: Path, tmp_path: Path, capsys, argv, message) -> None:
    before = plan_file.read_bytes()
    assert main([a.format(plan=plan_file, dir=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("skillmix: ") and message in err and len(err.strip().splitlines()) == 1
    assert plan_file.read_bytes() == before


def test_a_plan_that_cannot_be_computed_now_lists_its_problems(plan_file: Path, capsys) -> None:
    _approve_and_move_on(plan_file)
    plan, _ = open_plan(plan_file)
    from dataclasses import replace

    broken = replace(plan, activities=(replace(plan.activities[0], split={"GP": 0.5}), *plan.activities[1:]))
    save_plan(broken, plan_file)
    capsys.readouterr()
    assert main(["review", str(plan_file), "--json"]) == 2
    err = capsys.readouterr().err
    assert "skillmix: invalid plan: activity 'med_review'" in err and "Traceback" not in err
