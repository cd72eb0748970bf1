"""The PCN window's Options tab: the PCN options (new, copy, rename, delete), the one chosen (its
description, each practice's own option taken with it, its changes) and the form to add or edit a
change. Each action is one undoable PcnEdit; while the form is open, every keystroke previews the
PCN figures (``previewed``) and says in words what is wrong or which ARRS rule would break."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.edits import pcn_options as edits
from planner.model import Pcn, PcnEdit, PcnOption
from planner.present.pcn import describe_pcn_change
from ui.pcn.document import PcnDocument
from ui.pcn.option_forms import PcnChangeForm, RecruitForm, RedeployForm
from ui.theme import WARNING
from ui.widgets.change_forms import combo, fill, hint


def buttons(*names: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    row, made = QHBoxLayout(), [QPushButton(n) for n in names]
    for b in made:
        row.addWidget(b)
    row.addStretch(1)
    return row, made


class ChangeEditor(QWidget):
    """Recruit or redeploy: the form, what is wrong in words, and Add / Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms: dict[str, PcnChangeForm] = {"recruit": RecruitForm(), "redeploy": RedeployForm()}
        self.stack = QStackedWidget()
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.title, self.words = QLabel(), QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.words.setWordWrap(True)
        row, (self.cancel, self.accept) = buttons("Cancel", "Add to option")
        self.accept.setDefault(True)
        self.accept.setToolTip("Ctrl+Enter; Esc cancels")
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept.click)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel.click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row.takeAt(row.count() - 1)  # no stretch after the buttons: they sit at the right
        row.insertWidget(0, self.title, 1)
        layout.addLayout(row)  # the title, Cancel and Add first: seen without scrolling
        layout.addWidget(self.words)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.kind, self.index = "recruit", None  # type: tuple[str, int | None]

    def start(self, pcn: Pcn, option: PcnOption, kind: str, index: int | None) -> None:
        self.kind, self.index = kind, index
        old = option.changes[index] if index is not None else None
        form = self.forms[kind]
        form.blockSignals(True)
        form.load(pcn, option.name, index, old)
        form.blockSignals(False)
        self.stack.setCurrentWidget(form)
        verb = "Recruit a shared post" if kind == "recruit" else "Redeploy someone in the team"
        self.title.setText(f"Change {index + 1} of {option.name}" if index is not None else f"{verb} in {option.name}")
        self.accept.setText("Save change" if index is not None else "Add to option")
        self.show()

    def edit(self, pcn: Pcn, option: str) -> PcnEdit:
        """The edit the form stands for, or ValueError in words."""
        change = self.forms[self.kind].change()
        if self.index is None:
            return edits.add_pcn_change(pcn, option, change)
        return edits.replace_pcn_change(pcn, option, self.index, change)

    def say(self, text: str, bad: bool) -> None:
        self.words.setText(text)
        self.words.setStyleSheet(f"color: {WARNING};" if bad else "")


class OptionsPanel(QWidget):
    #: a PCN to preview and the option to show (None: stop previewing)
    previewed = Signal(object, str)
    refused = Signal(str)

    def __init__(self, document: PcnDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.options = QListWidget()
        self.options.setAccessibleName("PCN options")
        top, (self.new, self.copy, self.rename, self.delete) = buttons("New…", "Copy", "Rename…", "Delete")
        self.description = QLineEdit()
        self.description.setPlaceholderText("What the option does, in a sentence for the board")
        self.links = QFormLayout()
        self.changes = QListWidget()
        self.changes.setAccessibleName("Changes of the option")
        self.changes.setWordWrap(True)
        row, made = buttons("Recruit…", "Redeploy…", "Edit", "Remove", "Up", "Down")
        self.add_recruit, self.add_redeploy, self.edit_change, self.remove_change, self.up, self.down = made
        self.editor = ChangeEditor()
        self.editor.hide()
        self.empty = hint()
        self._shown: list[str] = []
        self._layout(top, row)
        self._connect()
        document.changed.connect(self.refresh)
        self.refresh()

    def _layout(self, top: QHBoxLayout, row: QHBoxLayout) -> None:
        left = QVBoxLayout()
        left.addWidget(self.options, 1)
        left.addLayout(top)
        body = QWidget()
        right = QVBoxLayout(body)
        right.addWidget(self.empty)
        right.addWidget(QLabel("Description"))
        right.addWidget(self.description)
        links = QLabel("Each practice's own option taken with it (the work it gives the shared staff, its own hires)")
        links.setWordWrap(True)
        right.addWidget(links)
        right.addLayout(self.links)
        right.addWidget(QLabel("Changes to the shared team, in order"))
        right.addWidget(self.changes)
        right.addLayout(row)
        right.addStretch(1)
        self.details = body
        # the form takes the place of the option's details while it is open: room on a small screen
        self.pages = QStackedWidget()
        for widget in (body, self.editor):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.pages.addWidget(scroll)
        self.options.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.pages, 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        narrow = self.pages.width() < self.fontMetrics().horizontalAdvance("x") * 110
        for form in self.editor.forms.values():
            form.set_narrow(narrow)

    def _connect(self) -> None:
        self.options.currentRowChanged.connect(self._chosen)
        self.new.clicked.connect(self.new_option)
        self.copy.clicked.connect(lambda: self._apply(lambda p, n: edits.copy_pcn_option(p, n)))
        self.rename.clicked.connect(self.rename_option)
        self.delete.clicked.connect(self.delete_option)
        self.description.textEdited.connect(
            lambda text: self._apply(lambda p, n: edits.set_pcn_option_description(p, n, text)))
        self.add_recruit.clicked.connect(lambda: self.start_change("recruit", None))
        self.add_redeploy.clicked.connect(lambda: self.start_change("redeploy", None))
        self.edit_change.clicked.connect(self._edit_current)
        self.changes.itemDoubleClicked.connect(lambda *_: self._edit_current())
        self.remove_change.clicked.connect(
            lambda: self._apply(lambda p, n: edits.remove_pcn_change(p, n, self.changes.currentRow())))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        for form in self.editor.forms.values():
            form.edited.connect(self.preview)
        self.editor.accept.clicked.connect(self.accept_change)
        self.editor.cancel.clicked.connect(self.close_editor)

    # --- what is shown -------------------------------------------------------------------------

    def current(self) -> PcnOption | None:
        item = self.options.currentItem()
        return self.document.pcn.option(item.text()) if item is not None else None

    def select(self, name: str) -> None:
        found = self.options.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.options.setCurrentItem(found[0])

    def refresh(self) -> None:
        pcn, chosen = self.document.pcn, self.options.currentItem()
        keep = chosen.text() if chosen else ""
        names = [o.name for o in pcn.options]
        if [self.options.item(i).text() for i in range(self.options.count())] != names:
            self.options.blockSignals(True)
            self.options.clear()
            self.options.addItems(names)
            self.options.blockSignals(False)
            if keep in names:
                self.select(keep)
            elif names:
                self.options.setCurrentRow(len(names) - 1 if len(names) > len(self._shown) else 0)
        self._shown = names
        self._show_option()

    def _chosen(self, *_: object) -> None:
        """An option chosen here is the one the window's figures show."""
        self.close_editor()
        self._show_option()
        option = self.current()
        if option is not None:
            self.previewed.emit(None, option.name)

    def _show_option(self) -> None:
        option = self.current()
        for w in (self.copy, self.rename, self.delete, self.details):
            w.setEnabled(option is not None)
        self.empty.setText("" if option else "No PCN option yet: press New… to make one.")
        if self.description.text() != (option.description if option else ""):
            self.description.setText(option.description if option else "")
        self._show_links(option)
        row = self.changes.currentRow()
        self.changes.clear()
        for i, c in enumerate(option.changes if option else (), start=1):
            self.changes.addItem(f"{i}. {describe_pcn_change(self.document.pcn, c)}")
        self.changes.setCurrentRow(min(row, self.changes.count() - 1))
        self.changes.setMaximumHeight(self.changes.sizeHintForRow(0) * 4 + 8 if self.changes.count() else 40)
        for w in (self.edit_change, self.remove_change, self.up, self.down):
            w.setEnabled(self.changes.count() > 0)

    def _show_links(self, option: PcnOption | None) -> None:
        pcn = self.document.pcn
        while self.links.rowCount():
            self.links.removeRow(0)
        for p in pcn.practices if option else ():
            box = combo()
            box.setAccessibleName(f"{p.name}'s own option")
            fill(box, [("None of its own options", ""), *((s.name, s.name) for s in p.plan.scenarios)],
                 option.practice_options.get(p.code, ""))  # type: ignore[union-attr]
            box.currentIndexChanged.connect(lambda _=0, b=box, c=p.code: self._apply(
                lambda pcn_, n: edits.link_practice_option(pcn_, n, c, str(b.currentData() or ""))))
            self.links.addRow(p.name, box)

    # --- options -------------------------------------------------------------------------------

    def _apply(self, make: object) -> bool:
        option = self.current()
        if option is None:
            return False
        try:
            edit = make(self.document.pcn, option.name)  # type: ignore[operator]
        except ValueError as e:
            self.refused.emit(str(e))
            return False
        self.document.apply(edit)
        return True

    def new_option(self) -> None:
        pcn = self.document.pcn
        name, ok = QInputDialog.getText(self, "New PCN option", "Name of the option:",
                                        text=edits.unused_option_name(pcn, "New option"))
        if not ok:
            return
        try:
            edit = edits.add_pcn_option(pcn, name)
        except ValueError as e:
            QMessageBox.warning(self, "No new option", str(e))
            return
        self.document.apply(edit)
        self.select(edit.after.options[-1].name)

    def rename_option(self) -> None:
        option = self.current()
        if option is None:
            return
        name, ok = QInputDialog.getText(self, "Rename PCN option", "New name:", text=option.name)
        if ok and self._apply(lambda p, n: edits.rename_pcn_option(p, n, name)):
            self.select(" ".join(name.split()))

    def delete_option(self) -> None:
        option = self.current()
        if option is not None and QMessageBox.question(
                self, "Delete PCN option", f"Delete {option.name} and its changes? (Undo brings it back.)") \
                == QMessageBox.StandardButton.Yes:
            self._apply(edits.delete_pcn_option)

    def _move(self, step: int) -> None:
        row = self.changes.currentRow()
        if self._apply(lambda p, n: edits.move_pcn_change(p, n, row, row + step)):
            self.changes.setCurrentRow(row + step)

    # --- the change form -----------------------------------------------------------------------

    def _edit_current(self) -> None:
        option, row = self.current(), self.changes.currentRow()
        if option is not None and 0 <= row < len(option.changes):
            self.start_change(option.changes[row].type, row)

    def start_change(self, kind: str, index: int | None) -> None:
        option = self.current()
        if option is None:
            return
        self.editor.start(self.document.pcn, option, kind, index)
        self.pages.setCurrentIndex(1)
        self.editor.forms[kind].setFocus()
        self.preview()

    def preview(self) -> None:
        """The option's figures as the form stands, or what is wrong with it, in words."""
        option = self.current()
        if option is None or self.editor.isHidden():
            return
        try:
            edit = self.editor.edit(self.document.pcn, option.name)
        except ValueError as e:
            self.editor.say(f"⚠ {e}", True)
            self.editor.accept.setEnabled(False)
            self.previewed.emit(None, option.name)
            return
        self.editor.accept.setEnabled(True)
        self.editor.say("", False)
        self.previewed.emit(edit.after, option.name)

    def say_breaks(self, words: list[str]) -> None:
        """The ARRS rules the previewed option breaks (from the engine), under the form."""
        if not self.editor.isHidden() and self.editor.accept.isEnabled():
            self.editor.say("\n".join(words) or "No ARRS rule Skillmix checks is broken.", bool(words))

    def accept_change(self) -> None:
        option = self.current()
        if option is None:
            return
        try:
            edit = self.editor.edit(self.document.pcn, option.name)
        except ValueError as e:
            self.editor.say(f"⚠ {e}", True)
            return
        self.close_editor()
        self.document.apply(edit)

    def close_editor(self) -> None:
        if not self.editor.isHidden():
            self.editor.hide()
            self.pages.setCurrentIndex(0)
            option = self.current()
            self.previewed.emit(None, option.name if option else "")
