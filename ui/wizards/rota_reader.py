"""Read a rota in a worker thread behind a cancellable progress dialog, so the window keeps
painting and responding however large the workbook is."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


@dataclass(frozen=True)
class ReadOutcome:
    """What a read gave: a RotaImport, or the reason it failed, or that it was cancelled."""

    result: Any = None
    error: str = ""
    cancelled: bool = False


class RotaReadJob(QObject):
    """Runs planner.rota.read_rota; lives in a worker thread, talks only through signals."""

    progressed = Signal(int)  # percent done
    finished = Signal(object)  # ReadOutcome

    def __init__(self, path: Path, vocabulary: Any, sheets: list[str], session_hours: float,
                 options: Any = None) -> None:
        super().__init__()
        self.path, self.vocabulary, self.sheets = path, vocabulary, sheets
        self.session_hours, self.options = session_hours, options
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, *values: float) -> None:
        if len(values) >= 2 and values[1]:
            percent = 100 * values[0] / values[1]
        elif values:
            percent = values[0] * 100 if values[0] <= 1 else values[0]
        else:
            return
        self.progressed.emit(int(max(0, min(100, percent))))

    def run(self) -> None:
        from planner.rota import RotaCancelled, read_rota

        try:
            # the wizard asks for a missing job title itself (a role picker), so it is not a problem
            result = read_rota(self.path, self.vocabulary, self.sheets, self.session_hours,
                               progress=self._progress, cancelled=self._stop.is_set, require_titles=False,
                               options=self.options)
        except RotaCancelled:
            self.finished.emit(ReadOutcome(cancelled=True))
        except (ValueError, OSError) as e:
            self.finished.emit(ReadOutcome(error=str(e)))
        else:
            self.finished.emit(ReadOutcome(result=result))


def read_with_progress(parent: QWidget, path: Path, vocabulary: Any, sheets: list[str],
                       session_hours: float, options: Any = None) -> ReadOutcome:
    """Read the rota in a worker thread; a progress dialog with Cancel shows if it takes more
    than a moment. Events keep flowing meanwhile (a local event loop waits for the worker)."""
    job = RotaReadJob(path, vocabulary, sheets, session_hours, options)
    thread = QThread(parent)
    job.moveToThread(thread)
    dialog = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 100, parent)
    dialog.setWindowTitle("Import rota")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(job.cancel)
    job.progressed.connect(dialog.setValue)
    waiter = _Waiter()
    job.finished.connect(waiter.done)  # queued: delivered in this (the GUI) thread
    thread.started.connect(job.run)
    thread.start()
    waiter.loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return waiter.outcome or ReadOutcome(cancelled=True)


class _Waiter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.outcome: ReadOutcome | None = None

    def done(self, outcome: ReadOutcome) -> None:
        self.outcome = outcome
        self.loop.quit()
