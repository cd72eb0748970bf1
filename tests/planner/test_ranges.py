"""Likely ranges (docs/MODEL-EXTENSIONS.md E15): which inputs are estimates, and the percentiles
of each option's figures when they vary."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from planner.cli.main import main
from planner.engine import compute
from planner.engine.uncertainty import Spread, ranges
from planner.estimates import option_ranges, spread_of, spreads
from planner.model import Hire, Scenario, Shift
from planner.sample import sample_plan
from planner.store import save_plan
from tests.planner.builders import two_role_plan


def triangular_quantile(q: float, low: float, mode: float, high: float) -> float:
    """The q-quantile of a triangular distribution, worked out by hand."""
    if q <= (mode - low) / (high - low):
        return low + math.sqrt(q * (high - low) * (mode - low))
    return high - math.sqrt((1 - q) * (high - low) * (high - mode))


def nurse_plan():
    # GP 70 appointments x 10 min: moving half to the nurse frees 35 x 10/60 = 5.8333 h
    return two_role_plan(scenarios=(Scenario("Nurse", (Shift("appts", "GP", "PN", 0.5),)),))


def test_one_estimated_volume_gives_the_gap_closed_its_triangular_percentiles():
    plan = nurse_plan()
    r = compute(plan).scenarios
    found = ranges(plan, r, Spread(volume={"appts": 0.35}))["Nurse"]["gp_gap_closed_per_week"]
    nominal = 35 * 10 / 60
    assert found.p10 == pytest.approx(nominal * triangular_quantile(0.1, 0.65, 1, 1.35), rel=0.02)
    assert found.p50 == pytest.approx(nominal, rel=0.02)
    assert found.p90 == pytest.approx(nominal * triangular_quantile(0.9, 0.65, 1, 1.35), rel=0.02)


def test_with_no_estimates_every_percentile_is_the_engines_figure():
    plan = nurse_plan()
    r = compute(plan).scenarios
    found = ranges(plan, r, Spread())["Nurse"]
    for key, engine in (("gp_gap_closed_per_week", 35 * 10 / 60), ("net_cost_per_year", 0.0),
                        ("cash_effect_per_year", 0.0)):
        assert (found[key].p10, found[key].p50, found[key].p90) == pytest.approx((engine,) * 3), key


def test_the_draws_are_seeded_so_every_run_gives_the_same_ranges():
    plan = sample_plan()
    r = compute(plan).scenarios
    assert option_ranges(plan, r) == option_ranges(plan, r)


def test_an_estimated_arrs_maximum_spreads_the_net_cost():
    # a paramedic-like role with an ARRS cap below its cost: net cost = cost - cap x wte x draw
    plan = two_role_plan()
    nurse = replace(plan.roles[1], arrs_cap=20_000.0)
    plan = replace(plan, roles=(plan.roles[0], nurse), scenarios=(Scenario("Hire", (Hire("PN", 1.0, 30_000, True),)),))
    r = compute(plan).scenarios
    found = ranges(plan, r, Spread(arrs_cap={"PN": 0.1}))["Hire"]["net_cost_per_year"]
    cost = r[0].employment_cost_per_year
    assert found.p10 == pytest.approx(cost - 20_000 * triangular_quantile(0.9, 0.9, 1, 1.1), rel=0.01)
    assert found.p90 == pytest.approx(cost - 20_000 * triangular_quantile(0.1, 0.9, 1, 1.1), rel=0.01)


def test_the_samples_defaults_are_estimates_and_a_typed_volume_is_not():
    plan = sample_plan()
    spread = spread_of(plan)
    code = plan.activities[0].code
    assert spread.volume[code] == spreads()["volume"]
    typed = replace(plan, activities=(replace(plan.activities[0], volume_per_week=123.0), *plan.activities[1:]))
    assert code not in spread_of(typed).volume


def test_summary_json_gives_ranges_and_the_estimates_behind_them(tmp_path, capsys):
    path = tmp_path / "sample.skillmix"
    save_plan(sample_plan(), path)
    assert main(["summary", str(path), "--json"]) == 0
    for figures in json.loads(capsys.readouterr().out)["scenarios"].values():
        assert set(figures["ranges"]) == {"gp_gap_closed_per_week", "net_cost_per_year", "cash_effect_per_year"}
        for r in figures["ranges"].values():
            assert r["p10"] <= r["p50"] <= r["p90"]
        gap = figures["ranges"]["gp_gap_closed_per_week"]
        assert gap["p10"] < figures["gp_gap_closed_per_week"] < gap["p90"]
        assert figures["estimated_inputs"] > 0
