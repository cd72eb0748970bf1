"""The practice beside its PCN, its sub-ICB location and every practice in the files
(docs/MODEL-EXTENSIONS.md, E10).

Counts are saved with the plan (``counts``) so the pack and the app show them without the
files; the figures are worked out from them here, once, for every surface (``figures``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.appointments import vocab
from planner.appointments.list_sizes import ListSizes
from planner.appointments.result import GpadScan, Group

GROUPS: tuple[str, ...] = ("practice", "pcn", "sub_icb", "file")


def counts(scan: GpadScan, lists: ListSizes | None, own_list_size: int) -> list[dict[str, Any]]:
    """What each group's figures are worked out from (JSON-ready, saved in the plan)."""
    out = []
    for kind in GROUPS:
        group = scan.groups.get(kind)
        if group is not None:
            out.append(_group_counts(group, lists, own_list_size if kind == "practice" else 0))
    return out


def _group_counts(group: Group, lists: ListSizes | None, own: int) -> dict[str, Any]:
    staff: dict[str, int] = {"gp": 0, "other": 0, "unknown": 0}
    modes: dict[str, int] = {}
    categories: dict[str, int] = {}
    same_day = known_band = dna = everything = 0
    for (hcp, mode, category, band, status), n in group.table.items():
        everything += n
        if vocab.is_dna(status):
            dna += n
            continue
        staff[vocab.staff_kind(hcp)] += n
        modes[mode] = modes.get(mode, 0) + n
        categories[category] = categories.get(category, 0) + n
        same_day += n if vocab.is_same_day(band) else 0
        known_band += n if vocab.band_known(band) else 0
    patient_weeks, listed, own_used = _patient_weeks(group, lists, own)
    return {"kind": group.kind, "code": group.code, "name": group.name,
            "practices": len(group.months_by_practice), "listed": listed, "patient_weeks": patient_weeks,
            "list_source": "plan" if own_used else ("file" if listed else ""),
            "staff": staff, "modes": dict(sorted(modes.items())), "categories": dict(sorted(categories.items())),
            "same_day": same_day, "known_band": known_band, "dna": dna, "all_statuses": everything}


def _patient_weeks(group: Group, lists: ListSizes | None, own: int) -> tuple[float | None, int, bool]:
    """Sum over the group's practices of list size x weeks it has rows in; None unless every
    practice has a list size (its appointments cannot be taken out of the count otherwise).
    ``own`` (the plan's list size) stands in for the practice itself when the file lacks it."""
    total, listed, own_used = 0.0, 0, False
    for code, months in group.months_by_practice.items():
        size = lists.patients.get(code) if lists is not None else None
        if size is None and own:
            size, own_used = own, True
        if size is not None:
            total += size * vocab.weeks_in(sorted(months))
            listed += 1
    whole = listed == len(group.months_by_practice) and total > 0
    return (total if whole else None), listed, own_used


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    values: tuple[float | None, ...]  # one per group, in the order of the groups saved
    unit: str  # "per_1000" (appointments per 1,000 patients a week) or "share"


def figures(saved: list[dict[str, Any]]) -> list[Figure]:
    """Every benchmark figure of the saved groups: rates per 1,000 patients a week by staff
    type, mode and category, then the GP share, same-day share and DNA rate."""
    def rate(pick: str, key: str = "") -> tuple[float | None, ...]:
        return tuple(_per_1000(g, _count(g, pick, key)) for g in saved)
    out = [Figure("all", "All appointments", rate("all"), "per_1000")]
    out += [Figure(f"staff.{k}", label, rate("staff", k), "per_1000") for k, label in STAFF_LABELS.items()]
    out += [Figure(f"mode.{m}", m, rate("modes", m), "per_1000") for m in _keys(saved, "modes")]
    out += [Figure(f"category.{c}", c, rate("categories", c), "per_1000") for c in _keys(saved, "categories")]
    out.append(Figure("gp_share", "Share seen by a GP", tuple(_ratio(g["staff"]["gp"], g["staff"]["gp"]
                                                                     + g["staff"]["other"]) for g in saved), "share"))
    out.append(Figure("same_day", "Share booked the same day",
                      tuple(_ratio(g["same_day"], g["known_band"]) for g in saved), "share"))
    out.append(Figure("dna", "DNA rate (did not attend)",
                      tuple(_ratio(g["dna"], g["all_statuses"]) for g in saved), "share"))
    return out


STAFF_LABELS = {"gp": "With a GP", "other": "With other practice staff", "unknown": "Staff type unknown"}


def _keys(saved: list[dict[str, Any]], field: str) -> list[str]:
    return sorted({k for g in saved for k in g.get(field, {})})


def _count(group: dict[str, Any], pick: str, key: str) -> int:
    if pick == "all":
        return int(sum(group["staff"].values()))
    return int(group.get(pick, {}).get(key, 0))


def _per_1000(group: dict[str, Any], n: int) -> float | None:
    weeks = group.get("patient_weeks")
    return 1000 * n / weeks if weeks else None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None
