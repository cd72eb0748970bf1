"""Database passwords: from the operating system's keyring when the ``keyring`` package and a
keyring are there, else from the connection file ``connections.json`` in the user's Skillmix folder,
which must be readable by its owner only (0600). A password is never put in a plan, a location
address, the recent-plans list or a message."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from planner.files.home import home_folder

SERVICE = "Skillmix"
CONNECTION_FILE = "connections.json"


class CredentialsError(Exception):
    """No usable password, or a connection file anyone else can read."""


def skillmix_folder() -> Path:
    """The user's Skillmix folder (``SKILLMIX_HOME`` when set): the same folder as the app's
    settings and crash logs (planner.files.home)."""
    return home_folder()


def account(user: str, host: str, port: int, database: str) -> str:
    """How a password is filed: ``user@host:port/database``."""
    return f"{user}@{host}:{port}/{database}"


def _from_keyring(name: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except (KeyringError, RuntimeError):
        return None


def connection_file() -> Path:
    return skillmix_folder() / CONNECTION_FILE


def _from_file(name: str) -> str | None:
    path = connection_file()
    if not path.is_file():
        return None
    if sys.platform != "win32" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise CredentialsError(f"{path} can be read by other users of this computer; Skillmix will not "
                               f"use it. Make it private (chmod 600 {path.name}) and try again.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CredentialsError(f"{path} is not a readable connection file ({type(e).__name__}).") from None
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def password(user: str, host: str, port: int, database: str) -> str | None:
    """The password for the account, or None (then the server's own rules apply, e.g. a local socket)."""
    name = account(user, host, port, database)
    return _from_keyring(name) or _from_file(name)


def remember_in_file(user: str, host: str, port: int, database: str, secret: str) -> Path:
    """Add the password to the connection file, created readable by its owner only (0600)."""
    path = connection_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {}
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
    data[account(user, host, port, database)] = secret
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
    os.chmod(path, 0o600)
    return path
