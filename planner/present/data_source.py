"""Where a workload figure comes from, in words, for every surface: the practice's own data
(appointment files imported), a figure changed by hand since, or a Skillmix estimate; and the
names of the groups the practice is compared with."""

from __future__ import annotations

from datetime import date

YOUR_DATA = "Your data"
ESTIMATE = "Skillmix estimate"
CHANGED = "Changed by hand"
NOT_IN_DATA = "Skillmix estimate: not in your data"
ESTIMATE_NOT_COVERED = "Skillmix estimate: appointment data does not cover this work"

GROUP_LABELS: dict[str, str] = {"practice": "Your practice", "pcn": "Your PCN",
                                "sub_icb": "Your sub-ICB location", "file": "All practices in the files"}


def month_label(key: str) -> str:
    """'Oct 2026' for '2026-10'."""
    year, month = (int(p) for p in key.split("-"))
    return date(year, month, 1).strftime("%b %Y")


def period(months: list[str]) -> str:
    """'Aug 2026 – Oct 2026' (or one month); 'months not recorded' when none."""
    if not months:
        return "months not recorded"
    first, last = month_label(min(months)), month_label(max(months))
    return first if first == last else f"{first} – {last}"


def files_text(files: list[str]) -> str:
    """'a.csv' / 'a.csv and b.csv' / 'a.csv and 3 other files'."""
    if len(files) <= 2:
        return " and ".join(files)
    return f"{files[0]} and {len(files) - 1} other files"


def your_data(files: list[str], months: list[str]) -> str:
    """'Your data: Practice_Level_Crosstab_Oct_26.csv, Aug 2026 – Oct 2026'."""
    return f"{YOUR_DATA}: {files_text(files)}, {period(months)}"


def changed_since(files: list[str], months: list[str]) -> str:
    return f"{CHANGED} after importing your data ({files_text(files)}, {period(months)})"


def group_label(kind: str, code: str = "", name: str = "") -> str:
    """'Your PCN: Riverside PCN (U12345)'."""
    base = GROUP_LABELS.get(kind, kind)
    named = name or code
    if not named:
        return base
    return f"{base}: {name} ({code})" if name and code else f"{base}: {named}"
