"""SQLModel tables of a plan file (schema version 2). Rows only; no domain logic."""

from __future__ import annotations

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
    number: float | None = None
    text: str | None = None


class RoleRow(SQLModel, table=True):
    __tablename__ = "role"
    code: str = Field(primary_key=True)
    position: int
    title: str
    staff_group: str
    annual_salary: float
    leave_fraction: float
    arrs_cap: float | None = None
    supervision_gp_hours_per_wte_week: float


class StaffRow(SQLModel, table=True):
    __tablename__ = "staff"
    id: int | None = Field(default=None, primary_key=True)
    position: int
    name: str
    role: str
    weekly_hours: float
    annual_salary: float | None = None
    hourly_rate: float | None = None  # schema 2


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
    minutes: float | None = None
    split: float | None = None


class ScenarioRow(SQLModel, table=True):
    __tablename__ = "scenario"
    id: int | None = Field(default=None, primary_key=True)
    position: int
    name: str
    description: str = ""
    recommended: bool = False
    freed_time_use: str = ""


class ChangeRow(SQLModel, table=True):
    __tablename__ = "change"
    id: int | None = Field(default=None, primary_key=True)
    scenario_id: int = Field(index=True)
    position: int
    type: str
    activity: str | None = None
    role: str | None = None
    from_role: str | None = None
    to_role: str | None = None
    fraction: float | None = None
    minutes: float | None = None
    wte: float | None = None
    annual_salary: float | None = None
    arrs_funded: bool | None = None
    one_off_cost: float | None = None
    ramp_up_months: float | None = None
    staff: str | None = None  # schema 2: change_hours
    weekly_hours: float | None = None  # schema 2: change_hours


class ExtraRow(SQLModel, table=True):
    """Further plan settings as JSON (rota vocabularies, audit shares, overrides...)."""

    __tablename__ = "extra"
    key: str = Field(primary_key=True)
    value_json: str


ALL_TABLES = (MetaRow, PracticeRow, AssumptionRow, RoleRow, StaffRow, ActivityRow,
              ActivityRoleRow, ScenarioRow, ChangeRow, ExtraRow)
