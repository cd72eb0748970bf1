"""The first steps from the sample to the partners' pack, each ticked when the plan shows it is
done (Qt-free; the window shows it under its list of pages)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Plan


@dataclass(frozen=True)
class Step:
    text: str
    page: str  # the page that does it (ui.actions.PAGES key)
    done: bool


def checklist(plan: Plan, sample: bool, has_own_data: bool = False) -> list[Step]:
    """The steps for ``plan`` (``sample``: the bundled sample practice is open, so nothing is
    the user's yet; ``has_own_data``: appointment data or an appointment book was imported)."""
    if sample:
        return [Step("Start your practice", "practice", False), Step("Your team", "team", False),
                Step("Check the workload", "workload", False), Step("Try an option", "scenarios", False),
                Step("Compare and recommend", "compare", False), Step("Make the partners' pack", "report", False)]
    practice = plan.practice
    return [
        Step("Your practice", "practice", bool(practice.name.strip()) and practice.list_size > 0
             and practice.consulting_rooms > 0),
        Step("Your team", "team", bool(plan.staff)),
        Step("Check the workload", "workload", has_own_data),
        Step("Try an option", "scenarios", any(s.changes for s in plan.scenarios)),
        Step("Compare and recommend", "compare", any(s.recommended for s in plan.scenarios)),
        Step("Make the partners' pack", "report", False),
    ]
