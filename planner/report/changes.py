"""What an option changes, in words a partner reads: activity and role names, not codes,
with the number of items a week each move touches."""

from __future__ import annotations

from dataclasses import replace

from planner.engine.scenario import apply_scenario
from planner.model import Avoid, Change, ChangeHours, Hire, Plan, Retime, Scenario, Shift
from planner.present import format as fmt
from planner.present.names import hours_change_words
from planner.report.context import PackContext


def items_before(plan: Plan, scenario: Scenario, index: int, activity: str, role: str) -> float:
    """Items a week ``role`` does of ``activity`` just before change ``index`` (0-based)."""
    earlier = replace(scenario, changes=scenario.changes[:index])
    workload = apply_scenario(plan, earlier).after
    return workload.items.get(activity, {}).get(role, 0.0)


def describe(ctx: PackContext, scenario: Scenario, index: int) -> str:
    """One sentence for change ``index`` of ``scenario`` (XML-escaped for a Paragraph)."""
    change: Change = scenario.changes[index]
    if isinstance(change, Hire):
        return _hire(ctx, change)
    if isinstance(change, ChangeHours):
        return ctx.para(hours_change_words(ctx.plan, change)) + "."
    activity = f"<i>{ctx.para(ctx.activity_name(change.activity))}</i>"
    if isinstance(change, Shift):
        n = items_before(ctx.plan, scenario, index, change.activity, change.from_role) * change.fraction
        return (f"Move {fmt.percent(change.fraction)} of {activity} from "
                f"{ctx.para(ctx.role_title(change.from_role))} to {ctx.para(ctx.role_title(change.to_role))} "
                f"({_items(n)} a week).")
    if isinstance(change, Avoid):
        n = items_before(ctx.plan, scenario, index, change.activity, change.role) * change.fraction
        return (f"{fmt.percent(change.fraction)} of {activity} now done by "
                f"{ctx.para(ctx.role_title(change.role))} no longer come to the practice "
                f"({_items(n)} a week), for example to community pharmacy or self-care.")
    return _retime(ctx, change, activity)


def _items(n: float) -> str:
    return f"{fmt.number(n, 1)} item" if round(n, 1) == 1 else f"{fmt.number(n, 1)} items"


def _retime(ctx: PackContext, change: Retime, activity: str) -> str:
    a = ctx.plan.activity(change.activity)
    was = a.minutes.get(change.role) if a is not None else None
    before = f" (was {was:g})" if was is not None else ""
    unit = "minute" if change.minutes == 1 else "minutes"
    return (f"{ctx.para(ctx.role_title(change.role))} takes {change.minutes:g} {unit} for each item of "
            f"{activity}{before}.")


def _hire(ctx: PackContext, hire: Hire) -> str:
    role = ctx.plan.role(hire.role)
    salary = hire.annual_salary if hire.annual_salary is not None else (role.annual_salary if role else 0.0)
    parts = [f"Hire {hire.wte:g} WTE {ctx.para(ctx.role_title(hire.role))} at {fmt.money(salary)} a year "
             "full-time pay"]
    parts.append("ARRS funded" if hire.arrs_funded else "not ARRS funded")
    if hire.one_off_cost:
        parts.append(f"one-off costs {fmt.money(hire.one_off_cost)}")
    if hire.ramp_up_months:
        parts.append(f"{hire.ramp_up_months:g} months to full speed")
    return ", ".join(parts) + "."
