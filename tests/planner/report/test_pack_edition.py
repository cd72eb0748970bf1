"""The pack names the edition of the reference figures it uses, on the cover and the assumptions
page, with that year's ARRS rules, the Employment Allowance and the CNSGP note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.edits.editions import move_to_edition, set_hcas_zone
from planner.report.pack import build_pack
from tests.planner.report.pdf_reading import flat, page_texts
from tests.planner.report.plans import three_hires_plan


def texts_of(plan, folder: Path, on: date = date(2026, 11, 30)) -> list[str]:
    out = folder / "pack.pdf"
    build_pack(plan, out, on=on)
    return page_texts(out)


def assumptions_page(texts: list[str]) -> str:
    return flat(next(t for t in texts if t.startswith("Assumptions and sources")))


def test_a_2025_26_plan_says_so_and_is_warned(tmp_path: Path) -> None:
    texts = texts_of(three_hires_plan(), tmp_path)
    cover, page = flat(texts[0]), assumptions_page(texts)
    assert "Reference figures 2025/26 edition (1 April 2025 to 31 March 2026)" in cover
    assert "Reference figures: 2025/26 edition (1 April 2025 to 31 March 2026)." in page
    assert "Skillmix ships the 2026/27 edition" in cover
    assert "GPs in the ARRS: GPs within two years of their Certificate of Completion of Training" in page


def test_a_2026_27_plan_names_its_edition_rules_and_what_costs_leave_out(tmp_path: Path) -> None:
    plan = set_hcas_zone(move_to_edition(three_hires_plan(), "2026/27").after, "inner").after
    texts = texts_of(plan, tmp_path)
    cover, page = flat(texts[0]), assumptions_page(texts)
    assert "Reference figures 2026/27 edition (1 April 2026 to 31 March 2027); London weighting: inner London" in cover
    assert "may be out of date" not in cover
    assert "GPs in the ARRS: Any GP" in page
    assert "Practice-level GP funding: New practice-level GP reimbursement scheme" in page
    assert "up to £10,500 a year off its total employer NI bill (the Employment Allowance)" in page
    assert "Clinical Negligence Scheme for General Practice (CNSGP, NHS Resolution" in page
