"""Benchmarks (docs/MODEL-EXTENSIONS.md E10): the practice's appointments beside its PCN, its
sub-ICB location and every practice in the files, with the period and source named. The
figures come from planner.appointments.benchmarks; nothing is worked out here."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from planner.appointments.benchmark_text import benchmark_rows, benchmark_source, list_note
from planner.appointments.provenance import imported
from ui.document import PlanDocument
from ui.models.rota_preview import RecordsModel
from ui.models.views import label
from ui.wizards.rota_pages import table

EMPTY = ("<b>Compare your practice with its PCN and neighbours.</b><br>Import your practice's appointment "
         "data (NHS England's Appointments in General Practice practice-level files): the same files hold "
         "every practice, so Skillmix shows appointments per 1,000 patients a week by staff type, mode and "
         "category, the share seen by a GP, the share booked the same day and the DNA rate, beside your PCN, "
         "your sub-ICB location and all the practices in the files.")


class BenchmarksPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.heading = label("", "heading")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.model = RecordsModel(["Figure"])
        self.view = table(self.model)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        self.empty = QLabel(EMPTY)
        self.empty.setWordWrap(True)
        self.import_button = QPushButton("Import appointment data…")
        self.import_button.clicked.connect(self.import_data)
        self.import_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        self.start_button = QPushButton("Import appointment data…")
        self.start_button.clicked.connect(self.import_data)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        document.changed.connect(self.refresh)
        self.refresh()

    def import_data(self) -> None:
        from ui.wizards.appointments_wizard import AppointmentsWizard

        wizard = AppointmentsWizard(self.document, parent=self.window())
        wizard.open()

    def refresh(self) -> None:
        saved = imported(self.document.plan)
        has = saved is not None and bool(saved.get("benchmarks"))
        for widget in (self.view, self.note, self.source, self.heading):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.start_button.setVisible(not has)
        self.import_button.setVisible(has)
        self.import_button.setText("Import newer data…")
        if not has:
            return
        headers, rows, headings = benchmark_rows(saved)  # type: ignore[arg-type]
        self.model.headers = headers
        self.model.numeric = set(range(1, len(headers)))
        self.model.set_records([r if i in headings or i == 0 else ["    " + r[0], *r[1:]]
                                for i, r in enumerate(rows)])
        self.heading.setText("Your appointments beside your peers")
        self.source.setText(benchmark_source(saved))  # type: ignore[arg-type]
        self.note.setText(list_note(saved))  # type: ignore[arg-type]
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
