"""Run a long planner read in a worker thread behind a cancellable progress dialog, so the
window keeps painting however large the file (a GPAD regional file is a million rows)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

#: job(progress(fraction 0..1), cancelled() -> bool) -> result; raises to fail
Job = Callable[[Callable[[float], None], Callable[[], bool]], Any]


@dataclass(frozen=True)
class Outcome:
    result: Any = None
    error: str = ""
    cancelled: bool = False


class _Worker(QObject):
    progressed = Signal(int)
    finished = Signal(object)

    def __init__(self, job: Job, cancelled_types: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.job, self.cancelled_types = job, cancelled_types
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self.job(lambda f: self.progressed.emit(int(max(0.0, min(1.0, f)) * 100)),
                              self._stop.is_set)
        except self.cancelled_types:
            self.finished.emit(Outcome(cancelled=True))
        except (ValueError, OSError) as e:
            self.finished.emit(Outcome(error=str(e)))
        else:
            self.finished.emit(Outcome(result=result))


def run_in_background(parent: QWidget, title: str, text: str, job: Job,
                      cancelled_types: tuple[type[BaseException], ...] = ()) -> Outcome:
    """Run ``job`` in a worker thread; a progress dialog with Cancel shows after a moment.
    Events keep flowing meanwhile (a local event loop waits for the worker)."""
    worker = _Worker(job, cancelled_types)
    thread = QThread(parent)
    worker.moveToThread(thread)
    dialog = QProgressDialog(text, "Cancel", 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(worker.cancel)
    worker.progressed.connect(dialog.setValue)
    waiter = _Waiter()
    worker.finished.connect(waiter.done)  # queued: delivered in this (the GUI) thread
    thread.started.connect(worker.run)
    thread.start()
    waiter.loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return waiter.outcome or Outcome(cancelled=True)


class _Waiter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.outcome: Outcome | None = None

    def done(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.loop.quit()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or less on a small screen (a 1366x768 laptop at 150% has room for
    about 910 x 510), so the wizard's buttons stay on the screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, int(room.width() * 0.96)), min(height, int(room.height() * 0.92))
    widget.resize(width, height)
