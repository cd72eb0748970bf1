"""The words the workbook shows for roles: their titles, with the code only where two roles
share a title.

Formulas match rows by these labels (SUMPRODUCT((labels=label)*hours)), so each label must
differ from every other one the way Excel compares text: without case.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from planner.model import Plan


def role_labels(plan: Plan) -> dict[str, str]:
    """A distinct label for each role code: 'Clinical pharmacist', or 'Nurse (PN)' when
    another role is also titled 'Nurse' (or has no title)."""
    titles = {r.code: " ".join(ILLEGAL_CHARACTERS_RE.sub("", r.title).split()) or r.code
              for r in plan.roles}
    counts: dict[str, int] = {}
    for t in titles.values():
        counts[t.casefold()] = counts.get(t.casefold(), 0) + 1
    labels = {code: t if counts[t.casefold()] == 1 else f"{t} ({code})" for code, t in titles.items()}
    if len({v.casefold() for v in labels.values()}) < len(labels):
        labels = {code: f"{t} ({code})" for code, t in titles.items()}
    return labels


def role_label(plan: Plan, code: str) -> str:
    """The label of role ``code`` (the code itself when the plan has no such role)."""
    return role_labels(plan).get(code, code)
