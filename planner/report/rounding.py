"""Controlled rounding: whole numbers for a table whose rows each add to zero, so that every
entry is its value rounded down or up, every row still adds to zero, and every column adds
to a given total. Then a printed cost table adds up across and down at once, and an entry
that is already whole (no ARRS, or a net cost of £0) stays exactly as it is.

It is a small flow problem (rows -> columns, one unit per entry rounded up); a solution
exists whenever the column totals are roundings of the true column sums that the rows can
reach, which is the usual case; otherwise ``None`` and the caller rounds another way."""

from __future__ import annotations

import math
from collections.abc import Sequence

WHOLE = 1e-6  # a value this close to a whole number is that whole number


def controlled_round(rows: Sequence[Sequence[float]], totals: Sequence[int]) -> list[list[int]] | None:
    """Each row of ``rows`` adds to (about) zero; return whole numbers, each the floor or the
    ceiling of its value, rows adding to zero and columns to ``totals``; or None."""
    fixed = [[round(v) if abs(v - round(v)) < WHOLE else None for v in row] for row in rows]
    floors = [[f if f is not None else math.floor(v) for f, v in zip(fr, row, strict=True)]
              for fr, row in zip(fixed, rows, strict=True)]
    row_need = [-sum(r) for r in floors]
    col_need = [t - sum(r[c] for r in floors) for c, t in enumerate(totals)]
    free = [[c for c in sorted(range(len(row)), key=lambda c: -(row[c] - math.floor(row[c])))
             if fixed[h][c] is None] for h, row in enumerate(rows)]
    if min(row_need + col_need, default=0) < 0 or sum(row_need) != sum(col_need):
        return None
    up = _assign(row_need, col_need, free)
    if up is None:
        return None
    return [[f + (1 if c in up[h] else 0) for c, f in enumerate(row)] for h, row in enumerate(floors)]


def _assign(row_need: list[int], col_need: list[int], free: list[list[int]]) -> list[set[int]] | None:
    """Choose, for each row h, ``row_need[h]`` of its ``free`` columns, each column c chosen
    ``col_need[c]`` times (augmenting paths; the graph is a few rows by a few columns)."""
    up: list[set[int]] = [set() for _ in row_need]
    load = [0] * len(col_need)
    for h, need in enumerate(row_need):
        for _ in range(need):
            if not _augment(h, up, load, col_need, free, set()):
                return None
    return up if load == col_need else None


def _augment(h: int, up: list[set[int]], load: list[int], col_need: list[int], free: list[list[int]],
             seen: set[int]) -> bool:
    for c in free[h]:
        if c in up[h] or c in seen:
            continue
        seen.add(c)
        if load[c] < col_need[c]:
            up[h].add(c)
            load[c] += 1
            return True
        for other, chosen in enumerate(up):
            if other != h and c in chosen and _augment(other, up, load, col_need, free, seen):
                chosen.discard(c)
                up[h].add(c)
                return True
    return False
