"""London weighting of the shared team (docs/MODEL-EXTENSIONS.md P7), worked by hand on the sample
PCN in outer London, 2026/27: one undoable edit; values still at their defaults follow."""

from __future__ import annotations

import pytest

from planner.edits.pcn import set_pcn_hcas_zone
from planner.engine.pcn import compute_pcn, validate_pcn
from planner.pcn.json_form import network_to_dict, pcn_from_dict, pcn_to_dict
from planner.sample import sample_pcn


def cost(pcn, name):  # type: ignore[no-untyped-def]
    return next(c for c in compute_pcn(pcn).today.costs if c.staff.name == name)


def test_outer_london_worked_by_hand():
    pcn = sample_pcn()
    edit = set_pcn_hcas_zone(pcn, "outer")
    after = edit.after
    assert edit.label == "London weighting of the shared team: Outer London" and after.hcas_zone == "outer"
    # band 7 middle £51,932: 15% = £7,789.80 is above the outer maximum £6,137, so £58,069 (E8)
    assert after.role("PHARM").annual_salary == 58_069 and after.role("PHARM").arrs_cap == 76_872
    # Amir Haddad, 1 WTE at the role's salary: 58,069 + 15% x (58,069 - 5,000) + 14.38% x 58,069
    amir = cost(after, "Amir Haddad")
    assert amir.cost.employment_cost == pytest.approx(58_069 + 7_960.35 + 8_350.32, abs=0.01)
    assert amir.cost.arrs == pytest.approx(74_379.67, abs=0.01)  # under the London maximum: all claimed
    assert cost(pcn, "Amir Haddad").cost.arrs == pytest.approx(66_439.62, abs=0.01)
    # Owen Price's own salary (£48,000, no pay point) is kept; a paramedic has no London maximum
    assert after.member("Owen Price").annual_salary == 48_000
    assert cost(after, "Ellie Ford").cost.arrs == 66_440 < cost(after, "Ellie Ford").cost.employment_cost
    # the recruit in the paramedic option follows its role too
    recruit = after.option("Shared visiting paramedic").changes[0].staff
    assert recruit.annual_salary is None and after.role("PARA").annual_salary > pcn.role("PARA").annual_salary
    assert set_pcn_hcas_zone(after, "").after == pcn


def test_a_salary_at_a_pay_point_follows_and_the_zone_is_checked():
    from dataclasses import replace

    pcn = sample_pcn()
    staff = tuple(replace(s, annual_salary=51_932.0) if s.name == "Grace Mensah" else s for s in pcn.staff)
    moved = set_pcn_hcas_zone(replace(pcn, staff=staff), "outer").after
    assert moved.member("Grace Mensah").annual_salary == 58_069
    with pytest.raises(ValueError, match="not a London weighting zone"):
        set_pcn_hcas_zone(pcn, "Zone 1")
    assert any(p.field == "hcas_zone" for p in validate_pcn(replace(pcn, hcas_zone="Zone 1")))


def test_the_zone_is_kept_and_a_network_part_without_one_reads_back_unchanged():
    pcn = sample_pcn()
    assert "hcas_zone" not in network_to_dict(pcn)["pcn"]  # parts saved before P7 stay as they were
    london = set_pcn_hcas_zone(pcn, "inner").after
    assert pcn_from_dict(pcn_to_dict(london)) == london


def test_the_board_pack_and_each_extract_name_the_london_zone(tmp_path):
    from pypdf import PdfReader

    from planner.report.pcn import build_pcn_pack, build_practice_extract

    def text(path):  # type: ignore[no-untyped-def]
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())

    pcn = sample_pcn()
    london = set_pcn_hcas_zone(pcn, "outer").after
    said = ("London weighting: Outer London (Agenda for Change high cost area supplement in the shared staff's "
            "pay and ARRS maximums).")
    build_pcn_pack(london, tmp_path / "board.pdf")
    assert said in text(tmp_path / "board.pdf")
    build_practice_extract(london, london.practices[0].code, tmp_path / "one.pdf")
    assert said in text(tmp_path / "one.pdf")
    build_pcn_pack(pcn, tmp_path / "outside.pdf")  # outside London: nothing said
    assert "London weighting" not in text(tmp_path / "outside.pdf")
