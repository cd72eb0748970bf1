"""An edit of a plan as a value: what Undo shows, the plan before and the plan after.

Every user edit (a typed cell, an import, a scenario change) is one ``Edit``; the desktop app
pushes it on its undo stack. It lives on the ground floor because every floor makes or reads one.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.model.plan import Plan


@dataclass(frozen=True)
class Edit:
    label: str  # what Undo shows: "Change hours of Dr A Patel"
    before: Plan
    after: Plan
    #: edits with the same non-empty key, one after another, may merge into one undo step
    key: str = ""

    @property
    def changes_nothing(self) -> bool:
        return self.before == self.after
