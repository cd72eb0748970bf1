"""The assumptions: value with its unit, where the default comes from and its year, and
whether the practice has overridden it (or the default is only a Skillmix estimate)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner import edits
from planner.edits import ASSUMPTION_LABELS
from planner.model import Edit, Plan
from planner.reference import ASSUMPTION_FIGURES, Figure, assumption_is_overridden, figure
from ui.models.table import Column, ColumnTableModel

#: how each assumption is shown and typed: (display, typed text -> value passed to edits)
Format = tuple[Callable[[Any], str], Callable[[Any], str], float]
_PERCENT: Format = (lambda v: f"{v * 100:.4g}%", lambda v: f"{v * 100:.4g}", 100)
_FORMATS: dict[str, Format] = {
    "session_hours": (lambda v: f"{v:.4g} h ({int(v)} h {round((v - int(v)) * 60)} min)",
                      lambda v: f"{v:.6g}", 1),
    "wte_hours": (lambda v: f"{v:g} h a week", lambda v: f"{v:g}", 1),
    "employer_ni_rate": _PERCENT,
    "employer_ni_threshold": (lambda v: f"£{v:,.0f} a year", lambda v: f"{v:g}", 1),
    "employer_pension_rate": _PERCENT,
    "gp_appointment_minutes": (lambda v: f"{v:g} min", lambda v: f"{v:g}", 1),
    "gp_hour_value": (lambda v: f"£{v:,.2f} an hour", lambda v: f"{v:.2f}", 1),
    "pay_award_rate": _PERCENT,
    "list_growth_rate": _PERCENT,
    "projection_years": (lambda v: f"{v:g} years", lambda v: f"{v:g}", 1),
    "safe_contacts_per_gp_day": (lambda v: f"{v:g} patients a day", lambda v: f"{v:g}", 1),
    "room_sessions_per_week": (lambda v: f"{v:g} sessions", lambda v: f"{v:g}", 1),
}


@dataclass(frozen=True)
class AssumptionRow:
    key: str
    label: str
    value: Any
    figure: Figure | None
    overridden: bool


def assumption_rows(plan: Plan) -> list[AssumptionRow]:
    from planner.reference import plan_edition

    edition = plan_edition(plan)
    rows = []
    for key, label in ASSUMPTION_LABELS.items():
        value = getattr(plan.assumptions, key)
        if key == "gp_role":
            role = plan.role(value)
            rows.append(AssumptionRow(key, label, role.title if role else value, None, False))
            continue
        cited = figure(ASSUMPTION_FIGURES[key], edition) if key in ASSUMPTION_FIGURES else None
        overridden = assumption_is_overridden(plan.assumptions, key, edition) if cited else \
            value != edits.default_assumption(key, edition)
        rows.append(AssumptionRow(key, label, value, cited, overridden))
    return rows


def _status(row: AssumptionRow) -> str:
    if row.overridden:
        return "Your figure"
    if row.figure is not None and row.figure.estimate:
        return "Estimate: check it"
    return "" if row.key == "gp_role" else "Default"


def _tip(row: AssumptionRow) -> str:
    if row.key == "gp_role":
        return "The role whose time counts as GP time"
    if row.figure is None:
        return f"Skillmix default: {_FORMATS[row.key][0](edits.default_assumption(row.key))}"
    f = row.figure
    lines = [f.label, f"Default {_FORMATS[row.key][0](f.value)}", f.citation()]
    if f.note:
        lines.append(f.note)
    if row.overridden:
        lines.insert(0, "You have changed this figure; Reset puts the default back.")
    return "\n".join(lines)


def _edit(plan: Plan, _n: int, row: AssumptionRow, value: object) -> Edit:
    if row.key == "gp_role":
        return edits.set_assumption(plan, row.key, value)
    scale = _FORMATS[row.key][2]
    text = str(value).replace("%", "").replace("£", "").replace(",", "").strip()
    try:
        number: object = float(text) / scale
    except ValueError:
        number = value
    return edits.set_assumption(plan, row.key, number)


class AssumptionTableModel(ColumnTableModel[AssumptionRow]):
    def rows(self) -> list[AssumptionRow]:
        return assumption_rows(self.document.plan)

    def columns(self) -> list[Column[AssumptionRow]]:
        def shown(row: AssumptionRow) -> str:
            return str(row.value) if row.key == "gp_role" else _FORMATS[row.key][0](row.value)

        def typed(row: AssumptionRow) -> str:
            return str(row.value) if row.key == "gp_role" else _FORMATS[row.key][1](row.value)

        return [
            Column("label", "Assumption", lambda r: r.label[:1].upper() + r.label[1:],
                   cell_tip=_tip),
            Column("value", "Value", lambda r: r, shown, edit=_edit, edit_text=typed,
                   cell_tip=_tip, bold=lambda r: r.overridden),
            Column("status", "", lambda r: r, _status, cell_tip=_tip,
                   bold=lambda r: r.overridden,
                   muted=lambda r: not r.overridden and not (r.figure and r.figure.estimate)),
            Column("source", "Source", lambda r: r.figure.source if r.figure else "Skillmix default",
                   cell_tip=_tip, muted=lambda r: r.figure is None),
            Column("year", "Year", lambda r: r.figure.year if r.figure else "", cell_tip=_tip),
            Column("reset", "", lambda r: "", cell_tip=_tip),
        ]
