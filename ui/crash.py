"""The app's guard of last resort: an exception nothing else caught (in a slot, an event, a
worker thread) is written to a crash log in the Skillmix folder (planner.files.crash), the
open plan is autosaved, and a dialog says what happened and where the log is. The app keeps
running; if it closes later, the autosave is offered back at the next start.

Dialogs use the QMessageBox static function so tests can replace it."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.files.crash import crash_summary, write_crash_log

#: Dialogs shown in one session at most; after that errors are only logged (an error in a
#: paint event would otherwise open a dialog for every repaint).
MAX_DIALOGS = 3

Window = Callable[[], QWidget | None]


class CrashReporter(QObject):
    """Install with ``install()``; ``window()`` gives the main window (or None before it exists)."""

    crashed = Signal(str, str)  # what went wrong in a few words, the crash log's path ("" if none)

    def __init__(self, window: Window) -> None:
        super().__init__()
        self._window = window
        self._dialogs = 0
        self._showing = False
        self.logs: list[Path] = []
        # queued: the dialog opens on the GUI thread whichever thread failed
        self.crashed.connect(self._tell_user, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        log = write_crash_log(error, "skillmix (app) " + " ".join(sys.argv[1:]))
        if log is not None:
            self.logs.append(log)
        self.crashed.emit(crash_summary(error), str(log or ""))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _tell_user(self, summary: str, log: str) -> None:
        kept = _autosave(self._window())
        if self._showing or self._dialogs >= MAX_DIALOGS:
            return
        self._showing, self._dialogs = True, self._dialogs + 1
        try:
            QMessageBox.critical(self._window(), "Skillmix: something went wrong", dialog_text(summary, log, kept))
        finally:
            self._showing = False


def _autosave(window: QWidget | None) -> bool:
    """Autosave the open plan now (if it has unsaved changes); True when the work is kept."""
    files = getattr(window, "files", None)
    saver = getattr(files, "autosaver", None)
    if saver is None:
        return False
    try:
        saver.save_now()
    except Exception:  # noqa: BLE001 - the dialog must still be shown
        return False
    return True


def dialog_text(summary: str, log: str, kept: bool) -> str:
    """What the dialog says: what went wrong, that the work is kept, where the log is."""
    what = f"Something went wrong in Skillmix ({summary})"
    work = ("Your changes are kept: they were autosaved, and if Skillmix closes they will be "
            "offered back when it starts. Save your plan now to be sure.") if kept else \
        "Save your plan now if you can."
    where = (f"\n\nA report of what happened was saved as\n{log}\nSend it to whoever supports "
             "Skillmix for you; it stays on this computer otherwise.") if log else ""
    return f"{what}.\n\n{work}{where}"


def install_crash_reporter(window: Window) -> CrashReporter:
    """Install the guard for the running app (kept alive by the QApplication)."""
    return CrashReporter(window).install()
