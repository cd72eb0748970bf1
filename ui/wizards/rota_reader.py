"""Read a rota in a worker thread behind a cancellable progress dialog (ui.wizards.background),
so the window keeps painting and responding however large the workbook is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.wizards.background import Job, Outcome, run_in_background


def rota_job(path: Path, vocabulary: Any, sheets: list[str], session_hours: float, options: Any = None) -> Job:
    """planner.rota.read_rota as a background job; the wizard asks for a missing job title itself
    (a role picker), so a missing one is not a problem here."""
    def job(progress: Any, cancelled: Any) -> Any:
        from planner.rota import read_rota

        def rows(done: float, expected: float = 0.0) -> None:
            progress(done / expected if expected else 0.0)

        return read_rota(path, vocabulary, sheets, session_hours, progress=rows, cancelled=cancelled,
                         require_titles=False, options=options)
    return job


def read_with_progress(parent: QWidget, path: Path, vocabulary: Any, sheets: list[str],
                       session_hours: float, options: Any = None) -> Outcome:
    """Read the rota in a worker thread; a progress dialog with Cancel shows if it takes more
    than a moment."""
    from planner.rota import RotaCancelled

    return run_in_background(parent, "Import rota", f"Reading {path.name}…",
                             rota_job(path, vocabulary, sheets, session_hours, options), (RotaCancelled,))
