"""Display formatting: money, hours, and rounding that keeps printed totals adding up."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value: float, decimals: int = 0) -> float:
    """Round as a calculator does, on the value as written: 13.95 -> 14.0, 21.25 -> 21.3
    (Python's round() gives 13.9 and 21.2, because 13.95 is stored as 13.9499...)."""
    if not math.isfinite(value) or abs(value) >= 1e15:  # beyond what a plan can hold: no rounding to do
        return float(value)
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def money(value: float | None, none: str = "–") -> str:
    """£12,345 (whole pounds; negative as -£1,234)."""
    if value is None:
        return none
    v = round_half_up(value) + 0.0  # + 0.0: no "-£0"
    return f"-£{-v:,.0f}" if v < 0 else f"£{v:,.0f}"


def hours(value: float | None, none: str = "–") -> str:
    """Hours to one decimal place."""
    return none if value is None else f"{round_half_up(value, 1) + 0.0:,.1f}"


def number(value: float | None, decimals: int = 0, none: str = "–") -> str:
    return none if value is None else f"{round_half_up(value, decimals) + 0.0:,.{decimals}f}"


def percent(value: float | None, decimals: int = 0, none: str = "–") -> str:
    return none if value is None else f"{value * 100:.{decimals}f}%"


def apportion(values: Sequence[float], decimals: int = 0) -> list[float]:
    """Round ``values`` so the rounded items add up to the rounded total
    (largest-remainder method): a printed table whose total is the sum of its lines."""
    scale = 10**decimals
    scaled = [v * scale for v in values]
    target = round(sum(scaled))
    floors = [math.floor(v) for v in scaled]
    short = target - sum(floors)
    order = sorted(range(len(values)), key=lambda i: scaled[i] - floors[i], reverse=True)
    if short < 0:
        order = list(reversed(order))
    for i in order[: abs(short)]:
        floors[i] += 1 if short > 0 else -1
    return [f / scale for f in floors]


def split_for_display(total: float, part: float, decimals: int = 1) -> tuple[float, float]:
    """``total`` = ``part`` + rest, rounded so the printed part and rest add up to the printed
    total (e.g. 14.70 = 13.95 + 0.75 prints as 14.7 = 14.0 + 0.7, not 14.0 + 0.8)."""
    shown_total, shown_part = round_half_up(total, decimals), round_half_up(part, decimals)
    return shown_part, round_half_up(shown_total - shown_part, decimals)


def pence(value: float | None, none: str = "–") -> str:
    """£12.34 (a cost per appointment); negative as -£1.23."""
    if value is None:
        return none
    v = round_half_up(value, 2) + 0.0
    return f"-£{-v:,.2f}" if v < 0 else f"£{v:,.2f}"


def signed_money(value: float | None, none: str = "–") -> str:
    """+£1,234 for a gain, -£1,234 for a loss, £0 for none (a cash effect)."""
    if value is None:
        return none
    text = money(value)
    return "+" + text if round_half_up(value) > 0 else text


def payback(months: float | None, one_off_costs: float) -> str:
    """A payback period as a partner reads it: whole months ('7 months'), 'Under a month',
    'Straight away' (nothing to pay back), 'Never' (one-off costs but nothing to pay them back
    from) or '–' (no one-off costs and no gain)."""
    if months is None:
        return "Never" if one_off_costs > 0 else "–"
    if months <= 0:
        return "Straight away"
    if months < 1:
        return "Under a month"
    whole = int(round_half_up(months))
    return "1 month" if whole == 1 else f"{whole:,} months"
