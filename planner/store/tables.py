"""SQLModel tables of a plan file (schema version 1). Rows only; no domain logic."""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field, SQLModel

#: Table classes register in their own metadata so a plan file holds only these tables.
metadata = SQLModel.metadata


class MetaRow(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class PracticeRow(SQLModel, table=True):
    __tablename__ = "practice"
    id: int = Field(default=1, primary_key=True)
    name: str
    list_size: int
    weeks_per_year: float
    consulting_rooms: int = 0


class AssumptionRow(SQLModel, table=True):
    __tablename__ = "assumption"
    key: str = Field(primary_key=True)
    number: Optional[float] = None
    text: Optional[str] = None


class RoleRow(SQLModel, table=True):
    __tablename__ = "role"
    code: str = Field(primary_key=True)
    position: int
    title: str
    staff_group: str
    annual_salary: float
    leave_fraction: float
    arrs_cap: Optional[float] = None
    supervision_gp_hours_per_wte_week: float


class StaffRow(SQLModel, table=True):
    __tablename__ = "staff"
    id: Optional[int] = Field(default=None, primary_key=True)
    position: int
    name: str
    role: str
    weekly_hours: float
    annual_salary: Optional[float] = None


class ActivityRow(SQLModel, table=True):
    __tablename__ = "activity"
    code: str = Field(primary_key=True)
    position: int
    name: str
    category: str
    volume_per_week: float


class ActivityRoleRow(SQLModel, table=True):
    """Minutes per item and current share of items, for one activity and one role."""

    __tablename__ = "activity_role"
    activity: str = Field(primary_key=True)
    role: str = Field(primary_key=True)
    minutes: Optional[float] = None
    split: Optional[float] = None


class ScenarioRow(SQLModel, table=True):
    __tablename__ = "scenario"
    id: Optional[int] = Field(default=None, primary_key=True)
    position: int
    name: str
    description: str = ""
    recommended: bool = False
    freed_time_use: str = ""


class ChangeRow(SQLModel, table=True):
    __tablename__ = "change"
    id: Optional[int] = Field(default=None, primary_key=True)
    scenario_id: int = Field(index=True)
    position: int
    type: str
    activity: Optional[str] = None
    role: Optional[str] = None
    from_role: Optional[str] = None
    to_role: Optional[str] = None
    fraction: Optional[float] = None
    minutes: Optional[float] = None
    wte: Optional[float] = None
    annual_salary: Optional[float] = None
    arrs_funded: Optional[bool] = None
    one_off_cost: Optional[float] = None
    ramp_up_months: Optional[float] = None


class ExtraRow(SQLModel, table=True):
    """Further plan settings as JSON (rota vocabularies, audit shares, overrides...)."""

    __tablename__ = "extra"
    key: str = Field(primary_key=True)
    value_json: str


ALL_TABLES = (MetaRow, PracticeRow, AssumptionRow, RoleRow, StaffRow, ActivityRow,
              ActivityRoleRow, ScenarioRow, ChangeRow, ExtraRow)
