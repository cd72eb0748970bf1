"""The app's recent list, practice plans and PCN plans together: a PCN file or database address
opens the PCN window; a database is named by its address (never a password)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu

from ui.settings import Settings, is_pcn_place


def label(place: str) -> str:
    """What the menu shows: a file's name ('(PCN)' for a PCN plan), or 'PCN in database DB on SERVER'."""
    if place.startswith(("postgresql://", "postgres://")):
        from planner.pcn.store import PcnStoreError
        from planner.pcn.store.postgres import parse

        try:
            a = parse(place)
        except PcnStoreError:
            return place
        server = "this computer" if a.host.startswith("/") else a.host
        which = f"PCN {a.pcn}" if a.pcn else "PCN plan"
        return f"{which} in database {a.database} on {server} (as {a.user})"
    name = Path(place).name
    return f"{name} (PCN)" if is_pcn_place(place) else name


def fill_recent_menu(menu: QMenu, settings: Settings, open_plan: Callable[[Path], object],
                     open_pcn: Callable[[str], object]) -> None:
    menu.clear()
    places = settings.recent_places()
    for place in places:
        action = menu.addAction(label(place))
        action.setStatusTip(place)
        if is_pcn_place(place):
            action.triggered.connect(lambda _=False, p=place: open_pcn(p))
        else:
            action.triggered.connect(lambda _=False, p=Path(place): open_plan(p))
    menu.setEnabled(bool(places))
