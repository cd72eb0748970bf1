"""Help, offline: a quick guide from the sample to the partners' pack, and the glossary of
every figure (planner.present.glossary, read from the one table of figures)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from planner.present.glossary import glossary_html
from ui.actions import ACTIONS


def shortcut(action_id: str) -> str:
    """The key of an action, as the menus show it ("Ctrl+P"), from ui.actions."""
    from PySide6.QtGui import QKeySequence

    spec = next(a for a in ACTIONS if a.id == action_id)
    if spec.shortcut is None:
        return ""
    keys = QKeySequence.keyBindings(spec.shortcut) if isinstance(spec.shortcut, QKeySequence.StandardKey) \
        else [QKeySequence(spec.shortcut)]
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


def guide_html() -> str:
    steps = [
        ("Look around the sample", "Skillmix opens on Riverside, a made-up practice of 10,400 patients with three "
         "worked options. Click through the pages on the left; nothing you change is saved unless you save it."),
        ("Start your practice", f"Press <b>Start your practice</b> on the sample's banner, or File ▸ New plan "
         f"({shortcut('new')}): your practice's name, registered patients and consulting rooms."),
        ("Your team", f"Import your rota workbook (File ▸ Import rota, {shortcut('import_rota')}), or type "
         "each person's name, role and hours on the Team page. The Team page then shows each person's sessions "
         "and who covers each day."),
        ("Your workload", "The Workload page starts from national figures scaled to your list size. Change "
         "volumes and minutes where you know better, or import your own appointment data."),
        ("Options", f"On the Scenarios page make a scenario ({shortcut('new_scenario')}) and add changes "
         f"({shortcut('add_change')}): move work to another role, avoid work, change how long it takes, hire. "
         "The results follow as you type; <b>Show the working</b> shows every figure's sums."),
        ("Compare", "The Compare page puts every option beside doing nothing, ticks the best on each row and "
         "says in one sentence which option clears the GP shortfall."),
        ("The partners' pack", f"On the Report page, preview the pack, choose the short pack (about four pages) "
         f"or the full one, and export it as a PDF ({shortcut('export_pack')}) or the workbook as Excel "
         f"({shortcut('export_workbook')})."),
    ]
    items = "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in steps)
    return (f"<h2>Quick guide</h2><ol>{items}</ol><p>Every change can be undone ({shortcut('undo')}) and "
            f"redone ({shortcut('redo')} or Ctrl+Y). Help ▸ Glossary of figures says what each figure means "
            "and how it is worked out. Skillmix works offline: nothing leaves this computer.</p>")


class HelpDialog(QDialog):
    """Rich text in a window sized to the screen; with ``search``, a box that filters it."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None, search: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(title)
        self.text.setHtml(html)
        layout = QVBoxLayout(self)
        if search:
            self.search = QLineEdit()
            self.search.setPlaceholderText("Find a figure: type a word (cost, supervision, locum…)")
            self.search.setAccessibleName("Find a figure")
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(lambda words: self.text.setHtml(glossary_html(words)))
            layout.addWidget(self.search)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = 720, 620
        if room is not None:
            width, height = min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.85))
        self.resize(width, height)


def show_quick_guide(parent: QWidget) -> HelpDialog:
    dialog = HelpDialog("Quick guide", guide_html(), parent)
    dialog.open()
    return dialog


def show_glossary(parent: QWidget) -> HelpDialog:
    dialog = HelpDialog("Glossary of figures", glossary_html(), parent, search=True)
    dialog.open()
    return dialog
