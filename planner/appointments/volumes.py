"""The practice's appointments a week become activity volumes and who does them
(docs/MODEL-EXTENSIONS.md, E9).

For each national category c (trimmed, compared without case):
- T[c] = its appointments a week (every staff type, every status but DNA);
  G[c] = those with a GP; O[c] = those with other practice staff (Unknown is in T only).
- The activities mapped to c (resources/reference/gpad_mapping.json) that the plan has share
  T[c], G[c] and O[c] in the proportions of their volumes before the import (equally when those
  are all 0). A category with none of them is "not placed": reported, never counted.
- volume[a] = sum over its categories of its part of T; GP share[a] = its G / (its G + its O),
  so appointments of unknown staff type follow the known ones; the rest of the split goes to
  the other roles in their proportions before the import (equally among the roles with minutes
  when none did any). When only one side has minutes for the activity, all of it goes there,
  and a note says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from planner.appointments import vocab
from planner.model import Activity, Plan
from planner.reference import ReferenceDataError, read_json, resources_dir

MAPPING_FILE = "reference/gpad_mapping.json"


@dataclass(frozen=True)
class CategoryMapping:
    category: str
    activities: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class ActivityChange:
    code: str
    name: str
    volume_before: float
    volume_after: float
    split_before: dict[str, float]
    split_after: dict[str, float]
    gp_share: float | None  # GP / (GP + other practice staff) in the data
    categories: tuple[str, ...]


@dataclass(frozen=True)
class VolumePlan:
    changes: tuple[ActivityChange, ...]
    not_placed: dict[str, float] = field(default_factory=dict)  # category -> appointments a week
    notes: tuple[str, ...] = ()


def _norm(word: str) -> str:
    return " ".join(word.split()).casefold()


@lru_cache(maxsize=4)
def _mapping(folder: str) -> dict[str, CategoryMapping]:
    data: Any = read_json(MAPPING_FILE)
    cats = data.get("categories") if isinstance(data, dict) else None
    if not isinstance(cats, dict):
        raise ReferenceDataError(f"{folder}/{MAPPING_FILE}: expected a 'categories' object")
    return {_norm(name): CategoryMapping(name, tuple(str(a) for a in entry.get("activities", [])),
                                         str(entry.get("why", "")))
            for name, entry in cats.items()}


def gpad_mapping() -> dict[str, CategoryMapping]:
    """National category (normalised) -> the activities its appointments become."""
    return _mapping(str(resources_dir()))


@dataclass
class _Share:
    total: float = 0.0
    gp: float = 0.0
    other: float = 0.0
    categories: list[str] = field(default_factory=list)


def plan_volumes(plan: Plan, per_week: dict[str, dict[str, float]]) -> VolumePlan:
    """What the import changes: new volumes and splits, categories not placed, notes."""
    mapping = gpad_mapping()
    shares: dict[str, _Share] = {}
    not_placed: dict[str, float] = {}
    for category, (total, gp, other) in _by_category(per_week).items():
        found = mapping.get(_norm(category))
        codes = [a for a in (found.activities if found else ()) if plan.activity(a) is not None]
        if not codes:
            not_placed[category] = not_placed.get(category, 0.0) + total
            continue
        for code, weight in _weights(plan, codes).items():
            share = shares.setdefault(code, _Share())
            share.total += weight * total
            share.gp += weight * gp
            share.other += weight * other
            share.categories.append(category)
    notes: list[str] = []
    changes = tuple(_change(plan, a, shares[a.code], notes) for a in plan.activities if a.code in shares)
    notes += [f"{_unusual(h)}: counted as other practice staff" for h in per_week
              if vocab.staff_kind(h) == "other" and _norm(h) != _norm(vocab.OTHER)]
    return VolumePlan(changes, not_placed, tuple(notes))


def _by_category(per_week: dict[str, dict[str, float]]) -> dict[str, tuple[float, float, float]]:
    out: dict[str, list[float]] = {}
    for hcp, by_cat in per_week.items():
        kind = vocab.staff_kind(hcp)
        for category, n in by_cat.items():
            row = out.setdefault(category, [0.0, 0.0, 0.0])
            row[0] += n
            row[1] += n if kind == "gp" else 0.0
            row[2] += n if kind == "other" else 0.0
    return {c: (t, g, o) for c, (t, g, o) in out.items()}


def _weights(plan: Plan, codes: list[str]) -> dict[str, float]:
    volumes = {c: max(0.0, plan.activity(c).volume_per_week) for c in codes}  # type: ignore[union-attr]
    total = sum(volumes.values())
    return {c: (v / total if total else 1 / len(codes)) for c, v in volumes.items()}


def _change(plan: Plan, activity: Activity, share: _Share, notes: list[str]) -> ActivityChange:
    known = share.gp + share.other
    gp_share = share.gp / known if known else None
    split = dict(activity.split) if gp_share is None else _split(plan, activity, gp_share, notes)
    return ActivityChange(activity.code, activity.name, activity.volume_per_week, share.total,
                          dict(activity.split), split, gp_share, tuple(share.categories))


def _split(plan: Plan, activity: Activity, gp_share: float, notes: list[str]) -> dict[str, float]:
    gp = plan.assumptions.gp_role
    others_now = {r: s for r, s in activity.split.items() if r != gp and s > 0}
    able = [r for r in activity.minutes if r != gp]
    if gp_share > 0 and gp not in activity.minutes:
        notes.append(f"{activity.name}: GPs did {gp_share:.0%} in your data, but the GP role has no minutes "
                     "for it, so the other roles count for all of it")
        gp_share = 0.0
    if gp_share < 1 and not able:
        notes.append(f"{activity.name}: other practice staff did {1 - gp_share:.0%} in your data, but no other "
                     "role has minutes for it, so GPs count for all of it; give a role minutes and import again")
        gp_share = 1.0
    base = others_now or dict.fromkeys(able, 1.0)
    out = {gp: gp_share} if gp_share > 0 else {}
    total = sum(base.values())
    for role, s in base.items():
        if gp_share < 1:
            out[role] = (1 - gp_share) * s / total
    return out


def _unusual(hcp: str) -> str:
    return f"Staff type '{hcp}'"
