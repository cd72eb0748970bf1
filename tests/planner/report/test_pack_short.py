"""The pack partners read (issue 12): a short pack of about four pages made from the same
sections as the full one; the summary and options side by side each on one page for up to four
options; the contents with page numbers; skillmix report --short."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from planner.model import Hire, Plan
from planner.report import build_pack
from planner.sample import sample_plan
from tests.planner.report.pdf_reading import flat, lines, page_texts

ON = date(2026, 3, 3)


def four_options() -> Plan:
    plan = sample_plan()
    extra = replace(plan.scenarios[0], name="Pharmacist and HCA", recommended=False,
                    changes=plan.scenarios[0].changes + (Hire("HCA", 1.0),))
    return replace(plan, scenarios=plan.scenarios + (extra,))


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("packs")
    out = {}
    for name, plan, short in (("short", sample_plan(), True), ("full", sample_plan(), False),
                              ("short4", four_options(), True), ("full4", four_options(), False)):
        path = folder / f"{name}.pdf"
        build_pack(plan, path, on=ON, prepared_by="Jo Bloggs", short=short)
        out[name] = page_texts(path)
    return out


def starts(text: str) -> str:
    return lines(text)[0]


def test_the_short_pack_is_cover_decision_comparison_and_sources(packs: dict[str, list[str]]) -> None:
    for name in ("short", "short4"):
        texts = packs[name]
        assert len(texts) == 4, name
        assert [starts(t) for t in texts[1:]] == ["Summary", "Options side by side", "Sources"], name


def test_the_short_pack_takes_its_pages_from_the_full_pack(packs: dict[str, list[str]]) -> None:
    short, full = packs["short"], packs["full"]

    def body(text: str) -> str:  # the page without its footer ("Page n of N" differs)
        return flat(text).rsplit("Riverside Medical Practice · 3 March 2026", 1)[0]

    assert body(short[1]) == body(full[1])  # the summary
    side = next(t for t in full if starts(t) == "Options side by side")
    assert body(short[2]) == body(side)
    assert "Model assumptions" in short[3] and "Roles: pay, leave, ARRS and supervision" in short[3]
    assert "plan fingerprint" in short[3]  # which plan made it, at the end, not on the cover


def test_with_four_options_the_summary_and_the_comparison_each_keep_to_one_page(packs: dict[str, list[str]]) -> None:
    texts = packs["full4"]
    assert starts(texts[1]) == "Summary"
    assert starts(texts[2]) == "Where GP time goes now"  # the summary did not run over
    side = next(i for i, t in enumerate(texts) if starts(t) == "Options side by side")
    assert starts(texts[side + 1]) == "Assumptions and sources"
    assert "What the freed GP time becomes" in texts[side]  # the last row of the comparison
    assert "Option 4: Pharmacist and HCA." in flat(texts[side])  # and the last point to weigh


def test_the_contents_of_the_short_pack_have_page_numbers(packs: dict[str, list[str]]) -> None:
    cover = lines(packs["short"][0])
    at = cover.index("Contents")
    assert cover[at + 1: at + 7] == ["1. Summary", "2", "2. Options side by side", "3", "3. Sources", "4"]


def test_report_short_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner.cli.main import main
    from planner.store import save_plan

    plan_path = tmp_path / "riverside.skillmix"
    save_plan(sample_plan(), plan_path)
    out = tmp_path / "short.pdf"
    assert main(["report", str(plan_path), "-o", str(out), "--short"]) == 0
    texts = page_texts(out)
    assert len(texts) == 4 and starts(texts[3]) == "Sources"
    assert all("riverside.skillmix" not in flat(t) for t in texts)  # the file name nowhere
