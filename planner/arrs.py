"""The PCN's ARRS figures and rules by contract year (``resources/reference/pcn_arrs.json``): the
ARRS sum per weighted patient (cited, estimates marked), the contract year's dates, limits on how
many people of a role a PCN may claim for, and the roles the 12-month rule covers.

Kept beside the editions of ``planner.reference`` (which hold pay and ARRS maximums per WTE); the
figures here are the network's, not a practice's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.reference import Figure, ReferenceDataError, _figure_from_dict, read_json, resources_dir


@dataclass(frozen=True)
class RoleLimit:
    """An ARRS limit on how many people of a role a PCN may claim for."""

    role: str
    title: str
    max_people: int
    max_people_large_pcn: int
    large_pcn_list_size: int
    source: str
    url: str

    def limit(self, pcn_list_size: int) -> int:
        return self.max_people_large_pcn if pcn_list_size >= self.large_pcn_list_size else self.max_people


@dataclass(frozen=True)
class ArrsEdition:
    """The ARRS figures and rules of one contract year (``resources/reference/pcn_arrs.json``)."""

    year: str
    starts: str  # ISO date
    ends: str
    per_weighted_patient: Figure
    role_limits: tuple[RoleLimit, ...]
    twelve_month_roles: tuple[str, ...]
    twelve_month_rule: str
    twelve_month_source: str
    twelve_month_url: str


def _arrs_edition(year: str, d: Any) -> ArrsEdition:
    where = f"pcn_arrs.json editions['{year}']"
    try:
        limits = tuple(RoleLimit(str(x["role"]), str(x["title"]), int(x["max_people"]),
                                 int(x["max_people_large_pcn"]), int(x["large_pcn_list_size"]),
                                 str(x["source"]), str(x["url"])) for x in d["role_limits"])
        rule = d["twelve_month_rule"]
        return ArrsEdition(year, str(d["starts"]), str(d["ends"]),
                           _figure_from_dict(d["arrs_per_weighted_patient"], where), limits,
                           tuple(str(r) for r in rule["roles"]), str(rule["text"]), str(rule["source"]),
                           str(rule["url"]))
    except (KeyError, TypeError, ValueError) as e:
        raise ReferenceDataError(f"{where}: missing or malformed {e}") from e


@lru_cache(maxsize=8)
def _arrs_editions(folder: str) -> dict[str, ArrsEdition]:
    data = read_json("reference/pcn_arrs.json", Path(folder))
    if not isinstance(data, dict) or not isinstance(data.get("editions"), dict):
        raise ReferenceDataError(f"{folder}/reference/pcn_arrs.json: expected an 'editions' object")
    return {year: _arrs_edition(year, d) for year, d in data["editions"].items()}


def arrs_years() -> tuple[str, ...]:
    """The contract years with PCN ARRS figures, oldest first."""
    return tuple(sorted(_arrs_editions(str(resources_dir()))))


def arrs_edition(year: str) -> ArrsEdition:
    """The PCN ARRS figures and rules of contract year ``year`` (e.g. "2026/27");
    KeyError naming the years there are."""
    editions = _arrs_editions(str(resources_dir()))
    if year not in editions:
        raise KeyError(f"no PCN ARRS figures for contract year {year!r} (there are "
                       f"{', '.join(sorted(editions))})")
    return editions[year]


def clear_cache() -> None:
    """Forget the loaded file (after the resources folder or the file changes)."""
    _arrs_editions.cache_clear()
