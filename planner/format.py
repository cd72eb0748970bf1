"""Display formatting: money, hours, and rounding that keeps printed totals adding up."""

from __future__ import annotations

import math
from collections.abc import Sequence


def money(value: float | None, none: str = "–") -> str:
    """£12,345 (whole pounds; negative as -£1,234)."""
    if value is None:
        return none
    v = round(value)
    return f"-£{-v:,.0f}" if v < 0 else f"£{v:,.0f}"


def hours(value: float | None, none: str = "–") -> str:
    """Hours to one decimal place."""
    return none if value is None else f"{value:,.1f}"


def number(value: float | None, decimals: int = 0, none: str = "–") -> str:
    return none if value is None else f"{value:,.{decimals}f}"


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
