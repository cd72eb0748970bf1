"""The rota import wizard's preview: people and hours found, problems by sheet and cell, and,
on the same page, everything the practice manager can settle without retyping the workbook:
what unknown words and numbers mean (a tick as a shift of a length), which column has the
names, and a role (or "leave out") for anyone without a job title or with a role the plan
lacks. Next stays disabled while anything is unsettled."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from planner.rota.display import typed_words
from planner.rota.options import header_words
from planner.rota.settle import catalogue_roles
from planner.rota.shifts import SHIFT_TIMES
from ui.models.rota_preview import CATEGORY_TEXT, people_model, people_records, problem_records, problems_model
from ui.wizards.rota_pages import fit_columns, fit_height, scrolled_layout, table
from ui.wizards.rota_session import RotaSession

LEAVE_OUT = "__leave_out__"
CATALOGUE = "catalogue:"
TICK = "tick:"
HOURS = "hours:"
COLUMN_LETTERS = "ABCDEFGHIJ"


def clear_grid(grid: QGridLayout, keep: tuple[QWidget, ...] = ()) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget not in keep:
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()


def role_combo(session: RotaSession, first: str, leave_out: bool) -> QComboBox:
    """The plan's roles by title, then catalogue roles to add, then (optionally) leave out."""
    combo = QComboBox()
    combo.addItem(first, None)
    for role in session.document.plan.roles:
        combo.addItem(role.title, role.code)
    for code, title in catalogue_roles(session.document.plan):
        combo.addItem(f"Add role: {title}", CATALOGUE + code)
    if leave_out:
        combo.addItem("Leave out of this import", LEAVE_OUT)
    return combo


def hours_box(value: float = 7.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.25, 24)
    box.setSingleStep(0.25)
    box.setValue(value)
    box.setSuffix(" h")
    return box


class PreviewPage(QWizardPage):
    def __init__(self, session: RotaSession) -> None:
        super().__init__()
        self.session = session
        self.setTitle("Check what was found")
        self.setSubTitle("Each person's average week from the rota, in hours. Anything Skillmix could not "
                         "read is listed with its sheet and cell; say what it means below.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.people = people_model(session.counted)
        self.problems = problems_model()
        self.people_view = table(self.people)
        self.problem_view = table(self.problems)
        self.problem_view.setWordWrap(True)
        self.problem_heading = QLabel("<b>Problems to fix</b> in the workbook, or below")
        self.words_box, self.word_grid = self._box("What the rota means: say, then read again")
        self.settle_box, self.settle_grid = self._box("People to settle")
        self.reread = QPushButton("Read again")
        self.reread.clicked.connect(self._read_again)
        self.headers = QLineEdit()
        self.headers.setPlaceholderText("Headers in other words, e.g. Nom = name, Poste = job title, Lundi = Mon")
        self.headers.setToolTip("Say what a header word means: name, job title, date, start, end, hours, "
                                "activity, contracted hours, or a day (Mon ... Sun)")
        self.name_column = QComboBox()
        self.name_column.addItem("as found", "")
        for letter in COLUMN_LETTERS:
            self.name_column.addItem(f"column {letter}", letter)
        self.word_combos: dict[str, tuple[QComboBox, QDoubleSpinBox]] = {}
        self.number_combos: dict[str, tuple[QComboBox, QDoubleSpinBox]] = {}
        self.person_combos: dict[str, QComboBox] = {}
        layout = scrolled_layout(self)
        layout.addWidget(self.summary)
        self.people_view.setMinimumHeight(140)
        layout.addWidget(self.people_view, 3)
        layout.addWidget(self.problem_heading)
        layout.addWidget(self.problem_view)
        layout.addWidget(self.words_box)
        layout.addWidget(self.settle_box)

    @staticmethod
    def _box(title: str) -> tuple[QGroupBox, QGridLayout]:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        return box, grid

    def initializePage(self) -> None:
        self.show_result()

    def show_result(self) -> None:
        session = self.session
        settled_plan, settled_result = session.settled()  # the roles chosen and people left out shown
        records, warn, tips = people_records(settled_plan, settled_result.people, session.counted)
        self.people.set_records(records, warn, tips)
        problems = session.open_problems()
        self.problems.set_records(problem_records(problems))
        fit_columns(self.people_view)
        fit_columns(self.problem_view)
        self.problem_view.resizeRowsToContents()
        fit_height(self.problem_view, rows=4)
        self.people_view.setCurrentIndex(QModelIndex())
        self.problem_view.setVisible(bool(problems))
        self.problem_heading.setVisible(bool(problems))
        self._fill_words()
        self._fill_settle()
        self.summary.setText(session.summary_text())
        self.completeChanged.emit()

    # --- what the rota means -------------------------------------------------------------

    def _fill_words(self) -> None:
        clear_grid(self.word_grid, (self.reread, self.name_column, self.headers))
        self.word_combos, self.number_combos = {}, {}
        titles = self.session.unknown_titles()
        spelt = typed_words(self.session.result)
        row = 0
        for word in self.session.result.unknown_words:
            if word in titles:
                continue  # job titles are settled person by person below
            shown = spelt.get(word, word)
            combo, hours = self._meaning_combo("Choose what it is…"), hours_box()
            self.word_combos[shown] = (combo, hours)
            row = self._add_row(row, f"“{shown}” (session word)", combo, hours)
        for number in self.session.result.numbers:
            shifts = number == SHIFT_TIMES
            combo, hours = self._meaning_combo("Choose what they are…" if shifts else "Choose what it means…",
                                               numbers=True, ticks=not shifts), hours_box()
            hours.setVisible(not shifts)
            self.number_combos[number] = (combo, hours)
            label = "Shifts with times but no kind of work" if shifts else f"“{number}” in a session cell"
            row = self._add_row(row, label, combo, hours)
        self.word_grid.addWidget(QLabel("Header words"), row, 0)
        self.word_grid.addWidget(self.headers, row, 1, 1, 2)
        self.word_grid.addWidget(QLabel("Names are in"), row + 1, 0)
        self.word_grid.addWidget(self.name_column, row + 1, 1)
        self.word_grid.addWidget(self.reread, row + 1, 2)
        self.words_box.setVisible(bool(self.session.result.problems) or bool(self.word_combos))

    def _meaning_combo(self, first: str, numbers: bool = False, ticks: bool = True) -> QComboBox:
        combo = QComboBox()
        combo.addItem(first, None)
        for category, text in CATEGORY_TEXT.items():
            if category != "off" and ticks:
                combo.addItem(f"A shift of {text.lower()} (hours at right)", TICK + category)
        for category, text in CATEGORY_TEXT.items():
            if numbers and category != "off":
                combo.addItem(f"{'Shifts' if not ticks else 'Hours'} of {text.lower()}", HOURS + category)
            elif not numbers:
                combo.addItem(text, category)
        return combo

    def _add_row(self, row: int, label: str, combo: QComboBox, hours: QDoubleSpinBox) -> int:
        hours.setEnabled(False)  # the length of a shift, for a tick only
        hours.setToolTip("How long one shift is, when this stands for a shift")
        combo.currentIndexChanged.connect(lambda _=0: hours.setEnabled(str(combo.currentData()).startswith(TICK)))
        line = QHBoxLayout()
        line.addWidget(combo, 1)
        line.addWidget(hours)
        holder = QWidget()
        holder.setLayout(line)
        line.setContentsMargins(0, 0, 0, 0)
        self.word_grid.addWidget(QLabel(label), row, 0)
        self.word_grid.addWidget(holder, row, 1, 1, 2)
        return row + 1

    def mapping(self) -> tuple[dict[str, str], dict[str, tuple[str, float]], str | None]:
        """(words -> category, ticks -> (category, hours), the category numbers are hours of)."""
        words, ticks, numbers = {}, {}, None
        for word, (combo, hours) in [*self.word_combos.items(), *self.number_combos.items()]:
            choice = combo.currentData()
            if not choice:
                continue
            if choice.startswith(TICK):
                ticks[word] = (choice[len(TICK):], hours.value())
            elif choice.startswith(HOURS):
                numbers = choice[len(HOURS):]
            else:
                words[word] = choice
        return words, ticks, numbers

    def _read_again(self) -> None:
        from dataclasses import replace

        session = self.session
        words, ticks, numbers = self.mapping()
        try:
            headers = header_words(self.headers.text())
        except ValueError as e:
            self.summary.setText(f"Header words: {e}")
            return
        session.vocabulary = session.vocabulary.with_mapping(words).with_shifts(ticks)
        session.options = replace(session.options, name_column=self.name_column.currentData() or "",
                                  numbers=numbers or session.options.numbers, headers=headers)
        error = session.read(self)
        if error:
            self.summary.setText(error)
            return
        self.show_result()

    # --- people to settle ----------------------------------------------------------------

    def _fill_settle(self) -> None:
        clear_grid(self.settle_grid)
        self.person_combos = {}
        people = self.session.people_needing_answers()
        for row, (person, why) in enumerate(people):
            combo = role_combo(self.session, "Choose their role…", leave_out=True)
            self._show_answer(combo, person.name)
            combo.currentIndexChanged.connect(lambda _=0, name=person.name, c=combo: self._answered(name, c))
            self.person_combos[person.name] = combo
            self.settle_grid.addWidget(QLabel(f"{person.name}: {why}"), row, 0)
            self.settle_grid.addWidget(combo, row, 1)
        self.settle_box.setVisible(bool(people))

    def _show_answer(self, combo: QComboBox, name: str) -> None:
        from planner.rota.tally import person_key

        s = self.session.settlement
        key = person_key(name)
        wanted = LEAVE_OUT if key in s.skipped else s.roles.get(key)
        if wanted in s.added_roles and self.session.document.plan.role(wanted) is None:
            wanted = CATALOGUE + str(wanted)
        index = combo.findData(wanted) if wanted else 0
        combo.setCurrentIndex(max(index, 0))

    def _answered(self, name: str, combo: QComboBox) -> None:
        choice = combo.currentData()
        if choice == LEAVE_OUT:
            self.session.skip(name)
        elif isinstance(choice, str) and choice.startswith(CATALOGUE):
            self.session.choose_role(name, choice[len(CATALOGUE):], from_catalogue=True)
        else:
            self.session.choose_role(name, choice)
        self.show_result()

    def isComplete(self) -> bool:
        session = self.session
        return session.result is not None and not session.open_problems() and not session.to_settle()
