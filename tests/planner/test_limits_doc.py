"""docs/LIMITS.md shows the limits the code checks (planner.model.limits), not an old copy."""

from __future__ import annotations

from pathlib import Path

from planner.model.limits import markdown_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "LIMITS.md"
BEGIN = "<!-- generated from planner/model/limits.py: begin -->\n"
END = "<!-- generated from planner/model/limits.py: end -->"


def test_the_documented_limits_are_the_limits_checked() -> None:
    text = DOC.read_text(encoding="utf-8")
    shown = text[text.index(BEGIN) + len(BEGIN): text.index(END)]
    assert shown == markdown_table(), "regenerate the table in docs/LIMITS.md (see its text)"
