"""Cited reference figures shipped with Skillmix, each with its source, year and confidence.

The figures live in ``resources/reference/figures.json`` at the top of the repository (or in the
folder named by the ``SKILLMIX_RESOURCES`` environment variable). Every default the planner uses
(assumptions, role pay and ARRS caps, activity volumes and minutes) is a figure here, so the
interface can show where each number comes from and mark the ones that are Skillmix estimates.
"""

from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.model import Assumptions


def bundled_resources_dir() -> Path:
    """The repository's ``resources/`` folder (not inside a package); in the bundled app
    (PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS``), the bundle's ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


#: The shipped ``resources/`` folder: the repository's, or the bundled app's.
RESOURCES_DIR: Path = bundled_resources_dir()

#: Environment variable naming another resources folder (tests, packaged builds).
RESOURCES_ENV = "SKILLMIX_RESOURCES"

#: Confidence levels of figures.md, plus ESTIMATE for Skillmix's own unsourced values.
CONFIDENCE_LEVELS: tuple[str, ...] = ("H", "M", "L", "DERIVED", "ESTIMATE")

CONFIDENCE_LABELS: dict[str, str] = {
    "H": "official or primary source",
    "M": "trade press or local NHS body",
    "L": "secondary source",
    "DERIVED": "arithmetic from cited figures",
    "ESTIMATE": "Skillmix estimate: check against your practice",
}

#: Each overridable assumption (except ``gp_role``) and the figure it defaults to.
ASSUMPTION_FIGURES: dict[str, str] = {
    "session_hours": "gp_session_hours",
    "wte_hours": "wte_hours",
    "employer_ni_rate": "employer_ni_rate",
    "employer_ni_threshold": "employer_ni_threshold",
    "employer_pension_rate": "employer_pension_rate_practice",
    "gp_appointment_minutes": "gp_appointment_minutes",
    "gp_hour_value": "gp_hour_value",
    # Extensions (docs/MODEL-EXTENSIONS.md)
    "pay_award_rate": "afc_pay_award_2025_26",
    "list_growth_rate": "list_growth_rate",
    "projection_years": "projection_years",
    "safe_contacts_per_gp_day": "safe_contacts_per_gp_day",
    "room_sessions_per_week": "room_sessions_per_week",
    "locum_share_of_shortfall": "locum_share_of_shortfall",
}

_FIELDS = ("id", "label", "value", "unit", "year", "source", "url", "confidence", "estimate")


class ReferenceDataError(ValueError):
    """A reference file is missing or malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Figure:
    """One shipped figure: its value and where it comes from."""

    id: str
    label: str
    value: float
    unit: str
    year: str
    source: str
    url: str
    confidence: str
    estimate: bool
    note: str = ""

    def citation(self) -> str:
        """One line for a tooltip or a printed assumptions table."""
        where = f", {self.url}" if self.url else ""
        return f"{self.source} ({self.year}{where}); confidence {self.confidence}"


def resources_dir() -> Path:
    """The resources folder in use: ``SKILLMIX_RESOURCES`` when set, else ``RESOURCES_DIR``."""
    override = os.environ.get(RESOURCES_ENV, "").strip()
    return Path(override) if override else RESOURCES_DIR


def read_json(relative: str, folder: Path | None = None) -> Any:
    """Parse a JSON file under ``folder`` (default: the resources folder in use), with a clear
    error if it is missing or broken."""
    path = (folder or resources_dir()) / relative
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ReferenceDataError(f"{path}: reference file not found") from e
    except json.JSONDecodeError as e:
        raise ReferenceDataError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})") from e


def _figure_from_dict(d: Any, where: str) -> Figure:
    if not isinstance(d, dict):
        raise ReferenceDataError(f"{where}: expected an object")
    missing = [k for k in _FIELDS if k not in d]
    if missing:
        raise ReferenceDataError(f"{where}: missing {', '.join(missing)}")
    value = d["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ReferenceDataError(f"{where} ({d['id']}): value {value!r} is not a number")
    if not isinstance(d["estimate"], bool):
        raise ReferenceDataError(f"{where} ({d['id']}): estimate must be true or false")
    return Figure(str(d["id"]), str(d["label"]), float(value), str(d["unit"]), str(d["year"]),
                  str(d["source"]), str(d["url"]), str(d["confidence"]), d["estimate"],
                  str(d.get("note") or ""))


@lru_cache(maxsize=8)
def _load_figures(folder: str) -> dict[str, Figure]:
    data = read_json("reference/figures.json", Path(folder))
    if not isinstance(data, dict) or not isinstance(data.get("figures"), list):
        raise ReferenceDataError(f"{folder}/reference/figures.json: expected an object with a 'figures' list")
    out: dict[str, Figure] = {}
    for i, entry in enumerate(data["figures"]):
        f = _figure_from_dict(entry, f"figures[{i}]")
        if f.id in out:
            raise ReferenceDataError(f"figures[{i}]: id '{f.id}' is used more than once")
        out[f.id] = f
    return out


def load_figures() -> dict[str, Figure]:
    """Every shipped figure by id (read once per resources folder, then cached)."""
    return _load_figures(str(resources_dir()))


def figure(figure_id: str) -> Figure:
    """The figure ``figure_id``; KeyError naming it when there is no such figure."""
    figures = load_figures()
    try:
        return figures[figure_id]
    except KeyError:
        raise KeyError(f"no reference figure '{figure_id}' in "
                       f"{resources_dir() / 'reference' / 'figures.json'}") from None


def value(figure_id: str) -> float:
    """Shorthand for ``figure(figure_id).value``."""
    return figure(figure_id).value


@lru_cache(maxsize=8)
def _gpad(folder: str) -> dict[str, Any]:
    data = read_json("reference/gpad_categories.json", Path(folder))
    if not isinstance(data, dict) or not isinstance(data.get("categories"), list):
        raise ReferenceDataError(f"{folder}/reference/gpad_categories.json: expected a 'categories' list")
    return data


def gpad_categories(include_extra: bool = False) -> list[str]:
    """The 16 GPAD national appointment categories; with ``include_extra`` also the two values
    the published data adds ('Inconsistent Mapping', 'Unmapped')."""
    data = _gpad(str(resources_dir()))
    names = [str(c) for c in data["categories"]]
    if include_extra:
        names += [str(c) for c in data.get("extra_values", [])]
    return names


def gpad_source() -> Figure:
    """Source of the GPAD category list, as a Figure (value is the number of categories)."""
    data = _gpad(str(resources_dir()))
    return Figure("gpad_categories", "GPAD national appointment categories", float(len(data["categories"])),
                  "categories", str(data.get("year", "")), str(data.get("source", "")),
                  str(data.get("url", "")), str(data.get("confidence", "")), False, str(data.get("note", "")))


def _assumption_value(key: str, figure_id: str) -> float | int:
    """The figure's value in the type of the Assumptions field (whole numbers stay int)."""
    v = value(figure_id)
    return int(v) if isinstance(getattr(Assumptions(), key), int) else v


def default_assumptions(gp_role: str = "GP") -> Assumptions:
    """Assumptions built from the shipped figures (MODEL.md defaults). Only fields the model
    has are set, so a field renamed in the model is caught by the tests, not here."""
    keys = set(Assumptions.keys())
    values: dict[str, Any] = {k: _assumption_value(k, fid) for k, fid in ASSUMPTION_FIGURES.items()
                              if k in keys}
    return Assumptions(gp_role=gp_role, **values)


def assumption_is_overridden(assumptions: Assumptions, key: str) -> bool:
    """True when ``assumptions.key`` differs from its figure by more than 1e-9 relative.
    KeyError for a key with no figure (such as ``gp_role``)."""
    if key not in ASSUMPTION_FIGURES:
        raise KeyError(f"assumption '{key}' has no reference figure")
    current = float(getattr(assumptions, key))
    return not math.isclose(current, value(ASSUMPTION_FIGURES[key]), rel_tol=1e-9, abs_tol=0.0)


def clear_cache() -> None:
    """Forget loaded files (after the resources folder or its files change)."""
    _load_figures.cache_clear()
    _gpad.cache_clear()
