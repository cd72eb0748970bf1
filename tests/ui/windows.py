"""Helpers for the shell's UI tests: a saved two-role plan and windows that close quietly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.model import Plan
from planner.store import save_plan
from tests.planner.builders import two_role_plan
from ui.app import build_window
from ui.main_window import MainWindow


def saved_plan(folder: Path, plan: Plan | None = None, name: str = "Test Practice") -> Path:
    path = folder / f"{name}.skillmix"
    save_plan(plan or two_role_plan(), path)
    return path


class Answers:
    """Stands in for QMessageBox.question: records each question and gives set answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        self.asked.append(text)
        if not self.answers:
            raise AssertionError(f"unexpected question: {text}")
        return self.answers.pop(0)


def open_window(qtbot, path: Path | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_window(path)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    # the offscreen screen is small (800x800), so the window opens maximised: tests size it
    window.setWindowState(Qt.WindowState.WindowNoState)
    return window


def _forget_changes(window: MainWindow) -> None:
    """At the end of a test the window closes without asking about unsaved changes."""
    window.document.undo_stack.setClean()
    window.document._unsaved_recovery = False


def model_column(model, key: str) -> int:  # type: ignore[no-untyped-def]
    return model.column_keys().index(key)


def cell(model, row: int, key: str) -> str:  # type: ignore[no-untyped-def]
    return model.index(row, model_column(model, key)).data()


def set_cell(model, row: int, key: str, value: object) -> bool:  # type: ignore[no-untyped-def]
    return model.setData(model.index(row, model_column(model, key)), value)


def role_row(model, title: str) -> int:  # type: ignore[no-untyped-def]
    return [cell(model, r, "role") for r in range(model.rowCount())].index(title)
