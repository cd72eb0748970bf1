"""Which workload figures are the practice's own data (planner.appointments.provenance's line),
loading the appointment importers only when the plan has imported data: the window paints
before they are needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.model import Plan

#: plan.extras keys the appointment importers save (planner.appointments.apply / .book)
IMPORTED_KEYS = ("appointment_data", "appointment_book")


def own_data_line(plan: Plan) -> str:
    """'12 of 29 activity volumes are your practice's own data (…)', or "" with none imported."""
    if not any(key in plan.extras for key in IMPORTED_KEYS):
        return ""
    from planner.appointments.provenance import summary_line

    return summary_line(plan)
