"""Every surface reads the same PCN figures: the command line (text and JSON), the board pack,
the practice extract and the workbook (recalculated from its own formulas)."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from planner.cli.main import main
from planner.engine.pcn import compute_pcn
from planner.engine.pcn.summary import NETWORK_KEYS, PRACTICE_KEYS, pcn_summary
from planner.present import format as fmt
from planner.present.pcn import NETWORK_LINES, PRACTICE_LINES
from planner.sample import sample_pcn


@pytest.fixture
def pcn_file(tmp_path):
    path = tmp_path / "sample.skillmix-pcn"
    assert main(["pcn", "new-sample", str(path)]) == 0
    return path


def test_one_table_of_labels_for_every_figure():
    assert [x.key for x in NETWORK_LINES] == list(NETWORK_KEYS)
    assert [x.key for x in PRACTICE_LINES] == list(PRACTICE_KEYS)


def test_summary_json_is_the_engine(pcn_file, capsys):
    assert main(["pcn", "summary", str(pcn_file), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(pcn_summary(compute_pcn(sample_pcn()))))
    assert printed["options"]["Practice nurse via ARRS"]["rules_broken"][0]["rule"] == "12-month rule"


def test_pack_and_extract_print_the_engine_figures(pcn_file, tmp_path):
    results = compute_pcn(sample_pcn())
    pack, page = tmp_path / "board.pdf", tmp_path / "millbrook.pdf"
    assert main(["pcn", "report", str(pcn_file), "-o", str(pack)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pack).pages).split())
    paramedic = results.option("Shared visiting paramedic")
    for figure in (paramedic.money.allocation, paramedic.money.committed, paramedic.money.planned,
                   paramedic.money.headroom):
        assert fmt.money(figure) in text
    assert "Broken: 12-month rule" in text and "Weald Cross Surgery" in text
    assert main(["pcn", "extract", str(pcn_file), "X10002", "-o", str(page), "--option",
                 "Shared visiting paramedic"]) == 0
    reader = PdfReader(page)
    assert len(reader.pages) == 1
    one = reader.pages[0].extract_text()
    millbrook = paramedic.practice("X10002")
    assert fmt.hours(millbrook.gp_hours_freed_per_week) in one and fmt.money(millbrook.recharge_after) in one


def test_workbook_formulas_recalculate_to_the_engine(pcn_file, tmp_path):
    import formulas

    from planner.workbook.pcn_workbook import build_pcn_workbook

    out = tmp_path / "pcn.xlsx"
    assert main(["pcn", "export-xlsx", str(pcn_file), "-o", str(out)]) == 0
    solution = formulas.ExcelModel().loads(str(out)).finish().calculate()
    _, index = build_pcn_workbook(sample_pcn())

    def value(sheet: str, ref: str) -> float:
        return float(solution[f"'[pcn.xlsx]{sheet.upper()}'!{ref.replace('$', '')}"].value[0][0])

    results = compute_pcn(sample_pcn())
    for r in (results.today, *results.options):
        sheet, refs = index[r.name]
        assert value(sheet, refs.committed) == pytest.approx(r.money.committed, abs=0.01)
        assert value(sheet, refs.planned) == pytest.approx(r.money.planned, abs=0.01)
        assert value(sheet, refs.headroom) == pytest.approx(r.money.headroom, abs=0.01)
        for p in r.practices:
            assert value(sheet, refs.recharge[p.code]) == pytest.approx(p.recharge_after, abs=0.01)


@pytest.mark.parametrize(("args", "message"), [
    (["pcn", "summary", "missing.skillmix-pcn"], "does not exist"),
    (["pcn", "summary", "postgresql://u:pw@server/db"], "Do not write the password"),
    (["pcn", "summary", "postgresql://server"], "is not a database address"),
    (["pcn", "summary", "{pcn}", "--option", "Nope"], "no PCN option named 'Nope'"),
    (["pcn", "extract", "{pcn}", "X99", "-o", "x.pdf"], "no member practice 'X99'"),
    (["pcn", "report", "{pcn}", "-o", "x.txt"], "ending in .pdf"),
])
def test_bad_input_gets_one_line_and_exit_2(pcn_file, capsys, args, message):
    assert main([a.replace("{pcn}", str(pcn_file)) for a in args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
