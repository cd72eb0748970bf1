"""Is a person's week believable? A layout read wrongly shows up as impossible hours, so the
import stops there rather than save them: anyone above ``MAX_WEEKLY_HOURS`` a week, and anyone
far from the contracted hours the rota itself gives ("Hrs per week" column), is a problem naming
the person, the hours and the cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.present import format as fmt
from planner.rota.problems import ProblemLog, ref
from planner.rota.result import RotaPerson

if TYPE_CHECKING:
    from planner.rota.tally import PersonTally

#: Hours a week above which a rota is taken to be read wrongly (the working time limit is 48).
MAX_WEEKLY_HOURS = 60.0
#: A rota week further than this share from the contracted hours, and by more than
#: CONTRACT_GAP_HOURS, is questioned.
CONTRACT_SHARE = 0.5
CONTRACT_GAP_HOURS = 4.0
LEAVE_OUT = ("If it is right, leave them out of this import (skip them) and enter their hours on the Team page")


def plausible(person: RotaPerson, p: PersonTally, log: ProblemLog) -> None:
    """Add a problem when ``person``'s week cannot be right."""
    total = person.total_weekly_hours
    where = _rows(p)
    if total > MAX_WEEKLY_HOURS:
        log.add(p.sheet, p.cell, f"{p.name} comes to {fmt.hours(total)} h a week ({_biggest(person)}), from {where}: "
                                 f"more than anyone works, so the rota may be read wrongly. Check its layout (are "
                                 f"several weeks or AM and PM columns on the sheet?). {LEAVE_OUT}.")
        return
    if p.contracted is None:
        return
    contracted, sheet, cell = p.contracted
    if abs(total - contracted) > max(CONTRACT_GAP_HOURS, CONTRACT_SHARE * contracted):
        log.add(sheet, cell, f"{p.name} comes to {fmt.hours(total)} h a week from {where}, but the rota gives "
                             f"{fmt.hours(contracted)} contracted hours at {ref(sheet, cell)}: check the sessions are "
                             f"read as you mean (how long a session is, several weeks on a sheet). {LEAVE_OUT}.")


def _rows(p: PersonTally) -> str:
    shown = [ref(sheet, cell) for sheet, cell in p.rows[:3]] or [ref(p.sheet, p.cell)]
    more = len(p.rows) - 3
    return "the row" + ("s" if len(p.rows) > 1 else "") + " at " + ", ".join(shown) + \
        (f" and {more} more" if more > 0 else "")


def _biggest(person: RotaPerson) -> str:
    parts = sorted(((h, c) for c, h in person.weekly_hours.items() if h), reverse=True)[:3]
    return ", ".join(f"{c} {fmt.hours(h)} h" for h, c in parts)
