"""A real spreadsheet program recalculates the workbook: LibreOffice (when installed; it is
not a project dependency) opens the file, recalculates every formula and saves it, and the
values it computed equal the engine's."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from planner.engine import compute
from planner.engine.summary import summary_dict
from planner.model import Plan
from planner.present.figures import ONLY_WHEN_FREE, released_is_shown
from planner.workbook import build_workbook, export_workbook
from tests.planner.workbook.test_cash import short_plan
from tests.planner.workbook.test_export import CASH_KEYS, RESULT_KEYS, hand_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]


def recalculated_by_libreoffice(path: Path, tmp: Path) -> Any:
    """The workbook as LibreOffice recalculated and saved it, read back as values."""
    out = tmp / "lo"
    out.mkdir()
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--calc",
                    "--convert-to", 'xlsx:Calc MS Excel 2007 XML', "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return load_workbook(out / path.name, data_only=True)


def value(book: Any, ref: str) -> Any:
    sheet, cell = ref.rsplit("!", 1)
    return book[sheet.strip("'")][cell.replace("$", "")].value


def check_against_engine(plan: Plan, tmp: Path) -> None:
    path = tmp / "plan.xlsx"
    export_workbook(plan, path)
    book = recalculated_by_libreoffice(path, tmp)
    _, index = build_workbook(plan)
    expected = summary_dict(plan, compute(plan))
    for name, refs in index.scenarios.items():
        want = expected["scenarios"][name]
        for key in RESULT_KEYS + CASH_KEYS:
            got = value(book, index.summary[name][key])
            blank = want[key] is None or (key in ONLY_WHEN_FREE and not released_is_shown(want))
            assert got == ("–" if blank else pytest.approx(want[key], abs=0.01)), (name, key)
        for i, year in enumerate(want["projection"]):
            got = value(book, refs.projection["net_benefit"][i])
            assert got == pytest.approx(year["net_benefit"], abs=0.01), (name, i + 1)
        assert value(book, index.summary[name]["net_benefit_over_projection"]) == pytest.approx(
            want["projection"][-1]["cumulative_net_benefit"], abs=0.01)
        got = value(book, index.do_nothing["cost_of_doing_nothing_per_year"])
        assert got == pytest.approx(want["cost_of_doing_nothing_per_year"], abs=0.01)
    for role, ref in index.workload.demand.items():
        assert value(book, ref) == pytest.approx(expected["baseline"]["demand_hours"][role], abs=0.01)


def test_libreoffice_computes_the_engine_figures_for_the_sample(tmp_path: Path) -> None:
    from planner.sample import sample_plan

    check_against_engine(sample_plan(), tmp_path)


def test_libreoffice_computes_the_hand_worked_plan(tmp_path: Path) -> None:
    check_against_engine(hand_plan(), tmp_path)


def test_libreoffice_computes_the_cash_effect_of_a_practice_short_of_gp_time(tmp_path: Path) -> None:
    check_against_engine(short_plan(locum_share=0.5), tmp_path)
