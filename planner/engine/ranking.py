"""Which option gives the most GP time for the money (extension E14, docs/MODEL-EXTENSIONS.md).

Options are ranked by net cost per GP hour of gap closed (E13), lowest first: every option that
closes some of the GP gap comes before every option that closes none, and those are ordered by
how little gap they open. The same ranking with the full cost before ARRS shows whether the
answer depends on ARRS funding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.engine.problems import NEGLIGIBLE

Figures = Mapping[str, Any]


def _key(figures: Figures, cost: str) -> tuple[int, float]:
    closed = figures["gp_gap_closed_per_week"]
    if closed > NEGLIGIBLE:
        return 0, figures[cost]
    return 1, -closed


def rank(options: Sequence[tuple[str, Figures]], cost: str = "net_cost_per_gp_hour_closed") -> list[str]:
    """Option names, best first, by ``cost`` per GP hour of gap closed (stable for ties)."""
    return [name for name, _ in sorted(options, key=lambda o: _key(o[1], cost))]


@dataclass(frozen=True)
class Ranking:
    by_net_cost: list[str]  # best first, with ARRS as planned
    by_full_cost: list[str]  # best first, if no ARRS were paid

    @property
    def best(self) -> str | None:
        return self.by_net_cost[0] if self.by_net_cost else None

    @property
    def arrs_decides(self) -> bool:
        """True when the best option without ARRS is another one."""
        return bool(self.by_full_cost) and self.by_full_cost[0] != self.best

    def place(self, name: str) -> int:
        """1 for the best option."""
        return self.by_net_cost.index(name) + 1


def ranking(options: Sequence[tuple[str, Figures]]) -> Ranking:
    return Ranking(rank(options), rank(options, "full_cost_per_gp_hour_closed"))
