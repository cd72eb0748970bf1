"""The glossary is the table of figures, every figure once, in words."""

from __future__ import annotations

from xml.sax.saxutils import escape

from planner.present.figures import FIGURES, TODAY_FIGURES
from planner.present.glossary import entries, glossary_html


def test_every_figure_is_in_the_glossary_with_its_explanation_and_unit() -> None:
    text = glossary_html()
    for figure in FIGURES + TODAY_FIGURES:
        assert escape(figure.explanation) in text, figure.key
        if figure.unit:
            assert f"({figure.unit})" in text, figure.key
    assert len(entries()) == len(FIGURES) + len(TODAY_FIGURES)


def test_searching_keeps_only_the_figures_with_every_word() -> None:
    text = glossary_html("supervision hours")
    assert "GP supervision hours a week" in text
    assert "Net cost a year" not in text
    assert glossary_html("no such words at all") == "<p>No figure matches those words.</p>"
