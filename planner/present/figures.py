"""Every headline figure of an option, worded once: its key (as in `skillmix summary --json`),
its label, what it means and how it is worked out, its unit, its group and how it is printed.

The command line, the app's results panel and Compare page, the partners' pack and the workbook
all take their labels from this table, and print a figure with ``Figure.show`` from the
engine's figures of one option (``planner.engine.summary.scenario_figures``), so a figure reads
the same on screen, on paper and in Excel. A test compares every surface's labels with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.model import FREED_TIME_USES, Plan
from planner.present import format as fmt
from planner.present.names import role_title

Values = Mapping[str, Any]

GP_TIME = "GP time"
COST = "Cost"
CASH = "Cash"
TIME_VALUE = "Value of GP time (not cash)"
RISKS = "Risks"
RANGES = "Likely ranges, 8 times in 10 (the estimates varied)"
GROUP_NAMES = (GP_TIME, COST, CASH, TIME_VALUE, RANGES, RISKS)

NOT_DECIDED = "Not decided yet"
#: units printed to the nearest £10 on a summary
ROUGH_UNITS = frozenset({"£ a year", "£"})

#: which way a figure is better, for marking the best option on a row (Compare)
MORE, LESS = "more", "less"
#: no-break space: a number and its unit stay on one line ("14.0 h", "over 25")
NBSP = "\u00a0"


@dataclass(frozen=True)
class Figure:
    """One figure: ``text(values, plan)`` prints it from one option's figures."""

    key: str
    label: str
    explanation: str
    unit: str
    group: str
    text: Callable[[Values, Plan], str]
    #: the key of the figure this one is a part of ("of which ..."), printed indented under it
    part_of: str = ""

    def show(self, values: Values, plan: Plan, rough: bool = False) -> str:
        """The figure as printed; ``rough`` prints pounds a year to the nearest £10, as a partner
        would on a summary (full figures stay in the appendix and the workbook)."""
        value = values.get(self.key)
        if rough and self.unit in ROUGH_UNITS and isinstance(value, (int, float)):
            values = {**values, self.key: fmt.round_half_up(value / 10) * 10}
        return self.text(values, plan)

    @property
    def better(self) -> str | None:
        """MORE or LESS when options can be ranked on this figure, else None."""
        return BETTER.get(self.key)

    def rank(self, values: Values) -> float | None:
        """The number options are ranked on: the figure, the total of a figure by role, or None
        (no figure: nothing freed to divide by, or never paid back)."""
        value = values.get(self.key)
        if isinstance(value, Mapping):
            return float(sum(v for v in value.values() if v > 0))
        return float(value) if isinstance(value, int | float) else None

    def label_for(self, plan: Plan) -> str:
        """The label with the plan's projection years in it where it names them."""
        return self.label.format(years=int(plan.assumptions.projection_years))


def _value(key: str, how: Callable[[Any], str]) -> Callable[[Values, Plan], str]:
    return lambda values, _plan: how(values[key])


def freed_parts(values: Values) -> tuple[float, float]:
    """(hours covering today's unrostered work, hours free for the chosen use) rounded so the
    two printed parts add up to the printed GP hours freed (none freed: 0 + 0)."""
    total = max(0.0, values["gp_hours_freed_per_week"])
    return fmt.split_for_display(total, values["gp_hours_absorbing_shortfall"])


def _use(values: Values, _plan: Plan) -> str:
    return FREED_TIME_USES.get(values.get("freed_time_use") or "", NOT_DECIDED)


def _payback(key: str) -> Callable[[Values, Plan], str]:
    return lambda values, _plan: fmt.payback(values[key], values["one_off_costs"])


def _contacts(values: Values, plan: Plan) -> str:
    value = values["gp_contacts_per_day_after"]
    if value is None:
        return "–"
    safe = plan.assumptions.safe_contacts_per_gp_day
    return fmt.number(value, 1) + (f" (over{NBSP}{safe:g})" if value > safe else "")


def _short_roles(values: Values, plan: Plan) -> str:
    titles = {r.code: r.title or r.code for r in plan.roles}
    short = [f"{titles.get(code, code)} {fmt.hours(h)}{NBSP}h" for code, h in values["shortfall_hours"].items()
             if h > 1e-9]
    return "; ".join(short) or "None"


#: figures printed only when some freed GP hours are free for the chosen use (the workbook's
#: formulas follow the same rule)
ONLY_WHEN_FREE = frozenset({"gp_appointments_released_per_year", "cost_per_appointment_released"})


def released_is_shown(values: Values) -> bool:
    """Appointments released and their cost are printed only when some freed GP hours are free
    for that use; hours that only cover today's unrostered work release no appointment."""
    return freed_parts(values)[1] > 0


def _only_when_free(key: str, how: Callable[[Any], str]) -> Callable[[Values, Plan], str]:
    def text(values: Values, _plan: Plan) -> str:
        return how(values[key]) if released_is_shown(values) else "–"
    return text


def _rooms(values: Values, _plan: Plan) -> str:
    needed, available = values["room_sessions_needed_after"], values["room_sessions_available"]
    if available is None:
        return f"{fmt.number(needed, 1)} (rooms not recorded)"
    return f"{fmt.number(needed, 1)} of {fmt.number(available, 0)}" + (" (short)" if needed > available else "")


def _to_safe(key: str, how: Callable[[Any], str]) -> Callable[[Values, Plan], str]:
    def text(values: Values, _plan: Plan) -> str:
        if values["gp_contacts_per_day_after"] is None or values[key] <= 0:
            return "None needed"
        return how(values[key])
    return text


def _idle(values: Values, plan: Plan) -> str:
    idle = values["idle_hires"]
    if not idle:
        return "None"
    named = len(idle) > 1
    return "; ".join((f"{role_title(plan, h['role'])} " if named else "")
                     + f"{fmt.hours(h['idle_hours'])} ({fmt.number(h['fitting_wte'], 1)} WTE fits)" for h in idle)


def _range(key: str, how: Callable[[float], str]) -> Callable[[Values, Plan], str]:
    """'10.8 to 14.2': the 10th and 90th percentiles of ``key`` over the draws (E15)."""
    def text(values: Values, _plan: Plan) -> str:
        found = (values.get("ranges") or {}).get(key)
        if not found or found["p90"] - found["p10"] < 1e-9:
            return "–" if not found else how(found["p50"])
        return f"{how(found['p10'])} to {how(found['p90'])}"
    return text


def _to_tens(value: float) -> str:
    return fmt.money(fmt.round_half_up(value / 10) * 10)


def _estimates(values: Values, _plan: Plan) -> str:
    n = values.get("estimated_inputs")
    return "–" if n is None else f"{n:,}"


def _over_the_years(values: Values, _plan: Plan) -> str:
    years = values["projection"]
    return fmt.money(years[-1]["cumulative_net_benefit"] if years else 0.0)


FIGURES: tuple[Figure, ...] = (
    # GP time
    Figure("gp_gap_closed_per_week", "GP gap closed a week (hours)",
           "How much of the gap between GP work and GP time the option closes: (GP work − GP time) before "
           "less after. It counts GP work moved away or avoided and GP time added (a GP hire, extra "
           "sessions) alike; fewer locum sessions open it.", "hours a week", GP_TIME,
           _value("gp_gap_closed_per_week", fmt.hours)),
    Figure("gp_hours_freed_per_week", "GP hours freed a week",
           "GP work a week before the changes less after them; the GP time new staff need for "
           "supervision is taken off.", "hours a week", GP_TIME, _value("gp_hours_freed_per_week", fmt.hours)),
    Figure("gp_hours_absorbing_shortfall", "of which cover unrostered work",
           "Freed hours that only cover GP work the rota has no time for today (extra sessions, overtime, "
           "work left undone): the smaller of the hours freed and the hours short today. They change "
           "nothing a partner can bank unless locums are paid for that work.", "hours a week", GP_TIME,
           lambda v, _p: fmt.hours(freed_parts(v)[0]), part_of="gp_hours_freed_per_week"),
    Figure("gp_hours_available", "of which free for the chosen use",
           "Freed hours left after covering today's unrostered GP work: these can become what the partners "
           "choose (more appointments, fewer locum sessions, proactive care).", "hours a week", GP_TIME,
           lambda v, _p: fmt.hours(freed_parts(v)[1]), part_of="gp_hours_freed_per_week"),
    Figure("gp_hours_freed_without_hire", "GP hours freed that need no hire",
           "GP hours freed by the option's avoided and retimed work alone (care navigation, Pharmacy First, "
           "document workflow): they need nobody new.", "hours a week", GP_TIME,
           _value("gp_hours_freed_without_hire", fmt.hours)),
    Figure("freed_time_use", "What the freed GP time becomes",
           "What the partners decide the freed GP time is for (set on the Scenarios page).", "", GP_TIME, _use),
    Figure("gp_sessions_freed_per_week", "GP sessions freed a week",
           "GP hours freed divided by the length of a GP session.", "sessions a week", GP_TIME,
           _value("gp_sessions_freed_per_week", fmt.hours)),
    Figure("gp_appointments_released_per_year", "GP appointments released a year",
           "GP hours freed × 60 ÷ GP appointment length × open weeks a year; shown only when some freed "
           "hours are free for the chosen use (hours that cover today's unrostered work release none).",
           "appointments a year", GP_TIME, _only_when_free("gp_appointments_released_per_year", fmt.number)),
    Figure("gp_supervision_hours_per_week", "GP supervision hours a week",
           "GP time a week supervising the staff hired (already taken off the hours freed).", "hours a week",
           GP_TIME, _value("gp_supervision_hours_per_week", fmt.hours)),
    # Cost
    Figure("employment_cost_per_year", "Employment cost a year (before ARRS)",
           "Pay, employer National Insurance and employer pension of the people hired, and the change in "
           "cost of anyone whose hours change: what the option costs the NHS before ARRS pays any of it.",
           "£ a year", COST,
           _value("employment_cost_per_year", fmt.money)),
    Figure("arrs_reimbursement_per_year", "ARRS reimbursement a year",
           "What the ARRS pays back for hires ticked as ARRS funded, up to each role's maximum. The PCN "
           "claims it from a fixed budget: check it is available.", "£ a year", COST,
           _value("arrs_reimbursement_per_year", fmt.money)),
    Figure("net_cost_per_year", "Net cost a year", "Employment cost less ARRS reimbursement.", "£ a year",
           COST, _value("net_cost_per_year", fmt.money)),
    Figure("net_cost_per_gp_hour_closed", "Net cost per GP hour of gap closed",
           "Net cost a year ÷ (GP gap closed a week × open weeks a year): what each GP hour gained costs the "
           "practice. Options are ranked on it, lowest first.", "£ an hour", COST,
           _value("net_cost_per_gp_hour_closed", fmt.pence)),
    Figure("full_cost_per_gp_hour_closed", "Full cost per GP hour of gap closed",
           "Full cost a year ÷ (GP gap closed a week × open weeks a year): the ranking if no ARRS were paid.",
           "£ an hour", COST, _value("full_cost_per_gp_hour_closed", fmt.pence)),
    Figure("cost_per_appointment_released", "Cost per appointment released",
           "Net cost a year ÷ GP appointments released a year; shown only when some freed hours are free "
           "for the chosen use.", "£ an appointment", COST,
           _only_when_free("cost_per_appointment_released", fmt.pence)),
    Figure("one_off_costs", "One-off costs", "Recruitment, equipment and set-up costs of the hires.", "£", COST,
           _value("one_off_costs", fmt.money)),
    # Cash
    Figure("cash_saving_per_year", "Cash saved a year",
           "Locum sessions no longer paid for: freed hours covering unrostered work × the share of it paid as "
           "locum sessions, plus freed hours available when they become fewer locum sessions, × open weeks "
           "× value of a GP hour.", "£ a year", CASH, _value("cash_saving_per_year", fmt.money)),
    Figure("cash_effect_per_year", "Cash effect a year",
           "Cash saved less net cost. Below zero, the practice pays this much more a year.", "£ a year", CASH,
           _value("cash_effect_per_year", fmt.signed_money)),
    Figure("cash_payback_months", "Cash payback",
           "One-off costs ÷ cash effect, in months, when the cash effect is above zero.", "months", CASH,
           _payback("cash_payback_months")),
    # Value of GP time (not cash)
    Figure("gp_time_value_per_year", "GP time value freed a year (not cash)",
           "GP hours freed × open weeks a year × value of a GP hour. A measure of time, not money the "
           "practice receives.", "£ a year", TIME_VALUE, _value("gp_time_value_per_year", fmt.money)),
    Figure("net_benefit_per_year", "GP time value less net cost (not cash)",
           "Value of GP time freed a year less net cost. GP time is valued at a locum's rate: it is not "
           "money the practice receives.", "£ a year", TIME_VALUE, _value("net_benefit_per_year", fmt.money)),
    Figure("net_benefit_over_projection", "GP time value less costs over {years} years (not cash)",
           "Value of GP time less net cost added up over the years ahead, with new staff getting up to speed, "
           "pay awards, list growth and the one-off costs.", "£", TIME_VALUE, _over_the_years),
    Figure("payback_months", "Payback on GP time value (not cash)",
           "One-off costs ÷ (value of GP time freed less net cost), in months.", "months", TIME_VALUE,
           _payback("payback_months")),
    # Ranges
    Figure("range_gp_gap_closed", "GP gap closed a week, likely range",
           "The GP gap closed with every Skillmix estimate behind it varied within its spread (E15): 8 times "
           "in 10 it falls in this range.", "hours a week", RANGES, _range("gp_gap_closed_per_week", fmt.hours)),
    Figure("range_net_cost", "Net cost a year, likely range",
           "The net cost with estimated ARRS maximums varied: 8 times in 10 it falls in this range.", "£ a year",
           RANGES, _range("net_cost_per_year", _to_tens)),
    Figure("range_cash_effect", "Cash effect a year, likely range",
           "The cash effect with the estimates varied: 8 times in 10 it falls in this range.", "£ a year",
           RANGES, _range("cash_effect_per_year", _to_tens)),
    Figure("estimated_inputs", "Estimated inputs behind the ranges",
           "How many of the figures these ranges rest on are still Skillmix estimates (volumes, minutes, "
           "leave, supervision, ARRS maximums): replace them with the practice's own data to narrow them.",
           "inputs", RANGES, _estimates),
    # Risks
    Figure("gp_contacts_per_day_after", "GP patient contacts a day",
           "GP appointments, triage and visits a GP day after the changes; BMA safe-working guidance is no "
           "more than 25 (the Practice page holds the limit).", "contacts a day", RISKS, _contacts),
    Figure("gp_sessions_to_safe", "GP sessions to add for safe contacts",
           "What it would take to bring GP contacts a day down to the safe limit with more GP time: GP "
           "sessions a week to add, rostered before leave.", "sessions a week", RISKS,
           _to_safe("gp_sessions_to_safe", lambda v: fmt.number(v, 1))),
    Figure("gp_contacts_to_move_to_safe", "or GP contacts to move (a week)",
           "The other way to reach the safe limit: GP patient contacts a week to move to other roles "
           "or avoid.", "contacts a week", RISKS, _to_safe("gp_contacts_to_move_to_safe", fmt.number)),
    Figure("room_sessions_needed_after", "Room sessions needed (of available)",
           "Hours of appointments and triage of every role, in sessions; time an option adds to a role fills "
           "rooms at that role's share of patient-facing work. Against the sessions the rooms give.", "sessions a week",
           RISKS, _rooms),
    Figure("idle_hires", "New staff hours without work",
           "A role hired with more than 10% of its new time left without work moved to it, and the WTE that "
           "would fit the work.", "hours a week", RISKS, _idle),
    Figure("shortfall_hours", "Roles short of time (hours a week)",
           "Work a role has beyond its time after the changes: it does not fit and must be dealt with.",
           "hours a week", RISKS, _short_roles),
)

#: Figures of today that every option shares (the workbook and the pack print them once).
TODAY = "Today"
TODAY_FIGURES: tuple[Figure, ...] = (
    Figure("gp_shortfall_today", "GP hours short a week today (work above the rota)",
           "GP work a week beyond the GP hours the rota gives today: it is done in extra sessions, "
           "overtime or not at all.", "hours a week", TODAY, _value("gp_shortfall_today", fmt.hours)),
    Figure("cost_of_doing_nothing_per_year", "Cost of doing nothing a year (if locums covered today's shortfall)",
           "GP hours short a week today × open weeks a year × value of a GP hour.", "£ a year", TODAY,
           _value("cost_of_doing_nothing_per_year", fmt.money)),
)

#: Figures the JSON and the workbook carry under their own key, printed elsewhere as another figure.
ALIASES: tuple[Figure, ...] = (
    Figure("full_cost_per_year", "Full cost a year (before ARRS)",
           "The employment cost: what the option costs the NHS before ARRS pays any of it.", "£ a year", COST,
           _value("full_cost_per_year", fmt.money)),
)

BY_KEY: dict[str, Figure] = {f.key: f for f in FIGURES + TODAY_FIGURES + ALIASES}

#: the figures options can be ranked on, and which way is better (Compare marks the best option
#: on each of these rows). Parts of a figure ("of which ...") and its ARRS share are not ranked.
BETTER: dict[str, str] = {
    "gp_hours_freed_per_week": MORE, "gp_hours_available": MORE, "gp_sessions_freed_per_week": MORE,
    "gp_appointments_released_per_year": MORE, "gp_supervision_hours_per_week": LESS,
    "employment_cost_per_year": LESS, "net_cost_per_year": LESS,
    "cost_per_appointment_released": LESS, "one_off_costs": LESS, "cash_saving_per_year": MORE,
    "cash_effect_per_year": MORE, "cash_payback_months": LESS, "gp_time_value_per_year": MORE,
    "net_benefit_per_year": MORE, "net_benefit_over_projection": MORE, "payback_months": LESS,
    "gp_contacts_per_day_after": LESS, "shortfall_hours": LESS,
    "gp_gap_closed_per_week": MORE, "net_cost_per_gp_hour_closed": LESS, "full_cost_per_year": LESS,
    "full_cost_per_gp_hour_closed": LESS, "gp_hours_freed_without_hire": MORE,
    "room_sessions_needed_after": LESS,
}

#: the figure that says what a GP hour costs the practice: options are ranked on it
VALUE_FOR_MONEY = "net_cost_per_gp_hour_closed"


def figure(key: str) -> Figure:
    return BY_KEY[key]


def label(key: str) -> str:
    return BY_KEY[key].label


def grouped(keys: frozenset[str] | None = None) -> list[tuple[str, list[Figure]]]:
    """The figures (all, or those of ``keys``) under their group names, in table order."""
    return [(g, [f for f in FIGURES if f.group == g and (keys is None or f.key in keys)])
            for g in GROUP_NAMES]
