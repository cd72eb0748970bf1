"""The figures of a PCN option, for each practice and for the network (P2-P6)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from planner.arrs import ArrsEdition, arrs_edition
from planner.engine.pcn.allocation import Allocation, StaffCost, allocation, staff_costs
from planner.engine.pcn.memo import IdentityMemo
from planner.engine.pcn.practice import practice_result, with_shared_staff
from planner.engine.pcn.rules import RuleBreak, arrs_rule_breaks
from planner.engine.pcn.staffing import Sessions, recruited, sessions_in, share_of_sessions, staff_after
from planner.engine.pcn.validate import validate_pcn
from planner.engine.problems import InvalidPlan
from planner.engine.results import ScenarioResult
from planner.engine.workload import Workload, baseline
from planner.model import MemberPractice, Pcn, PcnOption, Plan


@dataclass(frozen=True)
class PracticeFigures:
    """One practice under a PCN option. Hours a week; money a full year."""

    code: str
    name: str
    result: ScenarioResult  # MODEL.md figures through the practice engine
    shared_sessions_before: float
    shared_sessions_after: float
    gp_gap_before: float  # max(0, GP demand - GP capacity) before
    gp_gap_after: float
    shared_cost: float  # its share of the shared team's employment cost, after the option
    shared_arrs: float  # its share of their ARRS reimbursement
    recharge_before: float  # its share of the shared team's cost above ARRS, today
    recharge_after: float
    own_arrs: float  # ARRS of the ARRS-funded hires of its own linked option (claimed by the PCN)

    @property
    def gp_hours_freed_per_week(self) -> float:
        return self.result.gp_hours_freed_per_week

    @property
    def gp_gap_closed(self) -> float:
        return self.gp_gap_before - self.gp_gap_after

    @property
    def own_net_cost(self) -> float:
        return self.result.net_cost_per_year

    @property
    def net_cost_change(self) -> float:
        """What the option costs the practice a year: the change in its recharge and its own net cost."""
        return self.recharge_after - self.recharge_before + self.own_net_cost


@dataclass(frozen=True)
class PcnResult:
    option: PcnOption | None  # None: the network as it is today
    practices: tuple[PracticeFigures, ...]
    costs: tuple[StaffCost, ...]  # the shared team after the option
    money: Allocation
    recruits_cost: float  # employment cost a year of the option's recruits
    one_off_costs: float
    breaks: tuple[RuleBreak, ...]

    @property
    def name(self) -> str:
        return self.option.name if self.option else "Today"

    @property
    def gp_hours_freed_per_week(self) -> float:
        return sum(p.gp_hours_freed_per_week for p in self.practices)

    @property
    def gp_gap_closed(self) -> float:
        return sum(p.gp_gap_closed for p in self.practices)

    @property
    def net_cost_change(self) -> float:
        return sum(p.net_cost_change for p in self.practices)

    def practice(self, code: str) -> PracticeFigures:
        return next(p for p in self.practices if p.code == code)


@dataclass(frozen=True)
class PcnResults:
    today: PcnResult
    options: tuple[PcnResult, ...]

    def option(self, name: str) -> PcnResult:
        for r in self.options:
            if r.name == name:
                return r
        raise KeyError(name)


_BASES: IdentityMemo[Workload] = IdentityMemo()


def _baseline_with(plan: Plan, sessions: Sessions) -> Workload:
    return baseline(with_shared_staff(plan, sessions))


def _gp_gap(w: Workload) -> float:
    return w.shortfall(w.gp_role)


def _shares(pcn: Pcn, costs: tuple[StaffCost, ...], code: str, weighted: float) -> tuple[float, float, float]:
    """The practice's share of the team's employment cost, ARRS and cost above ARRS."""
    cost = arrs = 0.0
    for c in costs:
        share = share_of_sessions(c.staff, code) if pcn.recharge_basis == "sessions" else None
        share = weighted / pcn.weighted_population if share is None else share
        cost, arrs = cost + c.cost.employment_cost * share, arrs + c.cost.arrs * share
    return cost, arrs, cost - arrs


def _practice(pcn: Pcn, member: MemberPractice, option: PcnOption | None, today: tuple[StaffCost, ...],
              after: tuple[StaffCost, ...], base: tuple[Sessions, Workload]) -> PracticeFigures:
    before_sessions, workload = base
    after_sessions = sessions_in(tuple(c.staff for c in after), member.code)
    linked = option.practice_options.get(member.code) if option else None
    result = practice_result(member, option.name if option else "Today", linked, before_sessions,
                             after_sessions, workload)
    cost, arrs, recharge = _shares(pcn, after, member.code, member.weighted_population)
    own_arrs = sum(h.arrs for h in result.hires)
    return PracticeFigures(
        member.code, member.name, result, sum(n for _, n in before_sessions.values()),
        sum(n for _, n in after_sessions.values()), _gp_gap(workload), _gp_gap(result.after),
        cost, arrs, _shares(pcn, today, member.code, member.weighted_population)[2], recharge, own_arrs)


def evaluate_option(pcn: Pcn, option: PcnOption | None, edition: ArrsEdition,
                    bases: dict[str, tuple[Sessions, Workload]]) -> PcnResult:
    """The figures of ``option`` (None: today) for a valid ``pcn``; ``bases`` holds each
    practice's sessions and workload today (see ``practice_bases``)."""
    today = staff_costs(pcn, pcn.staff, edition)
    new = staff_costs(pcn, tuple(r.staff for r in recruited(option)), edition)
    after = staff_costs(pcn, staff_after(pcn, option), edition)
    practices = tuple(_practice(pcn, m, option, today, after, bases[m.code]) for m in pcn.practices)
    money = allocation(pcn, today, new, sum(p.own_arrs for p in practices))
    return PcnResult(option, practices, after, money, sum(c.cost.employment_cost for c in new),
                     sum(r.one_off_cost for r in recruited(option)) + sum(p.result.one_off_costs for p in practices),
                     arrs_rule_breaks(pcn, after, money, edition))


def practice_bases(pcn: Pcn) -> dict[str, tuple[Sessions, Workload]]:
    """Each practice's shared sessions today and its workload with them."""
    out = {}
    for m in pcn.practices:
        sessions = sessions_in(pcn.staff, m.code)
        key = tuple(sorted(sessions.items()))
        workload = _BASES.get(m.plan, key, partial(_baseline_with, m.plan, sessions))
        out[m.code] = (sessions, workload)
    return out


def compute_pcn(pcn: Pcn, names: list[str] | None = None) -> PcnResults:
    """Today's figures and those of every PCN option (or those named). Raises InvalidPlan."""
    problems = validate_pcn(pcn)
    if problems:
        raise InvalidPlan(problems)
    edition, bases = arrs_edition(pcn.contract_year), practice_bases(pcn)
    chosen = [o for o in pcn.options if names is None or o.name in names]
    return PcnResults(evaluate_option(pcn, None, edition, bases),
                      tuple(evaluate_option(pcn, o, edition, bases) for o in chosen))
