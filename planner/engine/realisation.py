"""What freed GP time can really become, and its cash effect (extension E7,
docs/MODEL-EXTENSIONS.md).

MODEL.md values every freed GP hour at gp_hour_value ("net benefit"). That is a value of
time, not cash: hours that only cover work the rota has no time for today change nothing
a partner can bank. So, beside the MODEL.md figures:

- shortfall_today = max(0, demand[gp_role] - capacity[gp_role]) before the scenario
- gp_hours_absorbing_shortfall = min(max(0, gp_hours_freed_per_week), shortfall_today)
- gp_hours_available = max(0, gp_hours_freed_per_week) - gp_hours_absorbing_shortfall
- cash_saving_per_year = (gp_hours_absorbing_shortfall x locum_share_of_shortfall
  + gp_hours_available x [freed_time_use is "locums"]) x weeks_per_year x gp_hour_value:
  hours that cover unrostered work save cash only for the share of it paid as locum sessions;
  hours left over save cash only when they become fewer locum sessions
- cash_effect_per_year = cash_saving_per_year - net_cost_per_year (positive: the practice
  is better off in cash)
- cash_payback_months = 12 x one_off_costs / cash_effect_per_year when it is positive, else none
- cost_of_doing_nothing_per_year = shortfall_today x weeks_per_year x gp_hour_value
  (today's unrostered GP work, if locums covered it)
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.problems import NEGLIGIBLE
from planner.engine.results import ScenarioResult
from planner.model import Plan


@dataclass(frozen=True)
class Realisation:
    gp_shortfall_today: float
    gp_hours_absorbing_shortfall: float
    gp_hours_available: float
    cash_saving_per_year: float
    cash_effect_per_year: float
    cash_payback_months: float | None
    cost_of_doing_nothing_per_year: float


def realisation(plan: Plan, r: ScenarioResult) -> Realisation:
    """Split the freed GP hours into what covers today's shortfall and what is left over,
    and the scenario's effect in cash."""
    gp, weeks = plan.assumptions.gp_role, plan.practice.weeks_per_year
    value = plan.assumptions.gp_hour_value
    shortfall = r.before.shortfall(gp)
    freed = max(0.0, r.gp_hours_freed_per_week)
    absorbed = min(freed, shortfall)
    available = freed - absorbed
    locum_hours = absorbed * plan.assumptions.locum_share_of_shortfall
    if r.scenario.freed_time_use == "locums":
        locum_hours += available
    saving = locum_hours * weeks * value
    cash = saving - r.net_cost_per_year
    return Realisation(shortfall, absorbed, available, saving, cash,
                       12 * r.one_off_costs / cash if cash > NEGLIGIBLE else None,
                       shortfall * weeks * value)
