"""How to read one rota file, beyond the words: what the practice manager tells Skillmix when
its layout cannot be guessed. The same choices come from a mapping file (``--mapping``) or the
import wizard.

- ``name_column``: the column holding the people's names, as a letter ("B") or its header
  ("PROVIDER"), when another column would be taken;
- ``first_and_surname``: the two headers to join into a name ("First", "Surname");
- ``numbers``: the category a number in a session cell is hours of (7.5 -> 7.5 h of clinic);
- ``headers``: header words in other languages or the practice's own ("Nom": "name",
  "Lundi": "Mon"); a value is a column kind (name, first name, surname, job title, date,
  start, end, hours, activity, contracted) or a day (Mon ... Sun);
- ``skip``: people to leave out of the import (they stay in the plan as they are).

Ticks (``1``, ``✓``, ``x`` meaning "works this shift") are words with a length, kept with the
practice's words (``RotaVocabulary.shifts``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.rota.vocabulary import CATEGORIES, normalise

COLUMN_KINDS = ("name", "first", "surname", "title", "date", "start", "end", "hours", "activity", "contracted")
KIND_WORDS = {"job title": "title", "role": "title", "contracted hours": "contracted", "first name": "first",
              "forename": "first", "last name": "surname"}
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


@dataclass(frozen=True)
class ReadOptions:
    name_column: str = ""
    first_and_surname: tuple[str, str] | None = None
    numbers: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    skip: frozenset[str] = frozenset()

    def column_index(self, header_rows: list[Any]) -> int | None:
        """The 0-based column ``name_column`` names: a letter, or a header in ``header_rows``."""
        return self.column_index_of(self.name_column, header_rows)

    @staticmethod
    def column_index_of(wanted: str, header_rows: list[Any]) -> int | None:
        """The 0-based column a header (or, failing that, a column letter) names."""
        wanted = wanted.strip()
        if not wanted:
            return None
        for row in header_rows:
            for i, v in enumerate(row):
                if isinstance(v, str) and normalise(v) == normalise(wanted):
                    return i
        if _LETTERS.match(wanted):
            n = 0
            for ch in wanted.upper():
                n = n * 26 + ord(ch) - 64
            return n - 1
        return None

    def header_kind(self, text: str) -> str | None:
        """What a header word means by the practice's own headers (a column kind or a day)."""
        return self.headers.get(normalise(text))

    def skipped(self, name: str) -> bool:
        return normalise(name) in self.skip


def options_from(data: Mapping[str, Any]) -> ReadOptions:
    """Options from a mapping file's keys; raises ValueError with a one-line reason."""
    name_column = data.get("name_column", "")
    if not isinstance(name_column, str):
        raise ValueError('"name_column" must be a column letter or a header, like "B" or "PROVIDER"')
    pair = data.get("first_and_surname")
    if pair is not None and not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
        raise ValueError('"first_and_surname" must name two headers, like ["First", "Surname"]')
    numbers = data.get("numbers")
    if numbers is not None and (not isinstance(numbers, str) or numbers.casefold() not in CATEGORIES[:-1]):
        raise ValueError(f'"numbers" must be the category numbers are hours of ({", ".join(CATEGORIES[:-1])})')
    headers = data.get("headers", {})
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise ValueError('"headers" must map header words to what they mean, like {"Nom": "name", "Lundi": "Mon"}')
    skip = data.get("skip", [])
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise ValueError('"skip" must be a list of names, like ["Dr K Whitfield"]')
    return ReadOptions(name_column, (pair[0], pair[1]) if pair else None, numbers.casefold() if numbers else None,
                       {normalise(k): header_meaning(v) for k, v in headers.items()},
                       frozenset(normalise(s) for s in skip))


def header_words(text: str) -> dict[str, str]:
    """Header words typed as "Nom = name, Poste = job title, Lundi = Mon" (the wizard's box):
    word -> meaning, normalised. ValueError naming the pair that cannot be read."""
    out = {}
    for pair in (p for p in re.split(r"[,;\n]", text) if p.strip()):
        word, sep, meaning = pair.partition("=")
        if not sep or not word.strip() or not meaning.strip():
            raise ValueError(f"'{pair.strip()}': write each as word = meaning, like Nom = name")
        out[normalise(word)] = header_meaning(meaning)
    return out


def header_meaning(value: str) -> str:
    """A header mapping's value as a column kind or a day label; ValueError if it is neither."""
    from planner.rota.weeks import DAY_LABELS, DAYS

    text = normalise(value)
    kind = KIND_WORDS.get(text, text)
    if kind in COLUMN_KINDS:
        return kind
    day = DAYS.get(text)
    if day is not None:
        return DAY_LABELS[day]
    raise ValueError(f"a header can mean {', '.join(COLUMN_KINDS)} or a day (Mon ... Sun), not '{value}'")
