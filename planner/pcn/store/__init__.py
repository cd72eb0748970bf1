"""Where a PCN plan is kept: a ``.skillmix-pcn`` SQLite file (the default, as a practice plan) or a
PostgreSQL database the user opens as a location (``postgresql://USER@SERVER/DATABASE``)."""

from __future__ import annotations

from pathlib import Path

from planner.model import Pcn
from planner.pcn.json_form import split
from planner.pcn.store.errors import Clash, LocationUnreachable, NotAllowed, PcnStoreError, SaveConflict
from planner.pcn.store.location import Opened, PcnLocation
from planner.pcn.store.sqlite_file import SUFFIX


def open_location(location: str | Path) -> PcnLocation:
    """The place named by ``location``: a database address or a file path. Nothing is read yet."""
    text = str(location)
    from planner.pcn.store import postgres

    if postgres.is_database(text):
        address = postgres.parse(text)
        return PcnLocation(postgres.engine_for(address), str(address), address.pcn, address.user,
                           address.location())
    from planner.pcn.store import sqlite_file

    path = Path(location)
    sqlite_file.check_file(path)
    return PcnLocation(sqlite_file.engine_for(path), path.name, None, sqlite_file.user(), str(path.resolve()))


def create_file(path: Path, pcn: Pcn) -> PcnLocation:
    """Write ``pcn`` as a new PCN file (refusing to replace an existing one)."""
    from planner.pcn.store import sqlite_file

    path = Path(path)
    if path.exists():
        raise PcnStoreError(f"{path.name} already exists; choose another name.")
    engine = sqlite_file.engine_for(path)
    try:
        sqlite_file.create_file(engine)
        location = PcnLocation(engine, path.name, None, sqlite_file.user(), str(path.resolve()))
        publish(location, pcn)
    except BaseException:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return location


def publish(location: PcnLocation, pcn: Pcn, summary: str = "Created the PCN plan") -> dict[str, int]:
    """Put a new PCN plan at ``location`` (every part at revision 1), in one transaction."""
    parts = split(pcn)
    return location.save(parts, {}, dict.fromkeys(parts, summary), pcn.code)


__all__ = ["Clash", "LocationUnreachable", "NotAllowed", "Opened", "PcnLocation", "PcnStoreError",
           "SaveConflict", "SUFFIX", "create_file", "open_location", "publish"]
