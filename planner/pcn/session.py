"""An open PCN plan: where it is kept, the parts and revisions it was read at, and the plan as
edited here. Saving sends only the parts that changed; when someone else saved one of them first,
the save is refused (``SaveConflict``: who, what, when) and the edits made here are re-applied on
their revision, or kept here to retry when both changed the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.model import Pcn
from planner.pcn.json_form import join, split
from planner.pcn.merge import merge
from planner.pcn.store import Clash, Opened, PcnLocation, SaveConflict


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
        who = "; ".join(str(c) for c in self.clashes)
        if self.status == "saved":
            return "Saved."
        if self.status == "reapplied":
            return (f"Not saved yet: {who}. Your changes have been re-applied on top of theirs; "
                    "check them and save again.")
        return (f"Not saved: {who}. You both changed {', '.join(self.paths)}; your changes are kept "
                "here. Keep theirs, or save yours over theirs.")


class PcnSession:
    def __init__(self, location: PcnLocation, opened: Opened) -> None:
        self.location = location
        self._base = opened

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

    def changed_parts(self, pcn: Pcn) -> dict[str, dict[str, object]]:
        parts = split(pcn)
        return {o: body for o, body in parts.items() if self._base.parts.get(o) != body}

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
        fresh = self.location.load()
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
        return SaveOutcome("reapplied", join(merged), clashes)

    def take_theirs(self) -> Pcn:
        """Drop the edits made here: the plan as now saved at the location."""
        self._base = self.location.load()
        return self._base.pcn

    def overwrite(self, pcn: Pcn, summary: str = "") -> SaveOutcome:
        """Save ``pcn`` over whatever was saved meanwhile (the user chose to), in one transaction."""
        self._base = Opened(self._base.pcn, self._base.parts, self.location.load().revisions)
        return self.save(pcn, summary)
