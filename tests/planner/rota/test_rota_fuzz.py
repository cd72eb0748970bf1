"""Whatever people type into a rota's cells, read_rota returns a RotaImport (never raises)."""

from __future__ import annotations

import math
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from planner.rota import RotaImport, read_rota
from tests.planner.rota.rota_books import WEEK_COLUMNS

PHRASES = ["=SUM(C2:D2)", "=1/0", "=NOW()", "Surgery 8-12", "AL/Sick", "Mon AM", "Name", "Date", "Activity",
           "08:30-", "25:99-1", "-", "x", "Surgery 12-8", "visits 1.30pm-3pm", "Surgery / 08:30-12:00",
           "Total", "GP", "Tue", "Wed PM", "#N/A", "  ", "Week 3", "w/c 31/02/2025", "EC", "9am", "0830-1200"]
cell = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=25),
    st.sampled_from(PHRASES),
    st.integers(min_value=-10**6, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.times(),
    st.booleans(),
)
rows = st.lists(st.lists(cell, max_size=13), max_size=8)


def build(path: Path, header: list[Any], body: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in body:
        ws.append(row)
    ws["A40"] = "end"  # never an empty workbook
    wb.save(path)
    return path


def check(result: RotaImport) -> None:
    assert isinstance(result, RotaImport)
    for p in result.people:
        assert all(math.isfinite(h) and h >= 0 for h in p.weekly_hours.values())
    assert all(p.message for p in result.problems)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=rows, header_extra=st.lists(cell, max_size=3))
def test_random_cells_in_a_grid_never_crash(body: list[list[Any]], header_extra: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "grid.xlsx", ["Name", "Role", *WEEK_COLUMNS, *header_extra], body)
        check(read_rota(path))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=rows)
def test_random_cells_in_a_long_list_never_crash(body: list[list[Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "list.xlsx", ["Date", "Name", "Job title", "Start", "End", "Activity"], body)
        check(read_rota(path))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=rows)
def test_random_rows_with_no_header_never_crash(body: list[list[Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check(read_rota(build(Path(folder) / "any.xlsx", [], body)))


@given(value=cell)
def test_times_and_session_words_of_any_value(value: Any) -> None:
    from planner.rota.sessions import read_session
    from planner.rota.times import clock_of
    from planner.rota.vocabulary import default_vocabulary

    clock = clock_of(value)
    assert clock is None or 0 <= clock.minutes <= 24 * 60 + 12 * 60
    if isinstance(value, str):
        reading = read_session(value, default_vocabulary(), 25 / 6)
        assert all(p.hours >= 0 for p in reading.pieces)
        assert all(s < e for s, e in reading.spans)
