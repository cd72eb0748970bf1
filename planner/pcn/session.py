"""An open PCN plan: where it is kept, the parts and revisions it was read at, and the plan as
edited here. Saving sends only the parts that changed; when someone else saved one of them first,
the save is refused (``SaveConflict``: who, what, when) and the edits made here are re-applied on
their revision, or kept here to retry when both changed the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from planner.interchange import plan_to_dict
from planner.model import Pcn, Plan
from planner.pcn.json_form import NETWORK, join, network_to_dict
from planner.pcn.merge import merge
from planner.pcn.store import Clash, Opened, PcnLocation, SaveConflict


def save_message(status: str, clashes: tuple[Clash, ...], paths: tuple[str, ...]) -> str:
    """What a save of the PCN plan or of one practice's part says: saved; refused and re-applied
    on the newer version; or refused with the clashing changes kept here."""
    who = "; ".join(str(c) for c in clashes)
    if status == "saved":
        return "Saved."
    if status == "reapplied":
        return (f"Not saved yet: {who}. Your changes have been re-applied on top of theirs; "
                "check them and save again.")
    return (f"Not saved: {who}. You both changed {', '.join(paths)}; your changes are kept "
            "here. Keep theirs, or save yours over theirs.")


@dataclass(frozen=True)
class SaveOutcome:
    """``saved``; or ``reapplied``: refused, and the edits made here now sit on the newer revision
    (``pcn``), to save again; or ``kept``: refused, both changed ``paths``, the edits are kept."""

    status: str
    pcn: Pcn
    clashes: tuple[Clash, ...] = ()
    paths: tuple[str, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        return save_message(self.status, self.clashes, self.paths)


class PcnSession:
    def __init__(self, location: PcnLocation, opened: Opened) -> None:
        self.location = location
        self._base = opened
        self._owner: str | None = None

    @property
    def owner(self) -> str:
        """What this user may change: ``PCN`` (all), a practice code, or "" (read only); asked once."""
        if self._owner is None:
            self._owner = self.location.owner()
        return self._owner

    def may_change(self, part: str) -> bool:
        """Whether this user may save ``part`` (``PCN`` or a practice code)."""
        return self.owner == NETWORK or (bool(self.owner) and self.owner == part)

    @classmethod
    def open(cls, location: PcnLocation) -> PcnSession:
        return cls(location, location.load())

    @property
    def pcn(self) -> Pcn:
        """The plan as last read or saved here."""
        return self._base.pcn

    @property
    def revisions(self) -> dict[str, int]:
        return dict(self._base.revisions)

    def part(self, owner: str) -> tuple[dict[str, Any], int] | None:
        """A part as read or last saved here, and its revision (None: no such part)."""
        if owner not in self._base.parts:
            return None
        return self._base.parts[owner], self._base.revisions[owner]

    def changed_parts(self, pcn: Pcn) -> dict[str, dict[str, object]]:
        """The parts of ``pcn`` that differ from those read or saved here (a practice whose plan is
        the very plan read is not even written out)."""
        base, parts = self._base.pcn, self._base.parts
        out: dict[str, dict[str, object]] = {}
        network = network_to_dict(pcn)
        if parts.get(NETWORK) != network:
            out[NETWORK] = network
        for p in pcn.practices:
            old = base.practice(p.code)
            if old is not None and old.plan is p.plan and p.code in parts:
                continue
            body = plan_to_dict(p.plan)
            if parts.get(p.code) != body:
                out[p.code] = body
        return out

    def save(self, pcn: Pcn, summary: str = "") -> SaveOutcome:
        """Save ``pcn`` (the plan as edited here); see ``SaveOutcome``."""
        changed = self.changed_parts(pcn)
        if not changed:
            return SaveOutcome("saved", pcn)
        try:
            written = self.location.save(changed, self._base.revisions, dict.fromkeys(changed, summary), pcn.code)
        except SaveConflict as conflict:
            return self._rebase(changed, conflict)
        parts = self._base.parts | changed
        self._base = Opened(pcn, parts, self._base.revisions | written)
        return SaveOutcome("saved", pcn)

    def _rebase(self, mine: dict[str, dict[str, object]], conflict: SaveConflict) -> SaveOutcome:
        fresh = self.location.load(self._base)
        merged, paths = dict(fresh.parts), []
        for owner, body in mine.items():
            result = merge(self._base.parts.get(owner), body, fresh.parts.get(owner))
            merged[owner] = result.value
            paths += [f"{owner}: {p}" for p in result.conflicts]
        clashes = tuple(conflict.clashes)
        if paths:
            ours = join(self._base.parts | mine)
            return SaveOutcome("kept", ours, clashes, tuple(paths))
        self._base = fresh
        plans = {p.code: p.plan for p in fresh.pcn.practices if p.code not in mine}
        return SaveOutcome("reapplied", join(merged, plans), clashes)

    def take_theirs(self) -> Pcn:
        """Drop the edits made here: the plan as now saved at the location."""
        self._base = self.location.load(self._base)
        return self._base.pcn

    def overwrite(self, pcn: Pcn, summary: str = "") -> SaveOutcome:
        """Save ``pcn`` over whatever was saved meanwhile (the user chose to), in one transaction."""
        self._base = Opened(self._base.pcn, self._base.parts, self.location.load().revisions)
        return self.save(pcn, summary)

    def adopt_practice(self, code: str, plan: Plan, body: dict[str, Any], revision: int) -> bool:
        """A practice's plan saved at ``revision`` elsewhere in this app (its own window): take it as
        the base, so saving the PCN does not write it again. False when already as new."""
        if self._base.revisions.get(code, 0) >= revision or self._base.pcn.practice(code) is None:
            return False
        base = self._base.pcn
        pcn = replace(base, practices=tuple(replace(p, plan=plan) if p.code == code else p for p in base.practices))
        self._base = Opened(pcn, self._base.parts | {code: body}, self._base.revisions | {code: revision})
        return True
