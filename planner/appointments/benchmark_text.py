"""The benchmarks in words, once, for the Workload page's tab and the pack's page: the table's
headers and rows, where the figures come from, and how the rates were worked out."""

from __future__ import annotations

from typing import Any

from planner.appointments.benchmarks import figures
from planner.present import data_source
from planner.present import format as fmt

PER_1000 = "Appointments per 1,000 patients a week"
NO_RATE = "–"


def headers(saved: dict[str, Any]) -> list[str]:
    return ["Figure", *(data_source.GROUP_LABELS.get(g["kind"], g["kind"]) for g in saved["benchmarks"])]


def group_names(saved: dict[str, Any]) -> list[str]:
    """'Riverside PCN (U12345), 2 practices' for each group after the practice."""
    out = []
    for g in saved["benchmarks"]:
        named = g["name"] or g["code"]
        practices = f"{g['practices']} practice{'s' if g['practices'] != 1 else ''}"
        out.append(f"{named} ({g['code']}), {practices}" if named and g["code"] and g["name"]
                   else (f"{named}, {practices}" if named else practices))
    return out


SECTIONS: dict[str, str] = {"staff": "By staff type", "mode": "By mode (how it happened)",
                            "category": "By national category", "share": "Shares and rates"}


def benchmark_rows(saved: dict[str, Any]) -> tuple[list[str], list[list[str]], set[int]]:
    """Headers, rows of text (rates to one decimal, shares as percentages; '–' where a group has
    no list sizes) under a heading row for each kind, and the numbers of the heading rows."""
    rows: list[list[str]] = []
    headings: set[int] = set()
    width = len(saved["benchmarks"])
    section = ""
    for f in figures(saved["benchmarks"]):
        kind = "share" if f.unit == "share" else f.key.split(".")[0]
        if kind in SECTIONS and kind != section:
            section = kind
            headings.add(len(rows))
            rows.append([SECTIONS[kind], *([""] * width)])
        shown = [NO_RATE if v is None else (fmt.percent(v, 1) if f.unit == "share" else fmt.number(v, 1))
                 for v in f.values]
        rows.append([PER_1000 if f.key == "all" else f.label, *shown])
    return headers(saved), rows, headings


def benchmark_source(saved: dict[str, Any]) -> str:
    """The period and source named: 'Feb 2026 – Apr 2026, from NHS England's Appointments in
    General Practice (FILES); groups: …'."""
    months, files = list(saved.get("months", [])), list(saved.get("files", []))
    names = "; ".join(f"{data_source.GROUP_LABELS[g['kind']]}: {n}"
                      for g, n in zip(saved["benchmarks"], group_names(saved), strict=True))
    return (f"{data_source.period(months)}, from NHS England's Appointments in General Practice, "
            f"practice-level files ({data_source.files_text(files)}). {names}.")


def list_note(saved: dict[str, Any]) -> str:
    """How the rates were worked out, and which list sizes were used."""
    base = ("Appointments = every status but DNA (did not attend). Rate = 1,000 x appointments / (registered "
            "patients x weeks), each practice counted for the weeks of the months it has rows in. GP share = GP / "
            "(GP + other practice staff). Same day = booked the same day, of appointments with a known booking "
            "time. DNA rate = DNAs / all appointments.")
    groups = saved["benchmarks"]
    own = next((g for g in groups if g["kind"] == "practice" and g.get("list_source") == "plan"), None)
    listed = saved.get("list_file", "")
    if listed:
        text = f" List sizes: {listed} (Patients Registered at a GP Practice, NHS England Digital)."
    else:
        text = " No registered-patients file was imported, so only your practice has rates."
    if own is not None:
        text += " Your practice's rate uses the list size in your plan, not a published count."
    missing = [g for g in groups if g.get("patient_weeks") is None and g["kind"] != "practice" and listed]
    if missing:
        text += " '–': a practice of that group is not in the list-size file."
    return base + text
