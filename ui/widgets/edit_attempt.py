"""One user action on a scenario: build the Edit (a planner call that may refuse in words),
say why on the refusal line if it did, push it on the undo stack if not."""

from __future__ import annotations

from collections.abc import Callable

from planner.model import Edit
from ui.document import PlanDocument
from ui.models.views import RefusalLine


def attempt_edit(document: PlanDocument, refusal: RefusalLine, make_edit: Callable[[], Edit]) -> bool:
    """True when the edit was made; False (and the reason shown) when the planner refused it."""
    try:
        edit = make_edit()
    except ValueError as e:
        refusal.show_reason(str(e))
        return False
    refusal.clear_reason()
    document.apply(edit)
    return True
