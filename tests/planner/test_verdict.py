"""The Compare page's conclusions, worked out from the figures (planner.present.verdict)."""

from __future__ import annotations

from planner.engine import compute
from planner.engine.summary import scenario_figures
from planner.present.figures import BY_KEY, LESS, MORE, VALUE_FOR_MONEY
from planner.present.outcome import do_nothing
from planner.present.verdict import best, names, verdict
from planner.sample import sample_plan

PLAN = sample_plan()


def _options() -> list[tuple[str, dict]]:
    return [(r.scenario.name, scenario_figures(PLAN, r)) for r in compute(PLAN).scenarios]


def test_the_samples_verdict_names_the_best_value_and_who_clears_the_shortfall() -> None:
    options = _options()
    today = scenario_figures(PLAN, do_nothing(PLAN))
    # by hand: net cost / (GP gap closed a week x 52 weeks); the pharmacist's is the lowest
    per_hour = {name: v["net_cost_per_year"] / (v["gp_gap_closed_per_week"] * 52) for name, v in options}
    assert min(per_hour, key=per_hour.get) == "Clinical pharmacist"
    assert per_hour["Clinical pharmacist"] < per_hour["Paramedic for home visits"] < \
        per_hour["Document workflow and care navigation"]
    text = verdict(options, PLAN, today)
    figure = BY_KEY[VALUE_FOR_MONEY]
    pharmacist = dict(options)["Clinical pharmacist"]
    assert text.startswith(f"Best value: Clinical pharmacist, {figure.show(pharmacist, PLAN)} net cost per GP hour")
    assert "(next: Paramedic for home visits, " in text
    # 25.0 h of GP work is off the rota today (24.95); the most any option frees is 14.7 h, so none
    # clears it, and every option leaves GPs above 25 contacts a day
    assert max(v["gp_hours_freed_per_week"] for _, v in options) < today["gp_shortfall_today"]
    assert text.endswith("None clears the GP shortfall (25.0 h a week today); none brings GP contacts under "
                         "25 a day.")
    # with a smaller shortfall (fewer hours of letters) the document workflow option would clear it alone
    lighter = _with_gp_shortfall_below(14.0)
    lighter_options = [(r.scenario.name, scenario_figures(lighter, r)) for r in compute(lighter).scenarios]
    text = verdict(lighter_options, lighter, scenario_figures(lighter, do_nothing(lighter)))
    assert "Only Document workflow and care navigation clears the GP shortfall (" in text


def _with_gp_shortfall_below(hours: float):
    """The sample with one more salaried GP, sized so the GPs are just under ``hours`` short."""
    from dataclasses import replace

    from planner.model import Staff
    base = compute(PLAN).baseline
    short = base.demand["GP"] - base.capacity["GP"]
    leave = next(r.leave_fraction for r in PLAN.roles if r.code == "GP")
    extra = (short - hours + 0.5) / (1 - leave)
    return replace(PLAN, staff=(*PLAN.staff, Staff(name="Dr New", role="GP", weekly_hours=extra)))


def test_the_best_on_a_row_follows_the_figures_direction_and_ties_as_printed() -> None:
    freed, cost = BY_KEY["gp_hours_freed_per_week"], BY_KEY["net_cost_per_year"]
    assert (freed.better, cost.better) == (MORE, LESS)
    rows = [{"gp_hours_freed_per_week": 10.0, "net_cost_per_year": 500.0},
            {"gp_hours_freed_per_week": 12.44, "net_cost_per_year": 900.0},
            {"gp_hours_freed_per_week": 12.41, "net_cost_per_year": 500.2}]
    assert best(freed, rows, PLAN) == {1, 2}  # both print 12.4
    assert best(cost, rows, PLAN) == {0, 2}  # £500 both
    assert best(freed, rows[:1], PLAN) == set()  # nothing to beat
    same = [{"net_cost_per_year": 0.0}, {"net_cost_per_year": 0.0}]
    assert best(cost, same, PLAN) == set()  # all alike: no mark
    assert best(BY_KEY["freed_time_use"], rows, PLAN) == set()  # not a ranked figure


def test_a_figure_by_role_ranks_on_its_total_and_a_missing_figure_is_left_out() -> None:
    short = BY_KEY["shortfall_hours"]
    rows = [{"shortfall_hours": {"GP": 3.0, "PN": 1.0}}, {"shortfall_hours": {"GP": 0.0, "PN": 2.0}}]
    assert best(short, rows, PLAN) == {1}
    per_hour = BY_KEY[VALUE_FOR_MONEY]
    rows = [{VALUE_FOR_MONEY: None}, {VALUE_FOR_MONEY: 12.0}, {VALUE_FOR_MONEY: 9.0}]
    assert best(per_hour, rows, PLAN) == {2}


def test_names_and_clauses_read_as_english() -> None:
    assert names(["A"]) == "A"
    assert names(["A", "B"]) == "A and B"
    assert names(["A", "B", "C"]) == "A, B and C"
    today = {"gp_shortfall_today": 14.0, "gp_contacts_per_day_after": 30.0}
    fine = {"shortfall_hours": {"GP": 0.0}, "gp_contacts_per_day_after": 24.0, "net_cost_per_year": 1.0,
            "gp_hours_freed_per_week": 1.0, VALUE_FOR_MONEY: 1.0}
    assert verdict([("A", fine), ("B", fine)], PLAN, today).endswith(
        "Every option clears the GP shortfall (14.0 h a week today); every option brings GP contacts under "
        "25 a day.")
    assert verdict([], PLAN, today) == ""
