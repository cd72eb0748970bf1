"""The PCN window: practices side by side, the shared team's sessions by practice, the
allocation as a bar (committed, this option, headroom) and the ARRS rules broken, for today or
a PCN option; save with conflicts explained; the board pack, a practice's page and the workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.engine.pcn import PcnResult
from planner.model import Pcn
from planner.present.pcn import TODAY, headroom_words, rights_words
from planner.reference import HCAS_ZONES
from ui.pcn import practices
from ui.pcn.allocation_bar import AllocationBar
from ui.pcn.document import PcnDocument
from ui.pcn.models import PracticesModel, TeamModel
from ui.pcn.options_panel import OptionsPanel

Button = QMessageBox.StandardButton


class PcnWindow(QMainWindow):
    def __init__(self, document: PcnDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.setParent(self)
        self.heading, self.note, self.rules = QLabel(), QLabel(), QLabel()
        self.heading.setProperty("role", "title")
        self.note.setProperty("role", "hint")
        self.rules.setWordWrap(True)
        self.note.setWordWrap(True)
        self.option = QComboBox()
        self.bar = AllocationBar()
        self.practices, self.team = PracticesModel(self), TeamModel(document, self)
        self.team.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.options_panel = OptionsPanel(document)
        self.options_panel.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.options_panel.previewed.connect(self.show_preview)
        self._preview: PcnResult | None = None
        self.practice_windows: dict[str, QMainWindow] = {}
        self._build()
        self._menus()
        document.changed.connect(self.refresh)
        document.undo_stack.cleanChanged.connect(self._title)
        self.option.currentIndexChanged.connect(self.refresh)
        self.refresh()
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width()), min(760, screen.height() - 40))

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.option)
        tabs = QTabWidget()
        tables = ((self.practices, "Practices side by side"), (self.team, "Shared team: sessions by practice"))
        for model, name in tables:
            view = QTableView()
            view.setModel(model)
            view.setWordWrap(True)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(60)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            tabs.addTab(view, name)
        tabs.addTab(self.options_panel, "Options: recruit and redeploy")
        self.tabs = tabs
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addWidget(self.rules)
        layout.addWidget(tabs, 1)
        self.setCentralWidget(body)

    def _menus(self) -> None:
        menu = self.menuBar().addMenu("&PCN")
        stack = self.document.undo_stack
        for text, handler, key in (("&Save", self.save, QKeySequence.StandardKey.Save),
                                   ("&Open a practice's plan…", lambda: practices.open_practice(self), None),
                                   ("&Import a practice's plan…", lambda: practices.import_practice(self), None),
                                   ("&London weighting of the shared team…", self.choose_london_weighting, None),
                                   ("Write the PCN &board pack…", self.write_pack, None),
                                   ("Write a &practice's page…", self.write_extract, None),
                                   ("Write the &workbook…", self.write_workbook, None),
                                   ("&Close", self.close, QKeySequence.StandardKey.Close)):
            action = QAction(text, self)
            if key is not None:
                action.setShortcut(key)
            action.triggered.connect(handler)
            menu.addAction(action)
        edit = self.menuBar().addMenu("&Edit")
        undo, redo = stack.createUndoAction(self, "&Undo"), stack.createRedoAction(self, "&Redo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])

    # --- what is shown -----------------------------------------------------------------------

    def show_preview(self, pcn: Pcn | None, name: str) -> None:
        """Show the figures of option ``name`` in ``pcn`` (a change being typed), or stop (None)."""
        found = self.document.preview(pcn, name) if pcn is not None else None
        self._preview = found if isinstance(found, PcnResult) else None
        self.refresh()  # the options as they are now
        at = self.option.findText(name) if name else -1
        if at >= 0 and at != self.option.currentIndex():
            self.option.setCurrentIndex(at)  # refreshes
        if self._preview is not None:
            self.options_panel.say_breaks([f"⚠ ARRS rule broken: {b.rule} ({b.where}): {b.message}."
                                           for b in self._preview.breaks])

    def current(self) -> PcnResult | None:
        if self._preview is not None and self._preview.name == self.option.currentText():
            return self._preview
        results = self.document.results
        if results is None:
            return None
        name = self.option.currentText()
        return next((r for r in results.options if r.name == name), results.today)

    def refresh(self) -> None:
        pcn = self.document.pcn
        names = [TODAY, *(o.name for o in pcn.options)]
        if [self.option.itemText(i) for i in range(self.option.count())] != names:
            chosen = self.option.currentText()
            self.option.blockSignals(True)
            self.option.clear()
            self.option.addItems(names)
            self.option.setCurrentIndex(max(0, names.index(chosen)) if chosen in names else 0)
            self.option.blockSignals(False)
        self.heading.setText(f"{pcn.name} · {pcn.contract_year}")
        result = self.current()
        self.bar.set_money(result.money if result else None)
        self.practices.set_result(result)
        self.team.set_result(result)
        self._describe(result)
        self._title()

    def _describe(self, result: PcnResult | None) -> None:
        pcn = self.document.pcn
        if result is None:
            problems = self.document.problems
            self.note.setText(f"⚠ {len(problems)} problem(s) to fix before the figures can be worked out: "
                              f"{problems[0] if problems else ''}")
            self.rules.setText("")
            return
        where = self.document.session.location.name
        edit_hint = "Type sessions in the shared team table." if result.option is None else (
            "An option's team is shown as it would be; change it on the Options tab, or choose Today to "
            "type sessions.")
        london = f" · London weighting: {HCAS_ZONES[pcn.hcas_zone]}" if pcn.hcas_zone else ""
        rights = rights_words(pcn, self.document.session.owner)
        london += f" · {rights}" if rights else ""
        self.note.setText(f"{len(pcn.practices)} practices · {pcn.list_size:,} patients · "
                          f"{pcn.weighted_population:,.0f} weighted{london} · kept in {where} · "
                          f"{headroom_words(result.money.headroom, pcn.contract_year)}. {edit_hint}")
        broken = [f"⚠ ARRS rule broken: {b.rule} ({b.where}): {b.message}." for b in result.breaks]
        self.rules.setText("\n".join(broken) or "No ARRS rule Skillmix checks is broken.")
        self.rules.setStyleSheet("color: #B00020;" if broken else "")

    def _title(self, *_: object) -> None:
        self.setWindowTitle(f"{self.document.pcn.name}[*] — Skillmix PCN")
        self.setWindowModified(not self.document.undo_stack.isClean())

    def choose_london_weighting(self) -> None:
        """The shared team's London weighting zone (P7): one undoable edit."""
        from planner.edits.pcn import set_pcn_hcas_zone
        from planner.reference import HCAS_ZONES

        zones = list(HCAS_ZONES)
        chosen, ok = QInputDialog.getItem(
            self, "London weighting of the shared team", "High cost area supplement (Agenda for Change) for the "
            "PCN's staff:\nsalaries and ARRS maximums still at their defaults follow.",
            list(HCAS_ZONES.values()), zones.index(self.document.pcn.hcas_zone), False)
        if ok:
            self.document.apply(set_pcn_hcas_zone(self.document.pcn, zones[list(HCAS_ZONES.values()).index(chosen)]))

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        from planner.pcn.store import PcnStoreError

        try:
            outcome = self.document.save()
        except PcnStoreError as e:
            QMessageBox.warning(self, "Not saved", str(e))
            return False
        if outcome.status == "saved":
            self.statusBar().showMessage(f"Saved in {self.document.session.location.name}", 8000)
            return True
        if outcome.status == "reapplied":
            QMessageBox.information(self, "Someone else saved first", outcome.message)
            return False
        answer = QMessageBox.question(self, "Someone else changed the same thing", outcome.message + "\n\n"
                                      "Save yours over theirs? (No keeps theirs and drops your changes.)",
                                      Button.Yes | Button.No | Button.Cancel, Button.Cancel)
        if answer == Button.Yes:
            return self.document.overwrite().status == "saved"
        if answer == Button.No:
            self.document.take_theirs()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not all(w.close() for w in self.practice_windows.values() if w.isVisible()):
            event.ignore()  # a practice's window kept open (its changes not saved yet)
            return
        if self.document.undo_stack.isClean():
            event.accept()
            return
        answer = QMessageBox.question(self, "Unsaved changes", f"Save changes to {self.document.pcn.name}?",
                                      Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Cancel or (answer == Button.Save and not self.save()):
            event.ignore()
            return
        event.accept()

    # --- outputs -------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, kind: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, kind)
        return Path(path) if path else None

    def write_pack(self) -> None:
        from planner.report.pcn import build_pcn_pack

        path = self._ask_path("Write the PCN board pack", f"{self.document.pcn.name}.pdf", "PDF (*.pdf)")
        if path:
            self._write(lambda: build_pcn_pack(self.document.pcn, path), path)

    def write_extract(self) -> None:
        from planner.report.pcn import build_practice_extract

        pcn = self.document.pcn
        names = [f"{p.name} ({p.code})" for p in pcn.practices]
        chosen, ok = QInputDialog.getItem(self, "A practice's page", "Practice:", names, 0, False)
        if not ok:
            return
        code = pcn.practices[names.index(chosen)].code
        option = self.option.currentText()
        path = self._ask_path("Write the practice's page", f"{pcn.practice(code).name}.pdf", "PDF (*.pdf)")  # type: ignore[union-attr]
        if path:
            self._write(lambda: build_practice_extract(pcn, code, path, None if option == TODAY else option), path)

    def write_workbook(self) -> None:
        from planner.workbook.pcn_workbook import export_pcn_workbook

        path = self._ask_path("Write the PCN workbook", f"{self.document.pcn.name}.xlsx", "Excel (*.xlsx)")
        if path:
            self._write(lambda: export_pcn_workbook(self.document.pcn, path), path)

    def _write(self, job: object, path: Path) -> None:
        from planner.engine import InvalidPlan
        from planner.files.errors import OutputError

        try:
            job()  # type: ignore[operator]
        except (InvalidPlan, OSError, ValueError, OutputError) as e:
            QMessageBox.warning(self, "Not written", str(e))
            return
        self.statusBar().showMessage(f"Wrote {path.name}", 8000)
