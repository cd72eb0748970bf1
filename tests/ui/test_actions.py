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


def test_page_actions_name_a_method_of_their_page(qtbot) -> None:
    window = open_window(qtbot)
    for spec in ACTIONS:
        if spec.handler.startswith("in_page:"):
            key, _, method = spec.handler.partition(":")[2].partition(".")
            assert callable(getattr(window.page(key), method)), spec.id


def test_menus_have_exports_scenario_actions_help_and_ctrl_y_redoes(qtbot) -> None:
    from PySide6.QtGui import QKeySequence

    window = open_window(qtbot)
    actions = window.actions_by_id
    for action_id, key in (("export_pack", "Ctrl+P"), ("export_workbook", "Ctrl+E"),
                           ("new_scenario", "Ctrl+Shift+N"), ("add_change", "Ctrl+Shift+A")):
        assert actions[action_id].shortcut() == QKeySequence(key), action_id
        assert "&" in actions[action_id].text(), action_id  # a mnemonic
    assert QKeySequence("Ctrl+Y") in actions["redo"].shortcuts()
    window.document.apply(__import__("planner.edits", fromlist=["x"]).set_practice(
        window.document.plan, "list_size", "9000"))
    window.document.undo_stack.undo()
    assert window.document.plan.practice.list_size != 9000
    actions["redo"].trigger()
    assert window.document.plan.practice.list_size == 9000
    help_menu = [a.text() for a in window.menuBar().actions()]
    assert help_menu == ["&File", "&Edit", "&Scenario", "&View", "&Help"]


def test_mnemonics_are_unique_in_each_menu(qtbot) -> None:
    window = open_window(qtbot)
    for menu_action in window.menuBar().actions():
        letters = [a.text().split("&")[1][0].lower() for a in menu_action.menu().actions()
                   if "&" in a.text() and not a.isSeparator()]
        assert len(letters) == len(set(letters)), (menu_action.text(), letters)


def test_the_glossary_and_quick_guide_open_offline(qtbot) -> None:
    window = open_window(qtbot)
    window.actions_by_id["glossary"].trigger()
    from ui.help import HelpDialog

    dialog = window.findChild(HelpDialog)
    assert "Net cost per GP hour of gap closed" in dialog.text.toPlainText()
    dialog.search.setText("supervision")
    assert "Net cost a year" not in dialog.text.toPlainText()
    dialog.close()
    window.actions_by_id["quick_guide"].trigger()
    guides = [d for d in window.findChildren(HelpDialog) if d.windowTitle() == "Quick guide"]
    assert "Ctrl+P" in guides[0].text.toPlainText()
