"""The first steps of the rota import wizard: pick the file, choose the sheets (the preview is
in rota_preview_page, the confirm page in rota_confirm). Pages share a RotaSession, never the
wizard itself; shared widgets (tables, error labels) are here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.excel import READABLE_SUFFIXES
from ui.wizards.file_row import FileChoicePage, error_label
from ui.wizards.rota_session import RotaSession

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)"


def scrolled_layout(page: QWidget) -> QVBoxLayout:
    """A layout for the page's content inside a scroll area, so a page with many settings still
    fits a 1366x768 screen at 150% (its buttons stay on screen; the content scrolls)."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    area.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(inner)


def table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FilePage(FileChoicePage):
    def __init__(self, session: RotaSession) -> None:
        super().__init__("Choose the rota workbook",
                         "Skillmix reads each person's name, job title and sessions from a rota "
                         "spreadsheet (Excel .xlsx, .xlsm or .xls, or LibreOffice .ods). Nothing changes "
                         "in your plan until you confirm.", FILE_FILTER, "Rota spreadsheet (.xlsx, .xls, .ods)")
        self.session = session

    def validatePage(self) -> bool:
        from planner.rota import list_sheets

        try:
            self.session.sheets = list(list_sheets(self.chosen()))
        except (ValueError, OSError) as e:
            self.error.setText(str(e))
            return False
        self.error.clear()
        self.session.path = self.chosen()
        return True


def readable(path: Path) -> bool:
    """Whether the file's name says it is a spreadsheet Skillmix reads."""
    return path.suffix.lower() in READABLE_SUFFIXES


class SheetsPage(QWizardPage):
    def __init__(self, session: RotaSession) -> None:
        super().__init__()
        self.session = session
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
        self.session_minutes.setValue(round(session.document.plan.assumptions.session_hours * 60))
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
        for name in self.session.sheets:
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
        self.session.chosen_sheets = self.chosen()
        self.session.session_hours = self.session_minutes.value() / 60
        error = self.session.read(self)
        self.error.setText(error)
        return not error and self.session.result is not None


def fit_height(view: QTableView, rows: int) -> None:
    """As tall as its first ``rows`` rows (a scroll bar for more), so the people keep the room."""
    shown = sum(view.rowHeight(r) for r in range(min(rows, view.model().rowCount())))
    view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + shown + 2 * view.frameWidth() + 2)


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their content; the last (a long text or the last category) fills
    the rest of the width."""
    view.resizeColumnsToContents()
    view.horizontalHeader().setStretchLastSection(True)
