"""PCN edits: pure functions returning (label, before, after); typed nonsense is refused in words."""

from __future__ import annotations

import pytest

from planner.edits.pcn import set_arrs_rate, set_sessions, set_weighted_population
from planner.sample import sample_pcn


def test_set_sessions_moves_one_cell_and_can_be_undone():
    pcn = sample_pcn()
    edit = set_sessions(pcn, "Amir Haddad", "X10001", "2")
    assert edit.before is pcn and edit.label == "Sessions of Amir Haddad at Riverside Medical Practice"
    assert edit.after.member("Amir Haddad").sessions["X10001"] == 2
    assert edit.after.member("Grace Mensah") == pcn.member("Grace Mensah")
    assert "X10004" not in set_sessions(pcn, "Amir Haddad", "X10004", 0).after.member("Amir Haddad").sessions


@pytest.mark.parametrize(("args", "message"), [
    (("Amir Haddad", "X10004", "lots"), "must be a number"),
    (("Amir Haddad", "X10004", "-1"), "at least 0"),
    (("Amir Haddad", "X10004", "3"), "at most 9 sessions a week; these would add up to 11"),
    (("Nobody", "X10004", "1"), "There is no Nobody"),
])
def test_set_sessions_refuses_in_words(args, message):
    with pytest.raises(ValueError, match=message):
        set_sessions(sample_pcn(), *args)


def test_weighted_population_and_rate():
    pcn = sample_pcn()
    assert set_weighted_population(pcn, "X10001", "11,000").after.practice("X10001").weighted_population == 11000
    with pytest.raises(ValueError, match="above 0"):
        set_weighted_population(pcn, "X10001", "0")
    assert set_arrs_rate(pcn, "27.5").after.arrs_per_weighted_patient == 27.5
