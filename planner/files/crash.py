"""Crash logs: when something unexpected goes wrong, what happened is written to a file in the
user's Skillmix folder (``crash-logs/``) and the user is shown one line with its path, never a
traceback. The log stays on the laptop; the user can send it to whoever supports Skillmix."""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from planner import __version__
from planner.files.home import skillmix_home

FOLDER = "crash-logs"
#: Logs kept: the oldest beyond this are removed when a new one is written.
KEEP = 50


def crash_text(error: BaseException, command: str, when: datetime) -> str:
    """The log of ``error``: time, Skillmix and Python versions, the command, the traceback."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return (f"Skillmix {__version__} crash log\n"
            f"time: {when.isoformat(timespec='seconds')}\n"
            f"python: {platform.python_version()} on {platform.platform()}\n"
            f"command: {command}\n\n{trace}")


def write_crash_log(error: BaseException, command: str = "") -> Path | None:
    """Write the log of ``error`` to the crash-logs folder; its path, or None when it cannot be
    written (a crash log must never raise)."""
    when = datetime.now()
    try:
        folder = skillmix_home() / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        text = crash_text(error, command or " ".join(sys.argv), when)
        path = _new_log(folder, f"crash-{when:%Y%m%d-%H%M%S-%f}-{os.getpid()}")
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
        _keep_newest(folder)
        return path
    except Exception:  # noqa: BLE001 - the log is a courtesy; the user still gets the message
        return None


def _new_log(folder: Path, stem: str) -> Path:
    """A new, empty log file named ``stem`` (numbered when two errors share the microsecond)."""
    for n in range(1000):
        path = folder / (f"{stem}.txt" if n == 0 else f"{stem}-{n}.txt")
        try:
            path.open("x").close()
        except FileExistsError:
            continue
        return path
    raise FileExistsError(folder / stem)


def _keep_newest(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.txt"), key=lambda p: p.name)
    for old in logs[:-KEEP]:
        old.unlink(missing_ok=True)


def crash_summary(error: BaseException) -> str:
    """The error in a few words: its kind and the first line of its message."""
    lines = str(error).strip().splitlines()
    what = lines[0][:200] if lines else ""
    return f"{type(error).__name__}: {what}" if what else type(error).__name__


def crash_message(error: BaseException, log: Path | None) -> str:
    """One line for the user: what went wrong, in short, and where the details are."""
    where = f"details in {log}" if log else "no crash log could be written"
    return f"something went wrong ({crash_summary(error)}); {where}"
