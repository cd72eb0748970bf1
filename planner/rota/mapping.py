"""A mapping file (``import-rota --mapping FILE.json``): the practice's words and what its
layout means, in one JSON object.

    {"EC": "clinic", "Dispenser": "ADMIN"}                   words alone, as before
    {"words": {"EC": "clinic"},
     "ticks": {"1": {"category": "clinic", "hours": 7.5}},   a tick is a shift of that length
     "numbers": "clinic",                                    a number in a session cell is hours
     "name_column": "PROVIDER",                               or a letter: "B"
     "first_and_surname": ["First", "Surname"],
     "headers": {"Nom": "name", "Poste": "job title", "Lundi": "Mon"},
     "skip": ["Dr K Whitfield"]}

A word maps to a session category (clinic, duty, visits, admin, meeting, training, leave, off)
or to a role code (GP, PN, ...). The wizard builds the same choices with its pickers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.rota.options import ReadOptions, options_from
from planner.rota.vocabulary import CATEGORIES

LAYOUT_KEYS = ("words", "ticks", "numbers", "name_column", "first_and_surname", "headers", "skip")
EXAMPLE = '{"EC": "clinic", "Dispenser": "ADMIN"}'


@dataclass(frozen=True)
class RotaMapping:
    words: dict[str, str] = field(default_factory=dict)
    ticks: dict[str, tuple[str, float]] = field(default_factory=dict)
    options: ReadOptions = field(default_factory=ReadOptions)


def parse_mapping(data: Any) -> RotaMapping:
    """The mapping in a mapping file's JSON; ValueError with a one-line reason when it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"it must be a JSON object of words to categories or role codes, like {EXAMPLE}")
    words = {k: v for k, v in data.items() if k not in LAYOUT_KEYS}
    nested = data.get("words", {})
    if not isinstance(nested, dict):
        raise ValueError(f'"words" must be an object of words to categories or role codes, like {EXAMPLE}')
    words |= nested
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        raise ValueError(f"each word must map to a category or role code written as text, like {EXAMPLE}")
    return RotaMapping(words, _ticks(data.get("ticks", {})), options_from(data))


def _ticks(part: Any) -> dict[str, tuple[str, float]]:
    example = '{"1": {"category": "clinic", "hours": 7.5}}'
    if not isinstance(part, dict):
        raise ValueError(f'"ticks" must say what each tick stands for, like {example}')
    out = {}
    for tick, meaning in part.items():
        category = meaning.get("category") if isinstance(meaning, dict) else None
        hours = meaning.get("hours") if isinstance(meaning, dict) else None
        if (not isinstance(category, str) or category.casefold() not in CATEGORIES[:-1]
                or isinstance(hours, bool) or not isinstance(hours, (int, float)) or not 0 < hours <= 24):
            raise ValueError(f'the tick "{tick}" must have a category ({", ".join(CATEGORIES[:-1])}) and hours from '
                             f"0 to 24, like {example}")
        out[str(tick)] = (category.casefold(), float(hours))
    return out
