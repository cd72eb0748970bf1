"""Default catalogues: the roles a practice may employ and the work it does.

``resources/catalogue/roles.json`` and ``activities.json`` hold figure ids rather than numbers,
so every default can be traced to its source through ``planner.reference``. Splits are plain
shares with one ``split_source`` figure (a Skillmix estimate) describing them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.model import Activity, Hire, Plan, Role
from planner.reference import (
    Default,
    Edition,
    Figure,
    ReferenceDataError,
    current_edition,
    figure,
    hcas_supplement,
    load_edition,
    plan_edition,
    plan_hcas_zone,
    read_json,
    resources_dir,
)

ROLE_FIGURE_FIELDS: tuple[str, ...] = (
    "annual_salary", "leave_fraction", "arrs_cap", "supervision_gp_hours_per_wte_week",
)


@dataclass(frozen=True)
class RoleEntry:
    """A catalogue role: its fields as figure ids (``arrs_cap`` None when not an ARRS role)."""

    code: str
    title: str
    staff_group: str
    afc_band: str | None
    annual_salary: str
    leave_fraction: str
    arrs_cap: str | None
    supervision_gp_hours_per_wte_week: str
    note: str = ""

    def figure_ids(self) -> dict[str, str]:
        """Field name -> figure id, for the fields that have one."""
        ids = {name: getattr(self, name) for name in ROLE_FIGURE_FIELDS}
        return {name: fid for name, fid in ids.items() if fid is not None}


@dataclass(frozen=True)
class ActivityEntry:
    """A catalogue activity: volume and minutes as figure ids, split as shares."""

    code: str
    name: str
    category: str
    gpad_category: str | None
    volume_per_1000_patients_per_week: str
    minutes: dict[str, str]
    split: dict[str, float]
    split_source: str

    def figure_ids(self) -> dict[str, str]:
        """Source key -> figure id: 'volume_per_week', 'minutes[ROLE]' for each role, 'split'."""
        ids = {"volume_per_week": self.volume_per_1000_patients_per_week}
        ids.update({f"minutes[{role}]": fid for role, fid in self.minutes.items()})
        ids["split"] = self.split_source
        return ids


# ---------------------------------------------------------------- reading the files

def _entries(relative: str, key: str, folder: str) -> list[dict[str, Any]]:
    data = read_json(relative, Path(folder))
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        raise ReferenceDataError(f"{folder}/{relative}: expected an object with a '{key}' list of objects")
    return items


def _role_entry(d: dict[str, Any], where: str) -> RoleEntry:
    try:
        return RoleEntry(str(d["code"]), str(d["title"]), str(d["staff_group"]), d.get("afc_band"),
                         str(d["annual_salary"]), str(d["leave_fraction"]), d.get("arrs_cap"),
                         str(d["supervision_gp_hours_per_wte_week"]), str(d.get("note") or ""))
    except KeyError as e:
        raise ReferenceDataError(f"{where}: '{e.args[0]}' is missing") from None


def _activity_entry(d: dict[str, Any], where: str) -> ActivityEntry:
    try:
        return ActivityEntry(str(d["code"]), str(d["name"]), str(d["category"]), d.get("gpad_category"),
                             str(d["volume_per_1000_patients_per_week"]),
                             {str(r): str(f) for r, f in d["minutes"].items()},
                             {str(r): float(s) for r, s in d["split"].items()}, str(d["split_source"]))
    except KeyError as e:
        raise ReferenceDataError(f"{where}: '{e.args[0]}' is missing") from None


@lru_cache(maxsize=8)
def _role_entries(folder: str) -> tuple[RoleEntry, ...]:
    items = _entries("catalogue/roles.json", "roles", folder)
    return tuple(_role_entry(d, f"roles[{i}]") for i, d in enumerate(items))


@lru_cache(maxsize=8)
def _activity_entries(folder: str) -> tuple[ActivityEntry, ...]:
    items = _entries("catalogue/activities.json", "activities", folder)
    return tuple(_activity_entry(d, f"activities[{i}]") for i, d in enumerate(items))


def role_entries() -> tuple[RoleEntry, ...]:
    """Every catalogue role, in file order."""
    return _role_entries(str(resources_dir()))


def activity_entries() -> tuple[ActivityEntry, ...]:
    """Every catalogue activity, in file order."""
    return _activity_entries(str(resources_dir()))


def role_entry(code: str) -> RoleEntry:
    for entry in role_entries():
        if entry.code == code:
            return entry
    raise KeyError(f"no role '{code}' in the default catalogue")


def activity_entry(code: str) -> ActivityEntry:
    for entry in activity_entries():
        if entry.code == code:
            return entry
    raise KeyError(f"no activity '{code}' in the default catalogue")


def clear_cache() -> None:
    """Forget loaded catalogue files."""
    _role_entries.cache_clear()
    _activity_entries.cache_clear()


# ---------------------------------------------------------------- domain values

def make_role(entry: RoleEntry, edition: str | None = None, hcas_zone: str = "") -> Role:
    """The Role with every field taken from its figure in ``edition`` (default: today's); in a
    London weighting zone, Agenda for Change salaries include the HCAS and ARRS caps are the
    London amounts where the edition has them (docs/MODEL-EXTENSIONS.md, E8)."""
    if edition is None:
        edition = current_edition()
    d = role_defaults_in(entry.code, edition, hcas_zone) if _in_catalogue(entry) else None
    if d is not None:
        salary, leave = d["annual_salary"].value, d["leave_fraction"].value
        cap = d["arrs_cap"].value if "arrs_cap" in d else None
    else:
        salary, leave = figure(entry.annual_salary, edition).value, figure(entry.leave_fraction, edition).value
        cap = None if entry.arrs_cap is None else figure(entry.arrs_cap, edition).value
    return Role(entry.code, entry.title, entry.staff_group, salary, leave, cap,
                figure(entry.supervision_gp_hours_per_wte_week, edition).value)


def _in_catalogue(entry: RoleEntry) -> bool:
    return any(e == entry for e in role_entries())


def make_activity(entry: ActivityEntry, list_size: int) -> Activity:
    """The Activity for a practice of ``list_size``: volume = per-1,000 figure x list_size / 1,000."""
    per_1000 = figure(entry.volume_per_1000_patients_per_week).value
    minutes = {role: figure(fid).value for role, fid in entry.minutes.items()}
    return Activity(entry.code, entry.name, entry.category, per_1000 * list_size / 1000, minutes,
                    dict(entry.split))


def default_roles(edition: str | None = None, hcas_zone: str = "") -> tuple[Role, ...]:
    """Every catalogue role with its cited (or estimated) defaults in ``edition`` (default:
    today's) and London weighting zone."""
    return tuple(make_role(e, edition, hcas_zone) for e in role_entries())


def default_activities(list_size: int) -> tuple[Activity, ...]:
    """Every catalogue activity scaled to ``list_size`` registered patients."""
    return tuple(make_activity(e, list_size) for e in activity_entries())


def role_defaults(code: str, edition: str | None = None) -> dict[str, Figure]:
    """Field name -> Figure for role ``code`` in ``edition`` (default: today's; ``arrs_cap``
    absent when not an ARRS role), so the interface can show the source and year of each default."""
    return {name: figure(fid, edition) for name, fid in role_entry(code).figure_ids().items()}


def activity_sources(code: str) -> dict[str, Figure]:
    """Source key -> Figure for activity ``code``: 'volume_per_week' (the per-1,000 figure),
    'minutes[ROLE]' for each role able to do it, and 'split'."""
    return {key: figure(fid) for key, fid in activity_entry(code).figure_ids().items()}


# ---------------------------------------------------------------- defaults in an edition and HCAS zone

def _cap_id(cap_id: str, zone: str, e: Edition) -> str:
    """The London ARRS maximum's id where the edition has one for ``zone``, else ``cap_id``."""
    london = f"{cap_id}_{zone}_london"
    return london if zone in ("outer", "inner") and london in e.figures else cap_id




def _figure(e: Edition, figure_id: str) -> Figure:
    if figure_id in e.figures:
        return e.figures[figure_id]
    return figure(figure_id, e.name)




def role_defaults_in(code: str, edition: str, zone: str = "") -> dict[str, Default]:
    """Field -> Default of catalogue role ``code`` in ``edition`` and HCAS ``zone``: salary
    (plus HCAS for Agenda for Change roles), leave, and ARRS cap (the London amount where the
    edition has one). KeyError when the role is not in the catalogue."""
    entry = role_entry(code)
    e = load_edition(edition)
    salary = _figure(e, entry.annual_salary)
    hcas = hcas_supplement(salary.value, zone, edition) if entry.afc_band else 0.0
    also = tuple(v + hcas for v in e.shipped_before.get(entry.annual_salary, ()))
    out = {"annual_salary": Default(salary.value + hcas, salary, also),
           "leave_fraction": Default(_figure(e, entry.leave_fraction).value, _figure(e, entry.leave_fraction),
                                     e.shipped_before.get(entry.leave_fraction, ()))}
    if entry.arrs_cap is not None:
        cid = _cap_id(entry.arrs_cap, zone, e)
        cap = _figure(e, cid)
        out["arrs_cap"] = Default(cap.value, cap, e.shipped_before.get(cid, ()))
    return out




def estimated_caps(plan: Plan, hires: Iterable[object]) -> list[str]:
    """Titles of the roles of ARRS-funded ``hires`` whose ARRS maximum is still the default and
    that default is a Skillmix estimate (no published amount), so what prints them can say so."""
    catalogue = {e.code for e in role_entries()}
    out: list[str] = []
    for h in hires:
        if not isinstance(h, Hire) or not h.arrs_funded:
            continue
        role = plan.role(h.role)
        if role is None or role.code not in catalogue:
            continue
        try:
            cap = role_defaults_in(role.code, plan_edition(plan), plan_hcas_zone(plan)).get("arrs_cap")
        except (KeyError, ReferenceDataError):
            continue
        if cap is not None and cap.figure.estimate and cap.matches(role.arrs_cap) and role.title not in out:
            out.append(role.title)
    return out
