"""The work: one row per activity (name, category, items a week) and one column per role
able to do any of it, showing minutes per item, the share each role does now, or the hours
a week that gives. Role titles head the columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import edits
from planner.appointments.provenance import Source, volume_source
from planner.model import CATEGORY_LABELS, Activity, Edit, Plan, Role
from planner.present import format as fmt
from ui.models.table import Column, ColumnTableModel

MODES: dict[str, str] = {
    "minutes": "Minutes per item",
    "share": "Share each role does now",
    "hours": "Hours a week (who does what now)",
}


def _set(field: str) -> Callable[[Plan, int, Activity, object], Edit]:
    def edit(plan: Plan, _number: int, activity: Activity, value: object) -> Edit:
        return edits.set_activity_field(plan, activity.code, field, value)
    return edit


def _percent_typed(value: object) -> float:
    text = str(value).replace("%", "").strip()
    try:
        return float(text) / 100 if text else 0.0
    except ValueError:
        raise ValueError(f"A share must be a percentage such as 30, not {value!r}.") from None


#: where an activity's volume comes from, short enough for a column (the tooltip says it all)
SOURCE_SHORT: dict[str, str] = {"data": "Your data", "changed": "Changed by hand", "not_in_data": "Estimate",
                                "not_covered": "Estimate", "estimate": "Estimate"}


class ActivityTableModel(ColumnTableModel[Activity]):
    def __init__(self, document: Any, parent: Any = None) -> None:
        self.mode = "minutes"
        super().__init__(document, parent)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.beginResetModel()
        self._columns = self.columns()
        self.endResetModel()

    def rows(self) -> list[Activity]:
        return list(self.document.plan.activities)

    def able_roles(self) -> list[Role]:
        """Roles with minutes for at least one activity, in the plan's order."""
        able = {r for a in self.document.plan.activities for r in a.minutes}
        return [r for r in self.document.plan.roles if r.code in able]

    def columns(self) -> list[Column[Activity]]:
        columns: list[Column[Activity]] = [
            Column("name", "Activity", lambda a: a.name, edit=_set("name"),
                   cell_tip=self._source_tip),
            Column("category", "Category", lambda a: CATEGORY_LABELS.get(a.category, a.category),
                   edit=_set("category"), choices=lambda plan: list(CATEGORY_LABELS.values())),
            Column("volume_per_week", "Items a week", lambda a: a.volume_per_week,
                   lambda v: fmt.number(v, 0 if v >= 10 else 1), edit=_set("volume_per_week"),
                   edit_text=lambda v: f"{v:g}", numeric=True),
            Column("source", "Volume from", self._source, lambda s: SOURCE_SHORT.get(s.kind, ""),
                   tip="Whether the items a week are your practice's own appointment data or a "
                   "Skillmix estimate", cell_tip=lambda a: self._source(a).text,
                   bold=lambda a: self._source(a).is_data, muted=lambda a: not self._source(a).is_data),
        ]
        make = {"minutes": self._minutes_column, "share": self._share_column,
                "hours": self._hours_column}[self.mode]
        return columns + [make(role) for role in self.able_roles()]

    def _source(self, activity: Activity) -> Source:
        return volume_source(self.document.plan, activity)

    def _minutes_column(self, role: Role) -> Column[Activity]:
        def edit(plan: Plan, _n: int, activity: Activity, value: object) -> Edit:
            return edits.set_activity_minutes(plan, activity.code, role.code,
                                              None if not str(value).strip() else value)
        return Column(f"minutes.{role.code}", role.title, lambda a: a.minutes.get(role.code),
                      lambda v: "" if v is None else f"{v:g}", edit=edit, numeric=True,
                      tip=f"Minutes per item when a {role.title.lower()} does it; blank: cannot")

    def _share_column(self, role: Role) -> Column[Activity]:
        def edit(plan: Plan, _n: int, activity: Activity, value: object) -> Edit:
            return edits.set_activity_share(plan, activity.code, role.code, _percent_typed(value))
        return Column(f"share.{role.code}", role.title, lambda a: a.split.get(role.code, 0.0)
                      if role.code in a.minutes else None,
                      lambda v: "" if not v else fmt.percent(v), edit=edit,
                      edit_text=lambda v: "" if not v else f"{v * 100:g}", numeric=True,
                      tip=f"Share of the items a {role.title.lower()} does now (the other roles "
                      "keep their proportions of the rest)")

    def _hours_column(self, role: Role) -> Column[Activity]:
        def hours(activity: Activity) -> float | None:
            results = self.document.results
            if results is None:
                return None
            return results.baseline.hours.get(activity.code, {}).get(role.code)
        return Column(f"hours.{role.code}", role.title, hours,
                      lambda v: "" if not v else fmt.hours(v), numeric=True,
                      tip=f"Hours a week {role.title.lower()}s spend on this now")

    @staticmethod
    def _source_tip(activity: Activity) -> str:
        from planner.catalogue import activity_sources

        try:
            volume = activity_sources(activity.code).get("volume_per_week")
        except (KeyError, ValueError):
            return ""
        if volume is None:
            return ""
        mark = " (Skillmix estimate: check against your practice)" if volume.estimate else ""
        return f"Default volume: {volume.value:g} {volume.unit}{mark}\n{volume.citation()}"
