"""The appointment audit (docs/MODEL-EXTENSIONS.md E6): which shares of GP appointments could
have gone elsewhere are in use (the national Making Time figures, or the practice's own audit)
with their source, beside each other; write the audit template, import a filled-in audit
(problems shown by sheet and cell, nothing imported), make a scenario of the shares.

Each import or scenario is one undo step, built by planner.edits.
planner.audit loads openpyxl, so it is imported once the panel is first shown, after the page
has painted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import edits
from ui.document import PlanDocument
from ui.models.views import label
from ui.settings import Settings
from ui.theme import MUTED, WARNING
from ui.widgets.audit_problems import AuditProblemsDialog

if TYPE_CHECKING:
    from planner.audit import AuditProblem, AvoidableShares

NATIONAL_HEADER = "National (2015)"
AUDIT_HEADER = "Your audit"
TEMPLATE_NAME = "Appointment audit.xlsx"
STEPS = ("<b>How to audit your own appointments</b><br>1. Write the audit template and give it to "
         "your GPs.<br>2. For one ordinary week, each GP adds a row per appointment and answers "
         "<i>could this have been handled by someone else?</i> from a drop-down list.<br>"
         "3. Import the workbook here: your practice's shares replace the national figures. "
         "Then make a scenario from them, and see what it frees on the Scenarios page.")
TOTAL_TIP = ("The national audit judged 27% of GP appointments potentially avoidable; these four "
             "destinations are the part of it Skillmix can use. The hospital share is shown but "
             "not put into scenarios: it needs the hospital to change.")


def audit_sentence(audit: AvoidableShares, national: AvoidableShares) -> str:
    """'Your audit: 412 GP appointments, 9.2% could have gone to another practice role…'."""
    s = audit.shares
    period = f" ({audit.period})" if audit.period else ""
    return (f"Your audit: {audit.audited:,} GP appointments{period}, "
            f"{s.get('practice_role', 0):.1%} could have gone to another practice role and "
            f"{audit.total:.1%} could have been handled elsewhere in all (national figures: "
            f"{national.shares.get('practice_role', 0):.1%} and {national.total:.1%}).")


def in_use_text(shares: AvoidableShares) -> str:
    if shares.is_practice_audit:
        return f"In use: your practice's audit. Source: {shares.source}, {shares.period}."
    return f"In use: the national figures. Source: {shares.source}."


class AuditPanel(QWidget):
    def __init__(self, document: PlanDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.problems_dialog: AuditProblemsDialog | None = None
        self.last_template: Path | None = None
        self._loaded = False
        self._stale = True
        self.values: dict[tuple[str, str], QLabel] = {}
        words = QVBoxLayout()
        words.setSpacing(4)
        heading = label("Could these GP appointments have gone elsewhere?", "heading")
        heading.setWordWrap(True)
        words.addWidget(heading)
        self.in_use = label("", "hint")
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence = label("")
        self.sentence.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._open_link)
        steps = label(STEPS, "hint")
        steps.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.sentence, self.in_use, self.status, steps):
            words.addWidget(widget)
        words.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(2)
        grid_box = QVBoxLayout()
        grid_box.addLayout(self.grid)
        grid_box.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(24)
        layout.addLayout(words, 3)
        layout.addLayout(grid_box, 2)
        layout.addLayout(self._buttons())
        document.changed.connect(self._document_changed)

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self.template_button = self._button("Write audit template…", self.write_template,
                                            "An Excel workbook for GPs to fill in, a row per "
                                            "appointment, for one ordinary week")
        self.import_button = self._button("Import appointment audit…", self.import_audit,
                                          "Read a filled-in audit: its shares replace the "
                                          "national figures (Undo takes them back)")
        self.scenario_button = self._button("Make a scenario from these shares", self.make_scenario,
                                            "A new scenario moving and avoiding these shares of "
                                            "GP appointments")
        self.national_button = self._button("Use the national figures", self.use_national,
                                            "Forget the audit: the national shares apply again")
        for button in (self.template_button, self.import_button, self.scenario_button,
                       self.national_button):
            column.addWidget(button)
        column.addStretch(1)
        return column

    def _button(self, text: str, slot: object, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    # --- showing the shares ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)  # after the page has painted

    def _document_changed(self) -> None:
        if self._loaded and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        from planner.audit import avoidable_shares, national_shares
        from planner.audit.vocab import SHARE_LABELS

        self._loaded, self._stale = True, False
        shares, national = avoidable_shares(self.document.plan), national_shares()
        audit = shares if shares.is_practice_audit else None
        self.in_use.setText(in_use_text(shares))
        self.in_use.setToolTip(shares.source)
        self.sentence.setText(audit_sentence(audit, national) if audit else
                              "No audit imported yet, so Skillmix uses the national shares.")
        rows = [(key, text, audit.shares.get(key, 0) if audit else None, national.shares[key])
                for key, text in SHARE_LABELS.items()]
        rows.append(("total", "All of these", audit.total if audit else None, national.total))
        self._fill_grid(rows, audit is not None)
        editable = not self.document.read_only
        for button in (self.import_button, self.scenario_button, self.national_button):
            button.setEnabled(editable)
        self.national_button.setVisible(audit is not None)
        self.scenario_button.setText("Make a scenario from your audit" if audit else
                                     "Make a scenario from the national shares")

    def _fill_grid(self, rows: list[tuple[str, str, float | None, float]], audited: bool) -> None:
        if not self.values:
            for col, text in enumerate(("Could have been handled by", AUDIT_HEADER, NATIONAL_HEADER)):
                head = QLabel(text)
                head.setStyleSheet("font-weight: 600;")
                self.grid.addWidget(head, 0, col, alignment=Qt.AlignmentFlag.AlignRight if col else
                                    Qt.AlignmentFlag.AlignLeft)
            for r, (key, text, _, _) in enumerate(rows, start=1):
                name = QLabel(text)
                name.setToolTip(TOTAL_TIP if key == "total" else "")
                self.grid.addWidget(name, r, 0)
                for col, which in ((1, "audit"), (2, "national")):
                    value = QLabel()
                    value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.grid.addWidget(value, r, col)
                    self.values[(key, which)] = value
        for key, _, mine, national in rows:
            self.values[(key, "audit")].setText("–" if mine is None else f"{mine:.1%}")
            self.values[(key, "national")].setText(f"{national:.1%}")
            self._in_use(self.values[(key, "audit")], audited)
            self._in_use(self.values[(key, "national")], not audited)

    @staticmethod
    def _in_use(value: QLabel, used: bool) -> None:
        value.setStyleSheet("font-weight: 600;" if used else f"color: {MUTED};")
        value.setToolTip("In use" if used else "Not in use")

    def share_text(self, key: str, which: str) -> str:
        """The shown share of destination ``key`` ("total" for all) in column "audit" or "national"."""
        return self.values[(key, which)].text()

    # --- actions -------------------------------------------------------------------------------
    def write_template(self, path: Path | str | None = None) -> None:
        from planner.audit import write_audit_template
        from planner.files.errors import OutputError

        path = Path(path) if path else self._ask_save_path()
        if path is None:
            return
        roles = [r.code for r in self.document.plan.roles] or None
        try:
            with _busy():
                write_audit_template(path, roles)
        except OutputError as e:
            self._say(f"The template was not saved: {e}.", True)
            return
        except OSError as e:
            self._say(f"Could not write {path.name}: {e.strerror or e}. Is it open in Excel?", True)
            return
        self.last_template = path
        self._say(f"Wrote {path.name}. Ask each GP to fill in a row per appointment for an "
                  f"ordinary week, then import it here. <a href='{QUrl.fromLocalFile(str(path)).toString()}'>"
                  "Open the template</a>")

    def import_audit(self, path: Path | str | None = None) -> None:
        from planner.audit import AuditProblem, read_audit

        path = Path(path) if path else self._ask_open_path()
        if path is None:
            return
        with _busy():
            result, problems = read_audit(path)
        if problems or result is None:
            self._show_problems(path, problems)
            return
        try:
            edit = edits.import_audit(self.document.plan, result, path.name)
        except ValueError as e:
            self._show_problems(path, [AuditProblem(result.sheet, "", str(e))])
            return
        self.document.apply(edit)
        self._say(f"Imported {path.name}. Undo takes it back.")

    def make_scenario(self, name: str | None = None) -> None:
        from planner.audit import avoidable_shares

        plan = self.document.plan
        base = "From our appointment audit" if avoidable_shares(plan).is_practice_audit else \
            "National avoidable appointments"
        if name is None:
            name, ok = QInputDialog.getText(self, "Make a scenario", "Name of the new scenario:",
                                            QLineEdit.EchoMode.Normal, edits.unused_name(plan, base))
            if not ok:
                return
        try:
            edit = edits.add_audit_scenario(plan, name)
        except ValueError as e:
            self._say(str(e), True)
            return
        self.document.apply(edit)
        added = self.document.plan.scenarios[-1]
        self._say(f"Added the scenario '{added.name}' with {len(added.changes)} changes: see it on "
                  "the Scenarios page.")

    def use_national(self) -> None:
        self.document.apply(edits.use_national_shares(self.document.plan))
        self._say("The national figures are in use again. Undo brings your audit back.")

    def _show_problems(self, path: Path, problems: list[AuditProblem]) -> None:
        self.problems_dialog = AuditProblemsDialog(path.name, problems, self)
        self.problems_dialog.open()  # window-modal, without blocking the caller
        self._say(f"{path.name} was not imported: {len(problems)} problem"
                  f"{'s' if len(problems) != 1 else ''} to put right.", True)

    def _ask_save_path(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Write audit template",
                                                str(self._folder() / TEMPLATE_NAME),
                                                "Excel workbook (*.xlsx)")
        if not chosen:
            return None
        path = Path(chosen)
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        self.settings.set("audit.folder", str(path.parent))
        return path

    def _ask_open_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Import appointment audit", str(self._folder()),
                                                "Spreadsheets (*.xlsx *.xlsm *.xls *.ods)")
        if not chosen:
            return None
        self.settings.set("audit.folder", str(Path(chosen).parent))
        return Path(chosen)

    def _folder(self) -> Path:
        saved = self.settings.get("audit.folder", "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        return self.document.path.parent if self.document.path else Path.home()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {WARNING if error else MUTED};")
        self.status.setText(text)

    def _open_link(self, url: str) -> None:
        link = QUrl(url)
        if link.isLocalFile():  # only ever the template just written, on this laptop
            QDesktopServices.openUrl(link)


class _busy:
    """A wait cursor while a workbook is read or written."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_: object) -> None:
        QApplication.restoreOverrideCursor()
