"""Multi-year projection with ramp-up (extension E1/E2, docs/MODEL-EXTENSIONS.md).

For year y = 1..N of a scenario:
- pay_factor = (1 + pay_award_rate) ** (y - 1); list_factor = (1 + list_growth_rate) ** (y - 1)
- ramp = average over the months of year y of min(1, month / R), R = the longest
  ramp_up_months of the scenario's hires (R = 0: ramp = 1)
- gp_hours_freed = gp_hours_freed_per_week x ramp x list_factor
- employment_cost = employment_cost_per_year x pay_factor; arrs = arrs x pay_factor
  (ARRS maximums rise with Agenda for Change awards)
- gp_time_value = gp_hours_freed x weeks_per_year x gp_hour_value x pay_factor
- net_benefit = gp_time_value - (employment_cost - arrs) - (one_off_costs in year 1)
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine.results import ScenarioResult
from planner.model import Assumptions, Hire


@dataclass(frozen=True)
class ProjectionYear:
    year: int
    ramp: float
    gp_hours_freed_per_week: float
    employment_cost: float
    arrs: float
    net_cost: float
    one_off_costs: float
    gp_time_value: float
    net_benefit: float
    cumulative_net_benefit: float


def ramp_share(months_from: float, months_to: float, ramp_months: float, steps: int = 120) -> float:
    """Average of min(1, t / ramp_months) for t over [months_from, months_to]."""
    if ramp_months <= 0:
        return 1.0
    width = (months_to - months_from) / steps
    ts = (months_from + (i + 0.5) * width for i in range(steps))
    return sum(min(1.0, t / ramp_months) for t in ts) / steps


def project(result: ScenarioResult, a: Assumptions, weeks_per_year: float) -> list[ProjectionYear]:
    """Year-by-year figures for ``a.projection_years`` years."""
    ramp_months = max((c.ramp_up_months for c in result.scenario.changes if isinstance(c, Hire)),
                      default=0.0)
    years, cumulative = [], 0.0
    for y in range(1, int(a.projection_years) + 1):
        pay = (1 + a.pay_award_rate) ** (y - 1)
        ramp = ramp_share(12 * (y - 1), 12 * y, ramp_months)
        freed = result.gp_hours_freed_per_week * ramp * (1 + a.list_growth_rate) ** (y - 1)
        employment = result.employment_cost_per_year * pay
        arrs = result.arrs_reimbursement_per_year * pay
        one_off = result.one_off_costs if y == 1 else 0.0
        value = freed * weeks_per_year * a.gp_hour_value * pay
        benefit = value - (employment - arrs) - one_off
        cumulative += benefit
        years.append(ProjectionYear(y, ramp, freed, employment, arrs, employment - arrs, one_off,
                                    value, benefit, cumulative))
    return years
