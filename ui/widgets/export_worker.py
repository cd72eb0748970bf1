"""Run an export (PDF pack, Excel workbook) on a pool thread so the window never freezes.
The plan is an immutable value, so the thread can read it safely while the user goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal


class ExportSignals(QObject):
    finished = Signal(str)  # the file written
    failed = Signal(str)  # what went wrong, in words


class ExportJob(QRunnable):
    """Calls ``write(path)``; ``explain`` turns an exception into a sentence for the user."""

    def __init__(self, write: Callable[[Path], None], path: Path,
                 explain: Callable[[BaseException], str]) -> None:
        super().__init__()
        self.write, self.path, self.explain = write, path, explain
        self.signals = ExportSignals()
        self.setAutoDelete(False)  # the page holds the job until its signal has arrived

    def run(self) -> None:
        try:
            self.write(self.path)
        except Exception as e:  # every failure is reported in words, never a traceback
            self.signals.failed.emit(self.explain(e))
            return
        self.signals.finished.emit(str(self.path))
