"""The decision section, ARRS as a risk, workings a partner can follow, the reference-figures
warning, and layout (pages filled, nothing cut): packs of the sample read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from planner.engine import compute
from planner.engine.summary import summary_dict
from planner.model import Plan
from planner.report import build_pack
from planner.sample import sample_plan
from tests.planner.report.pdf_reading import flat, lines, page_texts, values_after
from tests.planner.report.plans import three_hires_plan

ON = date(2026, 11, 23)


def recommend(plan: Plan, name: str | None) -> Plan:
    """The plan with only scenario ``name`` recommended (None: none)."""
    return replace(plan, scenarios=tuple(replace(s, recommended=s.name == name) for s in plan.scenarios))


def pack_texts(plan: Plan, folder: Path, on: date = ON) -> list[str]:
    out = folder / "pack.pdf"
    build_pack(plan, out, on=on)
    return page_texts(out)


@pytest.fixture(scope="module")
def sample_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("decision") / "pack.pdf"
    build_pack(sample_plan(), out, on=ON)
    return out


@pytest.fixture(scope="module")
def texts(sample_pack: Path) -> list[str]:
    return page_texts(sample_pack)


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    plan = sample_plan()
    return summary_dict(plan, compute(plan))["scenarios"]


def test_the_recommended_option_gets_a_resolution_with_its_hire_and_costs(texts: list[str]) -> None:
    # Sample option 1 (2026/27): 1 WTE clinical pharmacist at £56,515 (AfC band 7 top), ARRS funded,
    # one-off £2,500; employment cost 56,515 + NI 0.15 x 51,515 + pension 0.1438 x 56,515 = £72,369.11,
    # ARRS cap £69,207 -> net £3,162.11.
    summary = flat(texts[1])
    assert ("Resolution proposed: Approve option 1 (Clinical pharmacist) and recruit 1 WTE Clinical pharmacist "
            "(band 7, £56,515 a year full-time pay, ARRS funded), at £2,500 one-off and £3,162 a year net cost, "
            "subject to PCN ARRS confirmation.") in summary
    assert "::" not in summary
    sentence = summary[summary.index("Resolution proposed"):summary.index("subject to PCN")]
    assert sentence.count(":") == 1


def test_why_the_recommended_option_is_worked_out_from_the_figures(texts: list[str]) -> None:
    # Net cost per GP hour of gap closed (E13): option 1 £3,162.11 / (12.4853 h x 52) = £4.87; option 2
    # £32,578.29 / (14.7048 x 52) = £42.61 (band 3 £25,760 + NI 0.15 x 20,760 + pension 0.1438 x 25,760);
    # option 3 £72,369.11 - £66,440 = £5,929.11 / (10.2624 x 52) = £11.11. Cash effect: -£3,162 > -£5,929
    # > -£32,578; but option 2 closes more of the gap (14.7 against 12.5 hours a week). 2.6 h of option 1
    # come from avoided work (Pharmacy First); the pharmacist's 37.5 x (1 - 0.198) = 30.1 new hours take
    # on 16.4 h of work: 13.6 h idle, and (16.4 - 0.95 spare before) / 30.075 = 0.51 -> 0.6 WTE.
    summary = flat(texts[1])
    assert ("Why option 1: of the 3 options it has the lowest net cost per GP hour of gap closed (£4.87; option 2 "
            "£42.61, option 3 £11.11) and does best in cash (-£3,162; option 2 -£32,578, option 3 -£5,929), "
            "though option 2 closes more of the GP gap (14.7 hours a week against 12.5 hours a week). 2.6 of its "
            "12.5 GP hours freed need no hire (avoided or retimed work). The new Clinical pharmacist time is 13.6 "
            "hours a week more than the work moved to it: 0.6 WTE would fit, not 1.") in summary
    assert ("Ranked by net cost per GP hour of gap closed: option 1 (£4.87 a GP hour), option 3 (£11.11 a GP "
            "hour), option 2 (£42.61 a GP hour). Without ARRS funding option 2 would come first (£42.61 a GP hour "
            "at full cost): the answer depends on the PCN's ARRS budget.") in summary


def test_another_recommendation_gives_other_reasons(tmp_path: Path, figures: dict[str, dict[str, float]]) -> None:
    texts = pack_texts(recommend(sample_plan(), "Document workflow and care navigation"), tmp_path)
    summary = flat(texts[1])
    second = figures["Document workflow and care navigation"]
    assert round(second["net_cost_per_year"]) == 32578 and second["arrs_reimbursement_per_year"] == 0
    # 14.70 h freed, all under today's 24.95-hour shortfall: none is left for the chosen use.
    assert ("Approve option 2 (Document workflow and care navigation) and recruit 1 WTE Administrator / document "
            "workflow (band 3, £25,760 a year full-time pay), at £1,500 one-off and £32,578 a year net cost. "
            "All 14.7 freed GP hours a week only cover work the rota has no time for today, so none is left for "
            "extra GP appointments (more access): the cash effect is -£32,578 a year.") in summary
    assert "subject to PCN ARRS confirmation" not in summary  # nothing is claimed from ARRS
    # No option clears the 24.95 h shortfall, so none is "the only option that clears" it.
    assert ("Why option 2: of the 3 options it closes the most of the GP gap (14.7 hours a week; option 1 12.5 "
            "hours a week, option 3 10.3 hours a week), though option 1 costs less per GP hour of gap closed "
            "(£4.87 against £42.61).") in summary
    assert "clears the GP shortfall" not in summary
    assert "The recommended option 2 ranks third" in summary


def test_with_no_recommendation_the_partners_are_asked_to_choose(tmp_path: Path) -> None:
    summary = flat(pack_texts(recommend(sample_plan(), None), tmp_path)[1])
    assert ("No option is recommended: the partners are asked to choose one of these 3 options or to do "
            "nothing.") in summary
    assert "Resolution proposed" not in summary and "Why option" not in summary


def test_arrs_is_a_risk_of_the_options_that_claim_it(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    # Option 1: £69,207 of £72,369.11 = 95.6%; option 3: £66,440 of £72,369.11 = 91.8%.
    for arrs, share, net in (("£69,207", "96%", "£3,162"), ("£66,440", "92%", "£5,929")):
        assert (f"ARRS funding: ARRS would pay {arrs} a year, {share} of the employment cost. It is claimed by "
                "the PCN from its ARRS budget; confirm headroom before recruiting. Without it the net cost would "
                f"be £72,369 a year, not {net}.") in text
    option_2 = text[text.index("Option 2: Document workflow"):text.index("Option 3: Paramedic for home visits ")]
    assert "ARRS funding:" not in option_2 and "ARRS funding not available" not in option_2


def test_the_sensitivity_shows_arrs_not_available(texts: list[str]) -> None:
    all_lines = lines("\n".join(texts))
    row = "ARRS funding not available (none, then as planned)"
    first = all_lines.index(row)
    # Without ARRS the net cost is the employment cost, £72,369; as planned £3,162; GP hours unchanged.
    assert values_after(all_lines, row, 2, first) == ["£72,369 to £3,162", "12.5 (no change)"]
    assert values_after(all_lines, row, 2, first + 1) == ["£72,369 to £5,929", "10.3 (no change)"]
    assert "Input 20% lower or no ARRS" in all_lines


def test_freed_time_uses_keep_their_capitals(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    assert "extra GP appointments (more access)" in text
    assert "extra gp appointments" not in text
    assert "Extra GP appointments (more access)" in text  # where it starts a sentence or a cell


def test_the_gp_hour_value_is_worked_out_where_it_is_stated(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    # £364 a session ÷ (25/6) hours = £87.36 an hour
    assert round(364 / (25 / 6), 2) == 87.36
    assert "Value of one freed GP hour (a £364 locum session ÷ 4 h 10 min) £87.36" in text


def test_activities_show_the_share_each_role_does_now(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    # Routine consultations: 228.8 a week, GP 95% at 10 min -> 228.8 x 0.95 x 10 / 60 = 36.2 GP hours
    assert "General practitioner 95% at 10 min; Advanced nurse practitioner 5% at 15 min" in text
    assert "routine consultations: 228.8 × 95% × 10 ÷ 60 = 36.2" in text
    all_lines = lines("\n".join(texts))
    assert values_after(all_lines, "All activities", 1) == ["208.7"]  # the GP work on the GP time page


def test_bureaucracy_is_named_with_what_it_holds(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    assert "of it is bureaucracy and other non-patient work: everything that is not appointments, triage" in text
    assert "meetings, supervision, other admin)" in text
    assert "Bureaucracy and other non-patient work" in text  # the chart's legend


@pytest.mark.parametrize(("on", "warned"), [(date(2026, 3, 31), False), (date(2026, 4, 1), True)])
def test_reference_figures_past_their_edition_are_flagged(tmp_path: Path, on: date, warned: bool) -> None:
    texts = pack_texts(three_hires_plan(), tmp_path, on=on)
    warning = ("The reference figures may be out of date. Pay scales, ARRS maximums, employer NI and pension rates "
               "and the locum rate are from the 2025/26 edition, which ended on 31 March 2026; this pack is dated "
               "1 April 2026.")
    cover = flat(texts[0])
    assumptions = flat(next(t for t in texts if t.startswith("Assumptions and sources")))
    assert (warning in cover) is warned
    assert (warning in assumptions) is warned
    if not warned:
        assert "may be out of date" not in flat(" ".join(texts))


def test_no_label_is_cut_short(texts: list[str]) -> None:
    text = flat(" ".join(texts))
    assert "…" not in text
    # the longest sensitivity label of the sample, whole across its lines
    assert ("Share moved: Medication queries and acute prescription requests, General practitioner to Clinical "
            "pharmacist (56.0% to 84.0%)") in text


def source_entries(texts: list[str]) -> list[list[str]]:
    """The printed lines of each entry of the Sources list (footers left out)."""
    all_lines = lines("\n".join(texts))
    listing = all_lines[len(all_lines) - 1 - all_lines[::-1].index("Sources") + 1:]
    entries: list[list[str]] = []
    for line in listing:
        if line.startswith("Page ") or line.startswith("Riverside Medical Practice ·"):
            continue
        if line.startswith("["):
            entries.append([line])
        else:
            entries[-1].append(line)
    return entries


def test_web_addresses_break_only_after_a_slash_or_hyphen(texts: list[str]) -> None:
    entries = source_entries(texts)
    assert len(entries) > 10
    breaks = 0
    for entry in entries:
        url_line = next((i for i, line in enumerate(entry) if "http" in line), None)
        if url_line is None:
            continue
        for before in entry[url_line:-1]:  # every break from the line the address starts on
            breaks += 1
            assert before.endswith(("/", "-", "?", "&")), entry
    assert breaks >= 5  # wrapped addresses were checked


#: the titles a section of the pack starts a page with
SECTION_STARTS = ("Summary", "Where GP time goes now", "Option ", "Options side by side", "Assumptions and sources")


def test_no_page_but_the_last_is_nearly_empty(sample_pack: Path) -> None:
    """Every page's text reaches at least 45% down the page (a section's last page, before a page
    that starts the next section, at least 30%): no table left alone on a page."""
    with pdfplumber.open(sample_pack) as pdf:
        pages = pdf.pages
        for page, after in zip(pages[:-1], pages[1:], strict=True):
            footer_top = page.height - 20 * 72 / 25.4
            lowest = max(c["bottom"] for c in page.chars if c["bottom"] < footer_top)
            ends_section = (after.extract_text() or "").startswith(SECTION_STARTS)
            assert lowest / page.height > (0.30 if ends_section else 0.45), page.page_number


def test_with_many_options_only_the_next_best_is_named() -> None:
    from planner.report.context import build_context
    from planner.report.decision import why_text
    from tests.planner.report.plans import many_options_plan

    ctx = build_context(many_options_plan(10), None, False, "", "")  # option 4 is option 1 again, recommended
    why = why_text(ctx, ctx.options[3])
    assert why.startswith(
        "Why option 4: of the 10 options it has the lowest net cost per GP hour of gap closed (£4.87; next best "
        "option 1 £4.87) and does best in cash (-£3,162; next best option 1 -£3,162), though option 2 closes more "
        "of the GP gap (14.7 hours a week against 12.5 hours a week).")


def test_the_resolution_says_plainly_when_no_freed_hour_is_left_for_its_use(
        texts: list[str], figures: dict[str, dict[str, float]]) -> None:
    # Sample option 1 (recommended, freed time to become fewer locum sessions) frees 12.5 GP hours a
    # week, all under today's 24.95-hour shortfall: 12.5 absorbed, 0.0 available, so no locum session is
    # saved and the cash effect is the net cost with its sign turned: -£3,162.
    f = figures["Clinical pharmacist"]
    assert f["gp_hours_available"] == 0 and f["cash_saving_per_year"] == 0
    summary = flat(texts[1])
    assert ("All 12.5 freed GP hours a week only cover work the rota has no time for today, so no locum sessions "
            "are saved: the cash effect is -£3,162 a year.") in summary
    assert "is to become fewer locum sessions" not in summary
