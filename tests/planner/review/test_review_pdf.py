"""The one-page review for the partners, read back: every figure as the review prints it, on one
page, however much changed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from planner.edits import approve_option
from planner.model import Activity, Staff
from planner.report.review_page import build_review
from planner.review import review
from tests.planner.review.review_plans import APPROVED_ON, OPTION, REVIEWED_ON, approval_plan, now


def _text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), " ".join((page.extract_text() or "") for page in pdf.pages)


def _number_columns(path: Path) -> list[list[str]]:
    """The Promised, Now and Difference columns of the figures table, top to bottom (each is
    right-aligned under its heading)."""
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    heads = {w["text"]: w for w in words if w["text"] in ("Promised", "Now", "Difference")}
    top = heads["Promised"]["top"]
    bottom = next(w["top"] for w in words if w["text"] == "approval:" and w["top"] > top)
    return [[w["text"] for w in sorted(words, key=lambda w: w["top"])
             if top + 2 < w["top"] < bottom and abs(w["x1"] - heads[h]["x1"]) < 2]
            for h in ("Promised", "Now", "Difference")]


def _label_column(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    head = next(w for w in words if w["text"] == "Figure")
    bottom = next(w["top"] for w in words if w["text"] == "approval:" and w["top"] > head["top"])
    edge = next(w["x0"] for w in words if w["text"] == "Promised")
    return [w["text"] for w in words if head["top"] + 2 < w["top"] < bottom and w["x1"] < edge]


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def approved():
    return approve_option(approval_plan(), OPTION, APPROVED_ON, "Partners' meeting").after


def test_the_page_prints_each_figure_promised_now_and_the_difference(approved, tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    found = build_review(now(approved), out, on=REVIEWED_ON)
    pages, text = _text(out)
    assert pages == 1
    text = _one_line(text)
    assert "Review of a decision: Pharmacist" in text
    assert "Approved on 3 March 2026 by Partners' meeting; reviewed on 1 September 2026" in text
    columns = _number_columns(out)
    assert columns == [[line.texts()[i] for line in found.lines] for i in range(3)]
    assert [c[0] for c in columns] == ["11.0", "10.2", "-0.8"]  # GP hours freed a week
    assert [c[-1] for c in columns] == ["+£24,140", "+£21,334", "-£2,806"]  # cash effect
    labels = " ".join(_label_column(out))
    for line in found.lines:  # a long label wraps within its cell
        assert _one_line(line.label) in labels
    assert "Behind: 0.8 hours a week fewer freed than promised" in text
    assert "Clinical pharmacist: 30.0 hours a week (was 0.0). Joined: Pharm Pat 30.0 h." in text
    assert "Move 80% of Medication reviews from General practitioner to Clinical pharmacist" in text
    assert "At approval: GP work 50.0 hours a week, GP time 45.0 hours: 5.0 hours short" in text
    assert "Now: GP work 39.8 hours a week, GP time 37.8 hours: 2.0 hours short" in text


def test_a_long_list_of_changes_still_fits_one_page(approved, tmp_path: Path) -> None:
    plan = now(approved)
    many = tuple(Activity(f"extra_{i}", f"Extra work number {i} with a long name to wrap", "other_admin", 10 + i,
                          {"GP": 1}, {"GP": 1.0}) for i in range(30))
    team = tuple(Staff(f"Dr Locum {i} with a long name", "GP", 4) for i in range(20))
    plan = replace(plan, activities=plan.activities + many, staff=plan.staff + team)
    out = tmp_path / "review.pdf"
    build_review(plan, out, on=REVIEWED_ON)
    pages, text = _text(out)
    assert pages == 1
    assert "more changes: the Review page in Skillmix, or skillmix review, lists them all" in _one_line(text)


def test_nothing_changed_says_so(approved, tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    build_review(approved, out, on=REVIEWED_ON)
    assert "Import the new rota and appointment data" in _one_line(_text(out)[1])


def test_no_approval_no_file(tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    with pytest.raises(ValueError, match="No option of this plan has been approved yet"):
        build_review(approval_plan(), out)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_page_and_the_review_agree_on_the_verdict(approved, tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    build_review(now(approved), out, on=REVIEWED_ON)
    assert review(now(approved)).verdict in _one_line(_text(out)[1])


def test_the_packs_cover_names_the_approved_option(approved, tmp_path: Path) -> None:
    from planner.report import build_pack

    out = tmp_path / "pack.pdf"
    build_pack(approved, out)
    with pdfplumber.open(out) as pdf:
        cover = _one_line(pdf.pages[0].extract_text() or "")
    assert "Decision Pharmacist, approved 3 March 2026 by Partners' meeting" in cover
    build_pack(approval_plan(), out)
    with pdfplumber.open(out) as pdf:
        assert "Decision Pharmacist" not in (pdf.pages[0].extract_text() or "")
