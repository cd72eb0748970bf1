"""Helpers shared by the command-line commands."""

from __future__ import annotations

from pathlib import Path

from planner.engine import check
from planner.model import Plan
from planner.store import open_plan


def read_plan(path: str, *, checked: bool = True) -> Plan:
    """Open a plan file (migrating older files) and, unless told not to, check it."""
    plan, _ = open_plan(Path(path))
    if checked:
        check(plan)
    return plan


def refuse_overwrite(path: Path, force: bool) -> None:
    from planner.cli.errors import UserError

    if path.exists() and not force:
        raise UserError(f"{path} already exists; choose another name or pass --force to replace it")
