"""One home for every figure's words: the command line, the app's results panel and Compare
page, the partners' pack and the workbook label each headline figure exactly as the table in
planner.present.figures does, and print it with the table's formatter."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from planner.cli.main import main
from planner.engine import compute
from planner.engine.summary import scenario_figures
from planner.estimates import option_ranges
from planner.present import figures as present_figures
from planner.report import build_pack
from planner.sample import sample_plan
from planner.store import save_plan
from planner.workbook import export_workbook, scenario_sheet_names
from planner.workbook.scenario_results import RESULT_GROUPS

PLAN = sample_plan()
OPTION = PLAN.scenarios[0].name


def _label(key: str) -> str:
    return present_figures.figure(key).label_for(PLAN)


def test_the_command_line_labels_and_prints_every_figure_as_the_table(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sample.skillmix"
    save_plan(PLAN, path)
    assert main(["summary", str(path), "--scenario", OPTION]) == 0
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    result = compute(PLAN).scenario(OPTION)
    figures = scenario_figures(PLAN, result) | option_ranges(PLAN, [result])[OPTION]
    for figure in present_figures.FIGURES:
        printed = f"{figure.label_for(PLAN)} {figure.show(figures, PLAN)}"
        assert any(" ".join(line.split()) == " ".join(printed.split()) for line in lines), printed


def test_the_results_panel_and_compare_use_the_tables_labels(qtbot) -> None:
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    window.show_page("scenarios")
    scenarios = window.page("scenarios")
    scenarios.select_scenario(OPTION)
    panel = scenarios.results.panel
    assert panel.names, "the panel shows no figures"
    for key, name in panel.names.items():
        assert name.text().strip() == _label(key), key
    window.show_page("compare")
    compare = window.page("compare")
    rows = {row.key: row.label for row in compare.table._rows}
    assert rows
    for key, text in rows.items():
        assert text == _label(key), key


def test_the_pack_labels_every_figure_on_the_side_by_side_page_as_the_table(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    build_pack(PLAN, out)
    labels = " ".join(_label_column_words(out, "Options side by side"))
    for figure in present_figures.FIGURES:  # a long label may wrap within its cell
        if figure.key != "shortfall_hours":  # the pack prints the total of every role's instead
            assert figure.label_for(PLAN) in labels, figure.key


def _label_column_words(pdf_path: Path, title: str) -> list[str]:
    """The words of the label column (left of the 'Do nothing' column) from the page titled
    ``title`` to the next section ("Assumptions and sources")."""
    out: list[str] = []
    with pdfplumber.open(pdf_path) as pdf:
        pages = iter(pdf.pages)
        for page in pages:
            if (page.extract_text() or "").startswith(title):
                break
        else:
            raise AssertionError(f"no page titled {title}")
        while True:
            words = page.extract_words()
            edges = [w["x0"] for w in words if w["text"] == "Do"]
            if edges:
                out += [w["text"] for w in words if w["x1"] < edges[0]]
            page = next(pages)
            if (page.extract_text() or "").startswith("Assumptions and sources"):
                return out


@pytest.mark.parametrize("sheet", ["Summary", "option"])
def test_the_workbook_labels_every_figure_it_shows_as_the_table(tmp_path: Path, sheet: str) -> None:
    out = tmp_path / "plan.xlsx"
    export_workbook(PLAN, out)
    wb = load_workbook(out)
    ws = wb["Summary"] if sheet == "Summary" else wb[scenario_sheet_names(PLAN)[OPTION]]
    labels = {str(c.value).strip() for row in ws.iter_rows(max_col=1) for c in row if c.value}
    keys = [line.key for _, lines, _ in RESULT_GROUPS for line in lines if line.key in present_figures.BY_KEY]
    assert len(keys) > 15
    for key in keys:
        assert _label(key) in labels, key
