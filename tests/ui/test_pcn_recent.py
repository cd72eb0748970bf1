"""PCN plans in the app's recent list: a .skillmix-pcn file and a postgresql:// location (never a
password) appear once opened, beside practice plans, and open the PCN window again."""

from __future__ import annotations

from pathlib import Path

from planner.pcn.store import create_file
from planner.pcn.store.postgres import parse
from planner.sample import sample_pcn
from tests.planner.pcn.conftest import make_database, password_of, pg_cluster  # noqa: F401 (a fixture)
from tests.ui.windows import open_window, saved_plan


def test_a_pcn_file_is_in_the_recent_list_and_opens_the_pcn_window(qtbot, tmp_path: Path) -> None:
    plan = saved_plan(tmp_path)
    window = open_window(qtbot, plan)
    path = tmp_path / "network.skillmix-pcn"
    create_file(path, sample_pcn()).engine.dispose()
    window.open_pcn_at(str(path))
    assert len(window.pcn_windows) == 1
    qtbot.addWidget(window.pcn_windows[0])
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == ["network.skillmix-pcn (PCN)", "Test Practice.skillmix"]
    assert actions[0].statusTip() == str(path.resolve())
    assert window.settings.recent_plans() == [plan.resolve()]  # practice plans only: the launcher's list
    actions[0].trigger()
    assert len(window.pcn_windows) == 2 and window.pcn_windows[1].document.pcn.name == "Riverside and Weald PCN"
    qtbot.addWidget(window.pcn_windows[1])
    assert window.document.path == plan  # the practice plan stays open


def test_a_database_location_is_remembered_without_its_password(qtbot, request) -> None:
    db = make_database(request.getfixturevalue("pg_cluster"))
    window = open_window(qtbot)
    window.open_pcn_at(db.url("pm_x10002"))
    qtbot.addWidget(window.pcn_windows[0])
    place = window.settings.recent_places()[0]
    assert place.startswith("postgresql://pm_x10002@/") and parse(place) == parse(db.url("pm_x10002"))
    assert password_of("pm_x10002") not in window.settings.path.read_text(encoding="utf-8")
    action = window.recent_menu.actions()[0]
    assert action.text() == f"PCN U99001 in database {db.name} on this computer (as pm_x10002)"
    action.trigger()
    qtbot.addWidget(window.pcn_windows[1])
    assert window.pcn_windows[1].document.session.location.user == "pm_x10002"


def test_addresses_open_again_as_they_were():
    for text in ("postgresql://jsmith@pcn-server:5432/skillmix?pcn=U12345",
                 "postgresql://me@/pcn?host=/run/postgresql&port=5433", "postgresql://a@[::1]:5432/db"):
        address = parse(text)
        assert parse(address.location()) == address
