"""Cited reference figures shipped with Skillmix, each with its source, year and confidence.

The figures live in ``resources/`` at the top of the repository (or in the folder named by the
``SKILLMIX_RESOURCES`` environment variable):

- ``reference/figures.json``: figures that do not change with the contract year (activity volumes
  and minutes, Making Time shares, supervision estimates, PSSRU unit costs, history);
- ``reference/editions/YYYY-YY.json``: one file a contract year (April to March) with what does
  change every April (pay points and awards, ARRS maximums, employer NI and pension, locum rates,
  HCAS, leave allowances) under stable ids without years, and that year's ARRS rules.

Every default the planner uses is a figure, so the interface can show where each number comes
from and mark the ones that are Skillmix estimates. Functions taking ``edition`` read that contract
year's figures ("2025/26"); without it, the edition in force today (``current_edition``).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.model import Assumptions, Plan


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
    "pay_award_rate": "afc_pay_award",
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


def figures_from_list(entries: Any, where: str) -> dict[str, Figure]:
    """Figures by id from a parsed ``figures`` list; ReferenceDataError naming ``where`` and the
    entry when the list, an entry or an id is wrong."""
    if not isinstance(entries, list):
        raise ReferenceDataError(f"{where}: expected an object with a 'figures' list")
    out: dict[str, Figure] = {}
    for i, entry in enumerate(entries):
        f = _figure_from_dict(entry, f"{where}: figures[{i}]")
        if f.id in out:
            raise ReferenceDataError(f"{where}: figures[{i}]: id '{f.id}' is used more than once")
        out[f.id] = f
    return out


@lru_cache(maxsize=8)
def _load_common(folder: str) -> dict[str, Figure]:
    data = read_json("reference/figures.json", Path(folder))
    entries = data.get("figures") if isinstance(data, dict) else None
    return figures_from_list(entries, f"{folder}/reference/figures.json")


@lru_cache(maxsize=32)
def _load_figures(folder: str, edition: str) -> dict[str, Figure]:
    common = _load_common(folder)
    if not edition:
        return dict(common)
    yearly = load_edition(edition).figures
    clash = sorted(set(common) & set(yearly))
    if clash:
        raise ReferenceDataError(f"edition {edition}: id '{clash[0]}' is also in reference/figures.json")
    return {**common, **yearly}


def _edition_or_current(edition: str | None) -> str:
    if edition is not None:
        return edition
    try:
        return current_edition()
    except ReferenceDataError:
        return ""  # no edition files: the figures that do not change by year only


def load_figures(edition: str | None = None) -> dict[str, Figure]:
    """Every shipped figure by id: those that do not change by year and those of ``edition``
    (default: the edition in force today). Read once per resources folder, then cached."""
    return _load_figures(str(resources_dir()), _edition_or_current(edition))


def figure(figure_id: str, edition: str | None = None) -> Figure:
    """The figure ``figure_id`` (of ``edition``, default today's); KeyError naming it when there
    is no such figure."""
    edition = _edition_or_current(edition)
    figures = load_figures(edition)
    try:
        return figures[figure_id]
    except KeyError:
        where = f"the {edition} edition or " if edition else ""
        raise KeyError(f"no reference figure '{figure_id}' in {where}"
                       f"{resources_dir() / 'reference' / 'figures.json'}") from None


def value(figure_id: str, edition: str | None = None) -> float:
    """Shorthand for ``figure(figure_id, edition).value``."""
    return figure(figure_id, edition).value


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


# ================================================================ editions by contract year
#
# NHS pay, ARRS maximums and the rules around them change every April. Each contract year is one
# file, ``resources/reference/editions/YYYY-YY.json``::
#
#     {"edition": "2026/27", "starts": "2026-04-01", "ends": "2027-03-31",
#      "figures": [ ...figures with stable ids, as in reference/figures.json... ],
#      "rules": {"arrs_gp_eligibility": {"text": ..., "source": ..., "url": ...}, ...}}
#
# A figure may list ``shipped_before``: values earlier Skillmix releases shipped for it in this
# edition (before a correction); a plan still holding one counts as holding the default.
#
# A plan records its edition in ``plan.extras["edition"]`` and its London weighting zone in
# ``plan.extras["hcas_zone"]`` (both kept in the plan file and plan JSON). A plan without an
# edition is a 2025/26 plan: every plan before editions existed used those figures. Moving a plan
# to another edition is ``planner.edits.editions``; a role's defaults in an edition and zone are
# ``planner.catalogue.role_defaults_in``.

#: Where the edition files live, under the resources folder.
EDITIONS_FOLDER = "reference/editions"

#: Keys in ``Plan.extras``.
EDITION_KEY = "edition"
HCAS_KEY = "hcas_zone"

#: The edition of every plan saved before editions existed.
LEGACY_EDITION = "2025/26"

#: London weighting zones (AfC Annex 8) a practice can be in; "" = none.
HCAS_ZONES: dict[str, str] = {"": "None (outside London)", "fringe": "Fringe", "outer": "Outer London",
                              "inner": "Inner London"}

_ZONE_WORDS = {"fringe": "fringe zone", "outer": "outer London", "inner": "inner London"}

_NAME = re.compile(r"^(\d{4})/(\d{2})$")
#: AfC pay points and the salaried GP range: the pay points a hire's salary may be set to.
_PAY_POINT = re.compile(r"^(afc_band\w+_(entry|middle|top)|salaried_gp_(min|mid|max))$")

def same(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` are the same figure: within half a penny for money (100 or
    more), otherwise within rounding error (rates and fractions)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=0.005 if max(abs(a), abs(b)) >= 100 else 1e-12)


@dataclass(frozen=True)
class Rule:
    """One contract-year rule (who ARRS funds, the 12-month rule...), with its source."""

    key: str
    text: str
    source: str
    url: str


@dataclass(frozen=True)
class Edition:
    """One contract year's figures and rules."""

    name: str  # "2026/27"
    starts: date
    ends: date
    figures: dict[str, Figure]
    rules: dict[str, Rule] = field(default_factory=dict)
    #: figure id -> values earlier releases shipped for it in this edition
    shipped_before: dict[str, tuple[float, ...]] = field(default_factory=dict)

    def value(self, figure_id: str) -> float:
        return self.figures[figure_id].value

    def defaults_of(self, figure_id: str) -> tuple[float, ...]:
        """The value of ``figure_id`` and any value an earlier release shipped for it."""
        return (self.figures[figure_id].value, *self.shipped_before.get(figure_id, ()))


def file_name(edition: str) -> str:
    """'2026/27' -> '2026-27.json'."""
    return edition.replace("/", "-") + ".json"


def _date(text: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ReferenceDataError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from None


def _parse(data: Any, where: str) -> Edition:
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{where}: expected an object")
    for key in ("edition", "starts", "ends", "figures"):
        if key not in data:
            raise ReferenceDataError(f"{where}: '{key}' is missing")
    name = str(data["edition"])
    if not _NAME.match(name):
        raise ReferenceDataError(f"{where}: edition {name!r} is not a contract year such as '2026/27'")
    starts, ends = _date(data["starts"], f"{where}: starts"), _date(data["ends"], f"{where}: ends")
    if not starts < ends:
        raise ReferenceDataError(f"{where}: starts {starts} is not before ends {ends}")
    figures = figures_from_list(data["figures"], where)
    shipped: dict[str, tuple[float, ...]] = {}
    for entry in data["figures"]:
        before = entry.get("shipped_before")
        if before is None:
            continue
        if not isinstance(before, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                   for v in before):
            raise ReferenceDataError(f"{where}: {entry['id']}: shipped_before must be a list of numbers")
        shipped[str(entry["id"])] = tuple(float(v) for v in before)
    rules_data = data.get("rules", {})
    if not isinstance(rules_data, dict):
        raise ReferenceDataError(f"{where}: rules must be an object")
    rules: dict[str, Rule] = {}
    for key, r in rules_data.items():
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in ("text", "source", "url")):
            raise ReferenceDataError(f"{where}: rules.{key} needs text, source and url")
        rules[key] = Rule(key, r["text"], r["source"], r["url"])
    return Edition(name, starts, ends, figures, rules, shipped)


@lru_cache(maxsize=8)
def _editions(folder: str) -> dict[str, Edition]:
    base = Path(folder) / EDITIONS_FOLDER
    if not base.is_dir():
        raise ReferenceDataError(f"{base}: no reference editions folder")
    out: dict[str, Edition] = {}
    for path in sorted(base.glob("*.json")):
        relative = f"{EDITIONS_FOLDER}/{path.name}"
        edition = _parse(read_json(relative, Path(folder)), relative)
        if path.name != file_name(edition.name):
            raise ReferenceDataError(f"{relative}: holds edition {edition.name}; "
                                     f"name the file {file_name(edition.name)}")
        out[edition.name] = edition
    if not out:
        raise ReferenceDataError(f"{base}: no edition files")
    return dict(sorted(out.items(), key=lambda kv: kv[1].starts))


def editions() -> dict[str, Edition]:
    """Every shipped edition by name, oldest first."""
    return _editions(str(resources_dir()))


def edition_names() -> tuple[str, ...]:
    return tuple(editions())


def load_edition(name: str) -> Edition:
    """The edition ``name``; ReferenceDataError naming the editions there are when unknown."""
    all_editions = editions()
    try:
        return all_editions[name]
    except KeyError:
        raise ReferenceDataError(f"no reference edition {name!r} (shipped: {', '.join(all_editions)})") from None


def current_edition(on: date | None = None) -> str:
    """The edition in force on ``on`` (default today): the one whose year contains it, else the
    latest that has started, else the earliest."""
    on = on or date.today()
    all_editions = list(editions().values())
    for e in all_editions:
        if e.starts <= on <= e.ends:
            return e.name
    started = [e for e in all_editions if e.starts <= on]
    return (started[-1] if started else all_editions[0]).name


# ---------------------------------------------------------------- what a plan records

def check_edition(value: object, where: str = "edition") -> str:
    """``value`` as a shipped edition name, or ValueError naming ``where`` and the editions."""
    names = edition_names()
    if not isinstance(value, str) or value not in names:
        raise ValueError(f"{where}: {value!r} is not a reference edition Skillmix ships "
                         f"({', '.join(names)})")
    return value


def check_hcas_zone(value: object, where: str = "hcas_zone") -> str:
    """``value`` as an HCAS zone code, or ValueError naming ``where`` and the zones."""
    if not isinstance(value, str) or value not in HCAS_ZONES:
        codes = ", ".join(repr(z) for z in HCAS_ZONES)
        raise ValueError(f"{where}: {value!r} is not a London weighting zone ({codes})")
    return value


def plan_edition(plan: Plan) -> str:
    """The edition the plan's figures come from (plans without one: 2025/26)."""
    value = plan.extras.get(EDITION_KEY)
    return value if isinstance(value, str) and value else LEGACY_EDITION


def plan_hcas_zone(plan: Plan) -> str:
    """The practice's London weighting zone code ("" when none)."""
    value = plan.extras.get(HCAS_KEY, "")
    return value if isinstance(value, str) and value in HCAS_ZONES else ""


def with_context(plan: Plan, edition: str, zone: str = "") -> Plan:
    """The plan recording ``edition`` and ``zone`` (no value changes)."""
    extras = {k: v for k, v in plan.extras.items() if k not in (EDITION_KEY, HCAS_KEY)}
    extras[EDITION_KEY] = edition
    if zone:
        extras[HCAS_KEY] = zone
    return replace(plan, extras=extras)


def validate_extras(extras: dict[str, Any], where: str = "extras") -> None:
    """ValueError naming the field when the plan's recorded edition or HCAS zone is not valid."""
    if EDITION_KEY in extras:
        check_edition(extras[EDITION_KEY], f"{where}.{EDITION_KEY}")
    if HCAS_KEY in extras:
        check_hcas_zone(extras[HCAS_KEY], f"{where}.{HCAS_KEY}")


# ---------------------------------------------------------------- London weighting (E8)

def hcas_supplement(basic_pay: float, zone: str, edition: str) -> float:
    """The High Cost Area Supplement on ``basic_pay`` in ``zone``: the zone's share of basic
    pay, but at least its minimum and at most its maximum (AfC Annex 9). 0 outside London."""
    if not zone:
        return 0.0
    e = load_edition(edition)
    rate, low, high = (e.value(f"hcas_{zone}_{k}") for k in ("rate", "min", "max"))
    return min(max(rate * basic_pay, low), high)


# ---------------------------------------------------------------- defaults in a context

@dataclass(frozen=True)
class Default:
    """A default value and the figure it comes from (its citation)."""

    value: float
    figure: Figure
    #: other values that also count as this default (earlier releases' figures)
    also: tuple[float, ...] = ()

    def matches(self, v: float | None) -> bool:
        return v is not None and any(same(v, d) for d in (self.value, *self.also))


def assumption_defaults_in(edition: str) -> dict[str, Default]:
    """Assumption key -> Default, for the assumptions whose figure is in ``edition``'s file."""
    e = load_edition(edition)
    return {key: Default(e.value(fid), e.figures[fid], e.shipped_before.get(fid, ()))
            for key, fid in ASSUMPTION_FIGURES.items() if fid in e.figures}


def pay_points_in(edition: str, zone: str = "") -> dict[str, Default]:
    """Pay point id -> Default: the AfC points (plus HCAS in ``zone``) and the salaried GP range."""
    e = load_edition(edition)
    out = {}
    for fid, f in e.figures.items():
        if _PAY_POINT.match(fid):
            hcas = hcas_supplement(f.value, zone, edition) if fid.startswith("afc_") else 0.0
            out[fid] = Default(f.value + hcas, f, tuple(v + hcas for v in e.shipped_before.get(fid, ())))
    return out


def editions_after(plan: Plan, on: date | None = None) -> Iterable[str]:
    """Editions newer than the plan's, up to the one in force ``on`` (the app offers the last)."""
    names = edition_names()
    current = current_edition(on)
    mine = plan_edition(plan)
    if mine not in names or current not in names:
        return ()
    return names[names.index(mine) + 1: names.index(current) + 1]


def edition_line(plan: Plan) -> str:
    """'2026/27 edition (1 April 2026 to 31 March 2027)' for the pack and the workbook; the
    London weighting zone is added when the practice has one."""
    name = plan_edition(plan)
    try:
        e = load_edition(name)
        text = f"{name} edition ({e.starts.day} {e.starts:%B %Y} to {e.ends.day} {e.ends:%B %Y})"
    except ReferenceDataError:
        text = f"{name} edition"
    zone = plan_hcas_zone(plan)
    return text + (f"; London weighting: {_ZONE_WORDS[zone]}" if zone else "")


def _assumption_value(key: str, figure_id: str, edition: str | None) -> float | int:
    """The figure's value in the type of the Assumptions field (whole numbers stay int)."""
    v = value(figure_id, edition)
    return int(v) if isinstance(getattr(Assumptions(), key), int) else v


def default_assumptions(gp_role: str = "GP", edition: str | None = None) -> Assumptions:
    """Assumptions built from the shipped figures of ``edition`` (default: today's) — the
    MODEL.md defaults. Only fields the model has are set, so a field renamed in the model is
    caught by the tests, not here."""
    keys = set(Assumptions.keys())
    values: dict[str, Any] = {k: _assumption_value(k, fid, edition) for k, fid in ASSUMPTION_FIGURES.items()
                              if k in keys}
    return Assumptions(gp_role=gp_role, **values)


def assumption_is_overridden(assumptions: Assumptions, key: str, edition: str | None = None) -> bool:
    """True when ``assumptions.key`` differs from its figure (of ``edition``, default today's) by
    more than 1e-9 relative. KeyError for a key with no figure (such as ``gp_role``)."""
    if key not in ASSUMPTION_FIGURES:
        raise KeyError(f"assumption '{key}' has no reference figure")
    current = float(getattr(assumptions, key))
    return not math.isclose(current, value(ASSUMPTION_FIGURES[key], edition), rel_tol=1e-9, abs_tol=0.0)


def clear_cache() -> None:
    """Forget loaded files (after the resources folder or its files change)."""
    _load_common.cache_clear()
    _load_figures.cache_clear()
    _gpad.cache_clear()
    _editions.cache_clear()
