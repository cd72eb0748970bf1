"""The review of an approved option: what it promised against what the plan now shows, figure by
figure (``planner.present.review_figures`` words each), with what changed in between. One value
that every surface reads: the app's Review page, the one-page PDF and ``skillmix review``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.model import Plan
from planner.present import format as fmt
from planner.present.review_figures import REVIEW_FIGURES, STATUS_WORDS, ReviewFigure, hire_figure
from planner.review.actual import Actual, actual
from planner.review.changes import Changes, changes_since
from planner.review.record import Decision, decision, long_date


@dataclass(frozen=True)
class ReviewLine:
    figure: ReviewFigure
    promised: float | None
    actual: float | None
    role: str = ""  # the hired role of a hires line

    @property
    def label(self) -> str:
        return self.figure.label

    @property
    def difference(self) -> float | None:
        return None if self.promised is None or self.actual is None else self.actual - self.promised

    @property
    def status(self) -> str:
        return self.figure.status(self.promised, self.actual)

    @property
    def words(self) -> str:
        return self.figure.words(self.promised, self.actual)

    def texts(self) -> tuple[str, str, str]:
        """(promised, actual, difference) as printed."""
        show = self.figure.show
        return show(self.promised), show(self.actual), self.figure.difference(self.difference)


@dataclass(frozen=True)
class Review:
    plan: Plan
    decision: Decision
    reviewed_on: date
    lines: tuple[ReviewLine, ...]
    actual: Actual
    changes: Changes

    @property
    def position_text(self) -> tuple[str, str]:
        """The GP position at approval and now, in words."""
        b, now = self.decision.baseline, self.actual.now
        return (_position(b.gp_demand, b.gp_capacity, b.gp_shortfall),
                _position(now.gp_demand, now.gp_capacity, now.gp_shortfall))

    @property
    def counts(self) -> dict[str, int]:
        """How many lines are ahead, as promised, behind and not known."""
        found = dict.fromkeys(STATUS_WORDS, 0)
        for line in self.lines:
            found[line.status] += 1
        return found


def _position(demand: float, capacity: float, shortfall: float) -> str:
    short = f"{fmt.hours(shortfall)} hours short" if fmt.hours(shortfall) != fmt.hours(0.0) else "nothing short"
    return f"GP work {fmt.hours(demand)} hours a week, GP time {fmt.hours(capacity)} hours: {short}"


def review(plan: Plan, number: int | None = None, on: date | None = None) -> Review:
    """Review decision ``number`` (the latest when None) against ``plan`` as it is now. ValueError
    when there is no such decision; InvalidPlan when the plan now cannot be computed."""
    d = decision(plan, number)
    found = actual(plan, d)
    lines = [ReviewLine(f, d.promised.get(f.key), found.figures.get(f.key)) for f in REVIEW_FIGURES
             if f.key in ("gp_hours_freed_per_week", "gp_gap_closed_per_week", "gp_contacts_per_day_after")]
    lines += hire_lines(d, found)
    lines += [ReviewLine(f, d.promised.get(f.key), found.figures.get(f.key)) for f in REVIEW_FIGURES
              if f.key in ("net_cost_per_year", "cash_effect_per_year")]
    return Review(plan, d, on or date.today(), tuple(lines), found, changes_since(plan, d))


def hire_lines(d: Decision, found: Actual) -> list[ReviewLine]:
    """One line per hired role: WTE the option hires against WTE in post beyond those at approval."""
    hired: dict[str, float] = {}
    titles: dict[str, str] = {}
    for h in d.hires:
        hired[h.role] = hired.get(h.role, 0.0) + h.wte
        titles.setdefault(h.role, h.title)
    return [ReviewLine(hire_figure(titles[r]), wte, found.now.added_wte.get(r), r) for r, wte in hired.items()]


def review_json(r: Review) -> dict[str, Any]:
    """The shape ``skillmix review --json`` prints."""
    d, now = r.decision, r.actual.now
    b = d.baseline
    return {
        "decision": {"number": d.number, "option": d.option, "approved_on": d.approved_on.isoformat(),
                     "approved_by": d.approved_by, "freed_time_use": d.freed_time_use, "changes": list(d.changes),
                     "hires": [{"role": h.role, "wte": h.wte, "annual_salary": h.annual_salary,
                                "arrs_funded": h.arrs_funded} for h in d.hires]},
        "reviewed_on": r.reviewed_on.isoformat(),
        "figures": [{"key": line.figure.key, "role": line.role or None, "label": line.label,
                     "promised": line.promised, "actual": line.actual, "difference": line.difference,
                     "status": line.status, "words": line.words} for line in r.lines],
        "gp": {"at_approval": {"demand_hours": b.gp_demand, "capacity_hours": b.gp_capacity,
                               "shortfall_hours": b.gp_shortfall},
               "now": {"demand_hours": now.gp_demand, "capacity_hours": now.gp_capacity,
                       "shortfall_hours": now.gp_shortfall, "supervision_hours": now.supervision}},
        "promised": dict(d.promised),
        "actual": dict(r.actual.figures),
        "changed": {"team": [c.text for c in r.changes.team], "work": [c.text for c in r.changes.work],
                    "other": list(r.changes.other)},
        "baseline": {"list_size": b.list_size, "edition": b.edition, "team_hours": dict(b.team_hours),
                     "volumes": {code: a["volume_per_week"] for code, a in b.activities.items()},
                     "data": b.data},
    }


def heading(r: Review) -> str:
    """'Clinical pharmacist: approved 3 March 2026 by the partners, reviewed 1 September 2026'."""
    d = r.decision
    return (f"{d.option}: approved {long_date(d.approved_on)} by {d.approved_by}, "
            f"reviewed {long_date(r.reviewed_on)}")
