"""Opening a plan file with sqlite3 by a URI in which every character of the path is escaped.

A path is never pasted into a URI as it is: in "Practice #2.skillmix" the '#' would end the
path ("Practice "), in "a?b.skillmix" the '?' would start the options, and a stray file of the
cut name would be created, or another practice's plan read. Every character that means
something in a URI (# ? % and space among them) is percent-encoded."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def sqlite_uri(path: Path, mode: str) -> str:
    """'file:' URI of ``path`` (made absolute) with ``mode`` ro, rw or rwc.

    POSIX '/a/b' -> file:///a/b; Windows 'C:\\a' -> file:///C:/a; a UNC path
    '\\\\server\\share\\a' -> file:////server/share/a (an empty authority, as SQLite requires)."""
    text = Path(os.path.abspath(path)).as_posix()
    if not text.startswith("/"):
        text = "/" + text  # a Windows drive: /C:/a
    return f"file://{quote(text, safe='/:')}?mode={mode}"


def connect(path: Path, mode: str = "rw") -> sqlite3.Connection:
    """An sqlite3 connection to the plan file ``path`` (``mode`` rw never creates a file)."""
    return sqlite3.connect(sqlite_uri(path, mode), uri=True)
