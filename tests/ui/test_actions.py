"""Every action of ui.actions has a handler on a built window, found when the menus are built;
a page asks for a window action with a signal, never by looking for it on the window."""

from __future__ import annotations

import pytest

from tests.ui.windows import open_window
from ui.actions import ACTIONS
from ui.main_window import resolve


def test_every_action_handler_resolves_on_a_built_window(qtbot) -> None:
    window = open_window(qtbot)
    for spec in ACTIONS:
        assert callable(resolve(window, spec.handler)), spec.id
        assert spec.id in window.actions_by_id, spec.id


def test_a_handler_naming_nothing_fails_when_the_window_is_built(qtbot, monkeypatch) -> None:
    import ui.main_window
    from ui.actions import ActionSpec

    window = open_window(qtbot)
    with pytest.raises(AttributeError):
        resolve(window, "files.no_such_thing")
    monkeypatch.setattr(ui.main_window, "ACTIONS", (*ACTIONS, ActionSpec("bad", "Bad", "nothing_here", "file")))
    with pytest.raises(AttributeError):
        open_window(qtbot)


def test_the_team_pages_import_button_runs_the_windows_rota_import(qtbot, monkeypatch) -> None:
    window = open_window(qtbot)
    asked: list[str] = []
    monkeypatch.setattr(window, "run_action", asked.append)  # the page was not built yet: it takes this one
    window.show_page("team")
    window.page("team").import_button.click()
    assert asked == ["import_rota"]
