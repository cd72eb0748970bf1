"""Helpers shared by the command-line commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.cli.errors import InvalidPlanFile, UserError
from planner.engine import InvalidPlan, check
from planner.files.output import check_target
from planner.model import Plan
from planner.store import open_plan


def read_plan(path: str | Path, *, checked: bool = True) -> Plan:
    """Open a plan file (migrating older files) and, unless told not to, check it."""
    plan, _ = open_plan(Path(path))
    if checked:
        check_plan(plan, Path(path))
    return plan


def check_plan(plan: Plan, source: Path) -> None:
    """InvalidPlanFile naming ``source`` (a plan file or plan JSON) when ``plan`` cannot be computed."""
    try:
        check(plan)
    except InvalidPlan as e:
        if Path(source).suffix.lower() == ".json":
            hint = f"fix {Path(source).name} and import it again"
        else:
            hint = f"fix the plan in the app, or run 'skillmix validate {source}' to list every problem"
        raise InvalidPlanFile(Path(source), list(e.problems), hint) from None


def refuse_overwrite(path: Path, force: bool, *, plan: bool = False) -> None:
    """OutputError unless ``path`` may be written (planner.files.output.check_target): not a
    folder, in a folder that exists, new or replaced with ``force``, and never a plan replaced
    by anything but a plan."""
    check_target(path, force=force, plan=plan)


def read_mapping_json(path: Path, example: str = "") -> Any:
    """The JSON in a mapping file (a rota's or an appointment book's), or a one-line UserError:
    unreadable, not JSON, not UTF-8, nested too deeply, a huge number. ``example`` ends the
    not-JSON message ("write it like ...")."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise UserError(f"cannot read the mapping file {path}: {e.strerror or e}") from e
    except (ValueError, RecursionError) as e:
        why = "nested too deeply" if isinstance(e, RecursionError) else str(e)[:120]
        raise UserError(f"{path} is not valid JSON ({why}){'; ' + example if example else ''}") from e
