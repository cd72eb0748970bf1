"""Hypothesis strategies for valid plans and scenarios."""

from __future__ import annotations

from hypothesis import strategies as st

from planner.model import (
    CATEGORIES,
    FREED_TIME_USES,
    STAFF_GROUPS,
    Activity,
    Avoid,
    Hire,
    Plan,
    Practice,
    Retime,
    Role,
    Scenario,
    Shift,
    Staff,
)

ROLE_CODES = ["GP", "PN", "PHARM", "PARA"]
money = st.floats(0, 150_000, allow_nan=False)
fraction = st.floats(0, 1, allow_nan=False)
minutes = st.floats(0.5, 60, allow_nan=False)


@st.composite
def roles(draw):
    out = []
    for code in ROLE_CODES:
        cap = draw(st.one_of(st.none(), money))
        out.append(Role(code, code.title(), "GP" if code == "GP" else draw(st.sampled_from(STAFF_GROUPS)),
                        draw(money), draw(st.floats(0, 0.5)), cap, draw(st.floats(0, 3))))
    return tuple(out)


@st.composite
def activities(draw, n: int):
    out = []
    for i in range(n):
        doers = draw(st.lists(st.sampled_from(ROLE_CODES[1:]), max_size=3, unique=True))
        mins = {r: draw(minutes) for r in ["GP", *doers]}
        weights = [draw(st.integers(1, 10)) for _ in mins]
        split = {r: w / sum(weights) for r, w in zip(mins, weights, strict=True)}
        out.append(Activity(f"a{i}", f"Activity {i}", draw(st.sampled_from(CATEGORIES)),
                            draw(st.floats(0, 500)), mins, split))
    return tuple(out)


@st.composite
def changes(draw, acts):
    kind = draw(st.sampled_from(["shift", "avoid", "retime", "hire"]))
    a = draw(st.sampled_from(acts))
    if kind == "shift":
        frm = draw(st.sampled_from(list(a.minutes)))
        to = draw(st.sampled_from(list(a.minutes)))
        if to == frm:
            return Avoid(a.code, frm, draw(fraction))
        return Shift(a.code, frm, to, draw(fraction))
    if kind == "avoid":
        return Avoid(a.code, draw(st.sampled_from(ROLE_CODES)), draw(fraction))
    if kind == "retime":
        return Retime(a.code, draw(st.sampled_from(list(a.minutes))), draw(minutes))
    return Hire(draw(st.sampled_from(ROLE_CODES[1:])), draw(st.floats(0.1, 3)),
                draw(st.one_of(st.none(), money)), False, draw(st.floats(0, 10_000)),
                draw(st.floats(0, 12)))


@st.composite
def plans(draw, with_scenarios: bool = True):
    acts = draw(activities(draw(st.integers(1, 6))))
    staff = tuple(Staff(f"Person {i}", draw(st.sampled_from(ROLE_CODES)), draw(st.floats(0, 45)),
                        draw(st.one_of(st.none(), money)))
                  for i in range(draw(st.integers(0, 6))))
    scenarios = ()
    if with_scenarios:
        scenarios = tuple(Scenario(f"S{k}", tuple(draw(st.lists(changes(acts), max_size=5))),
                                   draw(st.text(max_size=20)), draw(st.booleans()),
                                   draw(st.sampled_from(["", *FREED_TIME_USES])))
                          for k in range(draw(st.integers(0, 3))))
    return Plan(Practice(draw(st.text(min_size=1, max_size=30).filter(str.strip)),
                         draw(st.integers(0, 60000)), 52, draw(st.integers(0, 30))), roles=draw(roles()), staff=staff,
                activities=acts, scenarios=scenarios, extras=draw(st.dictionaries(
                    st.text(max_size=8), st.integers(), max_size=2)))
