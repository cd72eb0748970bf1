"""`skillmix report`: exit 0 and a PDF; exit 2 with one line for a mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli.main import main
from planner.sample import sample_plan
from planner.store import save_plan
from tests.planner.report.pdf_reading import flat, page_texts


@pytest.fixture()
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "riverside.skillmix"
    save_plan(sample_plan(), path)
    return path


def test_report_writes_the_pack(plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.pdf"
    code = main(["report", str(plan_file), "-o", str(out), "--scenario", "Clinical pharmacist",
                 "--anonymise", "--prepared-by", "Practice manager"])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out
    text = flat(" ".join(page_texts(out)))
    assert "Option 1: Clinical pharmacist" in text and "Option 2" not in text
    assert "Dr A Patel" not in text and "GP 1" in text


def test_unknown_scenario_exits_2_with_one_line(plan_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["report", str(plan_file), "-o", str(out), "--scenario", "Nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "no scenario named 'Nope'" in err and "Clinical pharmacist" in err
    assert not out.exists()


def test_missing_folder_and_wrong_suffix_exit_2(plan_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(plan_file), "-o", str(tmp_path / "nowhere" / "pack.pdf")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["report", str(plan_file), "-o", str(tmp_path / "pack.docx")]) == 2
    assert "ending in .pdf" in capsys.readouterr().err


def test_missing_plan_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "none.skillmix"), "-o", str(tmp_path / "p.pdf")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("skillmix:")
