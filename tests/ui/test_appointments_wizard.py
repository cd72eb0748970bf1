"""The appointment import wizard: a hand-made GPAD file goes in as one undo step; a file with a
bad count shows the problem by file, line and column and cannot be finished; the Workload page
marks the practice's own volumes and shows the benchmarks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.planner.appointments.gpad_files import ROWS, gpad_plan, write_gpad, write_list_sizes
from ui.document import PlanDocument
from ui.pages.workload_page import WorkloadPage
from ui.settings import Settings
from ui.wizards.appointments_wizard import AppointmentsWizard


def run_to_preview(qtbot, document: PlanDocument, paths: list[Path], lists: Path | None = None,  # type: ignore[no-untyped-def]
                   search: str = "riverside medical") -> AppointmentsWizard:
    wizard = AppointmentsWizard(document, paths)
    qtbot.addWidget(wizard)
    wizard.show()
    if lists is not None:
        wizard.files_page.list_file.setText(str(lists))
    wizard.next()  # files -> practices, read in a worker thread
    assert wizard.currentPage() is wizard.practice_page
    page = wizard.practice_page
    page.search.setText(search)
    shown = [page.list.item(i) for i in range(page.list.count()) if not page.list.item(i).isHidden()]
    assert len(shown) == 1 and shown[0].text().startswith("A81001 RIVERSIDE MEDICAL PRACTICE (RIVERSIDE PCN)")
    page.list.setCurrentItem(shown[0])
    wizard.next()  # -> months
    months = wizard.months_page.list
    assert [months.item(i).text() for i in range(months.count())] == ["Feb 2026"]
    wizard.next()  # reads the practice, then shows the preview
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def test_import_is_one_undo_step(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(gpad_plan())
    before = document.plan
    wizard = run_to_preview(qtbot, document, [write_gpad(tmp_path / "Practice_Level_Crosstab_Feb_26.csv")],
                            write_list_sizes(tmp_path / "gp-reg-pat-prac-all.csv"))
    page = wizard.preview_page
    assert page.isComplete() and not page.problem_view.isVisibleTo(page)
    assert page.changes.records[0] == ["Same-day acute consultations", "30.0", "31.9", "80%", "81%"]
    assert page.changes.tips[(0, 4)] == "From your data: General practitioner 81%, Advanced nurse practitioner 19%"
    assert "Group Consultation and Group Education (3.0 a week)" in page.notes.text()
    wizard.accept()
    assert document.plan.activity("home_visits").volume_per_week == 5  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import appointments from Practice_Level_Crosstab_Feb_26.csv"
    document.undo_stack.undo()
    assert document.plan == before


def test_problems_named_and_finish_disabled(qtbot, tmp_path: Path) -> None:
    rows = (*ROWS, ("A81001", "GP", "Telephone", "Walk-in", "Same Day", "many", "Attended"))
    document = PlanDocument(gpad_plan())
    wizard = run_to_preview(qtbot, document, [write_gpad(tmp_path / "bad.csv", rows)])
    page = wizard.preview_page
    assert not page.isComplete() and page.problem_view.isVisibleTo(page)
    assert page.problems.records == [["bad.csv", "15", "COUNT_OF_APPOINTMENTS (M)",
                                      "'many' is not a whole number: a count of appointments must be a whole "
                                      "number, 0 or more"]]
    assert "1 problem stops the import" in page.summary.text()
    wizard.accept()
    assert document.undo_stack.count() == 0 and document.plan == gpad_plan()


def test_workload_page_marks_your_data_and_shows_benchmarks(qtbot, tmp_path: Path) -> None:
    document = PlanDocument(gpad_plan())
    page = WorkloadPage(document, Settings())
    qtbot.addWidget(page)
    assert page.benchmarks.empty.isVisibleTo(page.benchmarks)
    assert not page.benchmarks.import_button.isVisibleTo(page.benchmarks)
    wizard = run_to_preview(qtbot, document, [write_gpad(tmp_path / "feb.csv")],
                            write_list_sizes(tmp_path / "gp-reg-pat-prac-all.csv"))
    wizard.accept()
    model = page.activities
    column = [c.key for c in model._columns].index("source")
    assert model.index(0, column).data() == "Your data"
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == "Your data: feb.csv, Feb 2026"
    assert model.index(5, column).data() == "Estimate"  # hospital letters: not in the files
    assert page.data_line.text().startswith("5 of 6 activity volumes are your practice's own data "
                                            "(feb.csv, Feb 2026)")
    bench = page.benchmarks
    assert not bench.empty.isVisibleTo(bench)
    assert bench.model.headers == ["Figure", "Your practice", "Your PCN", "Your sub-ICB location",
                                   "All practices in the files"]
    assert bench.model.records[0] == ["Appointments per 1,000 patients a week", "35.1", "24.1", "19.4", "17.8"]
    assert "Feb 2026, from NHS England's Appointments in General Practice" in bench.source.text()


def test_practice_page_says_which_figures_are_your_data(qtbot, tmp_path: Path) -> None:
    from ui.pages.practice_page import PracticePage

    document = PlanDocument(gpad_plan())
    page = PracticePage(document)
    qtbot.addWidget(page)
    assert not page.data_line.isVisibleTo(page)
    run_to_preview(qtbot, document, [write_gpad(tmp_path / "feb.csv")]).accept()
    assert page.data_line.isVisibleTo(page)
    assert page.data_line.text().startswith("5 of 6 activity volumes are your practice's own data (feb.csv")


def test_appointment_book_wizard_maps_columns_and_words(qtbot, tmp_path: Path) -> None:
    from tests.planner.appointments.test_book import MAPPING, write_csv
    from ui.wizards.book_wizard import BookWizard

    document = PlanDocument(gpad_plan())
    wizard = BookWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(write_csv(tmp_path / "book.csv")))
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.columns_page.columns() == MAPPING.columns  # guessed from the headers
    wizard.next()
    words = wizard.words_page.combos
    assert set(words) == {("slot_type", "GP Routine 10"), ("slot_type", "Nurse LTC"), ("slot_type", "Admin"),
                          ("role", "Salaried GP"), ("role", "Practice Nurse"), ("role", "Receptionist")}
    for (field, word), combo in words.items():
        target = (MAPPING.slot_types if field == "slot_type" else MAPPING.roles)[word]
        combo.setCurrentIndex(combo.findData(target))
    wizard.next()
    page = wizard.preview_page
    assert page.isComplete()
    assert page.minutes.records == [["Same-day acute consultations", "General practitioner", "10", "11", "2"],
                                    ["Long-term condition reviews", "Practice nurse", "20", "22.5", "2"]]
    wizard.accept()
    assert document.plan.activity("ltc_review").minutes["PN"] == 22.5  # type: ignore[union-attr]
    assert document.undo_stack.undoText() == "Import appointment book book.csv"
    again = BookWizard(document)  # the mapping saved with the plan is offered next time
    qtbot.addWidget(again)
    assert again.mapping == MAPPING
