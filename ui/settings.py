"""User settings (recent plans, last plan, window layout) as JSON under the Skillmix home.

The home (planner.files.home) is SKILLMIX_HOME when set (tests set it per test), else the
platform's place for application data. Nothing here ever leaves the laptop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.files.home import skillmix_home

MAX_RECENT = 8
DATABASE_SCHEMES = ("postgresql://", "postgres://")
PCN_SUFFIX = ".skillmix-pcn"


def is_pcn_place(place: str) -> bool:
    """A PCN plan's file or database address (else a practice plan's file)."""
    return place.startswith(DATABASE_SCHEMES) or place.lower().endswith(PCN_SUFFIX)

__all__ = ["DATABASE_SCHEMES", "MAX_RECENT", "PCN_SUFFIX", "Settings", "is_pcn_place", "skillmix_home"]


class Settings:
    """A small JSON dictionary saved after every change. A damaged file is set aside."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or skillmix_home() / "settings.json"
        self._data: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            self.path.replace(self.path.with_suffix(".damaged.json"))
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, indent=2), encoding="utf-8")
        tmp.replace(self.path)

    # --- recent plans ----------------------------------------------------------------------

    def recent_plans(self) -> list[Path]:
        """Recent practice plan files that still exist, newest first."""
        return [Path(p) for p in self.recent_places() if not is_pcn_place(p)]

    def recent_places(self) -> list[str]:
        """Recent practice plans and PCN plans (files that still exist, database addresses), newest first."""
        return [p for p in self.get("recent_plans", []) if isinstance(p, str) and
                (p.startswith(DATABASE_SCHEMES) or Path(p).is_file())]

    def add_recent_pcn(self, location: str) -> None:
        """A PCN plan opened: its file's path or its database address (never a password)."""
        recent = [p for p in self.get("recent_plans", []) if p != location]
        self.set("recent_plans", [location, *recent][:MAX_RECENT])

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.get("recent_plans", []) if p != text]
        self.set("recent_plans", [text, *recent][:MAX_RECENT])
        self.set("last_plan", text)

    def clear_recent(self) -> None:
        self.set("recent_plans", [])

    def last_plan(self) -> Path | None:
        last = self.get("last_plan")
        return Path(last) if last and Path(last).is_file() else None
