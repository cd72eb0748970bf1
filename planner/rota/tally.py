"""Add up each person's sessions over every sheet and week, checking as it goes:
a person listed twice in one week, overlapping times on one day, missing or unknown job titles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from planner.model.limits import text_problem
from planner.rota.checks import plausible
from planner.rota.problems import ProblemLog, cell_name, ref
from planner.rota.result import RotaPerson
from planner.rota.sessions import Piece
from planner.rota.times import hhmm
from planner.rota.vocabulary import COUNTED, RotaVocabulary, normalise
from planner.rota.weeks import DAY_LABELS, UNMARKED, WeekKey, week_label

DECIMALS = 9  # float noise only (25/6 x 6 = 25.000000000000004)
#: categories that are not time at work in the practice (not cover)
NOT_AT_WORK = frozenset({"leave", "off"})
_BRACKETED = re.compile(r"\s*[\(\[].*?[\)\]]\s*")


def person_key(name: str) -> str:
    """Names compare with stray spaces removed and case folded."""
    return normalise(name)


@dataclass
class PersonTally:
    name: str
    sheet: str
    cell: str
    title: str = ""
    title_sheet: str = ""
    title_cell: str = ""
    title_column: bool = True
    hours: dict[str, float] = field(default_factory=dict)
    key: str = ""
    #: where they are listed, (sheet, cell) of each row (for the plausibility check's message)
    rows: list[tuple[str, str]] = field(default_factory=list)
    #: contracted hours a week from a "Hrs per week" column, with its (sheet, cell)
    contracted: tuple[float, str, str] | None = None
    #: hours at work in each session of the week ("Mon AM"), all weeks added up
    slots: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.key = person_key(self.name)


#: A timed session: (start, end, sheet, column, row). A plain tuple of atoms, so the garbage
#: collector stops tracking it (a 100,000-row list keeps tens of thousands of these); the
#: cell's name is made only for a message.
_Span = tuple[int, int, str, int, int]


class Tally:
    def __init__(self, vocab: RotaVocabulary, require_titles: bool = True) -> None:
        self.vocab = vocab
        self.require_titles = require_titles
        self.log = ProblemLog(vocab.role_codes())
        self.people: dict[str, PersonTally] = {}
        self.weeks: set[WeekKey] = set()
        #: how much of a week a sheet of dates covers (a month's part-weeks), when not whole
        self.week_share: dict[WeekKey, float] = {}
        #: where a week was marked: key -> (sheet, what marked it), for messages
        self.week_marks: dict[WeekKey, tuple[str, str]] = {}
        #: numbers found in session cells where words were expected ("1"), in order found
        self.numbers_seen: dict[str, None] = {}
        self._listed: dict[tuple[WeekKey, str], tuple[str, str]] = {}
        self.spans: dict[tuple[str, object], tuple[_Span, ...]] = {}

    def person(self, name: str, sheet: str, cell: str) -> PersonTally:
        key = person_key(name)
        found = self.people.get(key)
        if found is None:
            found = self.people[key] = PersonTally(" ".join(name.split()), sheet, cell)
        return found

    def title(self, p: PersonTally, title: str, sheet: str, cell: str) -> None:
        if title and not p.title:
            p.title, p.title_sheet, p.title_cell = " ".join(title.split()), sheet, cell

    def add_week(self, key: WeekKey, share: float = 1.0, sheet: str = "", how: str = "") -> None:
        """A week the rota covers (``share`` of it, for a month's part-weeks)."""
        self.weeks.add(key)
        if share < 1.0 or key in self.week_share:
            self.week_share[key] = max(share, self.week_share.get(key, 0.0))
        if how:
            self.week_marks.setdefault(key, (sheet, how))

    @property
    def week_count(self) -> float:
        return sum(self.week_share.get(k, 1.0) for k in self.weeks)

    def listed_once(self, week: WeekKey, p: PersonTally, sheet: str, cell: str) -> bool:
        """Record a grid row for ``p`` in ``week``; False (and a problem) if already there."""
        key = (week, p.key)
        first = self._listed.get(key)
        if first is None:
            self._listed[key] = (sheet, cell)
            return True
        self.log.add(sheet, cell, f"{p.name} is listed twice in {week_label(week)}: at {ref(sheet, cell)} and at "
                                  f"{ref(*first)}. {self._twice_advice(week, sheet, first[0])}")
        return False

    def _twice_advice(self, week: WeekKey, sheet: str, other: str) -> str:
        if sheet == other:
            return ("If the rows are different weeks, put a 'Week 2' label or the week's date above each; "
                    "if not, delete one of the rows")
        marked = self.week_marks.get(week)
        if week == UNMARKED or marked is None:
            return (f"If '{other}' and '{sheet}' are different weeks, name them Wk1, Wk2... or put the week's date "
                    "above each rota")
        return (f"Sheets '{other}' and '{sheet}' both say they are {week_label(week)} ({marked[1]}): if they are "
                "different weeks, correct the date on one of them; if one week is split across the sheets, "
                "list each person once")

    def add(self, p: PersonTally, pieces: Iterable[Piece]) -> None:
        for piece in pieces:
            if piece.category != "off":
                p.hours[piece.category] = p.hours.get(piece.category, 0.0) + piece.hours

    def on_slot(self, p: PersonTally, slot: str, pieces: Iterable[Piece]) -> None:
        """Count ``pieces`` at work (not leave or off) in session ``slot`` ("Mon AM"): the Team
        page's cover by day."""
        at_work = sum(piece.hours for piece in pieces if piece.category not in NOT_AT_WORK)
        if at_work > 0:
            p.slots[slot] = p.slots.get(slot, 0.0) + at_work

    def span(self, p: PersonTally, day: object, start: int, end: int, sheet: str, at: tuple[int, int]) -> None:
        """A session with explicit times at ``at`` (0-based column, row); a problem if it
        overlaps another that day."""
        key = (p.key, day)
        spans = self.spans.get(key, ())
        for o_start, o_end, o_sheet, o_col, o_row in spans:
            if start < o_end and o_start < end:
                cell, other = cell_name(*at), cell_name(o_col, o_row)
                self.log.add(sheet, cell, f"{p.name} has overlapping sessions on {_day_label(day)}: "
                                          f"{hhmm(start % 1440)}-{hhmm(end % 1440)} at {ref(sheet, cell)} overlaps "
                                          f"{hhmm(o_start % 1440)}-{hhmm(o_end % 1440)} at {ref(o_sheet, other)}")
                return
        self.spans[key] = (*spans, (start, end, sheet, *at))

    def role_of(self, title: str) -> str | None:
        """The role code of a job title; brackets ("GP (partner)") and plurals ("GPs") tolerated."""
        for candidate in (title, _BRACKETED.sub(" ", title), title.rstrip("sS")):
            role = self.vocab.role(candidate)
            if role is not None:
                return role
        return None

    def result(self, skip: Callable[[str], bool] = lambda name: False) -> tuple[RotaPerson, ...]:
        weeks = self.week_count or 1.0
        return tuple(self._person(p, weeks) for p in self.people.values() if not skip(p.name))

    def _person(self, p: PersonTally, weeks: float) -> RotaPerson:
        hours = {c: round(p.hours.get(c, 0.0) / weeks, DECIMALS) for c in COUNTED}
        role = self.role_of(p.title) if p.title else None
        if p.title and role is None:
            self.log.unknown("title", p.title, p.title_sheet, p.title_cell)
        elif not p.title and self.require_titles:
            where = ref(p.sheet, p.cell)
            fix = ("add one in the job title column" if p.title_column
                   else "add a Job title column next to the names")
            self.log.add(p.sheet, p.cell, f"No job title for {p.name} at {where}: {fix} "
                                          "(for example GP partner, Practice nurse, Receptionist)")
        too_long = text_problem(p.name)
        if too_long is not None:
            self.log.add(p.sheet, p.cell, f"The name at {ref(p.sheet, p.cell)} {too_long}: is a note in the name "
                                          "column? Keep only the name there")
        sessions = {slot: round(h / weeks, DECIMALS) for slot, h in p.slots.items()}
        person = RotaPerson(p.name, p.title, role, hours, sessions)
        plausible(person, p, self.log)
        return person


def _day_label(day: object) -> str:
    if isinstance(day, tuple) and len(day) == 2 and isinstance(day[1], int):
        return DAY_LABELS[day[1] % 7]
    if isinstance(day, date):
        return day.strftime("%a %d %b %Y")
    return str(day)
