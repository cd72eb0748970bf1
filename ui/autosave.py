"""Autosave: the unsaved plan is written every minute to SKILLMIX_HOME/autosave/, so a crash
loses at most the last minute of work; the next start offers to recover it.

Each running Skillmix holds an OS lock on its own autosave file (planner.store.PlanLock), so
another Skillmix started meanwhile never offers to "recover" work that is still open."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer

from ui.document import PlanDocument
from ui.settings import skillmix_home

if TYPE_CHECKING:
    from datetime import datetime

    from planner.store import PlanLock

INTERVAL_MS = 60_000


def autosave_dir() -> Path:
    folder = skillmix_home() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Recovery(NamedTuple):
    """Work autosaved by a Skillmix that did not close normally."""

    file: Path  # the autosaved plan
    original: Path | None  # the plan file it was opened from, None for a new plan
    title: str
    saved_at: datetime

    def discard(self) -> None:
        for path in (self.file, _info_path(self.file)):
            path.unlink(missing_ok=True)


def _info_path(plan_file: Path) -> Path:
    return plan_file.with_suffix(".json")


def _orphaned(plan_file: Path) -> bool:
    """True when no running Skillmix holds this autosave."""
    from planner.store import PlanInUse, PlanLock

    try:
        PlanLock(plan_file).acquire().release()
    except PlanInUse:
        return False
    return True


def recoverable() -> list[Recovery]:
    """Autosaves left by a Skillmix that crashed or was killed, newest first."""
    from datetime import datetime

    found = []
    for plan_file in autosave_dir().glob("*.skillmix"):
        info_file = _info_path(plan_file)
        if not info_file.is_file() or not _orphaned(plan_file):
            continue
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
            found.append(Recovery(plan_file, Path(info["original"]) if info["original"] else None,
                                  str(info["title"]), datetime.fromisoformat(info["saved_at"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the document's plan to its own autosave file every ``interval_ms`` while it has
    unsaved changes; removes the file once the changes are saved or deliberately dropped."""

    def __init__(self, document: PlanDocument, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.file = autosave_dir() / f"{os.getpid()}-{os.urandom(4).hex()}.skillmix"
        self._lock: PlanLock | None = None  # taken before the first write
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._timer.start()
        document.modifiedChanged.connect(self._on_modified_changed)

    def save_now(self) -> Path | None:
        """Autosave now if there is anything unsaved; the autosave file or None."""
        from datetime import datetime

        from planner.store import PlanFileError, PlanLock, save_plan

        if not self.document.modified:
            return None
        if self._lock is None:
            self._lock = PlanLock(self.file).acquire()
        doc = self.document
        info = {"original": str(doc.path) if doc.path else None, "title": doc.title,
                "saved_at": datetime.now().isoformat(timespec="seconds")}
        try:
            save_plan(doc.plan, self.file)
        except PlanFileError:
            return None  # an autosave that cannot be written must never interrupt the user
        _info_path(self.file).write_text(json.dumps(info), encoding="utf-8")
        return self.file

    def discard(self) -> None:
        """Forget the autosave (the work was saved, or the user chose not to keep it)."""
        _info_path(self.file).unlink(missing_ok=True)
        self.file.unlink(missing_ok=True)

    def stop(self) -> None:
        """Normal exit: the user has saved or discarded; nothing is left to recover."""
        self._timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()
