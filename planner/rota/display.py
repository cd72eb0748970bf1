"""A rota import's problems and unknown words as a practice manager reads them.

``planner.rota`` writes problems for the command line, each naming its place in Excel syntax
('Week 1'!C6) and unknown words compared lower-case. A table that already shows the place
needs it once, readable ("Week 1, cell C6"), and the words as the rota spells them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.rota import RotaImport, RotaProblem
from planner.rota.problems import ref
from planner.rota.vocabulary import normalise

#: An Excel reference as planner.rota writes one: Wk1!C6 or 'Week 1'!C6
_REF = re.compile(r"(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!([A-Z]{1,3}[0-9]+)")
_UNKNOWN = re.compile(r"^Unknown (job title|session word) '")
_MORE = re.compile(r"^ and ([\d,]+) more cells?")


def where(sheet: str, cell: str) -> str:
    """'Week 1, cell C6'; the sheet alone; 'Whole workbook' when neither is known."""
    if sheet and cell:
        return f"{sheet}, cell {cell}"
    return sheet or (f"Cell {cell}" if cell else "Whole workbook")


@dataclass(frozen=True)
class ReadableProblem:
    where: str
    message: str
    #: for an unknown word: the word as the rota spells it, its kind ("job title" or
    #: "session word") and how many more cells hold it
    word: str = ""
    kind: str = ""
    more: int = 0


def readable_problem(problem: RotaProblem) -> ReadableProblem:
    """The problem with its place said once and in words."""
    place = where(problem.sheet, problem.cell)
    unknown = _unknown_word(problem)
    if unknown is not None:
        return unknown
    own = ref(problem.sheet, problem.cell) if problem.cell else ""
    message = problem.message
    if own and len(_REF.findall(message)) == 1 and own in message:
        message = message.replace(f" at {own}", "").replace(f" ({own})", "")
    return ReadableProblem(place, _REF.sub(lambda m: _spoken(m, problem.sheet), message))


def _spoken(match: re.Match[str], own_sheet: str) -> str:
    sheet = (match.group(1) or "").replace("''", "'") or match.group(2)
    return f"cell {match.group(3)}" if sheet == own_sheet else where(sheet, match.group(3))


def _unknown_word(problem: RotaProblem) -> ReadableProblem | None:
    found = _UNKNOWN.match(problem.message)
    if found is None or not problem.cell:
        return None
    marker = f"' at {ref(problem.sheet, problem.cell)}"
    end = problem.message.find(marker, found.end())
    if end < 0:
        return None
    word, kind = problem.message[found.end():end], found.group(1)
    more = _MORE.match(problem.message[end + len(marker):])
    count = int(more.group(1).replace(",", "")) if more else 0
    also = f" (also in {count:,} more cell{'s' if count > 1 else ''})" if count else ""
    fix = "choose the role below." if kind == "job title" else "say what it means below, then read again."
    text = f"Unknown {kind} “{word}”{also}: {fix}"
    return ReadableProblem(where(problem.sheet, problem.cell), text, word, kind, count)


def typed_words(result: RotaImport) -> dict[str, str]:
    """Each unknown word of the import (compared lower-case) -> the word as the rota spells
    it, at the first cell it was found in; a word whose spelling cannot be found keeps its
    lower-case form."""
    spelt: dict[str, str] = {}
    for problem in result.problems:
        unknown = _unknown_word(problem)
        if unknown is not None:
            spelt.setdefault(normalise(unknown.word), unknown.word)
    for person in result.people:
        if person.role is None and person.job_title:
            spelt.setdefault(normalise(person.job_title), " ".join(person.job_title.split()))
    return {word: spelt.get(word, word) for word in result.unknown_words}
