"""User settings (recent plans, last plan, window layout) as JSON under the Skillmix home.

The home (planner.files.home) is SKILLMIX_HOME when set (tests set it per test), else the
platform's place for application data. Nothing here ever leaves the laptop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.files.home import skillmix_home

MAX_RECENT = 8

__all__ = ["MAX_RECENT", "Settings", "skillmix_home"]


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
        """Recent plan files that still exist, newest first."""
        return [Path(p) for p in self.get("recent_plans", []) if Path(p).is_file()]

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
