"""The Scenarios page's year-by-year table prints the years as the partners' pack does (one
rule, planner.present.years): every row adds up as printed (value of GP time − net cost −
one-off = value less costs, and each running total is the one before plus the year's),
and every cell is the pack's for the same option, year and figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli.main import main
from planner.sample import sample_plan
from planner.store import save_plan
from tests.planner.report.pdf_reading import lines, page_texts, pounds, values_after
from tests.ui.scenarios_support import make_page

#: the table's pounds, in the pack's order of its columns after the hours
POUNDS = ("gp_time_value", "net_cost", "one_off", "net_benefit", "cumulative")


@pytest.fixture(scope="module")
def pack_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The sample's full pack, made as `skillmix report` makes it, read back line by line."""
    folder = tmp_path_factory.mktemp("pack")
    plan_path, pdf = folder / "sample.skillmix", folder / "pack.pdf"
    save_plan(sample_plan(), plan_path)
    assert main(["report", str(plan_path), "-o", str(pdf)]) == 0
    return lines("\n".join(page_texts(Path(pdf))))


def app_rows(page, name: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    page.select_scenario(name)
    years = page.results.panel.years
    keys = years.model.column_keys()
    return [{k: years.cell(row, k) for k in keys} for row in range(years.model.rowCount())]


def test_every_row_of_the_year_table_adds_up_and_is_the_packs(qtbot, pack_lines: list[str]) -> None:
    page = make_page(qtbot)
    names = [s.name for s in page.document.plan.scenarios]
    assert names
    start = pack_lines.index("Where GP time goes now")
    for n, name in enumerate(names, start=1):
        rows = app_rows(page, name)
        assert rows, name
        option = pack_lines.index(f"Option {n}: {name}", start)
        running = 0
        for row in rows:
            value, net, one_off, benefit, total = (pounds(row[k]) for k in POUNDS)
            assert value - net - one_off == benefit, (name, row)
            assert running + benefit == total, (name, row)
            running = total
            # the pack's row: full speed, hours freed, value, net cost, one-off, value less costs, running total
            printed = values_after(pack_lines, row["year"], 7, option)
            assert [row["gp_hours_freed"], *(row[k] for k in POUNDS)] == printed[1:], (name, row["year"])


def test_the_sample_pharmacists_years_as_the_pack_prints_them(qtbot) -> None:
    """The rows that did not add up: year 2 printed £59,175 − £3,266 = £55,908 (the pack £59,174),
    year 5 £67,205 (the pack £67,206)."""
    rows = app_rows(make_page(qtbot), "Clinical pharmacist")
    assert [(r["gp_time_value"], r["net_cost"], r["net_benefit"]) for r in (rows[1], rows[4])] == \
        [("£59,174", "£3,266", "£55,908"), ("£67,206", "£3,601", "£63,605")]
