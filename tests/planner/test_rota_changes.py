"""A rota import's changes to the team, before it is applied: role and hours before -> after,
role changes and hours changes above 10% flagged, people left out on request; and its problems
and unknown words as a practice manager reads them (real read_rota output, so a change in the
reader's wording is caught here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.rota import RotaImport, RotaPerson, RotaProblem, read_rota
from planner.rota.changes import apply_chosen, change_warnings, chosen_import, rota_changes
from planner.rota.display import readable_problem, typed_words, where
from tests.planner.builders import two_role_plan

# two_role_plan: Dr One GP 30 h, Dr Two GP 20 h, Nurse One PN 30 h


def person(name: str, role: str | None, clinic: float, admin: float = 0.0, title: str = "") -> RotaPerson:
    return RotaPerson(name, title or (role or ""), role, {"clinic": clinic, "admin": admin})


def rota(*people: RotaPerson) -> RotaImport:
    return RotaImport(people=people, sheets_read=("Week 1",), weeks=1)


def test_each_person_before_and_after_with_flags() -> None:
    plan = two_role_plan()
    result = rota(person("dr one ", "GP", 25, 7),     # 32 h: 30 -> 32 is +6.7%, not flagged
                  person("Dr Two", "GP", 15, 8),      # 23 h: 20 -> 23 is +15%: flagged
                  person("Nurse One", "GP", 30),      # PN -> GP: role flagged, hours the same
                  person("Nurse New", "PN", 12.5))    # new
    one, two, nurse, new = rota_changes(plan, result)
    assert (one.name, one.role_before, one.role_after, one.hours_before, one.hours_after) == \
        ("Dr One", "GP", "GP", 30, 32)
    assert not one.flagged and one.hours_share == pytest.approx(2 / 30)
    assert two.hours_flagged and not two.role_changed and two.hours_share == pytest.approx(0.15)
    assert nurse.role_changed and not nurse.hours_flagged and nurse.flagged
    assert new.is_new and not new.flagged and (new.role_after, new.hours_after) == ("PN", 12.5)
    assert change_warnings(plan, nurse) == [
        "Nurse One is a Practice nurse in your plan; the rota says General practitioner. "
        "Check it is the same person."]
    assert change_warnings(plan, two) == [
        "Dr Two works 20.0 h a week in your plan and 23.0 h in the rota (+15%). "
        "Check the rota shows a usual week."]
    assert change_warnings(plan, one) == [] and change_warnings(plan, new) == []
    # a role change with an hours change above 10% is one sentence: Nurse One 30 h -> 12 h
    (both,) = rota_changes(plan, rota(person("Nurse One", "GP", 12)))
    assert change_warnings(plan, both) == [
        "Nurse One is a Practice nurse working 30.0 h a week in your plan; the rota says "
        "General practitioner, 12.0 h (-60%). Check it is the same person."]


def test_hours_flag_is_above_ten_percent_either_way() -> None:
    plan = two_role_plan()
    # Dr One 30 h: 33 h is exactly +10% (not flagged), 26.9 h is -10.3% (flagged)
    exactly, under = rota_changes(plan, rota(person("Dr One", "GP", 33), person("Dr Two", "GP", 17.9)))
    assert not exactly.hours_flagged
    assert under.hours_flagged and under.hours_share == pytest.approx(-2.1 / 20)


def test_a_person_without_a_job_title_keeps_their_role() -> None:
    plan = two_role_plan()
    (change,) = rota_changes(plan, rota(person("Nurse One", None, 30)))
    assert (change.role_before, change.role_after, change.unchanged) == ("PN", "PN", True)


def test_people_left_out_stay_exactly_as_they_are() -> None:
    plan = two_role_plan()
    result = rota(person("Dr One", "GP", 20), person("Nurse One", "GP", 12), person("Nurse New", "PN", 10))
    assert [p.name for p in chosen_import(result, ["nurse one"]).people] == ["Dr One", "Nurse New"]
    after = apply_chosen(plan, result, ["NURSE ONE"])
    staff = {s.name: (s.role, s.weekly_hours) for s in after.staff}
    assert staff == {"Dr One": ("GP", 20), "Dr Two": ("GP", 20), "Nurse One": ("PN", 30),
                     "Nurse New": ("PN", 10)}
    assert apply_chosen(plan, result) == apply_chosen(plan, result, [])
    assert {s.name: s.role for s in apply_chosen(plan, result).staff}["Nurse One"] == "GP"


def _bad_rota(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Week 1"
    ws.append(["Name", "Job title", "Mon AM", "Mon PM", "Tue AM", "Tue PM", "Wed AM", "Wed PM"])
    ws.append(["Dr One", "GP partner", "EC", "Surgery", "EC", "off", "off", "off"])
    ws.append(["Jo Marsh", "Digital Lead", "Admin", "08:00-07:00", "ec", "off", "off", "off"])
    wb.save(path)
    return path


def test_problems_say_their_place_once_in_words_and_words_keep_their_case(tmp_path: Path) -> None:
    result = read_rota(_bad_rota(tmp_path / "rota.xlsx"))
    shown = {r.where: r for r in map(readable_problem, result.problems)}
    # 'EC' first at C2, and in two more cells (E2, E3 'ec')
    assert shown["Week 1, cell C2"].message == \
        "Unknown session word “EC” (also in 2 more cells): say what it means below, then read again."
    assert (shown["Week 1, cell C2"].word, shown["Week 1, cell C2"].more) == ("EC", 2)
    assert shown["Week 1, cell B3"].word == "Digital Lead"
    assert shown["Week 1, cell B3"].message == \
        "Unknown job title “Digital Lead”: choose the role below."
    times = shown["Week 1, cell D3"].message
    assert "Week 1" not in times and "D3" not in times and "!" not in times
    assert typed_words(result) == {"ec": "EC", "digital lead": "Digital Lead"}


def test_other_places_in_a_message_are_said_in_words() -> None:
    twice = RotaProblem("Week 1", "A9", "Jo is listed twice in one week: at 'Week 1'!A9 and at Wk2!A4.")
    assert readable_problem(twice).message == \
        "Jo is listed twice in one week: at cell A9 and at Wk2, cell A4."
    assert readable_problem(RotaProblem("", "", "Not a workbook")).where == "Whole workbook"
    assert where("Notes", "") == "Notes"
