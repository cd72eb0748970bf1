"""The sample practice shipped with Skillmix: Riverside Medical Practice (10,400 patients).

``resources/sample/riverside.json`` is plan JSON v1 and the source of truth. Its roles and
activities are the default catalogue's (``planner.catalogue``) scaled to the list size; its
three worked scenarios show a clinical pharmacist, document workflow with care navigation,
and a paramedic for home visits.
"""

from __future__ import annotations

from pathlib import Path

from planner.interchange import read_plan_json
from planner.model import Plan
from planner.reference import RESOURCES_DIR, resources_dir

#: Where the sample lives in the repository's resources folder.
SAMPLE_PATH: Path = RESOURCES_DIR / "sample" / "riverside.json"


def sample_path() -> Path:
    """The sample file in the resources folder in use (``SKILLMIX_RESOURCES`` when set)."""
    return resources_dir() / "sample" / "riverside.json"


def sample_plan() -> Plan:
    """Riverside Medical Practice, read fresh from its JSON file."""
    return read_plan_json(sample_path())
