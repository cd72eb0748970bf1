"""The Review page: approve an option, undo, approve again, bring in the new team and work, and
read what the option delivered; withdraw; print the one-page review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from planner import edits
from planner.review import decision
from tests.planner.review.review_plans import OPTION, approval_plan, now
from tests.ui.windows import open_window, saved_plan


def _review_page(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, saved_plan(tmp_path, approval_plan(), "Review Practice"))
    window.show()
    window.show_page("review")
    return window, window.page("review")


def _cells(page, column: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    col = model.column_keys().index(column)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_approve_undo_approve_edit_review(qtbot, tmp_path: Path) -> None:
    window, page = _review_page(qtbot, tmp_path)
    document = window.document
    assert page.model.rowCount() == 0 and "No option has been approved yet" in page.verdict.text()
    assert page.approve_row.option.currentText() == OPTION

    assert page.approve_row.approve(OPTION, QDate(2026, 3, 3).toPython(), "Partners' meeting")
    assert document.undo_stack.undoText() == "Approve Pharmacist (3 March 2026)"
    assert page.decision_row.decisions.currentText() == "1. Pharmacist, approved 3 March 2026 by Partners' meeting"
    assert _cells(page, "promised")[0] == "11.0" and _cells(page, "actual")[0] == "0.0"

    document.undo_stack.undo()
    assert page.model.rowCount() == 0 and page.decision_row.decisions.count() == 0

    page.approve_row.on.setDate(QDate(2026, 3, 3))
    page.approve_row.by.setText("Partners' meeting")
    qtbot.mouseClick(page.approve_row.button, Qt.MouseButton.LeftButton)
    promised = dict(decision(document.plan).promised)
    assert page.model.rowCount() == 6

    plan = document.plan  # later: an edit of the option, then the new rota and appointment data
    document.apply(edits.add_change(plan, OPTION, edits.checked_change(plan, _avoid())))
    document.apply(edits.replace_plan(document.plan, now(document.plan), "Import rota"))
    assert decision(document.plan).promised == promised
    assert _cells(page, "promised")[:2] == ["11.0", "11.0"]  # hours freed, gap closed (E12)
    assert _cells(page, "actual")[:2] == ["10.2", "3.0"]
    assert _cells(page, "words")[0] == "Behind: 0.8 hours a week fewer freed than promised"
    details = page.details.text()
    assert "Clinical pharmacist: 30.0 hours a week (was 0.0). Joined: Pharm Pat 30.0 h." in details
    assert "The option 'Pharmacist' has been changed since; the review keeps it as approved." in details
    assert "Of 6 figures, 1 is ahead of the promise, 0 as promised and 5 behind." in page.verdict.text()


def _avoid():  # type: ignore[no-untyped-def]
    from planner.model import Avoid

    return Avoid("appts", "GP", 0.1)


def test_withdraw_print_and_refusals(qtbot, tmp_path: Path) -> None:
    window, page = _review_page(qtbot, tmp_path)
    assert page.approve_row.approve(OPTION, QDate(2026, 3, 3).toPython(), "Partners")
    assert not page.approve_row.approve(OPTION, QDate(2026, 3, 4).toPython(), "Partners")
    assert page.refusal.isVisible() and "already approved (on 3 March 2026)" in page.refusal.text()

    out = tmp_path / "review.pdf"
    assert page.write_review(out) and out.read_bytes().startswith(b"%PDF")
    assert not page.write_review(tmp_path / "no such folder" / "review.pdf")
    assert "could not be written" in page.refusal.text()

    assert page.decision_row.withdraw()
    assert window.document.undo_stack.undoText() == "Withdraw approval of Pharmacist"
    assert page.decision_row.decisions.count() == 0 and not page.decision_row.print_button.isEnabled()
    window.document.undo_stack.undo()
    assert page.decision_row.decisions.count() == 1 and page.model.rowCount() == 6


def test_a_plan_open_read_only_cannot_be_approved(qtbot, tmp_path: Path) -> None:
    window, page = _review_page(qtbot, tmp_path)
    window.document.read_only = True
    page.refresh()
    assert not page.approve_row.button.isEnabled()


def test_the_page_is_in_the_navigation_with_a_shortcut(qtbot, tmp_path: Path) -> None:
    window, _ = _review_page(qtbot, tmp_path)
    assert window.navigation.item(window.navigation.count() - 1).text() == "Review"
    assert window.actions_by_id["page_review"].shortcut().toString() == "Ctrl+7"


def test_a_plan_that_cannot_be_computed_now_is_said_in_words(qtbot, tmp_path: Path) -> None:
    from dataclasses import replace

    window, page = _review_page(qtbot, tmp_path)
    assert page.approve_row.approve(OPTION, QDate(2026, 3, 3).toPython(), "Partners")
    plan = window.document.plan
    broken = replace(plan, activities=(replace(plan.activities[0], split={"GP": 0.5}), *plan.activities[1:]))
    window.document.apply(edits.replace_plan(plan, broken, "Break it"))
    assert page.model.rowCount() == 0 and not page.table.isVisible()
    assert page.verdict.text().startswith("The figures now cannot be worked out until these problems are fixed:")
    assert "Medication reviews" in page.verdict.text()
