"""The sample practice's pack, read back: headline figures equal `skillmix summary --json`,
sections present, fonts embedded, tables add up, and nothing runs off the page."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from planner import __version__
from planner.cli.main import main
from planner.interchange import dumps
from planner.present.figures import label as figure_label
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
    """One decimal place, half-up on the value as written (13.95 -> 14.0), as a calculator rounds."""
    if v is None:
        return "–"
    return f"{Decimal(repr(v)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP) + 0:,.1f}"


def available_as_printed(figures: dict[str, Any]) -> str:
    """Hours available as printed = printed hours freed − printed hours absorbing unrostered work, so the
    split adds up on paper (sample option 2: 14.70 freed, 13.95 absorbed -> 14.7 − 14.0 = 0.7, not 0.8)."""
    freed, absorbed = (Decimal(one_dp(figures[k])) for k in ("gp_hours_freed_per_week", "gp_hours_absorbing_shortfall"))
    if figures["gp_hours_freed_per_week"] > 0:
        return f"{freed - absorbed:,.1f}"
    return one_dp(figures["gp_hours_available"])


#: printed label -> (key of `skillmix summary --json`, how it is printed). MODEL.md's net benefit and
#: payback are labelled as the value of GP time (not cash); the E7 figures sit beside them.
EXPECTED_FORMAT: dict[str, Any] = {
    figure_label("gp_hours_freed_per_week"): ("gp_hours_freed_per_week", one_dp),
    figure_label("gp_hours_absorbing_shortfall"): ("gp_hours_absorbing_shortfall", one_dp),
    figure_label("gp_hours_available"): ("gp_hours_available", one_dp),
    figure_label("gp_sessions_freed_per_week"): ("gp_sessions_freed_per_week", one_dp),
    figure_label("gp_appointments_released_per_year"): ("gp_appointments_released_per_year", lambda v: f"{v:,.0f}"),
    figure_label("employment_cost_per_year"): ("employment_cost_per_year", money),
    figure_label("arrs_reimbursement_per_year"): ("arrs_reimbursement_per_year", money),
    figure_label("net_cost_per_year"): ("net_cost_per_year", money),
    figure_label("cost_per_appointment_released"): ("cost_per_appointment_released",
                                             lambda v: "–" if v is None else f"£{v:,.2f}"),
    figure_label("one_off_costs"): ("one_off_costs", money),
    figure_label("cash_effect_per_year"): ("cash_effect_per_year", lambda v: ("+" if v >= 0.5 else "") + money(v)),
    figure_label("cash_payback_months"): ("cash_payback_months", lambda v: months_in_words(v)),
    figure_label("gp_time_value_per_year"): ("gp_time_value_per_year", money),
    figure_label("net_benefit_per_year"): ("net_benefit_per_year", money),
    figure_label("payback_months"): ("payback_months", lambda v: months_in_words(v)),
}


def months_in_words(months: float | None) -> str:
    """A payback as the pack words it (worked out here, not with Skillmix's formatter); the
    sample's options all have one-off costs."""
    if months is None:
        return "Never"
    return "Under a month" if months < 1 else f"{int(Decimal(repr(months)).quantize(Decimal(1), ROUND_HALF_UP))} months"


#: the figures the one-page summary leaves to the side-by-side page
NOT_ON_SUMMARY = tuple(figure_label(k) for k in (
    "gp_sessions_freed_per_week", "gp_appointments_released_per_year", "employment_cost_per_year",
    "gp_time_value_per_year", "cost_per_appointment_released", "cash_payback_months", "payback_months"))
#: pounds the summary prints to the nearest £10 (the side-by-side page prints them in full)
ROUGH = ("employment_cost_per_year", "arrs_reimbursement_per_year", "net_cost_per_year", "one_off_costs",
         "cash_effect_per_year", "gp_time_value_per_year", "net_benefit_per_year")

NO_VALUE = ("cost_per_appointment_released", "payback_months", "cash_payback_months")


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
    assert 6 <= len(texts) <= 22  # the full pack; the short one for partners is about 4
    assert f"Page 2 of {len(texts)}" in texts[1]


def test_every_section_title_is_present(texts: list[str]) -> None:
    all_lines = set(lines("\n".join(texts)))
    missing = [s for s in SECTIONS if s not in all_lines]
    assert not missing


def test_cover_names_practice_and_author_but_no_file_or_fingerprint(texts: list[str],
                                                                    made: tuple[Path, dict[str, Any]]) -> None:
    # issue 12: the file name and the plan fingerprint are not for the partners' table; the
    # fingerprint (which plan made the pack) moves to the method appendix
    cover = flat(texts[0])
    assert "Riverside Medical Practice" in cover and "Skill-mix options for the partners' meeting" in cover
    assert "Rachel Turner" in cover and "riverside.skillmix" not in cover and "fingerprint" not in cover
    plan, _ = open_plan(made[1]["plan"])
    fingerprint = hashlib.sha256(dumps(plan).encode("utf-8")).hexdigest()[:8]
    method = next(flat(t) for t in texts if "How the figures are worked out" in t)
    assert f"Skillmix {__version__}, plan fingerprint {fingerprint}" in method
    assert all("fingerprint" not in flat(t) for t in texts if "How the figures are worked out" not in t)


def test_the_contents_give_the_page_each_section_starts_on(texts: list[str]) -> None:
    cover = lines(texts[0])
    for title, page in (("Summary", 2), ("Where GP time goes now", 3), ("Options side by side", None)):
        at = next(i for i, line in enumerate(cover) if line.split(". ", 1)[-1] == title)
        number = int(cover[at + 1])  # the page, in its own column
        assert texts[number - 1].lstrip().startswith(title), (title, number)
        if page is not None:
            assert number == page


def expected_row(summary_json: dict[str, Any], label: str, rough: bool = False) -> list[str]:
    """Doing nothing, then each scenario's figure as `skillmix summary --json` gives it; ``rough``
    rounds pounds to the nearest £10 first, as the summary page does."""
    key, f = EXPECTED_FORMAT[label]
    doing_nothing = "–" if key in NO_VALUE or key in ONLY_WHEN_FREE else f(0.0)
    scenarios = summary_json["scenarios"].values()
    if rough and key in ROUGH:
        scenarios = [figures | {key: float(Decimal(repr(figures[key] / 10)).quantize(Decimal(1), ROUND_HALF_UP)) * 10}
                     for figures in scenarios]
    return [doing_nothing] + [printed(figures, label) for figures in scenarios]


#: printed only when some freed GP hours are free for the chosen use
ONLY_WHEN_FREE = ("gp_appointments_released_per_year", "cost_per_appointment_released")


def printed(figures: dict[str, Any], label: str) -> str:
    key, f = EXPECTED_FORMAT[label]
    if key == "gp_hours_available":
        return available_as_printed(figures)
    if key in ONLY_WHEN_FREE and available_as_printed(figures) == "0.0":
        return "–"
    return f(figures[key])


def test_summary_headlines_equal_summary_json_for_every_option(texts: list[str], summary_json: dict[str, Any]) -> None:
    summary = lines(texts[1])
    names = list(summary_json["scenarios"])
    assert names == ["Clinical pharmacist", "Document workflow and care navigation", "Paramedic for home visits"]
    for label in EXPECTED_FORMAT:
        if label in NOT_ON_SUMMARY:
            assert label not in summary
            continue
        assert values_after(summary, label, 1 + len(names)) == expected_row(summary_json, label, rough=True), label


def test_side_by_side_prints_every_figure_as_summary_json(texts: list[str], summary_json: dict[str, Any]) -> None:
    page = lines(next(t for t in texts if t.startswith("Options side by side")))
    for label in EXPECTED_FORMAT:
        assert values_after(page, label, 4) == expected_row(summary_json, label), label


def test_each_option_page_prints_its_headlines(texts: list[str], summary_json: dict[str, Any]) -> None:
    all_lines = lines("\n".join(texts))
    for n, (name, figures) in enumerate(summary_json["scenarios"].items(), start=1):
        start = all_lines.index(f"Option {n}: {name}", all_lines.index("Where GP time goes now"))
        for label in EXPECTED_FORMAT:  # E7 figures included
            assert values_after(all_lines, label, 1, start) == [printed(figures, label)], (name, label)


def test_e7_figures_of_the_sample(summary_json: dict[str, Any]) -> None:
    """The sample's GPs are 24.95 h short today (208.75 - 183.79: 229.17 contracted hours x (1 - 0.198)
    leave and sickness, 2026/27), so option 1's 12.49 freed hours all absorb unrostered work and, with
    no locum share and freed time not yet fewer locums, save no cash: the cash effect is minus the net
    cost. Option 2's 14.70 hours are all absorbed too."""
    first = summary_json["scenarios"]["Clinical pharmacist"]
    assert first["gp_hours_absorbing_shortfall"] == pytest.approx(first["gp_hours_freed_per_week"])
    assert first["gp_hours_available"] == 0
    assert first["cash_effect_per_year"] == pytest.approx(-first["net_cost_per_year"])
    second = summary_json["scenarios"]["Document workflow and care navigation"]
    assert second["gp_hours_absorbing_shortfall"] == pytest.approx(14.7048)
    assert second["gp_hours_available"] == 0 and second["gp_shortfall_today"] == pytest.approx(24.95238)


def test_net_benefit_and_payback_are_labelled_as_value_of_time_not_cash(texts: list[str]) -> None:
    all_lines = lines("\n".join(texts))
    for old in ("Net benefit a year", "Payback (months)", "Net benefit"):
        assert old not in all_lines
    text = flat(" ".join(texts))
    assert text.count("Value of GP time (not cash)") == 5  # summary, three options, side by side
    assert "Value of GP time is not cash." in flat(texts[1])
    # "net benefit" survives once, in quotes, tying the label to the model's name for it
    assert text.lower().count("net benefit") == 1 and "called “net benefit” in the model" in text


def test_summary_prices_doing_nothing_and_explains_not_cash(texts: list[str], summary_json: dict[str, Any]) -> None:
    first = summary_json["scenarios"]["Clinical pharmacist"]
    short = first["gp_shortfall_today"]
    # Hand-worked: 24.95238 h x 52 weeks x £87.36 = £113,351.68
    assert round(first["cost_of_doing_nothing_per_year"]) == round(24.95238 * 52 * 87.36) == 113352
    summary = flat(texts[1])
    assert (f"Today {short:.1f} hours a week ({short / (25 / 6):.1f} sessions) of GP work does not fit the rota. "
            f"Doing nothing keeps it: {money(first['cost_of_doing_nothing_per_year'])} a year if locums "
            f"covered it ({short:.2f} hours × 52 weeks × £87.36 a GP hour).") in summary
    assert "It prices each freed GP hour at £87.36 an hour (a £364 locum session ÷ 4 h 10 min)." in summary
    assert "(for unrostered work, the 0% share locums cover)" in summary


def test_rounding_footnote_names_the_two_roundings(texts: list[str], summary_json: dict[str, Any]) -> None:
    base = summary_json["baseline"]
    demand, capacity = base["demand_hours"]["GP"], base["capacity_hours"]["GP"]
    table = round(round(demand, 1) - round(capacity, 1), 1)  # 208.7 - 183.8 = 24.9
    text = round(demand - capacity, 1)  # 24.95 -> 25.0
    assert (table, text) == (24.9, 25.0)
    assert (f"a figure may differ by 0.1 between a table and the text (GP work not fitting the rota: {table:.1f} "
            f"hours in the role table, {text:.1f} here)") in flat(texts[1])


def test_gp_time_table_adds_up_and_names_bureaucracy(texts: list[str], summary_json: dict[str, Any]) -> None:
    all_lines = lines("\n".join(texts))
    by_cat = summary_json["baseline"]["gp_hours_by_category"]
    total = values_after(all_lines, "All GP work", 2)
    assert total[0] == f"{sum(by_cat.values()):.1f}" and total[1] == "100%"
    rows = section(all_lines, "Kind of work", "All GP work")
    kinds = [i for i, x in enumerate(rows) if x in ("Patient contact", "Non-patient work")]
    assert len(kinds) == sum(1 for h in by_cat.values() if h > 0)
    hours = [float(rows[i + 1]) for i in kinds]
    assert round(sum(hours), 1) == float(total[0])
    assert sum(int(rows[i + 2].rstrip("%")) for i in kinds) == 100
    admin = [float(rows[i + 1]) for i, x in enumerate(rows) if x == "Non-patient work"]
    assert (f"{round(sum(admin), 1):.1f} hours ({round(sum(admin) / float(total[0]) * 100):.0f}%) of it is "
            "bureaucracy and other non-patient work: everything that is not appointments, triage or visits "
            "(prescriptions, letters and correspondence,") in flat(" ".join(texts))


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
    short = demand - capacity  # rounded on its own, as on screen: 13.95 -> 14.0 (not 208.7 - 194.8)
    assert short > 0
    assert (f"GP work is {demand:.1f} hours a week against {capacity:.1f} hours of GP capacity: "
            f"{short:.1f} hours a week") in flat(" ".join(texts))
    assert f"({demand:,.2f} − {capacity:,.2f} = {short:,.2f} before rounding)" in flat(" ".join(texts))


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


SPLIT_LABELS = tuple(figure_label(k) for k in (
    "gp_hours_freed_per_week", "gp_hours_absorbing_shortfall", "gp_hours_available"))


def tenths(s: str) -> int:
    return round(float(s.replace(",", "")) * 10)


def test_freed_hours_split_adds_up_as_printed_on_every_page(texts: list[str]) -> None:
    """Tables and sentences alike: printed freed = printed absorbed + printed available."""
    checked = 0
    for text in texts:
        page = lines(text)
        if SPLIT_LABELS[0] in page and SPLIT_LABELS[1] in page:
            start = page.index(SPLIT_LABELS[0])
            count = 4 if "Do nothing" in page else 1  # doing nothing and three options, or one option
            freed, absorbed, available = (values_after(page, label, count, start) for label in SPLIT_LABELS)
            for f, a, v in zip(freed, absorbed, available, strict=True):
                assert tenths(f) == tenths(a) + tenths(v), (f, a, v)
                checked += 1
        words = flat(text)
        frees = r"Of the ([\d.,]+) GP hours a week it frees, ([\d.,]+) absorb .*? and ([\d.,]+) are"
        for f, a, v in re.findall(frees, words):
            assert tenths(f) == tenths(a) + tenths(v), (f, a, v)
            checked += 1
        only = r"but ([\d.,]+) of the ([\d.,]+) GP hours a week freed only absorb .*?leaving ([\d.,]+)"
        for a, f, v in re.findall(only, words):
            assert tenths(f) == tenths(a) + tenths(v), (f, a, v)
            checked += 1
    # summary and side by side (4 columns each), 3 option pages, option 2's two sentences
    assert checked >= 4 + 4 + 3 + 2


def test_five_year_running_total_equals_summary_json(texts: list[str], summary_json: dict[str, Any]) -> None:
    """The last running total of each option's years ahead, and the side-by-side figure, are the model's
    cumulative figure rounded once (sample option 1: £278,994, not £278,995 from summed rounded lines)."""
    all_lines = lines("\n".join(texts))
    totals = []
    for n, (name, figures) in enumerate(summary_json["scenarios"].items(), start=1):
        expected = money(figures["projection"][-1]["cumulative_net_benefit"])
        start = all_lines.index(f"Option {n}: {name}", all_lines.index("Where GP time goes now"))
        year = values_after(all_lines, f"Year {len(figures['projection'])}", 7, start)
        assert year[-1] == expected, name
        totals.append(expected)
    first = next(n for n, t in enumerate(texts) if t.startswith("Options side by side"))
    last = next(n for n, t in enumerate(texts) if t.startswith("Assumptions and sources"))
    side = lines("\n".join(texts[first:last]))
    i = next(k for k, x in enumerate(side) if x.startswith("GP time value less costs over"))
    assert side[i + 2: i + 6] == ["£0", *totals]  # doing nothing, then each option
