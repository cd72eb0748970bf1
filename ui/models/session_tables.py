"""The team's week from the last rota import (planner.rota.week_record): each person's hours
by kind of session, and who is at work in each session of the week."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Plan
from planner.present import format as fmt
from planner.present.names import role_title
from planner.rota.vocabulary import COUNTED
from planner.rota.week_record import PersonWeek, cover, rota_week
from ui.models.table import Column, ColumnTableModel

KIND_NAMES = {"clinic": "Clinic", "duty": "Duty", "visits": "Visits", "admin": "Admin", "meeting": "Meeting",
              "training": "Training", "leave": "Leave"}


@dataclass(frozen=True)
class PersonRow:
    name: str
    role: str
    week: PersonWeek | None  # None: not in the last rota imported


def person_rows(plan: Plan) -> list[PersonRow]:
    """The staff in the last rota imported, in the plan's order (people typed in or imported
    before are not listed: their sessions are not known)."""
    weeks = {w.name: w for w in rota_week(plan)}
    return [PersonRow(s.name, role_title(plan, s.role), weeks[s.name]) for s in plan.staff if s.name in weeks]


def _hours(kind: str):  # type: ignore[no-untyped-def]
    return lambda row: None if row.week is None else row.week.hours.get(kind, 0.0)


class SessionTableModel(ColumnTableModel[PersonRow]):
    """A row per member of staff: hours a week of each kind of session in the last rota."""

    def rows(self) -> list[PersonRow]:
        return person_rows(self.document.plan)

    def columns(self) -> list[Column[PersonRow]]:
        shown = lambda v: "–" if v is None else fmt.hours(v)  # noqa: E731
        columns: list[Column[PersonRow]] = [Column("name", "Name", lambda r: r.name),
                                            Column("role", "Role", lambda r: r.role)]
        columns += [Column(kind, KIND_NAMES[kind], _hours(kind), shown, numeric=True,
                           tip=f"{KIND_NAMES[kind]} hours in an average week of the rota imported")
                    for kind in COUNTED]
        columns.append(Column("total", "Total", lambda r: None if r.week is None else sum(r.week.hours.values()),
                              shown, numeric=True, bold=lambda _r: True,
                              muted=lambda r: r.week is None,
                              cell_tip=lambda r: "" if r.week else "Not in the last rota imported"))
        return columns


@dataclass(frozen=True)
class SessionRow:
    session: str
    names: list[str]
    gps: int


class CoverTableModel(ColumnTableModel[SessionRow]):
    """A row per session of the week: how many are at work, how many GPs, and who."""

    def rows(self) -> list[SessionRow]:
        plan = self.document.plan
        gps = {s.name for s in plan.staff if s.role == plan.assumptions.gp_role}
        return [SessionRow(slot, names, sum(1 for n in names if n in gps)) for slot, names in cover(plan)]

    def columns(self) -> list[Column[SessionRow]]:
        return [Column("session", "Session", lambda r: r.session),
                Column("people", "At work", lambda r: len(r.names), numeric=True,
                       tip="People at work in the session (leave and days off left out)"),
                Column("gps", "GPs", lambda r: r.gps, numeric=True, warn=lambda r: r.gps == 0,
                       tip="GPs at work in the session; red when none is"),
                Column("who", "Who", lambda r: ", ".join(r.names))]
