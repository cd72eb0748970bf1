"""What the rota import wizard's pages share: the file, the sheets chosen, the words and
layout choices, the read result and the practice manager's answers. The pages work on this
object, never on the wizard (so no page imports the wizard); every figure and rule comes from
planner.rota (settle, changes), and the import is one undo step (planner.edits.replace_plan)."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.model import Plan
from planner.rota.changes import StaffChange, apply_chosen, change_warnings, rota_changes
from planner.rota.display import readable_problem
from planner.rota.options import ReadOptions
from planner.rota.settle import NearMatch, Settlement, near_matches, role_gap_changes, settled, unsettled
from planner.rota.tally import person_key
from planner.rota.vocabulary import COUNTED, normalise, vocabulary_of, with_vocabulary
from ui.document import PlanDocument
from ui.theme import WARNING
from ui.wizards.rota_reader import read_with_progress


def _title_problem_of(problem: Any, titles: set[str]) -> bool:
    shown = readable_problem(problem)
    return shown.kind == "job title" and normalise(shown.word) in titles


SAME = "same"
NEW = "new"


class RotaSession:
    def __init__(self, document: PlanDocument, path: Path | None = None) -> None:
        self.document = document
        self.path: Path | None = Path(path) if path else None
        self.sheets: list[str] = []
        self.chosen_sheets: list[str] = []
        self.session_hours = document.plan.assumptions.session_hours
        self.vocabulary = vocabulary_of(document.plan)
        self.options = ReadOptions()
        self.counted: tuple[str, ...] = COUNTED
        self.result: Any = None
        self.settlement = Settlement()
        self.left_out: set[str] = set()  # names (compared as keys) the user unticked
        self.offered: set[str] = set()  # names already shown on the confirm page

    # --- reading ---------------------------------------------------------------------------

    def read(self, parent: QWidget) -> str:
        """Read the chosen sheets with the current words; an error message, or "" when read."""
        assert self.path is not None
        outcome = read_with_progress(parent, self.path, self.vocabulary, self.chosen_sheets, self.session_hours,
                                     self.options)
        if outcome.cancelled:
            return "Reading was cancelled. Nothing was imported."
        if outcome.error:
            return outcome.error
        self.result = outcome.result
        return ""

    def open_problems(self) -> list[Any]:
        """The read's problems less those settled on the preview page: an unknown job title of
        people who have been given a role or left out."""
        answered = self.settlement.skipped | set(self.settlement.roles)
        titles = {normalise(p.job_title) for p in self.result.people if person_key(p.name) in answered}
        return [q for q in self.result.problems if not _title_problem_of(q, titles)]

    def title_words(self) -> dict[str, str]:
        """Unknown job titles -> the role chosen, where everyone with that title got the same
        role (saved with the plan's words, so the next rota knows them)."""
        chosen: dict[str, set[str]] = {}
        for p in self.result.people:
            role = self.settlement.roles.get(person_key(p.name))
            if p.role is None and p.job_title:
                chosen.setdefault(normalise(p.job_title), set()).add(role or "")
        return {title: roles.pop() for title, roles in chosen.items() if len(roles) == 1 and "" not in roles}

    def unknown_titles(self) -> set[str]:
        """Unknown words that are job titles (people without a role), as written and normalised."""
        titles = {p.job_title for p in self.result.people if p.role is None and p.job_title}
        return titles | {normalise(t) for t in titles}

    # --- answers ---------------------------------------------------------------------------

    def settle(self, **changes: Any) -> None:
        self.settlement = replace(self.settlement, **changes)

    def choose_role(self, name: str, role: str | None, from_catalogue: bool = False) -> None:
        """Give a person a role (None: no choice yet); a catalogue role is added to the plan."""
        key = person_key(name)
        roles = {k: v for k, v in self.settlement.roles.items() if k != key}
        skipped = self.settlement.skipped - {key}
        if role is not None:
            roles[key] = role
        added = tuple(c for c in self.settlement.added_roles if c in roles.values())
        if from_catalogue and role is not None and role not in added:
            added += (role,)
        self.settle(roles=roles, skipped=skipped, added_roles=added)

    def skip(self, name: str) -> None:
        key = person_key(name)
        self.settle(skipped=self.settlement.skipped | {key},
                    roles={k: v for k, v in self.settlement.roles.items() if k != key})

    def answer_match(self, rota_name: str, answer: str | None, plan_name: str) -> None:
        same_as = {k: v for k, v in self.settlement.same_as.items() if k != person_key(rota_name)}
        if answer is not None:
            same_as[person_key(rota_name)] = plan_name if answer == SAME else ""
        self.settle(same_as=same_as)

    def settled(self) -> tuple[Plan, Any]:
        """The plan (with any roles added) and the import with the answers given; the problems
        settled here (unknown titles given a role) are no longer problems."""
        plan, result = settled(self.document.plan, self.result, self.settlement)
        return plan, replace(result, problems=tuple(self.open_problems()))

    def to_settle(self) -> list[tuple[Any, str]]:
        """People still without a role the plan has (before the roles chosen are applied)."""
        plan, result = self.settled()
        return unsettled(plan, result)

    def people_needing_answers(self) -> list[tuple[Any, str]]:
        """Everyone shown in the 'settle' section: without a usable role, answered or not."""
        plan = self.document.plan
        return unsettled(plan, self.result) if self.result is not None else []

    def near_matches(self) -> list[NearMatch]:
        people = tuple(p for p in self.result.people if person_key(p.name) not in self.settlement.skipped)
        return near_matches(self.document.plan, people)

    def unanswered_matches(self) -> list[NearMatch]:
        return [m for m in self.near_matches() if person_key(m.rota_name) not in self.settlement.same_as]

    # --- the import ------------------------------------------------------------------------

    def changes(self) -> list[StaffChange]:
        plan, result = self.settled()
        return rota_changes(plan, result)

    def after(self) -> Plan:
        """The plan with the ticked people imported, the roles added and the mapped words saved.
        Raises ValueError as planner.rota.apply_rota does."""
        plan, result = self.settled()
        words = self.vocabulary.with_mapping(self.title_words())
        file = self.path.name if self.path else ""
        return with_vocabulary(apply_chosen(plan, result, self.left_out, file), words)

    def apply_error(self) -> str:
        if self.unanswered_matches():
            return "Say whether each name close to one in your plan is the same person, above."
        try:
            self.after()
        except ValueError as e:
            return str(e)
        return ""

    # --- words shown -----------------------------------------------------------------------

    def summary_text(self) -> str:
        r = self.result
        weeks = f", averaged over {r.weeks_text}" if r.weeks > 1 else ""
        text = (f"Found {len(r.people)} {'person' if len(r.people) == 1 else 'people'} on "
                f"{len(r.sheets_read)} sheet{'s' if len(r.sheets_read) != 1 else ''}{weeks}. "
                "Hours are an average week, leave included.")
        if r.sheets_skipped:
            text += " Skipped: " + "; ".join(f"{html.escape(name)} ({why})" for name, why in r.sheets_skipped) + "."
        if self.open_problems():
            count = len(self.open_problems()) - (1 if r.unlisted else 0) + r.unlisted
            text += (f"<br><b>{count:,} {'problem stops' if count == 1 else 'problems stop'} the import.</b> Fix "
                     "them in the workbook and read it again, or say below what the rota means.")
        return text

    def checks_html(self, ticked: list[StaffChange]) -> str:
        """The flagged changes among the ticked people, and roles whose spare or short hours
        change by more than a few hours, one plain sentence each."""
        plan = self.settled()[0]
        lines = [html.escape(w) for c in ticked for w in change_warnings(plan, c)]
        try:
            lines += [html.escape(w) for w in role_gap_changes(self.document.plan, self.after())]
        except ValueError:
            pass
        if not lines:
            return ""
        return (f"<b style='color:{WARNING}'>Check before importing:</b><br>"
                + "<br>".join(f"• {line}" for line in lines))

    def held_html(self, held: list[StaffChange]) -> str:
        """The unticked people the rota gives another job title: why they start unticked."""
        plan = self.settled()[0]
        lines = [html.escape(w) for c in held for w in change_warnings(plan, c)]
        if not lines:
            return ""
        return ("<b>Not imported unless you tick them</b> (the same name with another job title "
                "may be a different person):<br>" + "<br>".join(f"• {line}" for line in lines))

    def confirm_text(self, ticked: list[StaffChange]) -> str:
        error = self.apply_error()
        if error:
            return html.escape(error)
        total, plan = len(self.settled()[1].people), self.document.plan
        if not ticked:
            return "No one is ticked: tick the people to import, or Cancel."
        added = sum(1 for c in ticked if c.is_new)
        updated = len(ticked) - added
        left = total - len(ticked)
        source = html.escape(self.path.name if self.path else "the rota")
        parts = [f"Import {len(ticked)} of {total} {'person' if total == 1 else 'people'} from "
                 f"{source} into {html.escape(plan.practice.name)}: {updated} already in the team "
                 f"take the rota's role and hours; {added} {'is' if added == 1 else 'are'} added."]
        if left:
            parts.append(f"{left} unticked {'stays' if left == 1 else 'stay'} as in your plan.")
        roles = self.settlement.added_roles
        if roles:
            parts.append(f"{len(roles)} role{'s are' if len(roles) > 1 else ' is'} added from the catalogue.")
        parts.append("People not on the rota keep their hours, and the words you mapped are "
                     "saved with the plan. Edit ▸ Undo undoes the whole import.")
        return " ".join(parts)
