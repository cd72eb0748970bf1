"""The scenario editor's number boxes take their ranges from the limits validation checks
(planner.model.limits), so the app cannot be typed past a limit the CLI would refuse."""

from __future__ import annotations

import pytest

from planner.model.limits import NUMBER_LIMITS
from ui.widgets.change_forms import AvoidForm, HireForm, RetimeForm, ShiftForm

BOXES = [
    (ShiftForm, "fraction", "fraction", 100), (AvoidForm, "fraction", "fraction", 100),
    (RetimeForm, "minutes", "minutes", 1), (HireForm, "wte", "wte", 1), (HireForm, "salary", "annual_salary", 1),
    (HireForm, "one_off", "one_off_cost", 1), (HireForm, "ramp", "ramp_up_months", 1),
]


@pytest.mark.parametrize("form, box, field, scale", BOXES)
def test_each_number_box_has_its_fields_range(qtbot, form, box: str, field: str, scale: float) -> None:
    widget = form()
    qtbot.addWidget(widget)
    spin = getattr(widget, box)
    limit = NUMBER_LIMITS[field]
    assert (spin.minimum(), spin.maximum()) == (limit.low * scale, limit.high * scale)
