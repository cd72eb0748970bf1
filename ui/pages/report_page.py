"""Report page: the partners' pack (PDF) of the chosen scenarios, anonymised if asked, and
the checkable workbook (Excel). Exports run on a pool thread with a busy cursor, so the
window stays responsive; afterwards the page offers to open the file (locally)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.engine import InvalidPlan
from planner.files.errors import OutputError
from planner.model import Plan
from planner.present.names import readable_problem
from ui.document import PlanDocument
from ui.models.views import label
from ui.settings import Settings
from ui.theme import ACCENT, BORDER, MUTED, WARNING
from ui.widgets.export_worker import ExportJob
from ui.widgets.reflow import Reflow, flow, widths_needed

PACK, WORKBOOK = "partners' pack", "workbook"
#: the user's choice of the short pack or the full one (ui.settings)
SHORT_PACK = "report.short"
_BOXES = (f"QGroupBox {{ font-size: 11pt; font-weight: 600; border: 1px solid {BORDER}; "
          "border-radius: 4px; margin-top: 16px; padding: 14px 12px 12px 12px; }"
          "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; "
          f"color: {ACCENT}; }}"
          "QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QPushButton "
          "{ font-size: 10pt; font-weight: normal; }"
          'QGroupBox QLabel[role="heading"] { font-weight: 600; color: #1F2933; }')


class ReportPage(QWidget):
    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.job: ExportJob | None = None
        self.preview_job: Any = None  # ui.widgets.pack_preview.PreviewJob while a preview is made
        self.preview: Any = None
        self.last_written: Path | None = None
        self.scenario_boxes: list[QCheckBox] = []
        self.setStyleSheet(_BOXES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Report", "title"))
        layout.addWidget(label("Make the papers for the partners' meeting. Both files are written "
                               "on this computer only.", "hint"))
        row = QHBoxLayout()
        pack, workbook = self._pack_box(), self._workbook_box()
        row.addWidget(pack, 3)
        row.addWidget(workbook, 2)
        layout.addLayout(row)
        self.reflow = Reflow(self, row, widths_needed((pack, workbook), row.spacing(), 40))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        document.changed.connect(self._fill_scenarios)
        self._fill_scenarios()

    # --- layout -------------------------------------------------------------------------
    def _pack_box(self) -> QGroupBox:
        box = QGroupBox("Partners' pack (PDF)")
        layout = QVBoxLayout(box)
        layout.addWidget(label("A printed business case for the partners' meeting.", "hint"))
        layout.addWidget(label("Which pack", "heading"))
        self.short = QRadioButton("&Short pack, about 4 pages")
        self.full = QRadioButton("&Full pack")
        for button, words in ((self.short, "The decision on one page, the options side by side and the sources."),
                              (self.full, "Also where GP time goes now, each option in detail (what changes, "
                                          "risks, the years ahead), the team and how every figure is worked out.")):
            layout.addWidget(button)
            layout.addWidget(_indented(label(words, "hint")))
        (self.short if self.settings.get(SHORT_PACK, True) else self.full).setChecked(True)
        self.short.toggled.connect(lambda on: self.settings.set(SHORT_PACK, on))
        layout.addWidget(label("Scenarios to include", "heading"))
        self.scenario_area = QVBoxLayout()
        layout.addLayout(self.scenario_area)
        layout.addWidget(label("Options", "heading"))
        self.anonymise = QCheckBox("Anonymise staff (show roles, not names)")
        self.anonymise.setToolTip("People appear as their role and a number, e.g. 'GP 1'")
        layout.addWidget(self.anonymise)
        form = QFormLayout()
        self.prepared_by = QLineEdit(self.settings.get("report.prepared_by", ""))
        self.prepared_by.setPlaceholderText("Your name and role, printed on the cover")
        form.addRow("Prepared by", self.prepared_by)
        layout.addLayout(form)
        self.preview_button = QPushButton("&Preview…")
        self.preview_button.setToolTip("See the pages before anything is written")
        self.preview_button.clicked.connect(self.preview_pack)
        self.pack_button = QPushButton("Export partners' pack (PDF)…")
        self.pack_button.setProperty("accent", True)
        self.pack_button.clicked.connect(self.export_pack)
        layout.addSpacing(6)
        layout.addLayout(flow((self.preview_button, self.pack_button)))
        return box

    def _workbook_box(self) -> QGroupBox:
        box = QGroupBox("Workbook (Excel)")
        layout = QVBoxLayout(box)
        layout.addWidget(label("The plan's totals as live formulas over the assumptions (a few "
                               "figures copied from Skillmix are shaded grey): a summary, the team, "
                               "the workload, one sheet per scenario and the assumptions with "
                               "their sources. Anyone can check the sums.",
                               "hint"))
        self.workbook_button = QPushButton("Export workbook (Excel)…")
        self.workbook_button.setProperty("accent", True)
        self.workbook_button.clicked.connect(self.export_workbook)
        layout.addWidget(self.workbook_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        self._fill_scenarios()
        super().showEvent(event)

    def _fill_scenarios(self) -> None:
        shown = [(box.property("scenario"), box.text()) for box in self.scenario_boxes]
        wanted = [(s.name, f"★ {s.name} (recommended)" if s.recommended else s.name)
                  for s in self.document.plan.scenarios]
        if shown == wanted and shown:  # an edit that leaves the scenarios as they are: nothing to redo
            return
        ticked = {box.property("scenario") for box in self.scenario_boxes if box.isChecked()}
        known = {box.property("scenario") for box in self.scenario_boxes}
        for box in self.scenario_boxes:
            self.scenario_area.removeWidget(box)
            box.deleteLater()
        self.scenario_boxes = []
        for scenario in self.document.plan.scenarios:
            text = f"★ {scenario.name} (recommended)" if scenario.recommended else scenario.name
            box = QCheckBox(text)
            box.setProperty("scenario", scenario.name)
            box.setChecked(scenario.name in ticked or scenario.name not in known)
            self.scenario_area.addWidget(box)
            self.scenario_boxes.append(box)
        if not self.scenario_boxes:
            self.status.setText("The plan has no scenarios yet: the pack will show today's "
                                "workload only. Add scenarios on the Scenarios page.")

    def chosen_scenarios(self) -> list[str]:
        return [str(box.property("scenario")) for box in self.scenario_boxes if box.isChecked()]

    # --- the pack: preview and export ----------------------------------------------------
    def short_pack(self) -> bool:
        return self.short.isChecked()

    def _pack_maker(self) -> Callable[..., Any] | None:
        """A function writing the pack as the page stands (``out`` a path, or None for its
        bytes), or None when it cannot be made (said on the page)."""
        try:
            from planner.report import build_pack, pack_pdf
        except ImportError as e:
            self._say(f"This copy of Skillmix cannot make the partners' pack: its PDF part is "
                      f"missing ({e}).", error=True)
            return None
        if self.scenario_boxes and not self.chosen_scenarios():
            self._say("Tick at least one scenario to include in the pack.", error=True)
            return None
        plan, scenarios, short = self.document.plan, self.chosen_scenarios(), self.short_pack()
        anonymise, prepared_by = self.anonymise.isChecked(), self.prepared_by.text().strip()
        self.settings.set("report.prepared_by", prepared_by)

        def make(out: Path | None = None) -> Any:
            if out is None:
                return pack_pdf(plan, scenarios, anonymise, prepared_by, short=short)
            return build_pack(plan, out, scenarios, anonymise, prepared_by, short=short)
        return make

    def export_pack(self) -> None:
        make = self._pack_maker()
        if make is None:
            return
        path = self._ask_path("Export partners' pack", "partners pack", "PDF document (*.pdf)", ".pdf")
        if path is not None:
            self._start(PACK, path, make)

    def preview_pack(self) -> None:
        """Make the pack in memory on a pool thread, then show its pages."""
        make = self._pack_maker()
        if make is None or self.busy():
            return
        from ui.widgets.pack_preview import PreviewJob

        plan = self.document.plan
        self.preview_job = PreviewJob(make, lambda e: explain(plan, PACK, Path("preview"), e))
        self.preview_job.signals.ready.connect(self._show_preview)
        self.preview_job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._say("Making the preview…")
        QThreadPool.globalInstance().start(self.preview_job)

    def _show_preview(self, pdf: bytes) -> None:
        from ui.widgets.pack_preview import PackPreview

        self._set_busy(False)
        self.preview_job = None
        try:
            self.preview = PackPreview("the short pack" if self.short_pack() else "the full pack", pdf, self)
        except ImportError as e:
            self._say(f"This copy of Skillmix cannot show a preview ({e}); export the pack and open it.",
                      error=True)
            return
        self._say("")
        self.preview.export_requested.connect(self.export_pack)
        self.preview.open()

    def export_workbook(self) -> None:
        try:
            from planner.workbook import export_workbook
        except ImportError as e:
            self._say(f"This copy of Skillmix cannot make the workbook: its Excel part is "
                      f"missing ({e}).", error=True)
            return
        path = self._ask_path("Export workbook", "workbook", "Excel workbook (*.xlsx)", ".xlsx")
        if path is not None:
            plan = self.document.plan
            self._start(WORKBOOK, path, lambda out: export_workbook(plan, out))

    def _ask_path(self, title: str, kind: str, filter_: str, suffix: str) -> Path | None:
        folder = Path(self.settings.get("report.folder", "") or self._default_folder())
        name = f"{self.document.plan.practice.name} - {kind}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / _safe(name)), filter_)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.settings.set("report.folder", str(path.parent))
        return path

    def _default_folder(self) -> Path:
        return self.document.path.parent if self.document.path else Path.home()

    def _start(self, what: str, path: Path, write: Callable[[Path], None]) -> None:
        plan = self.document.plan
        self.job = ExportJob(write, path, lambda e: explain(plan, what, path, e))
        self.job.signals.finished.connect(lambda written: self._finished(what, written))
        self.job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._say(f"Writing the {what} to {path}…")
        QThreadPool.globalInstance().start(self.job)

    def busy(self) -> bool:
        return self.job is not None or self.preview_job is not None

    def _set_busy(self, busy: bool) -> None:
        for button in (self.pack_button, self.preview_button, self.workbook_button):
            button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _finished(self, what: str, written: str) -> None:
        self.job = None
        self._set_busy(False)
        self.last_written = Path(written)
        self._say(f"The {what} is saved as {written}.")
        answer = QMessageBox.question(self, "Export finished",
                                      f"The {what} is saved as\n{written}\n\nOpen it now?")
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(written))

    def _failed(self, message: str) -> None:
        self.job = None
        self.preview_job = None
        self._set_busy(False)
        self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {WARNING if error else MUTED};")
        self.status.setText(text)


def explain(plan: Plan, what: str, path: Path, error: BaseException) -> str:
    """An export failure in a practice manager's words."""
    if isinstance(error, InvalidPlan):
        problems = [readable_problem(plan, p) for p in error.problems[:5]]
        more = f"\n(and {len(error.problems) - 5} more)" if len(error.problems) > 5 else ""
        return (f"The {what} cannot be made until these problems are fixed:\n"
                + "\n".join(problems) + more)
    if isinstance(error, OutputError):
        return f"The {what} was not saved: {error}."
    if isinstance(error, PermissionError):
        return (f"Could not write {path.name}: it may be open in another program (close it "
                "and try again), or you cannot save in that folder.")
    if isinstance(error, OSError):
        return f"Could not write {path}: {error.strerror or error}."
    if isinstance(error, ValueError):
        return f"The {what} could not be made: {error}"
    return f"The {what} could not be made ({type(error).__name__}: {error})."


def _indented(widget: QWidget) -> QWidget:
    """A line of words under a radio button, in line with its text."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(24, 0, 0, 4)
    row.addWidget(widget)
    return box


def _safe(name: str) -> str:
    return "".join(" " if c in '<>:"/\\|?*' else c for c in name).strip()
