"""The user's Skillmix folder: settings, autosaves and crash logs. Nothing here leaves the laptop.

It is SKILLMIX_HOME when set (the tests set it for each test), else the platform's place for
application data: %APPDATA%\\Skillmix on Windows, ~/Library/Application Support/Skillmix on
macOS, $XDG_CONFIG_HOME/skillmix (~/.config/skillmix) elsewhere."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOME_ENV = "SKILLMIX_HOME"


def home_folder() -> Path:
    """Where the Skillmix folder is, without creating it."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Skillmix"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Skillmix"
    return Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "skillmix"


def skillmix_home() -> Path:
    """The Skillmix folder (created on first use)."""
    home = home_folder()
    home.mkdir(parents=True, exist_ok=True)
    return home
