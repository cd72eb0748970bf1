"""Reference editions by contract year, the edition a plan records, London weighting (HCAS),
and moving a plan from one edition to another.

NHS pay, ARRS maximums and the rules around them change every April. Each contract year is one
file, ``resources/reference/editions/YYYY-YY.json``::

    {"edition": "2026/27", "starts": "2026-04-01", "ends": "2027-03-31",
     "figures": [ ...figures with stable ids, as in reference/figures.json... ],
     "rules": {"arrs_gp_eligibility": {"text": ..., "source": ..., "url": ...}, ...}}

A figure may list ``shipped_before``: values earlier Skillmix releases shipped for it in this
edition (before a correction). A plan still holding one of them is treated as holding the default.

A plan records its edition in ``plan.extras["edition"]`` and its London weighting zone in
``plan.extras["hcas_zone"]`` (both kept in the plan file and plan JSON). A plan without an
edition is a 2025/26 plan: every plan before editions were introduced used those figures.

Moving a plan to another edition (or another HCAS zone) is one :class:`Edit`: every value that
still equals the old default becomes the new default; values the practice changed are kept and
listed as kept. Nothing here knows about Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.model import Hire, Plan, Role
from planner.reference import (
    ASSUMPTION_FIGURES,
    Figure,
    ReferenceDataError,
    figures_from_list,
    read_json,
    resources_dir,
)

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
            raise ReferenceDataError(f"{relative}: holds edition {edition.name}; name the file {file_name(edition.name)}")
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


def clear_cache() -> None:
    _editions.cache_clear()


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


def _cap_id(cap_id: str, zone: str, e: Edition) -> str:
    """The London ARRS maximum's id where the edition has one for ``zone``, else ``cap_id``."""
    london = f"{cap_id}_{zone}_london"
    return london if zone in ("outer", "inner") and london in e.figures else cap_id


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


def _figure(e: Edition, figure_id: str) -> Figure:
    if figure_id in e.figures:
        return e.figures[figure_id]
    from planner.reference import figure

    return figure(figure_id, e.name)


def role_defaults_in(code: str, edition: str, zone: str = "") -> dict[str, Default]:
    """Field -> Default of catalogue role ``code`` in ``edition`` and HCAS ``zone``: salary
    (plus HCAS for Agenda for Change roles), leave, and ARRS cap (the London amount where the
    edition has one). KeyError when the role is not in the catalogue."""
    from planner.catalogue import role_entry

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


# ---------------------------------------------------------------- moving a plan

@dataclass(frozen=True)
class FigureChange:
    """One value a move touches (or would touch, when ``kept``)."""

    what: str  # "Clinical pharmacist: ARRS cap"
    old: float
    new: float
    unit: str  # "£", "%", "£/h"
    #: the figure the new value comes from
    figure: Figure
    #: True: the plan's own value differs from the old default and is kept; ``new`` is then what
    #: the new default would have been
    kept: bool = False

    @property
    def estimate(self) -> bool:
        return self.figure.estimate

    def describe(self) -> str:
        """'Clinical pharmacist: ARRS cap £66,972 → £69,207' or '... kept your figure £70,000
        (2026/27 default £69,207)'."""
        if self.kept:
            return (f"{self.what}: kept your figure {format_value(self.old, self.unit)} "
                    f"(the default would be {format_value(self.new, self.unit)})")
        mark = " (Skillmix estimate)" if self.estimate else ""
        return f"{self.what}: {format_value(self.old, self.unit)} → {format_value(self.new, self.unit)}{mark}"


def format_value(v: float, unit: str) -> str:
    if unit == "%":
        return f"{v * 100:.4g}%"
    if unit == "£/h":
        return f"£{v:,.2f}"
    return f"£{v:,.0f}"


_ROLE_FIELDS = {"annual_salary": ("salary", "£"), "leave_fraction": ("leave", "%"), "arrs_cap": ("ARRS cap", "£")}
_ASSUMPTION_UNITS = {"employer_ni_rate": "%", "employer_pension_rate": "%", "pay_award_rate": "%",
                     "gp_hour_value": "£/h", "employer_ni_threshold": "£"}


def _assumption_label(key: str) -> str:
    from planner.edits import ASSUMPTION_LABELS

    label = ASSUMPTION_LABELS.get(key, key.replace("_", " "))
    return label[0].upper() + label[1:]


def _moved_role(role: Role, old: dict[str, Default], new: dict[str, Default],
                out: list[FigureChange]) -> Role:
    changes: dict[str, float] = {}
    for fld, (label, unit) in _ROLE_FIELDS.items():
        if fld not in old or fld not in new:
            continue
        current = getattr(role, fld)
        o, n = old[fld], new[fld]
        if same(o.value, n.value) or n.matches(current):
            continue  # the default did not change, or the plan already holds the new one
        what = f"{role.title}: {label}"
        if o.matches(current):
            changes[fld] = n.value
            out.append(FigureChange(what, float(current), n.value, unit, n.figure))
        elif current is not None:
            out.append(FigureChange(what, float(current), n.value, unit, n.figure, kept=True))
    return replace(role, **changes) if changes else role


def _moved_hire(hire: Hire, scenario: str, plan: Plan, old: dict[str, Default], new: dict[str, Default],
                out: list[FigureChange]) -> Hire:
    if hire.annual_salary is None:
        return hire
    for fid, o in old.items():
        n = new.get(fid)
        if n is None or not o.matches(hire.annual_salary) or n.matches(hire.annual_salary):
            continue
        role = plan.role(hire.role)
        who = role.title if role else hire.role
        out.append(FigureChange(f"Option \u2018{scenario}\u2019: {who} hire, salary", hire.annual_salary, n.value,
                                "£", n.figure))
        return replace(hire, annual_salary=n.value)
    return hire


def changes_between(plan: Plan, edition: str, zone: str | None = None) -> tuple[Plan, list[FigureChange]]:
    """The plan moved to ``edition`` and HCAS ``zone`` (default: the plan's zone), and every value
    that changes or is kept. Values still equal to the plan's old edition/zone default become the
    new default: role salaries, leave and ARRS caps of catalogue roles, the assumptions whose
    figures change by year, and hire salaries set to a pay point; other values are kept."""
    old_ed, old_zone = plan_edition(plan), plan_hcas_zone(plan)
    zone = old_zone if zone is None else check_hcas_zone(zone)
    check_edition(edition)
    out: list[FigureChange] = []
    from planner.catalogue import role_entries

    catalogue = {e.code for e in role_entries()}
    roles = tuple(_moved_role(r, role_defaults_in(r.code, old_ed, old_zone), role_defaults_in(r.code, edition, zone), out)
                  if r.code in catalogue else r for r in plan.roles)
    old_a, new_a = assumption_defaults_in(old_ed), assumption_defaults_in(edition)
    a_changes: dict[str, Any] = {}
    for key, n in new_a.items():
        o = old_a.get(key)
        current = getattr(plan.assumptions, key)
        if o is None or same(o.value, n.value) or n.matches(current):
            continue
        unit = _ASSUMPTION_UNITS.get(key, "£")
        if o.matches(current):
            a_changes[key] = type(current)(n.value) if isinstance(current, int) else n.value
            out.append(FigureChange(_assumption_label(key), float(current), n.value, unit, n.figure))
        else:
            out.append(FigureChange(_assumption_label(key), float(current), n.value, unit, n.figure, kept=True))
    old_p, new_p = pay_points_in(old_ed, old_zone), pay_points_in(edition, zone)
    moved = replace(plan, roles=roles, assumptions=replace(plan.assumptions, **a_changes))
    scenarios = []
    for s in plan.scenarios:
        changes = tuple(_moved_hire(c, s.name, moved, old_p, new_p, out) if isinstance(c, Hire) else c
                        for c in s.changes)
        scenarios.append(replace(s, changes=changes))
    moved = replace(moved, scenarios=tuple(scenarios))
    return with_context(moved, edition, zone), out


def edition_changes(plan: Plan, edition: str) -> list[FigureChange]:
    """What moving the plan to ``edition`` would change (old → new) and keep, for the app to show."""
    return changes_between(plan, edition)[1]


def move_to_edition(plan: Plan, edition: str) -> Any:
    """Move the plan to ``edition`` as one undoable Edit (see :func:`changes_between`).
    ValueError naming the edition when Skillmix does not ship it."""
    from planner.edits import Edit

    after, _ = changes_between(plan, edition)
    return Edit(f"Move to the {edition} reference figures", plan, after)


def set_hcas_zone(plan: Plan, zone: object) -> Any:
    """Put the practice in London weighting ``zone`` ("", "fringe", "outer", "inner") as one
    Edit: salaries and ARRS caps still at their defaults follow. ValueError naming the field."""
    from planner.edits import Edit

    code = check_hcas_zone(zone)
    after, _ = changes_between(plan, plan_edition(plan), code)
    label = HCAS_ZONES[code] if code else "no London weighting"
    return Edit(f"London weighting: {label}", plan, after)


def new_plan_context(plan: Plan, on: date | None = None) -> Plan:
    """A new plan built from today's catalogue, recording the edition in force ``on``."""
    return with_context(plan, current_edition(on), plan_hcas_zone(plan))


def editions_after(plan: Plan, on: date | None = None) -> Iterable[str]:
    """Editions newer than the plan's, up to the one in force ``on`` (the app offers the last)."""
    names = edition_names()
    current = current_edition(on)
    mine = plan_edition(plan)
    if mine not in names or current not in names:
        return ()
    return names[names.index(mine) + 1: names.index(current) + 1]


def estimated_caps(plan: Plan, hires: Iterable[object]) -> list[str]:
    """Titles of the roles of ARRS-funded ``hires`` whose ARRS maximum is still the default and
    that default is a Skillmix estimate (no published amount), so what prints them can say so."""
    from planner.catalogue import role_entries

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
