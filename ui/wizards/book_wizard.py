"""Import the practice's appointment book (a clinical-system report, CSV or Excel): choose the
file, say which column is which, map each slot type to an activity and each role to a Skillmix
role (the mapping is saved with the plan and offered next time), check minutes before -> after
with problems by line and column; Finish is one undo step (planner.edits.import_appointment_book)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner import edits
from planner.appointments.book import BookMapping, read_minutes, saved_mapping, who_column
from planner.appointments.book_reader import FIELD_LABELS, BookTable, guess_columns, read_book
from planner.appointments.preview import PROBLEM_HEADERS, problem_rows
from planner.present import format as fmt
from planner.present.names import activity_name, role_title
from ui.document import PlanDocument
from ui.models.rota_preview import RecordsModel
from ui.wizards.background import fit_to_screen
from ui.wizards.file_row import FileChoicePage
from ui.wizards.rota_pages import table

NONE = "— not in the file —"
LEAVE_OUT = "Leave these out"
NEEDED = ("duration", "slot_type")


class BookWizard(QWizard):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table: BookTable | None = None
        self.mapping = saved_mapping(document.plan)
        self.result: Any = None
        self.problems: list[Any] = []
        self.setWindowTitle("Import appointment book")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.file_page, self.columns_page = BookFilePage(self), ColumnsPage(self)
        self.words_page, self.preview_page = WordsPage(self), BookPreviewPage(self)
        for page in (self.file_page, self.columns_page, self.words_page, self.preview_page):
            self.addPage(page)
        fit_to_screen(self, 900, 640)

    def values(self, field: str) -> list[str]:
        """The distinct words of a mapped column, in the order they first appear."""
        assert self.table is not None
        header = self.mapping.columns.get(field, "")
        if header not in self.table.headers:
            return []
        i = self.table.headers.index(header)
        return list(dict.fromkeys(cells[i].strip() for _, cells in self.table.rows if i < len(cells)))

    def read(self) -> None:
        assert self.table is not None
        self.result, self.problems = read_minutes(self.table, self.mapping, self.document.plan)

    def accept(self) -> None:
        if self.result is None:
            return
        self.document.apply(edits.import_appointment_book(self.document.plan, self.result, self.mapping))
        super().accept()


class BookFilePage(FileChoicePage):
    def __init__(self, wizard: BookWizard) -> None:
        super().__init__("Choose the appointment report",
                         "Export your appointment book from the clinical system (one row per appointment, with "
                         "its length, slot type and clinician or role) as CSV or Excel. Nothing changes in your "
                         "plan until you finish.", "Reports (*.csv *.xlsx *.xlsm);;All files (*)")
        self.wiz = wizard

    def validatePage(self) -> bool:
        table_, problems = read_book(self.chosen())
        self.error.setText("<br>".join(str(p) for p in problems))
        self.wiz.table = table_
        return table_ is not None


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: BookWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Which column is which?")
        self.setSubTitle("Skillmix needs the appointment's length, its slot type and who saw the patient (role, "
                         "or clinician). Status lets it leave out DNAs and cancelled appointments.")
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        for field, text in FIELD_LABELS.items():
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[field] = combo
            form.addRow(text + (" (needed)" if field in NEEDED else ""), combo)

    def initializePage(self) -> None:
        assert self.wiz.table is not None
        headers = self.wiz.table.headers
        chosen = {**guess_columns(headers), **{f: h for f, h in self.wiz.mapping.columns.items() if h in headers}}
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItems([NONE, *headers])
            combo.setCurrentIndex(headers.index(chosen[field]) + 1 if field in chosen else 0)

    def columns(self) -> dict[str, str]:
        return {f: c.currentText() for f, c in self.combos.items() if c.currentIndex() > 0}

    def isComplete(self) -> bool:
        columns = self.columns()
        return all(f in columns for f in NEEDED) and ("role" in columns or "clinician" in columns)

    def validatePage(self) -> bool:
        m = self.wiz.mapping
        self.wiz.mapping = BookMapping(self.columns(), m.slot_types, m.roles)
        return True


class WordsPage(QWizardPage):
    def __init__(self, wizard: BookWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("What do your slot types and roles mean?")
        self.setSubTitle("Choose the Skillmix activity for each slot type and the role for each of your "
                         "roles. Your choices are saved with the plan for next time.")
        self.combos: dict[tuple[str, str], QComboBox] = {}
        inner = QWidget()
        self.grid = QGridLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        plan = self.wiz.document.plan
        who = who_column(self.wiz.mapping)
        targets = {"slot_type": [(a.name, a.code) for a in plan.activities],
                   who: [(r.title, r.code) for r in plan.roles]}
        saved = {"slot_type": self.wiz.mapping.slot_types, who: self.wiz.mapping.roles}
        row = 0
        for field in ("slot_type", who):
            self.grid.addWidget(QLabel(f"<b>{FIELD_LABELS[field]}</b>"), row, 0)
            row += 1
            for word in self.wiz.values(field):
                combo = QComboBox()
                combo.addItem("Choose…", None)
                combo.addItem(LEAVE_OUT, "")
                for text, code in targets[field]:
                    combo.addItem(text, code)
                known = {k.casefold(): v for k, v in saved[field].items()}.get(word.casefold())
                combo.setCurrentIndex(max(0, combo.findData(known)) if known is not None else 0)
                self.combos[(field, word)] = combo
                self.grid.addWidget(QLabel(word or "(blank)"), row, 0)
                self.grid.addWidget(combo, row, 1)
                row += 1
        self.grid.setRowStretch(row, 1)

    def validatePage(self) -> bool:
        m = self.wiz.mapping
        slots, roles = dict(m.slot_types), dict(m.roles)
        for (field, word), combo in self.combos.items():
            if combo.currentData() is not None:
                (slots if field == "slot_type" else roles)[word] = combo.currentData()
        self.wiz.mapping = BookMapping(m.columns, slots, roles)
        self.wiz.read()
        return True


class BookPreviewPage(QWizardPage):
    def __init__(self, wizard: BookWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check the minutes")
        self.setSubTitle("Each activity's minutes for each role become the average length of your appointments "
                         "(DNAs and cancelled appointments left out). Edit ▸ Undo puts the old minutes back.")
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.minutes = RecordsModel(["Activity", "Role", "Minutes now", "From your book", "Appointments"],
                                    numeric={2, 3, 4})
        self.problems = RecordsModel(PROBLEM_HEADERS, numeric={1})
        self.minutes_view, self.problem_view = table(self.minutes), table(self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.minutes_view, 1)
        layout.addWidget(self.problem_view, 1)

    def initializePage(self) -> None:
        plan, result = self.wiz.document.plan, self.wiz.result
        self.problems.set_records(problem_rows(self.wiz.problems))
        self.problem_view.setVisible(bool(self.wiz.problems))
        self.minutes_view.setVisible(result is not None)
        if result is None:
            self.summary.setText(f"<b>{len(self.wiz.problems)} problem(s) stop the import.</b> Go Back to map "
                                 "the words named, or fix the report. Nothing was imported.")
        else:
            rows = []
            for (a, r), (m, n) in result.minutes.items():
                activity = plan.activity(a)
                before = activity.minutes.get(r) if activity is not None else None
                rows.append([activity_name(plan, a), role_title(plan, r), "–" if before is None else f"{before:g}",
                             f"{m:g}", fmt.number(n)])
            self.minutes.set_records(rows)
            self.summary.setText(f"{result.counted:,} appointments counted from {result.file}; "
                                 f"{result.left_out:,} DNA, cancelled or left out.")
        for view in (self.minutes_view, self.problem_view):
            view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.result is not None
