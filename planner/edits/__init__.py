"""User edits of a plan as pure values: each function takes a plan and returns an ``Edit``
(label, plan before, plan after). The desktop app pushes Edits on its undo stack; nothing here
knows about Qt. A value that can never be right raises ValueError with a message a practice
manager can read. One module a subject: the practice, the team, the work, scenarios, their
changes, whole-plan steps; ``choices`` says what the change editor can offer."""

from __future__ import annotations

from planner.edits.changes import add_change, checked_change, move_change, remove_change, replace_change
from planner.edits.choices import (
    activities_role_does,
    role_to_hire,
    roles_able_to_do,
    roles_doing,
    roles_doing_any_work,
)
from planner.edits.decisions import approve_option, withdraw_approval
from planner.edits.editions import edition_changes, move_to_edition, set_hcas_zone
from planner.edits.practice import default_assumption, reset_assumption, set_assumption, set_practice
from planner.edits.scenarios import (
    add_audit_scenario,
    add_scenario,
    copy_scenario,
    delete_scenario,
    rename_scenario,
    set_description,
    set_freed_time_use,
    set_recommended,
    unused_name,
)
from planner.edits.team import add_role, add_staff, remove_staff, set_role_field, set_staff_field
from planner.edits.values import ASSUMPTION_LABELS
from planner.edits.whole import (
    import_appointment_book,
    import_appointments,
    import_audit,
    replace_plan,
    use_national_shares,
)
from planner.edits.workload import set_activity_field, set_activity_minutes, set_activity_share, set_activity_split

__all__ = [
    "add_change", "checked_change", "move_change", "remove_change", "replace_change",
    "activities_role_does", "role_to_hire", "roles_able_to_do", "roles_doing", "roles_doing_any_work",
    "approve_option", "withdraw_approval",
    "edition_changes", "move_to_edition", "set_hcas_zone",
    "default_assumption", "reset_assumption", "set_assumption", "set_practice",
    "add_audit_scenario", "add_scenario", "copy_scenario", "delete_scenario", "rename_scenario",
    "set_description", "set_freed_time_use", "set_recommended", "unused_name",
    "add_role", "add_staff", "remove_staff", "set_role_field", "set_staff_field",
    "ASSUMPTION_LABELS", "import_appointment_book", "import_appointments", "import_audit", "replace_plan",
    "use_national_shares",
    "set_activity_field", "set_activity_minutes", "set_activity_share", "set_activity_split",
]
