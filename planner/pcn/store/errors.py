"""Errors of a PCN plan location, each with a message a practice manager can act on."""

from __future__ import annotations

from dataclasses import dataclass


class PcnStoreError(Exception):
    """The plan could not be opened or saved; nothing was changed."""


class LocationUnreachable(PcnStoreError):
    """The database could not be reached (or was lost mid-save): nothing was saved."""


class NotAllowed(PcnStoreError):
    """The database refused the change: the user may not change that part."""


@dataclass(frozen=True)
class Clash:
    """Someone else saved a part since it was opened here: who, when, and what they changed."""

    owner: str
    revision: int
    saved_by: str
    saved_at: str
    summary: str

    def __str__(self) -> str:
        part = "the PCN's own plan" if self.owner == "PCN" else f"practice {self.owner}"
        what = f": {self.summary}" if self.summary else ""
        return f"{self.saved_by} saved {part} at {self.saved_at}{what}"


class SaveConflict(PcnStoreError):
    """The save was refused because parts changed since they were opened here; nothing was saved."""

    def __init__(self, clashes: list[Clash]) -> None:
        self.clashes = clashes
        super().__init__("Not saved: someone else saved first. " + "; ".join(str(c) for c in clashes) + ".")
