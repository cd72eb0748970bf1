"""The sample practice's pack, read back: headline figures equal `skillmix summary --json`,
sections present, fonts embedded, tables add up, and nothing runs off the page."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from planner import __version__
from planner.cli.main import main
from planner.interchange import dumps
from planner.sample import sample_plan
from planner.store import open_plan, save_plan
from tests.planner.report.pdf_reading import MONEY, flat, fonts, lines, page_texts, pounds, section, values_after

SECTIONS = ("Summary", "The decision", "Headline figures", "Where GP time goes now", "Option 1: Clinical pharmacist",
            "Option 2: Document workflow and care navigation", "Option 3: Paramedic for home visits",
            "What changes", "Time by role, before and after", "Cost build-up", "Risks", "What moves the answer most",
            "Options side by side", "Assumptions and sources", "Sources")


def money(v: float | None) -> str:
    if v is None:
        return "–"
    return f"-£{-round(v):,}" if round(v) < 0 else f"£{round(v):,}"


def one_dp(v: float | None) -> str:
    return "–" if v is None else f"{v:,.1f}"


EXPECTED_FORMAT: dict[str, Any] = {
    "GP hours freed a week": ("gp_hours_freed_per_week", one_dp),
    "GP sessions freed a week": ("gp_sessions_freed_per_week", one_dp),
    "GP appointments released a year": ("gp_appointments_released_per_year", lambda v: f"{v:,.0f}"),
    "Employment cost a year": ("employment_cost_per_year", money),
    "ARRS reimbursement a year": ("arrs_reimbursement_per_year", money),
    "Net cost a year": ("net_cost_per_year", money),
    "Cost per appointment released": ("cost_per_appointment_released", lambda v: "–" if v is None else f"£{v:,.2f}"),
    "One-off costs": ("one_off_costs", money),
    "Payback (months)": ("payback_months", one_dp),
    "Value of GP time freed a year": ("gp_time_value_per_year", money),
    "Net benefit a year": ("net_benefit_per_year", money),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The sample saved, its pack made with `skillmix report`, and `skillmix summary --json`."""
    folder = tmp_path_factory.mktemp("pack")
    plan_path, pdf = folder / "riverside.skillmix", folder / "pack.pdf"
    save_plan(sample_plan(), plan_path)
    assert main(["report", str(plan_path), "-o", str(pdf), "--prepared-by", "Rachel Turner"]) == 0
    return pdf, {"plan": plan_path}


@pytest.fixture(scope="module")
def summary_json(made: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["summary", str(made[1]["plan"]), "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def texts(made: tuple[Path, dict[str, Any]]) -> list[str]:
    return page_texts(made[0])


def test_page_count_is_sensible(texts: list[str]) -> None:
    assert 6 <= len(texts) <= 20
    assert f"Page 2 of {len(texts)}" in texts[1]


def test_every_section_title_is_present(texts: list[str]) -> None:
    all_lines = set(lines("\n".join(texts)))
    missing = [s for s in SECTIONS if s not in all_lines]
    assert not missing


def test_cover_names_practice_plan_version_and_fingerprint(texts: list[str], made: tuple[Path, dict[str, Any]]) -> None:
    cover = flat(texts[0])
    assert "Riverside Medical Practice" in cover and "Skill-mix options for the partners' meeting" in cover
    assert "Rachel Turner" in cover and "riverside.skillmix" in cover
    plan, _ = open_plan(made[1]["plan"])
    fingerprint = hashlib.sha256(dumps(plan).encode("utf-8")).hexdigest()[:8]
    assert f"Skillmix {__version__}, plan fingerprint {fingerprint}" in cover


def test_summary_headlines_equal_summary_json_for_every_option(texts: list[str], summary_json: dict[str, Any]) -> None:
    summary = lines(texts[1])
    names = list(summary_json["scenarios"])
    assert names == ["Clinical pharmacist", "Document workflow and care navigation", "Paramedic for home visits"]
    for label, (key, f) in EXPECTED_FORMAT.items():
        printed = values_after(summary, label, 1 + len(names))
        expected = [f(0.0) if key not in ("cost_per_appointment_released", "payback_months") else "–"]
        expected += [f(summary_json["scenarios"][n][key]) for n in names]
        assert printed == expected, label


def test_each_option_page_prints_its_headlines(texts: list[str], summary_json: dict[str, Any]) -> None:
    all_lines = lines("\n".join(texts))
    for n, (name, figures) in enumerate(summary_json["scenarios"].items(), start=1):
        start = all_lines.index(f"Option {n}: {name}", all_lines.index("Where GP time goes now"))
        key, f = EXPECTED_FORMAT["Net cost a year"]
        assert values_after(all_lines, "Net cost a year", 1, start) == [f(figures[key])]
        key, f = EXPECTED_FORMAT["GP hours freed a week"]
        assert values_after(all_lines, "GP hours freed a week", 1, start) == [f(figures[key])]


def test_gp_time_table_adds_up_and_names_bureaucracy(texts: list[str], summary_json: dict[str, Any]) -> None:
    all_lines = lines("\n".join(texts))
    by_cat = summary_json["baseline"]["gp_hours_by_category"]
    total = values_after(all_lines, "All GP work", 2)
    assert total[0] == f"{sum(by_cat.values()):.1f}" and total[1] == "100%"
    rows = section(all_lines, "Kind of work", "All GP work")
    kinds = [i for i, x in enumerate(rows) if x in ("Patient contact", "Bureaucracy")]
    assert len(kinds) == sum(1 for h in by_cat.values() if h > 0)
    hours = [float(rows[i + 1]) for i in kinds]
    assert round(sum(hours), 1) == float(total[0])
    assert sum(int(rows[i + 2].rstrip("%")) for i in kinds) == 100
    admin = [float(rows[i + 1]) for i, x in enumerate(rows) if x == "Bureaucracy"]
    assert f"{round(sum(admin), 1):.1f} hours" in "\n".join(texts)


def test_cost_build_up_lines_add_to_the_printed_total(texts: list[str], summary_json: dict[str, Any]) -> None:
    all_lines = lines("\n".join(texts))
    start = all_lines.index("Cost build-up")
    block = all_lines[start: all_lines.index("Total a year", start) + 7]
    amounts = [pounds(x) for x in block if MONEY.match(x)]
    rows = [amounts[i: i + 6] for i in range(0, len(amounts), 6)]
    *hires, total = rows
    for pay, ni, pension, employment, arrs, net in rows:
        assert pay + ni + pension == employment and employment - arrs == net
    assert [sum(col) for col in zip(*hires, strict=True)] == total
    first = summary_json["scenarios"]["Clinical pharmacist"]
    assert total[3] == round(first["employment_cost_per_year"]) and total[5] == round(first["net_cost_per_year"])


def test_unrostered_gp_hours_are_demand_above_capacity(texts: list[str], summary_json: dict[str, Any]) -> None:
    base = summary_json["baseline"]
    demand, capacity = base["demand_hours"]["GP"], base["capacity_hours"]["GP"]
    short = round(round(demand, 1) - round(capacity, 1), 1)
    assert short > 0
    assert (f"GP work is {demand:.1f} hours a week against {capacity:.1f} hours of GP capacity: "
            f"{short:.1f} hours a week") in flat(" ".join(texts))


def test_safe_working_is_flagged(texts: list[str], summary_json: dict[str, Any]) -> None:
    contacts = summary_json["scenarios"]["Clinical pharmacist"]["gp_contacts_per_day_before"]
    assert f"about {contacts:.1f} patient contacts now: above the safe limit of 25" in flat(" ".join(texts))


def test_fonts_are_embedded_truetype(made: tuple[Path, dict[str, Any]]) -> None:
    used = fonts(made[0])
    assert used
    for font in used:
        assert "Helvetica" not in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


@pytest.mark.slow
def test_no_text_runs_off_the_page(made: tuple[Path, dict[str, Any]]) -> None:
    with pdfplumber.open(made[0]) as pdf:
        for page in pdf.pages:
            outside = [c["text"] for c in page.chars if c["x0"] < 18 * 72 / 25.4 - 1
                       or c["x1"] > page.width - 18 * 72 / 25.4 + 1]
            assert not outside, (page.page_number, "".join(outside)[:80])
