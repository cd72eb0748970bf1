"""Detect a plan already open in another Skillmix: an OS lock on ``PLAN.lock``.

The operating system drops the lock when the holder exits or crashes, so a stale lock
file never blocks anyone. The file also says who holds it, for the message.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from planner.files.errors import PlanInUse


def lock_path(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + ".lock")


def _try_lock(f: IO[bytes]) -> bool:
    f.seek(0)
    if sys.platform == "win32":
        import msvcrt
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine
        user = "someone"
    when = datetime.now().strftime("%d %b %Y %H:%M")
    return f"{user} on {socket.gethostname()} (process {os.getpid()}) since {when}"


class PlanLock:
    """Hold while a plan is open. ``PlanLock(path).acquire()`` raises PlanInUse."""

    def __init__(self, plan_path: Path) -> None:
        self.path = lock_path(Path(plan_path))
        self._file: IO[bytes] | None = None

    def acquire(self) -> PlanLock:
        f = open(self.path, "a+b")
        if not _try_lock(f):
            f.seek(1)
            who = f.read().decode("utf-8", "replace").strip() or "another Skillmix"
            f.close()
            raise PlanInUse(f"{self.path.with_suffix('').name} is already open in Skillmix "
                            f"({who}). Close it there first, or open a copy.")
        f.seek(1)
        f.truncate()
        f.write(_holder().encode("utf-8"))
        f.flush()
        self._file = f
        return self

    def release(self) -> None:
        if self._file is None:
            return
        self._file.close()
        self._file = None
        try:
            self.path.unlink()
        except OSError:
            pass

    def __enter__(self) -> PlanLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
