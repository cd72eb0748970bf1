"""Everything the pack's sections share: the plan, its results, names for codes, and the
anonymised labels of staff."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from planner import __version__
from planner.engine import PlanResults, ScenarioResult, compute
from planner.interchange import dumps
from planner.model import Plan


@dataclass(frozen=True)
class PackContext:
    plan: Plan
    results: PlanResults
    plan_name: str
    prepared_by: str
    on: date
    anonymise: bool
    fingerprint: str
    version: str = __version__
    #: printed label of each staff member, in plan order ("GP 1" when anonymised)
    staff_labels: tuple[str, ...] = field(default_factory=tuple)

    @property
    def options(self) -> tuple[ScenarioResult, ...]:
        return self.results.scenarios

    def role_title(self, code: str) -> str:
        role = self.plan.role(code)
        return self.clean(role.title if role is not None else code)

    def activity_name(self, code: str) -> str:
        activity = self.plan.activity(code)
        return self.clean(activity.name if activity is not None else code)

    def option_number(self, result: ScenarioResult) -> int:
        return self.options.index(result) + 1

    def option_title(self, result: ScenarioResult) -> str:
        """'Option 2: Clinical pharmacist' (text, not yet escaped)."""
        return f"Option {self.option_number(result)}: {self.clean(result.scenario.name)}"

    def clean(self, text: str) -> str:
        """Free text with every staff name replaced by its label when anonymising."""
        if not self.anonymise:
            return text
        pairs = sorted(zip((s.name for s in self.plan.staff), self.staff_labels, strict=True),
                       key=lambda p: -len(p[0]))
        for name, label in pairs:
            if name.strip():
                text = text.replace(name, label)
        return text

    def para(self, text: str) -> str:
        """Free text made safe for a reportlab Paragraph (cleaned, then XML-escaped)."""
        return escape(self.clean(text))


def version_text(ctx: PackContext) -> str:
    """Which Skillmix made the pack and from which plan (printed in the method, not on the cover)."""
    return f"Skillmix {ctx.version}, plan fingerprint {ctx.fingerprint}"


def plan_fingerprint(plan: Plan) -> str:
    """First 8 hex digits of the SHA-256 of the plan's JSON: changes whenever the plan does."""
    return hashlib.sha256(dumps(plan).encode("utf-8")).hexdigest()[:8]


def anonymous_labels(plan: Plan) -> tuple[str, ...]:
    """'GP 1', 'GP 2', 'PN 1'...: role code and a number counted within the role."""
    counts: dict[str, int] = {}
    out = []
    for s in plan.staff:
        counts[s.role] = counts.get(s.role, 0) + 1
        out.append(f"{s.role} {counts[s.role]}")
    return tuple(out)


def build_context(plan: Plan, scenarios: list[str] | None, anonymise: bool, prepared_by: str,
                  plan_name: str, on: date | None = None) -> PackContext:
    """Compute the plan (only the named scenarios, in plan order) and gather what sections need.
    Raises InvalidPlan, or ValueError naming an unknown scenario."""
    known = [s.name for s in plan.scenarios]
    for name in scenarios or []:
        if name not in known:
            raise ValueError(f"no scenario named '{name}' (the plan has: {', '.join(known) or 'none'})")
    results = compute(plan, list(scenarios) if scenarios is not None else None)
    labels = anonymous_labels(plan) if anonymise else tuple(s.name for s in plan.staff)
    ctx = PackContext(plan, results, plan_name.strip() or plan.practice.name, prepared_by.strip(),
                      on or date.today(), anonymise, plan_fingerprint(plan), staff_labels=labels)
    return ctx
