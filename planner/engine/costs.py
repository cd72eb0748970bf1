"""Employment cost of a hire and its ARRS reimbursement (MODEL.md, Scenario results)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Assumptions, Hire, Role


@dataclass(frozen=True)
class HireCost:
    role: str
    wte: float
    salary: float  # full-time basic pay used
    pay: float  # salary x wte
    ni: float  # employer NI above the threshold
    pension: float  # employer pension share
    employment_cost: float  # pay + ni + pension
    arrs: float  # ARRS reimbursement, capped
    one_off_cost: float

    @property
    def net_cost(self) -> float:
        return self.employment_cost - self.arrs


def hire_cost(hire: Hire, role: Role, a: Assumptions) -> HireCost:
    """pay = salary x wte; ni = rate x max(0, pay - threshold); pension = rate x pay;
    arrs = min(employment_cost, arrs_cap x wte) when ARRS funded."""
    salary = role.annual_salary if hire.annual_salary is None else hire.annual_salary
    pay = salary * hire.wte
    ni = a.employer_ni_rate * max(0.0, pay - a.employer_ni_threshold)
    pension = a.employer_pension_rate * pay
    cost = pay + ni + pension
    arrs = 0.0
    if hire.arrs_funded and role.arrs_cap is not None:
        arrs = min(cost, role.arrs_cap * hire.wte)
    return HireCost(role.code, hire.wte, salary, pay, ni, pension, cost, arrs, hire.one_off_cost)
