"""The figures of a decision's review (extension E12, docs/MODEL-EXTENSIONS.md), worded once:
each figure's key, label, how "actual now" is worked out, how it is printed, whether more is
better, and the words for an actual figure above or below the promise.

The labels of figures the option's own table has (``planner.present.figures``) are taken from
it, so "GP hours freed a week" reads the same in the pack, the app and the review. The app's
Review page, the one-page review PDF and ``skillmix review`` all print a review line with
``ReviewFigure.show`` and ``ReviewFigure.words``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.present import figures as option_figures
from planner.present import format as fmt

AS_PROMISED = "As promised"
AHEAD = "Ahead"
BEHIND = "Behind"
NOT_KNOWN = "Not known"

#: what a status is called in the review (app, PDF, JSON "status")
STATUS_WORDS = {"as_promised": AS_PROMISED, "ahead": AHEAD, "behind": BEHIND, "not_known": NOT_KNOWN}


def _wte(value: float | None) -> str:
    return fmt.number(value, 2)


def _signed(show: Callable[[float | None], str]) -> Callable[[float | None], str]:
    """A difference with its sign: '+1.2', '-£1,938', '0.0'."""
    def text(value: float | None) -> str:
        if value is None:
            return "–"
        shown = show(abs(value))
        if shown == show(0.0):
            return shown
        return ("+" if value > 0 else "-") + shown
    return text


@dataclass(frozen=True)
class ReviewFigure:
    """One promised-against-actual figure. ``more`` and ``less`` are the words for an actual
    figure above or below the promise, with ``{amount}`` where the difference goes."""

    key: str
    label: str
    explanation: str
    show: Callable[[float | None], str]
    higher_is_better: bool
    more: str
    less: str
    #: prints a difference's size when ``show`` prints a sign of its own (a cash effect)
    amount: Callable[[float | None], str] | None = None

    def difference(self, value: float | None) -> str:
        return _signed(self.amount or self.show)(value)

    def status(self, promised: float | None, actual: float | None) -> str:
        """'as_promised' (the same as printed), 'ahead', 'behind' or 'not_known'."""
        if promised is None or actual is None:
            return "not_known"
        if self.show(promised) == self.show(actual):
            return "as_promised"
        return "ahead" if (actual > promised) == self.higher_is_better else "behind"

    def words(self, promised: float | None, actual: float | None) -> str:
        """'Behind: 0.8 hours a week fewer freed than promised', 'As promised', ..."""
        status = self.status(promised, actual)
        if status == "not_known":
            return f"{NOT_KNOWN}: there is no GP time in the plan now" if actual is None else NOT_KNOWN
        if status == "as_promised":
            return AS_PROMISED
        assert promised is not None and actual is not None
        template = self.more if actual > promised else self.less
        return f"{STATUS_WORDS[status]}: " + template.format(amount=(self.amount or self.show)(abs(actual - promised)))


def _label(key: str, fallback: str) -> str:
    """The option table's label for ``key`` (the engine's figure of the same name), else ``fallback``."""
    found = option_figures.BY_KEY.get(key)
    return found.label if found is not None else fallback


GAP_CLOSED_LABEL = "GP gap closed (hours a week)"

REVIEW_FIGURES: tuple[ReviewFigure, ...] = (
    ReviewFigure("gp_hours_freed_per_week", _label("gp_hours_freed_per_week", "GP hours freed a week"),
                 "GP work a week when the option was approved less GP work a week now, with the GP supervision "
                 "of the staff who joined the hired roles counted as the option counted it.",
                 fmt.hours, True, "{amount} hours a week more freed than promised",
                 "{amount} hours a week fewer freed than promised"),
    ReviewFigure("gp_gap_closed_per_week", _label("gp_gap_closed_per_week", GAP_CLOSED_LABEL),
                 "GP hours short a week (work above the rota) when the option was approved less GP hours "
                 "short a week now.", fmt.hours, True, "{amount} hours a week more of the gap closed than promised",
                 "{amount} hours a week less of the gap closed than promised"),
    ReviewFigure("gp_contacts_per_day_after", _label("gp_contacts_per_day_after", "GP patient contacts a day"),
                 "GP appointments, triage and visits a GP day now, from the team and the work in the plan now.",
                 lambda v: fmt.number(v, 1), False, "{amount} more contacts a GP day than promised",
                 "{amount} fewer contacts a GP day than promised"),
    ReviewFigure("net_cost_per_year", _label("net_cost_per_year", "Net cost a year"),
                 "Employment cost less ARRS of the staff now in post in the hired roles (beyond those in post "
                 "at approval), at the pay and ARRS the option assumed.", fmt.money, False,
                 "{amount} a year more than promised", "{amount} a year less than promised"),
    ReviewFigure("cash_effect_per_year", _label("cash_effect_per_year", "Cash effect a year"),
                 "The option's cash sum redone with the GP hours freed and the net cost now: locum sessions saved "
                 "less net cost.", fmt.signed_money, True, "{amount} a year better than promised",
                 "{amount} a year worse than promised", fmt.money),
)

BY_KEY: dict[str, ReviewFigure] = {f.key: f for f in REVIEW_FIGURES}

HIRES_KEY = "wte_in_post"


def hire_figure(role_title: str) -> ReviewFigure:
    """The line of one hired role: whole-time equivalents in post beyond those at approval."""
    return ReviewFigure(HIRES_KEY, f"{role_title} in post (WTE added)",
                        f"Contracted hours a week of {role_title} staff now less at approval, ÷ full-time hours.",
                        _wte, True, "{amount} WTE more in post than promised",
                        "{amount} WTE fewer in post than promised")


def review_figure(key: str) -> ReviewFigure:
    return BY_KEY[key]
