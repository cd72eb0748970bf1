"""The roles: title, staff group, salary, leave, ARRS cap and GP supervision, editable.
Cell tooltips give the cited default of a catalogue role and its source."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from planner import edits
from planner.model import STAFF_GROUPS, Edit, Plan, Role
from planner.present import format as fmt
from planner.present.names import TIME_OFF
from planner.reference import Figure
from ui.models.table import Column, ColumnTableModel


@lru_cache(maxsize=64)
def _defaults(code: str, edition: str | None = None) -> dict[str, Figure]:
    from planner.catalogue import role_defaults

    try:
        return role_defaults(code, edition)
    except (KeyError, ValueError):
        return {}


def source_tip(field: str, show: Callable[[float], str],
               plan: Callable[[], Plan] | None = None) -> Callable[[Role], str]:
    """Tooltip: the catalogue default for this role's field in the plan's edition (with its
    London weighting), its source and year."""
    def tip(role: Role) -> str:
        from planner.catalogue import role_defaults_in
        from planner.reference import plan_edition, plan_hcas_zone

        current = plan() if plan is not None else None
        edition = plan_edition(current) if current is not None else None
        figure = _defaults(role.code, edition).get(field)
        if figure is None:
            return "Your own figure (not a catalogue role)"
        mine = getattr(role, field)
        default = figure.value
        same = mine is not None and abs(mine - figure.value) < 1e-9
        if current is not None and edition is not None:
            try:
                d = role_defaults_in(role.code, edition, plan_hcas_zone(current)).get(field)
            except (KeyError, ValueError):
                d = None
            if d is not None:
                figure, default, same = d.figure, d.value, d.matches(mine)
        mark = " — Skillmix estimate: check it" if figure.estimate else ""
        changed = "" if same else "Your figure differs from the default.\n"
        return f"{changed}Default {show(default)}: {figure.label}{mark}\n{figure.citation()}"
    return tip


def _set(field: str, scale: float = 1.0) -> Callable[[Plan, int, Role, object], Edit]:
    def edit(plan: Plan, _number: int, role: Role, value: object) -> Edit:
        return edits.set_role_field(plan, role.code, field, _scaled(value, scale))
    return edit


def _scaled(value: object, scale: float) -> object:
    """A percentage typed as 13 or 13% becomes 0.13 (scale 100)."""
    if scale == 1.0 or value is None:
        return value
    text = str(value).replace("%", "").strip()
    try:
        return float(text) / scale
    except ValueError:
        return value  # planner.edits says what was expected


def percent(value: float) -> str:
    return fmt.percent(value, 1 if round(value * 100) != value * 100 else 0)


class RoleTableModel(ColumnTableModel[Role]):
    def rows(self) -> list[Role]:
        return list(self.document.plan.roles)

    def columns(self) -> list[Column[Role]]:
        def plan() -> Plan:
            return self.document.plan

        return [
            Column("title", "Role", lambda r: r.title, edit=_set("title")),
            Column("code", "Code", lambda r: r.code, muted=lambda r: True,
                   tip="Short code used in rota files and the plan's JSON"),
            Column("staff_group", "Staff group", lambda r: r.staff_group, edit=_set("staff_group"),
                   choices=lambda plan: list(STAFF_GROUPS)),
            Column("annual_salary", "Full-time salary", lambda r: r.annual_salary, fmt.money,
                   edit=_set("annual_salary"), edit_text=lambda v: f"{v:.0f}", numeric=True,
                   cell_tip=source_tip("annual_salary", fmt.money, plan)),
            Column("leave_fraction", TIME_OFF, lambda r: r.leave_fraction, percent,
                   edit=_set("leave_fraction", 100), edit_text=lambda v: f"{v * 100:g}",
                   numeric=True, tip="Share of contracted time not available: leave, bank "
                   "holidays, training", cell_tip=source_tip("leave_fraction", percent, plan)),
            Column("arrs_cap", "ARRS cap per WTE", lambda r: r.arrs_cap,
                   lambda v: "Not ARRS" if v is None else fmt.money(v), edit=_set("arrs_cap"),
                   edit_text=lambda v: "" if v is None else f"{v:.0f}", numeric=True,
                   muted=lambda r: r.arrs_cap is None,
                   tip="Most the Additional Roles scheme reimburses per whole-time equivalent a "
                   "year. Blank: not ARRS-funded.", cell_tip=source_tip("arrs_cap", fmt.money, plan)),
            Column("supervision_gp_hours_per_wte_week", "GP supervision",
                   lambda r: r.supervision_gp_hours_per_wte_week, lambda v: f"{v:g} h",
                   edit=_set("supervision_gp_hours_per_wte_week"), edit_text=lambda v: f"{v:g}",
                   numeric=True, tip="GP hours a week each whole-time equivalent of this role "
                   "needs for supervision",
                   cell_tip=source_tip("supervision_gp_hours_per_wte_week", lambda v: f"{v:g} h")),
        ]
