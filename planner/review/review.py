"""The review of an approved option: what it promised against what the plan now shows, figure by
figure (``planner.present.review_figures`` words each), with what changed in between. One value
that every surface reads: the app's Review page, the one-page PDF and ``skillmix review``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.model import FREED_TIME_USES, Plan
from planner.present import format as fmt
from planner.present.review_figures import REVIEW_FIGURES, STATUS_WORDS, ReviewFigure, hire_figure
from planner.review.actual import Actual, actual
from planner.review.changes import Changes, changes_since
from planner.review.record import Decision, decision, long_date

HOW_WORKED_OUT = (
    "How the figures now are worked out: from the team and the work in the plan today (the rota and "
    "appointment data imported since the approval), never from the option's own changes. GP supervision of "
    "the staff who joined the hired roles is counted as the option counted it; costs use the pay, ARRS and "
    "assumptions of the day of approval. 'As promised' means the two figures print the same.")


@dataclass(frozen=True)
class ReviewLine:
    figure: ReviewFigure
    promised: float | None
    actual: float | None
    role: str = ""  # the hired role of a hires line
    #: said after the words when the status needs a reason ("with fewer staff in post than promised")
    note: str = ""

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
        text = self.figure.words(self.promised, self.actual)
        return f"{text}, {self.note}" if self.note and self.status in ("ahead", "behind") else text

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
        return (_position(b.gp_demand, b.gp_capacity, b.gp_shortfall,
                          self.decision.promised.get("gp_contacts_per_day_before")),
                _position(now.gp_demand, now.gp_capacity, now.gp_shortfall, now.contacts_per_day))

    @property
    def verdict(self) -> str:
        """'Of 6 figures, 1 is ahead of the promise, 0 as promised and 5 behind.'"""
        n = self.counts
        text = (f"Of {len(self.lines)} figures, {n['ahead']} {'is' if n['ahead'] == 1 else 'are'} ahead of the "
                f"promise, {n['as_promised']} as promised and {n['behind']} behind")
        return text + (f"; {n['not_known']} cannot be worked out." if n["not_known"] else ".")

    @property
    def counts(self) -> dict[str, int]:
        """How many lines are ahead, as promised, behind and not known."""
        found = dict.fromkeys(STATUS_WORDS, 0)
        for line in self.lines:
            found[line.status] += 1
        return found


def _position(demand: float, capacity: float, shortfall: float, contacts: float | None) -> str:
    short = f"{fmt.hours(shortfall)} hours short" if fmt.hours(shortfall) != fmt.hours(0.0) else "nothing short"
    per_day = f"; {fmt.number(contacts, 1)} patient contacts a GP day" if contacts is not None else ""
    return f"GP work {fmt.hours(demand)} hours a week, GP time {fmt.hours(capacity)} hours: {short}{per_day}"


def review(plan: Plan, number: int | None = None, on: date | None = None) -> Review:
    """Review decision ``number`` (the latest when None) against ``plan`` as it is now. ValueError
    when there is no such decision; InvalidPlan when the plan now cannot be computed."""
    d = decision(plan, number)
    found = actual(plan, d)
    lines = [ReviewLine(f, d.promised.get(f.key), found.figures.get(f.key)) for f in REVIEW_FIGURES
             if f.key in ("gp_hours_freed_per_week", "gp_gap_closed_per_week", "gp_contacts_per_day_after")]
    hires = hire_lines(d, found)
    short = any(line.status == "behind" for line in hires)
    note = "with fewer staff in post than promised" if short else ""
    lines += hires
    lines += [ReviewLine(f, d.promised.get(f.key), found.figures.get(f.key), note=note) for f in REVIEW_FIGURES
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


def approved_changes(d: Decision) -> list[str]:
    """The option's changes as approved, in words, with the names of the day:
    'Move 80% of Medication reviews from General practitioner to Clinical pharmacist'."""
    return [_change_text(d, c) for c in d.changes]


def _change_text(d: Decision, c: Any) -> str:
    if not isinstance(c, dict):
        return "A change Skillmix cannot read"
    roles, activities = d.baseline.role_titles, d.baseline.activities

    def role(key: str) -> str:
        return roles.get(str(c.get(key)), str(c.get(key)))

    activity = activities.get(str(c.get("activity")), {}).get("name", str(c.get("activity")))
    kind = c.get("type")
    if kind == "shift":
        return f"Move {_share(c.get('fraction'))} of {activity} from {role('from')} to {role('to')}"
    if kind == "avoid":
        return f"Avoid {_share(c.get('fraction'))} of {activity} done by {role('role')}"
    if kind == "retime":
        return f"{activity} by {role('role')} takes {_num(c.get('minutes'))} min"
    hire = next((h for h in d.hires if h.role == c.get("role")), None)
    pay = f" at {fmt.money(hire.annual_salary)} a year full-time pay" if hire else ""
    return f"Hire {_num(c.get('wte'))} WTE {role('role')}{pay}" + (", ARRS funded" if c.get("arrs_funded") else "")


def freed_use_text(d: Decision) -> str:
    """'The freed GP time was to become fewer locum sessions (cash saved).'"""
    use = FREED_TIME_USES.get(d.freed_time_use)
    if use is None:
        return "What the freed GP time would become was not decided."
    return f"The freed GP time was to become {use[0].lower()}{use[1:]}."


def _share(value: Any) -> str:
    return fmt.percent(float(value)) if isinstance(value, (int, float)) else "?"


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else "?"


def heading(r: Review) -> str:
    """'Clinical pharmacist: approved 3 March 2026 by the partners, reviewed 1 September 2026'."""
    d = r.decision
    return (f"{d.option}: approved {long_date(d.approved_on)} by {d.approved_by}, "
            f"reviewed {long_date(r.reviewed_on)}")
