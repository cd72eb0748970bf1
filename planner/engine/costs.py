"""Employment cost of a hire and its ARRS reimbursement (MODEL.md, Scenario results)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Assumptions, Hire, Role, Staff


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


@dataclass(frozen=True)
class HoursCost:
    """What a change of one person's weekly hours costs a year (negative: it saves)."""

    staff: str
    role: str
    hours_before: float
    hours_after: float
    cost_before: float  # a year, at the hours before
    cost_after: float  # a year, at the hours after

    @property
    def change(self) -> float:
        return self.cost_after - self.cost_before


def person_cost(staff: Staff, role: Role, hours: float, a: Assumptions, weeks: float) -> float:
    """A year of ``staff`` at ``hours`` a week (extension E13). Paid by the hour (a locum, agency
    or bank worker): hours x weeks x hourly rate. Employed: pay = salary x hours / wte_hours
    (salary: their own, else the role's full-time pay), plus employer NI above the threshold and
    the employer's pension share, as for a hire."""
    if staff.hourly_rate is not None:
        return hours * weeks * staff.hourly_rate
    salary = role.annual_salary if staff.annual_salary is None else staff.annual_salary
    pay = salary * hours / a.wte_hours
    return pay + a.employer_ni_rate * max(0.0, pay - a.employer_ni_threshold) + a.employer_pension_rate * pay


def hours_cost(staff: Staff, role: Role, hours_before: float, hours_after: float, a: Assumptions,
               weeks: float) -> HoursCost:
    return HoursCost(staff.name, role.code, hours_before, hours_after,
                     person_cost(staff, role, hours_before, a, weeks), person_cost(staff, role, hours_after, a, weeks))
