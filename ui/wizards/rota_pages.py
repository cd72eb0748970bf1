"""The steps of the rota import wizard: pick the file, choose sheets, check what was found
(people, hours, problems with sheet and cell, unknown words mapped inline); the confirm page
is in rota_confirm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from planner.rota.display import typed_words
from ui.models.rota_preview import (
    CATEGORY_TEXT,
    people_model,
    people_records,
    problem_records,
    problems_model,
)
from ui.theme import WARNING

if TYPE_CHECKING:
    from ui.wizards.rota_wizard import RotaImportWizard

ROTA_SUFFIXES = (".xlsx", ".xlsm")


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {WARNING};")
    label.setWordWrap(True)
    return label


def table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: RotaImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose the rota workbook")
        self.setSubTitle("Skillmix reads each person's name, job title and sessions from an "
                         "Excel rota (.xlsx). Nothing changes in your plan until you confirm.")
        self.path = QLineEdit()
        self.path.setPlaceholderText("Rota workbook (.xlsx)")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose the rota workbook", self.path.text(),
                                              "Excel workbooks (*.xlsx *.xlsm)")
        if name:
            self.path.setText(name)

    def chosen(self) -> Path:
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        return self.chosen().suffix.lower() in ROTA_SUFFIXES

    def validatePage(self) -> bool:
        from planner.rota import list_sheets

        try:
            self.wiz.sheets = list(list_sheets(self.chosen()))
        except (ValueError, OSError) as e:
            self.error.setText(str(e))
            return False
        self.error.clear()
        self.wiz.path = self.chosen()
        return True


class SheetsPage(QWizardPage):
    def __init__(self, wizard: RotaImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose the sheets to read")
        self.setSubTitle("Untick sheets that are not rotas (holiday lists, notes). Sheets "
                         "with dates or 'Week 2' labels are averaged over the weeks.")
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setMaximumHeight(260)
        self.list.itemChanged.connect(self.completeChanged)
        self.session_minutes = QSpinBox()  # whole minutes: 250 is exactly 4 h 10 min
        self.session_minutes.setRange(30, 720)
        self.session_minutes.setSuffix(" minutes")
        self.session_minutes.setValue(round(wizard.document.plan.assumptions.session_hours * 60))
        self.session_minutes.setFixedWidth(140)
        self.error = error_label()
        form = QFormLayout()
        form.addRow("A session written without times counts as", self.session_minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.list.clear()
        for name in self.wiz.sheets:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self.wiz.chosen_sheets = self.chosen()
        self.wiz.session_hours = self.session_minutes.value() / 60
        error = self.wiz.read()
        self.error.setText(error)
        return not error and self.wiz.result is not None


class PreviewPage(QWizardPage):
    """People and hours found, problems by sheet and cell, and unknown words to map. Next
    stays disabled while there is any problem; Finish waits for the confirm page."""

    def __init__(self, wizard: RotaImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check what was found")
        self.setSubTitle("Each person's average week from the rota, in hours. Anything Skillmix "
                         "could not read is listed with its sheet and cell.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.people = people_model(wizard.counted)
        self.problems = problems_model()
        self.people_view = table(self.people)
        self.problem_view = table(self.problems)
        self.problem_view.setWordWrap(True)
        self.words_box = self._words_section()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.people_view, 3)
        self.problem_heading = QLabel("<b>Problems to fix</b> in the workbook, or below")
        layout.addWidget(self.problem_heading)
        layout.addWidget(self.problem_view)
        layout.addWidget(self.words_box)

    def _words_section(self) -> QGroupBox:
        box = QGroupBox("Words Skillmix does not know: say what each means, then read again")
        self.word_grid = QGridLayout(box)
        self.word_grid.setColumnStretch(1, 1)
        self.reread = QPushButton("Read again with these words")
        self.reread.clicked.connect(self._read_again)
        self.combos: dict[str, QComboBox] = {}
        return box

    def initializePage(self) -> None:
        self.show_result()

    def show_result(self) -> None:
        result, plan = self.wiz.result, self.wiz.document.plan
        records, warn, tips = people_records(plan, result.people, self.wiz.counted)
        self.people.set_records(records, warn, tips)
        self.problems.set_records(problem_records(result.problems))
        _fit_columns(self.people_view)
        _fit_columns(self.problem_view)
        self.problem_view.resizeRowsToContents()
        _fit_height(self.problem_view, rows=5)
        self.people_view.setCurrentIndex(QModelIndex())
        self.problem_view.setVisible(bool(result.problems))
        self.problem_heading.setVisible(bool(result.problems))
        self._fill_words(result.unknown_words)
        self.summary.setText(self.wiz.summary_text())
        self.completeChanged.emit()

    def _fill_words(self, words: tuple[str, ...]) -> None:
        while self.word_grid.count():
            item = self.word_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.reread:
                widget.deleteLater()
        self.combos = {}
        titles = self.wiz.unknown_titles()
        spelt = typed_words(self.wiz.result)
        for n, word in enumerate(words):
            shown = spelt.get(word, word)
            combo = QComboBox()
            if word in titles:
                combo.addItem("Choose the role…", None)
                for role in self.wiz.document.plan.roles:
                    combo.addItem(role.title, role.code)
            else:
                combo.addItem("Choose what it is…", None)
                for category, text in CATEGORY_TEXT.items():
                    combo.addItem(text, category)
            self.combos[shown] = combo
            kind = "job title" if word in titles else "session word"
            self.word_grid.addWidget(QLabel(f"“{shown}” ({kind})"), n, 0)
            self.word_grid.addWidget(combo, n, 1)
        self.word_grid.addWidget(self.reread, len(words), 1)
        self.words_box.setVisible(bool(words))

    def mapping(self) -> dict[str, str]:
        return {w: c.currentData() for w, c in self.combos.items() if c.currentData()}

    def _read_again(self) -> None:
        mapping = self.mapping()
        if mapping:
            self.wiz.vocabulary = self.wiz.vocabulary.with_mapping(mapping)
        error = self.wiz.read()
        if error:
            self.summary.setText(error)
            return
        self.show_result()

    def isComplete(self) -> bool:
        return self.wiz.result is not None and not self.wiz.result.blocked


def _fit_height(view: QTableView, rows: int) -> None:
    """As tall as its first ``rows`` rows (a scroll bar for more), so the people keep the room."""
    shown = sum(view.rowHeight(r) for r in range(min(rows, view.model().rowCount())))
    view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + shown + 2 * view.frameWidth() + 2)


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their content; the last (a long text or the last category) fills
    the rest of the width."""
    view.resizeColumnsToContents()
    view.horizontalHeader().setStretchLastSection(True)
