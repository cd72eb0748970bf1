"""A member practice's own plan, opened from a PCN plan to edit on its own and saved back into the
PCN's location (file or database) as one save of that practice's part, with its revision check:
when someone else saved that practice first, the save is refused (who, when, what), and the edits
made here are re-applied on their version (save again), or kept when both changed the same value.
A practice manager with rights to their practice only can save it; the database refuses the rest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.interchange import PlanFormatError, plan_from_dict, plan_to_dict
from planner.model import Plan
from planner.pcn.merge import merge
from planner.pcn.session import PcnSession, save_message
from planner.pcn.store import Clash, PcnLocation, PcnStoreError, SaveConflict


@dataclass(frozen=True)
class PracticeSaveOutcome:
    """``saved``; ``reapplied``: refused, the edits now sit on their version (``plan``), to check and
    save again; ``kept``: refused, both changed ``paths``, the edits are kept here."""

    status: str
    plan: Plan
    clashes: tuple[Clash, ...] = ()
    paths: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return save_message(self.status, self.clashes, self.paths)


class PracticePart:
    """One practice's part of a PCN plan: where it is kept, and the version it was read at."""

    def __init__(self, location: PcnLocation, pcn_code: str, code: str, body: dict[str, Any],
                 revision: int) -> None:
        self.location, self.pcn_code, self.code = location, pcn_code, code
        self.body, self.revision = body, revision

    @classmethod
    def of(cls, session: PcnSession, code: str) -> PracticePart:
        """The practice's part as ``session`` read or last saved it."""
        part = session.part(code)
        if part is None or session.pcn.practice(code) is None:
            raise PcnStoreError(f"There is no member practice {code} in {session.location.name}.")
        return cls(session.location, session.pcn.code, code, *part)

    def _plan(self, body: dict[str, Any]) -> Plan:
        try:
            return plan_from_dict(body)
        except PlanFormatError as e:
            raise PcnStoreError(f"{self.location.name}: the plan of practice {self.code} is damaged ({e}).") from e

    def save(self, plan: Plan, summary: str = "") -> PracticeSaveOutcome:
        """Save ``plan`` as the practice's part in one transaction; see PracticeSaveOutcome. Raises
        PcnStoreError (NotAllowed, LocationUnreachable) when nothing could be saved."""
        body = plan_to_dict(plan)
        if body == self.body:
            return PracticeSaveOutcome("saved", plan)
        try:
            written = self.location.save({self.code: body}, {self.code: self.revision},
                                         {self.code: summary}, self.pcn_code)
        except SaveConflict as conflict:
            return self._rebase(body, conflict)
        self.body, self.revision = body, written[self.code]
        return PracticeSaveOutcome("saved", plan)

    def _rebase(self, mine: dict[str, Any], conflict: SaveConflict) -> PracticeSaveOutcome:
        theirs, revision = self.location.part(self.code)
        result = merge(self.body, mine, theirs)
        clashes = tuple(conflict.clashes)
        if result.conflicts:
            return PracticeSaveOutcome("kept", self._plan(mine), clashes, tuple(result.conflicts))
        self.body, self.revision = theirs, revision
        return PracticeSaveOutcome("reapplied", self._plan(result.value), clashes)

    def take_theirs(self) -> Plan:
        """Drop the edits made here: the practice's plan as now saved."""
        self.body, self.revision = self.location.part(self.code)
        return self._plan(self.body)

    def overwrite(self, plan: Plan, summary: str = "") -> PracticeSaveOutcome:
        """Save ``plan`` over whatever was saved meanwhile (the user chose to)."""
        self.body, self.revision = self.location.part(self.code)
        return self.save(plan, summary)

    @property
    def saved_plan(self) -> Plan:
        """The practice's plan as last read or saved here."""
        return self._plan(self.body)
