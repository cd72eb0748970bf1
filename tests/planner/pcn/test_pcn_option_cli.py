"""``skillmix pcn option|recruit|redeploy|remove-change|london``: the app's edits from the command
line, each saved as one save; mistakes are one line and exit code 2, nothing saved."""

from __future__ import annotations

import pytest

from planner.cli.main import main
from planner.engine.pcn import compute_pcn
from planner.pcn.session import PcnSession
from planner.pcn.store import create_file, open_location
from tests.planner.pcn.tiny import tiny_pcn


@pytest.fixture
def tiny_file(tmp_path) -> str:
    path = tmp_path / "tiny.skillmix-pcn"
    create_file(path, tiny_pcn()).engine.dispose()
    return str(path)


def saved(location: str):  # type: ignore[no-untyped-def]
    return PcnSession.open(open_location(location)).pcn


def test_create_an_option_and_recruit_across_two_practices(tiny_file, capsys):
    assert main(["pcn", "option", tiny_file, "add", "Hire", "A pharmacist for both"]) == 0
    assert main(["pcn", "recruit", tiny_file, "Hire", "--role", "PHARM", "--wte", "0.5", "--name", "P3",
                 "--start", "2026-10-01", "--sessions", "A=2", "--sessions", "B=2.5", "--one-off", "1000"]) == 0
    assert "Add to Hire: Recruit Clinical pharmacist (P3), 0.5 WTE: 2 at Practice A, 2.5 at Practice B: saved in" \
        in capsys.readouterr().out
    pcn = saved(tiny_file)
    assert pcn.option("Hire").description == "A pharmacist for both"
    assert compute_pcn(pcn).option("Hire").money.planned == pytest.approx(30_000 * 182 / 365)
    assert main(["pcn", "redeploy", tiny_file, "Hire", "P1", "--sessions", "A=1", "--sessions", "B=5"]) == 0
    assert main(["pcn", "option", tiny_file, "link", "Hire", "B", "Pharm work"]) == 0
    assert main(["pcn", "option", tiny_file, "copy", "Hire", "Hire 2"]) == 0
    assert main(["pcn", "remove-change", tiny_file, "Hire 2", "2"]) == 0
    assert main(["pcn", "option", tiny_file, "rename", "Grow", "Grow fast"]) == 0
    assert main(["pcn", "option", tiny_file, "delete", "Grow fast"]) == 0
    pcn = saved(tiny_file)
    assert [o.name for o in pcn.options] == ["Hire", "Hire 2"]
    assert [c.type for c in pcn.option("Hire").changes] == ["recruit", "redeploy"]
    assert [c.type for c in pcn.option("Hire 2").changes] == ["recruit"]
    assert pcn.option("Hire").practice_options == {"B": "Pharm work"}


@pytest.mark.parametrize(("argv", "message"), [
    (["recruit", "{f}", "Grow", "--role", "PHARM", "--wte", "0.5", "--sessions", "A=5"],
     "Sessions add up to 5 a week but 0.5 WTE is 4.5 sessions"),
    (["recruit", "{f}", "Grow", "--role", "XX", "--wte", "1"], "'XX' is not a role of the PCN"),
    (["recruit", "{f}", "Grow", "--role", "PHARM", "--wte", "1", "--sessions", "A:2"], "write it as PRACTICE=N"),
    (["redeploy", "{f}", "Nope", "P1"], "no PCN option called 'Nope'"),
    (["remove-change", "{f}", "Grow", "0"], "Grow has no change number 0"),
    (["option", "{f}", "add", "grow"], "already a PCN option called 'grow'"),
])
def test_mistakes_are_one_line_and_nothing_is_saved(tiny_file, capsys, argv, message):
    assert main(["pcn", *(a.format(f=tiny_file) for a in argv)]) == 2
    assert message in capsys.readouterr().err
    assert saved(tiny_file) == tiny_pcn()


def test_london_weighting_from_the_command_line(tmp_path):
    from planner.sample import sample_pcn

    path = str(tmp_path / "sample.skillmix-pcn")
    create_file(tmp_path / "sample.skillmix-pcn", sample_pcn()).engine.dispose()
    assert main(["pcn", "london", path, "outer"]) == 0
    assert saved(path).role("PHARM").annual_salary == 58_069
    assert main(["pcn", "london", path, "none"]) == 0
    assert saved(path) == sample_pcn()
