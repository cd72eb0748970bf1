"""The steps of the appointment import wizard: the files, the practice (a searchable list), the
months, and the preview (weekly appointments, each activity before -> after, problems by file,
line and column; Finish stays disabled while there is any problem)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from planner.present import data_source
from ui.models.rota_preview import RecordsModel
from ui.wizards.file_row import error_label
from ui.wizards.rota_pages import table

if TYPE_CHECKING:
    from ui.wizards.appointments_wizard import AppointmentsWizard

CSV_FILTER = "CSV files (*.csv);;All files (*)"


class FilesPage(QWizardPage):
    def __init__(self, wizard: AppointmentsWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose the appointment files")
        self.setSubTitle("The practice-level CSVs of NHS England's 'Appointments in General Practice' "
                         "(Practice_Level_Crosstab_…csv, one a month). Nothing changes in your plan "
                         "until you finish.")
        self.files = QListWidget()
        self.files.setMaximumHeight(160)
        add, remove = QPushButton("Add files…"), QPushButton("Remove")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        self.list_file = QLineEdit()
        self.list_file.setPlaceholderText("Optional: gp-reg-pat-prac-all.csv, for rates per 1,000 patients")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_list)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list_file, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        lists = QLabel("<b>Registered patients</b> (to compare appointments per 1,000 patients with your PCN "
                       "and sub-ICB; without it your plan's list size is used for your practice only):")
        lists.setWordWrap(True)
        layout.addWidget(lists)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_paths(self, paths: list[Path]) -> None:
        self.files.clear()
        for path in paths:
            self.files.addItem(str(path))
        self.completeChanged.emit()

    def chosen(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Choose appointment files", "", CSV_FILTER)
        self.set_paths(list(dict.fromkeys([*self.chosen(), *(Path(n) for n in names)])))

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.completeChanged.emit()

    def _browse_list(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose the registered patients file", "", CSV_FILTER)
        if name:
            self.list_file.setText(name)

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self.wiz.paths = self.chosen()
        text = self.list_file.text().strip()
        self.wiz.list_path = Path(text) if text else None
        if self.wiz.list_path is not None and not self.wiz.list_path.is_file():
            self.error.setText(f"{text} does not exist.")
            return False
        error = self.wiz.list_practices()
        self.error.setText(error)
        return not error


class PracticePage(QWizardPage):
    def __init__(self, wizard: AppointmentsWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose your practice")
        self.setSubTitle("Type part of its name or its code (for example A81001) to find it.")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name or code")
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda *_: self.wiz.next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def initializePage(self) -> None:
        self.list.clear()
        for entry in self.wiz.entries:
            months = data_source.period(sorted(entry.months))
            item = QListWidgetItem(f"{entry.label} — {months}, {entry.rows:,} rows")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        own = " ".join(self.wiz.document.plan.practice.name.split()).casefold()
        match = [i for i in range(self.list.count())
                 if " ".join(self.wiz.entries[i].practice.name.split()).casefold() == own]
        if len(match) == 1:
            self.list.setCurrentRow(match[0])
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        word = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(word) and word not in item.text().casefold())

    def isComplete(self) -> bool:
        item = self.list.currentItem()
        return item is not None and not item.isHidden()

    def validatePage(self) -> bool:
        self.wiz.entry = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return True


class MonthsPage(QWizardPage):
    def __init__(self, wizard: AppointmentsWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose the months")
        self.setSubTitle("An average week of the months ticked replaces the estimates (a week is the "
                         "months' days divided by 7). Leave out a month that was not typical.")
        self.list = QListWidget()
        self.list.itemChanged.connect(lambda *_: self.completeChanged.emit())
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.list.clear()
        for month in sorted(self.wiz.entry.months):
            item = QListWidgetItem(data_source.month_label(month))
            item.setData(Qt.ItemDataRole.UserRole, month)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self.wiz.months = self.chosen()
        error = self.wiz.read()
        self.error.setText(error)
        return not error


class PreviewPage(QWizardPage):
    """What the import would change; Finish is the one undo step."""

    def __init__(self, wizard: AppointmentsWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check what your data changes")
        self.setSubTitle("Nothing has changed in your plan yet. Finish puts your practice's own weekly "
                         "appointments in place of the estimates they cover; Edit ▸ Undo puts them back.")
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        from planner.appointments.preview import CHANGE_HEADERS, PROBLEM_HEADERS

        self.changes = RecordsModel(CHANGE_HEADERS, numeric={1, 2, 3, 4},
                                    header_tips={3: "Hover a share to see every role's share"})
        self.weekly = RecordsModel(["National category"])
        self.problems = RecordsModel(PROBLEM_HEADERS, numeric={1})
        self.tabs = QTabWidget()
        self.change_view, self.weekly_view = table(self.changes), table(self.weekly)
        self.tabs.addTab(self.change_view, "Your activities, before → after")
        self.tabs.addTab(self.weekly_view, "Appointments a week")
        self.problem_view = table(self.problems)
        self.problem_view.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        from planner.appointments import preview

        imported, problems = self.wiz.imported, self.wiz.problems
        self.problems.set_records(preview.problem_rows(problems))
        self.problem_view.setVisible(bool(problems))
        self.tabs.setVisible(imported is not None)
        if imported is None:
            one = len(problems) == 1
            self.summary.setText(f"<b>{len(problems)} {'problem stops' if one else 'problems stop'} the "
                                 "import.</b> Nothing was imported. Fix the file, or go Back and choose "
                                 "other months.")
            self.notes.clear()
        else:
            headers, rows = preview.weekly_table(imported)
            self.weekly.headers = headers
            self.weekly.numeric = set(range(1, len(headers)))
            self.weekly.set_records(rows)
            plan = self.wiz.document.plan
            self.changes.set_records(preview.change_rows(plan, imported), tips=preview.change_tips(plan, imported))
            self.summary.setText(preview.summary(imported))
            notes = [preview.not_placed_text(imported), *imported.volumes.notes]
            self.notes.setText("<br>".join(n for n in notes if n))
        for view in (self.change_view, self.weekly_view, self.problem_view):
            view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.imported is not None

