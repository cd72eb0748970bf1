"""Excel rota import: read the rotas practices really keep into each person's average week
by session category, and put them into a plan.

``read_rota(path)`` -> RotaImport (people, problems naming sheet and cell, sheets read and
skipped, unknown words, weeks averaged); ``apply_rota(plan, result)`` -> a new Plan.
A practice's own words are a RotaVocabulary, saved in the plan (``with_vocabulary``).
"""

from __future__ import annotations

from planner.excel.open_workbook import list_sheets
from planner.rota.apply import apply_rota
from planner.rota.reader import read_rota
from planner.rota.result import RotaCancelled, RotaImport, RotaPerson, RotaProblem
from planner.rota.vocabulary import (
    CATEGORIES,
    COUNTED,
    RotaVocabulary,
    default_vocabulary,
    vocabulary_of,
    with_vocabulary,
)

__all__ = ["CATEGORIES", "COUNTED", "RotaCancelled", "RotaImport", "RotaPerson", "RotaProblem",
           "RotaVocabulary", "apply_rota", "default_vocabulary", "list_sheets", "read_rota",
           "vocabulary_of", "with_vocabulary"]
