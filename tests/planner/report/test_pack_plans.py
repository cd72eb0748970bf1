"""Packs of awkward plans: anonymised, no options, ten long-named options, three hires whose
pay must be rounded, GPs over the safe limit; and the file is written whole or not at all."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from planner.engine import InvalidPlan, compute
from planner.report import build_pack
from planner.sample import sample_plan
from tests.planner.report.pdf_reading import MONEY, flat, lines, page_texts, pounds
from tests.planner.report.plans import LONG_PRACTICE, busy_gp_plan, many_options_plan, three_hires_plan


def surnames(plan_names: list[str]) -> set[str]:
    """Every word of a staff name that is a name (not 'Dr', initials or brackets)."""
    return {w.strip("()") for n in plan_names for w in n.split() if len(w.strip("()")) > 2 and w != "regular"
            and w.strip("()") not in ("locum",)}


def test_anonymised_pack_prints_no_staff_name(tmp_path: Path) -> None:
    plan = sample_plan()
    names = [s.name for s in plan.staff]
    # a free-text field naming staff, and the preparer being one of them
    first = replace(plan.scenarios[0], description="Dr A Patel and Sarah Mitchell would supervise.")
    plan = replace(plan, scenarios=(first, *plan.scenarios[1:]))
    named, anonymous = tmp_path / "named.pdf", tmp_path / "anon.pdf"
    build_pack(plan, named, prepared_by="Rachel Turner")
    build_pack(plan, anonymous, anonymise=True, prepared_by="Rachel Turner")
    named_text = flat(" ".join(page_texts(named)))
    assert "Dr A Patel" in named_text and "Rachel Turner" in named_text  # the check below can fail
    text = flat(" ".join(page_texts(anonymous)))
    leaked = [n for n in surnames(names) if re.search(rf"\b{re.escape(n)}\b", text)]
    assert not leaked
    assert "GP 1" in text and "PM 1" in text and "ANP 1 would supervise" in text.replace("GP 1 and ", "")
    author = PdfReader(str(anonymous)).metadata.author
    assert "Turner" not in (author or "")


def test_plan_with_no_scenarios_gives_a_sound_pack(tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    build_pack(replace(sample_plan(), scenarios=()), out)
    texts = page_texts(out)
    assert 4 <= len(texts) <= 12
    text = flat(" ".join(texts))
    assert "This plan has no options yet, so only doing nothing is shown." in text
    assert "Options side by side" in text and "Do nothing" in text


@pytest.mark.slow
def test_ten_long_named_options_and_a_long_practice_name_fit_the_page(tmp_path: Path) -> None:
    plan = many_options_plan(10)
    out = tmp_path / "ten.pdf"
    build_pack(plan, out, plan_name="x" * 150)
    texts = page_texts(out)
    assert len(texts) < 60
    text = flat(" ".join(texts))
    assert LONG_PRACTICE in text
    for i in range(1, 11):
        assert f"Option {i}: Scenario {i:02d} with a very long" in text
    margin = 18 * 72 / 25.4
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            outside = [c["text"] for c in page.chars if c["x0"] < margin - 1 or c["x1"] > page.width - margin + 1
                       or c["bottom"] > page.height - 5 or c["top"] < 5]
            assert not outside, (page.page_number, "".join(outside)[:80])


def test_the_cost_table_adds_up_with_three_awkward_hires(tmp_path: Path) -> None:
    plan = three_hires_plan()
    out = tmp_path / "hires.pdf"
    build_pack(plan, out)
    all_lines = lines("\n".join(page_texts(out)))
    start = all_lines.index("Cost build-up")
    block = all_lines[start: all_lines.index("Total a year", start) + 7]
    rows = [pounds(x) for x in block if MONEY.match(x)]
    table = [rows[i: i + 6] for i in range(0, len(rows), 6)]
    assert len(table) == 4  # three hires and the total
    *hires, total = table
    for pay, ni, pension, employment, arrs, net in table:
        assert pay + ni + pension == employment
        assert employment - arrs == net
    assert [sum(col) for col in zip(*hires, strict=True)] == total
    assert hires[1][5] == 0  # the pharmacist: ARRS pays it all, net cost £0
    assert hires[2][4] == 0  # the unfunded nurse: no ARRS
    # Hand-worked: pay 18,740.742 + 38,248.264 + 11,999.996 = 68,989.002
    assert total[0] == 68989
    r = compute(plan).scenarios[0]
    assert total[3] == round(r.employment_cost_per_year) and total[5] == round(r.net_cost_per_year)
    one_off = next(x for x in all_lines if x.startswith("One-off costs (recruitment"))
    assert one_off.endswith("£1,334.")  # 1,000.40 + 333.30


def test_gps_over_the_safe_limit_are_flagged(tmp_path: Path) -> None:
    out = tmp_path / "busy.pdf"
    build_pack(busy_gp_plan(), out)
    text = flat(" ".join(page_texts(out)))
    assert "Each GP day has about 37.0 patient contacts now: above the safe limit of 25." in text


def test_the_practice_and_date_in_the_footer_never_the_file_name(tmp_path: Path) -> None:
    out = tmp_path / "dated.pdf"
    build_pack(three_hires_plan(), out, plan_name="spring-review.skillmix", on=date(2026, 3, 4))
    texts = page_texts(out)
    for n, text in enumerate(texts, start=1):
        assert f"Test Practice · 4 March 2026 Page {n} of {len(texts)}" in flat(text)
        assert "spring-review" not in flat(text)


def test_unknown_scenario_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    with pytest.raises(ValueError, match="no scenario named 'Nope'"):
        build_pack(sample_plan(), out, scenarios=["Nope"])
    assert list(tmp_path.iterdir()) == []


def test_an_invalid_plan_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"old pack")
    with pytest.raises(InvalidPlan):
        build_pack(replace(sample_plan(), activities=()), out)
    assert out.read_bytes() == b"old pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_only_the_chosen_scenarios_are_printed(tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    build_pack(sample_plan(), out, scenarios=["Paramedic for home visits"])
    text = flat(" ".join(page_texts(out)))
    assert "Option 1: Paramedic for home visits" in text
    assert "Clinical pharmacist frees" not in text and "Option 2" not in text


def test_markup_characters_in_names_are_printed_as_typed(tmp_path: Path) -> None:
    plan = three_hires_plan()
    roles = tuple(replace(r, title="Nurse <senior> & co") if r.code == "PN" else r for r in plan.roles)
    acts = tuple(replace(a, name="Bloods & <urgent>") if a.code == "appts" else a for a in plan.activities)
    scenario = replace(plan.scenarios[0], name="A & B <test>", description="Uses <b>bold</b> & more")
    plan = replace(plan, practice=replace(plan.practice, name="Smith & Jones <Surgery>"), roles=roles,
                   activities=acts, scenarios=(scenario,))
    out = tmp_path / "markup.pdf"
    build_pack(plan, out, prepared_by="R & D")
    text = flat(" ".join(page_texts(out)))
    for typed in ("Smith & Jones <Surgery>", "Nurse <senior> & co", "Bloods & <urgent>", "Option 1: A & B <test>",
                  "Uses <b>bold</b> & more", "R & D"):
        assert typed in text
