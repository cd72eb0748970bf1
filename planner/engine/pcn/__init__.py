"""PCN figures (docs/MODEL-EXTENSIONS.md, P1-P6): each practice's figures under a PCN option through
the practice engine, the network's ARRS allocation, what is committed, planned and left, and the
ARRS rules of the contract year. Pure functions over ``planner.model.Pcn``."""

from __future__ import annotations

from planner.engine.pcn.allocation import Allocation, StaffCost, allocation, staff_costs
from planner.engine.pcn.results import PcnResult, PcnResults, PracticeFigures, compute_pcn, evaluate_option
from planner.engine.pcn.rules import RuleBreak, arrs_rule_breaks
from planner.engine.pcn.staffing import staff_after, year_fraction
from planner.engine.pcn.validate import validate_pcn

__all__ = ["Allocation", "StaffCost", "allocation", "staff_costs", "PcnResult", "PcnResults",
           "PracticeFigures", "compute_pcn", "evaluate_option", "RuleBreak", "arrs_rule_breaks",
           "staff_after", "year_fraction", "validate_pcn"]
