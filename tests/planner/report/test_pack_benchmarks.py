"""The pack with the practice's own appointment data: a benchmarks page with the period and
source named and the hand-worked figures (tests/planner/appointments/test_benchmarks.py), and
the assumptions saying which volumes are the practice's own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from planner.appointments import apply_import, prepare_import, read_gpad, read_list_sizes
from planner.model import Plan
from planner.report import build_pack
from planner.sample import sample_plan
from tests.planner.appointments.gpad_files import write_gpad, write_list_sizes
from tests.planner.report.pdf_reading import flat, lines, page_texts, values_after


def with_data(tmp_path: Path, plan: Plan) -> Plan:
    scan = read_gpad([write_gpad(tmp_path / "Practice_Level_Crosstab_Feb_26.csv")], "A81001")
    lists, _ = read_list_sizes(write_list_sizes(tmp_path / "gp-reg-pat-prac-all.csv"))
    return apply_import(plan, prepare_import(plan, scan, lists))


def test_benchmarks_page(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    build_pack(with_data(tmp_path, sample_plan()), out)
    texts = page_texts(out)
    (page,) = [t for t in texts if "Your appointments beside your peers" in t]
    rows = lines(page)
    assert values_after(rows, "Appointments per 1,000 patients a week", 4) == ["35.1", "24.1", "19.4", "17.8"]
    assert values_after(rows, "Share seen by a GP", 4) == ["63.4%", "78.8%", "82.5%", "74.7%"]
    assert values_after(rows, "DNA rate (did not attend)", 4) == ["1.4%", "4.8%", "4.0%", "3.6%"]
    words = flat(page)
    assert "Feb 2026, from NHS England's Appointments in General Practice, practice-level files " \
           "(Practice_Level_Crosstab_Feb_26.csv)" in words
    assert "Your PCN: RIVERSIDE PCN (U12345), 2 practices" in words
    assert "gp-reg-pat-prac-all.csv (01FEB2026)" in words


def test_sources_say_which_volumes_are_the_practices_own(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    build_pack(with_data(tmp_path, sample_plan()), out)
    words = flat(" ".join(page_texts(out))).replace(" ", "")  # a narrow column wraps the file name
    assert words.count("Yourdata:Practice_Level_Crosstab_Feb_26.csv,Feb2026") == 5
    assert "Skillmixestimate:appointmentdatadoesnotcoverthiswork" in words


def test_no_benchmarks_page_without_data(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    build_pack(replace(sample_plan(), scenarios=()), out)
    assert not any("beside your peers" in t for t in page_texts(out))
