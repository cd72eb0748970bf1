"""Demand against capacity for every role that has staff or work: hours a week from the
engine's baseline. A role short of time is red; for the GP role the shortfall is the
unrostered GP work (demand that does not fit the rota), said in the cell's tooltip so the
column stays narrow."""

from __future__ import annotations

from dataclasses import dataclass

from planner.engine import Workload
from planner.model import Plan, Role
from planner.present import format as fmt
from ui.models.table import Column, ColumnTableModel


@dataclass(frozen=True)
class RoleTime:
    role: Role
    people: int
    demand: float
    capacity: float
    utilisation: float | None
    gap: float  # capacity - demand: spare above 0, short below
    is_gp: bool


def role_times(plan: Plan, workload: Workload) -> list[RoleTime]:
    """One row per role with staff or work, in the plan's role order."""
    rows = []
    for role in plan.roles:
        people = sum(1 for s in plan.staff if s.role == role.code)
        demand = workload.demand.get(role.code, 0.0)
        capacity = workload.capacity.get(role.code, 0.0)
        if people or demand or capacity:
            rows.append(RoleTime(role, people, demand, capacity, workload.utilisation(role.code),
                                 workload.gap(role.code), role.code == plan.assumptions.gp_role))
    return rows


def gap_text(row: RoleTime, compact: bool = False) -> str:
    """"4.8 h spare", "2.1 h short"; GPs short "14.0 h unrostered" unless ``compact``."""
    if round(row.gap, 1) >= 0:
        return f"{fmt.hours(row.gap)} h spare"
    short = fmt.hours(-row.gap)
    return f"{short} h unrostered" if row.is_gp and not compact else f"{short} h short"


def gap_tip(row: RoleTime) -> str:
    """What the spare or short figure means for this role, in words."""
    if round(row.gap, 1) >= 0:
        return f"{row.role.title}: {fmt.hours(row.gap)} h a week of time available beyond the work needed"
    short = fmt.hours(-row.gap)
    if row.is_gp:
        return (f"Unrostered GP work: {short} h a week of GP work does not fit the rota. It is "
                "done in extra sessions or overtime, or left undone.")
    return f"{row.role.title}: {short} h a week of work does not fit the time this role has."


class CapacityTableModel(ColumnTableModel[RoleTime]):
    """``with_people`` adds the head count of each role; ``compact`` says a GP shortfall
    "14.0 h short" (the tooltip says it is unrostered work) to keep the column narrow."""

    def __init__(self, document, with_people: bool = True, parent=None,  # type: ignore[no-untyped-def]
                 compact: bool = False) -> None:
        self.with_people = with_people
        self.compact = compact
        super().__init__(document, parent)

    def rows(self) -> list[RoleTime]:
        results = self.document.results
        return [] if results is None else role_times(self.document.plan, results.baseline)

    def rows_shown(self) -> list[RoleTime]:
        """The rows as the table shows them now."""
        return [self.row(n) for n in range(self.rowCount())]

    def columns(self) -> list[Column[RoleTime]]:
        short = lambda r: round(r.gap, 1) < 0  # noqa: E731
        columns: list[Column[RoleTime]] = [
            Column("role", "Role", lambda r: r.role.title, bold=lambda r: r.is_gp)]
        if self.with_people:
            columns.append(Column("people", "People", lambda r: r.people, numeric=True))
        columns += [
            Column("capacity", "Available", lambda r: r.capacity, lambda v: f"{fmt.hours(v)} h",
                   numeric=True, tip="Hours a week the team can work, after leave and training"),
            Column("demand", "Needed", lambda r: r.demand, lambda v: f"{fmt.hours(v)} h",
                   numeric=True, tip="Hours a week needed for the activities this role does now "
                   "(GP supervision of other roles included)"),
        ]
        columns.append(Column("use", "Use", lambda r: r.utilisation,
                              lambda v: "–" if v is None else fmt.percent(v), numeric=True,
                              warn=short, tip="Time needed as a share of time available"))
        columns.append(Column("gap", "Spare or\nshort", lambda r: r,
                              lambda r: gap_text(r, self.compact), numeric=True,
                              warn=short, cell_tip=gap_tip, tip="Time available minus time needed. "
                              "GPs short of time have unrostered work: extra sessions, overtime "
                              "or work left undone."))
        return columns
