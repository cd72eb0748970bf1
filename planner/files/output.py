"""Write an output file whole or not at all: plan JSON, a workbook, the PDF pack, the audit
template, a new plan file.

Every output is first written to a part file beside its target (``.NAME.XXXXXXXX.skillmix-part``),
flushed to the disk, then moved over the target in one step (``os.replace``). A full disk, a
kill or a power cut leaves the earlier file whole and at most a part file, which the next
write into that folder removes once it is ``STALE_AFTER`` old. Part files are created like any
new file (the user's umask applies: 0644 on a usual Linux or macOS set-up).

Before anything is written the target is checked (``check_target``): it must not be a folder,
its folder must exist, an existing file is replaced only with ``force``, and a Skillmix plan is
never replaced by anything that is not a plan. Each refusal is an OutputError naming the
target and saying what to do.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

from planner.files.errors import OutputError

PART_SUFFIX = ".skillmix-part"
#: A part file older than this was left by a write that was killed: it is removed.
STALE_AFTER = 15 * 60  # seconds
SQLITE_HEADER = b"SQLite format 3\x00"
PART_NAME_KEPT = 100  # characters of the target's name in its part file's name


def is_database(path: Path) -> bool:
    """True when ``path`` is an SQLite database, as every Skillmix plan is (whatever its name)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_target(path: Path, *, force: bool, plan: bool = False) -> None:
    """OutputError unless ``path`` may be written: a file name in an existing folder, new or
    (with ``force``) replaceable; a plan is replaced only by a plan (``plan``)."""
    try:
        _check_target(Path(path), force, plan)
    except OSError as e:  # a name too long for the disk, a folder that cannot be read...
        raise OutputError(_failed(Path(path), e, False)) from e


def _check_target(path: Path, force: bool, plan: bool) -> None:
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give the name of a file to write in it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: no such folder as {folder}; create it or choose another folder")
    if not path.exists() and not path.is_symlink():
        return
    if is_database(path) != plan and (not plan or _size(path) > 0):
        if plan:
            raise OutputError(f"{path} is not a Skillmix plan, so a plan is never written over it; "
                              "choose another file name (plans end in .skillmix)")
        raise OutputError(f"{path} is a Skillmix plan (a database) and is never replaced by an export; "
                          "choose another file name")
    if not force:
        raise OutputError(f"{path} already exists; choose another name or pass --force to replace it")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_bytes(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` whole or not at all (see the module's description)."""

    def write(part: Path) -> None:
        with open(part, "wb") as f:
            f.write(data)

    write_with(path, write, force=force)


def write_with(path: Path, write: Callable[[Path], None], *, force: bool, plan: bool = False) -> None:
    """Call ``write(part)`` to make the file at a part path beside ``path``, then move it into
    place. OutputError for a refused target or a failed write (the message names ``path``,
    never the part file); any other exception from ``write`` passes through. Either way the
    part file is gone and ``path`` is as it was."""
    path = Path(path)
    check_target(path, force=force, plan=plan)
    remove_stale_parts(path.parent)
    existed = path.exists()
    part = _new_part(path)
    try:
        write(part)
        _flush_to_disk(part)
        check_target(path, force=force, plan=plan)  # nothing new appeared meanwhile
        os.replace(part, path)
    except OSError as e:
        raise OutputError(_failed(path, e, existed)) from e
    finally:
        _remove_part(part)
    _flush_folder(path.parent)


def _failed(path: Path, error: OSError, existed: bool) -> str:
    kept = "the earlier file is unchanged" if existed else "nothing was written"
    if error.errno == errno.ENAMETOOLONG:
        return f"could not write {path}: the name is too long for the disk; choose a shorter one"
    if isinstance(error, PermissionError):
        why = "it may be open in another program (close it and try again), or that folder cannot be written"
    else:
        why = error.strerror or str(error)
    return f"could not write {path}: {why}; {kept}"


def _new_part(path: Path) -> Path:
    """A new, empty part file beside ``path`` (created like any new file: umask applies)."""
    for _ in range(100):
        # the target's name, cut so the part's name is never longer than the target's could be
        part = path.with_name(f".{path.name[:PART_NAME_KEPT]}.{os.urandom(4).hex()}{PART_SUFFIX}")
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as e:
            raise OutputError(_failed(path, e, path.exists())) from e
        os.close(fd)
        return part
    raise OutputError(f"could not write {path}: no free name for a part file in {path.parent}")


def _flush_to_disk(part: Path) -> None:
    fd = os.open(part, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no handle on a folder)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_part(part: Path) -> None:
    for leftover in (part, part.with_name(part.name + "-journal")):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # still open elsewhere (Windows): removed by a later write once stale


def remove_stale_parts(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the part files in ``folder`` that writes killed earlier left behind (older than
    ``STALE_AFTER``); the paths removed. A part file still being written is younger."""
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = list(Path(folder).glob(f".*{PART_SUFFIX}*"))
    except OSError:
        return []
    for part in candidates:
        try:
            if now - part.stat().st_mtime > STALE_AFTER and part.is_file():
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed
