"""Safe working and rooms beside a scenario's results (docs/MODEL-EXTENSIONS.md E3/E4): GP
patient contacts a day before and after against the BMA safe limit, and consulting-room
sessions needed against those the rooms give. The figures are planner.engine.safety_check's;
this widget only words them, in red when the limit is passed or the rooms are short."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from planner.engine import SafetyCheck, ScenarioResult
from planner.engine.safety import option_safety
from planner.model import Plan
from ui.theme import ACCENT, MUTED, WARNING

CONTACTS_TIP = ("GP appointments, triage and visits a week, divided by GP days a week (GP hours "
                "available / two sessions a day). The BMA's safe working guidance is no more "
                "than 25 patient contacts a GP day; change the limit on the Practice page.")
ROOMS_TIP = ("Hours of appointments and triage a week, of every role, in sessions; against the "
             "consulting rooms (Practice page) times the sessions a room is used a week.")


def contacts_words(before: SafetyCheck, after: SafetyCheck) -> tuple[str, str]:
    """(sentence, colour) on GP contacts a day after the changes."""
    limit, now, then = after.safe_contacts_per_day, before.gp_contacts_per_day, after.gp_contacts_per_day
    if then is None:
        return "The plan has no GP time, so GP contacts a day cannot be worked out.", MUTED
    if after.gp_contacts_unsafe:
        return (f"GPs would see {then:.1f} patients a day; BMA safe working says no more than "
                f"{limit:g}.", WARNING)
    if before.gp_contacts_unsafe and now is not None:
        return (f"These changes bring GPs within the BMA safe limit of {limit:g} patients a day "
                f"(now {now:.1f}).", ACCENT)
    return f"Within the BMA safe working limit of {limit:g} patients a GP day.", MUTED


def rooms_words(plan: Plan, after: SafetyCheck) -> tuple[str, str]:
    """(sentence, colour) on consulting-room space after the changes."""
    if after.room_sessions_available is None:
        return ("Consulting rooms are not recorded (Practice page), so room space is not "
                "checked."), MUTED
    rooms = plan.practice.consulting_rooms
    if after.rooms_short > 0:
        return (f"Not enough rooms: {after.room_sessions_needed:.1f} sessions a week are needed "
                f"and {rooms} consulting room{'s' if rooms != 1 else ''} give "
                f"{after.room_sessions_available:g}."), WARNING
    return "", MUTED


def _contacts(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


class SafeWorking(QObject):
    """Two figure rows (contacts a day, room sessions a week) placed in the results grid, and
    a label of sentences explaining them for the panel to place."""

    def __init__(self, grid: QGridLayout, first_row: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contacts = self._row(grid, first_row, "GP patient contacts a day, now → after",
                                  CONTACTS_TIP)
        self.rooms = self._row(grid, first_row + 1, "Room sessions a week, needed / available",
                               ROOMS_TIP)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)

    def _row(self, grid: QGridLayout, row: int, text: str, tip: str) -> QLabel:
        name = QLabel(text)
        name.setToolTip(tip)
        value = QLabel("–")
        value.setToolTip(tip)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
        return value

    def show_result(self, plan: Plan, result: ScenarioResult) -> None:
        before, after = option_safety(plan, result)
        self.contacts.setText(f"{_contacts(before.gp_contacts_per_day)} → "
                              f"{_contacts(after.gp_contacts_per_day)}")
        _colour(self.contacts, WARNING if after.gp_contacts_unsafe else "")
        if after.room_sessions_available is None:
            self.rooms.setText(f"{after.room_sessions_needed:.1f} / not recorded")
        else:
            self.rooms.setText(f"{after.room_sessions_needed:.1f} / {after.room_sessions_available:g}")
        _colour(self.rooms, WARNING if after.rooms_short > 0 else "")
        lines = [contacts_words(before, after), rooms_words(plan, after)]
        self.sentences.setText("<br>".join(f'<span style="color:{colour}">{text}</span>'
                                           for text, colour in lines if text))

    def clear_result(self) -> None:
        for value in (self.contacts, self.rooms):
            value.setText("–")
            _colour(value, "")
        self.sentences.clear()

    def text(self) -> str:
        """Everything shown, as plain text (for tests and copying)."""
        return " ".join((self.contacts.text(), self.rooms.text(), _plain(self.sentences.text())))


def _colour(label: QLabel, colour: str) -> None:
    if label.property("colour") != colour:  # a style sheet is costly to set on every keystroke
        label.setProperty("colour", colour)
        label.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")


def _plain(rich: str) -> str:
    return re.sub(r"<[^>]+>", " ", rich).replace("  ", " ").strip()
