"""PCN JSON, version 1: the whole network as one document, or split into parts by owner (the
network's own part, and each practice's plan as plan JSON version 1), as the store keeps it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.files.output import write_bytes
from planner.interchange import PlanFormatError, _Reader, plan_from_dict, plan_to_dict, read_json
from planner.model import MemberPractice, Pcn, PcnChange, PcnOption, Plan, Practice, Recruit, Redeploy, SharedStaff

FORMAT = "skillmix-pcn"
VERSION = 1
#: the owner of the network's own part (practices own their plans, by practice code)
NETWORK = "PCN"


def _staff(s: SharedStaff) -> dict[str, Any]:
    return {"name": s.name, "role": s.role, "wte": s.wte, "sessions": dict(s.sessions),
            "annual_salary": s.annual_salary, "start_date": s.start_date,
            "arrs_claimed": s.arrs_claimed, "recent_member_employee": s.recent_member_employee}


def _change(c: PcnChange) -> dict[str, Any]:
    if isinstance(c, Recruit):
        return {"type": "recruit", "staff": _staff(c.staff), "one_off_cost": c.one_off_cost}
    return {"type": "redeploy", "name": c.name, "sessions": dict(c.sessions)}


def network_to_dict(pcn: Pcn) -> dict[str, Any]:
    """The network's own part: everything but the practices' plans."""
    shell = plan_to_dict(Plan(Practice(pcn.name, 0), pcn.assumptions, pcn.roles))
    return {
        "format": FORMAT, "version": VERSION,
        "pcn": {"name": pcn.name, "code": pcn.code, "contract_year": pcn.contract_year,
                "arrs_per_weighted_patient": pcn.arrs_per_weighted_patient,
                "recharge_basis": pcn.recharge_basis,
                # written only when set: a network part saved before P7 reads back unchanged
                **({"hcas_zone": pcn.hcas_zone} if pcn.hcas_zone else {})},
        "assumptions": shell["assumptions"], "roles": shell["roles"],
        "practices": [{"code": p.code, "weighted_population": p.weighted_population} for p in pcn.practices],
        "staff": [_staff(s) for s in pcn.staff],
        "options": [{"name": o.name, "description": o.description,
                     "practice_options": dict(o.practice_options),
                     "changes": [_change(c) for c in o.changes]} for o in pcn.options],
    }


def split(pcn: Pcn) -> dict[str, dict[str, Any]]:
    """Owner -> part: ``NETWORK`` -> the network's part, practice code -> its plan JSON."""
    return {NETWORK: network_to_dict(pcn)} | {p.code: plan_to_dict(p.plan) for p in pcn.practices}


def pcn_to_dict(pcn: Pcn) -> dict[str, Any]:
    """The whole network as one document (practices carry their plans)."""
    out = network_to_dict(pcn)
    for entry, p in zip(out["practices"], pcn.practices, strict=True):
        entry["plan"] = plan_to_dict(p.plan)
    return out


def _read_staff(d: Any, path: str) -> SharedStaff:
    r = _Reader(d, path)
    return SharedStaff(r.text("name"), r.text("role"), r.number("wte", field="shared_wte"),
                       r.numbers("sessions", "sessions"),
                       r.number("annual_salary", optional=True), r.text("start_date", ""),
                       r.flag("arrs_claimed", True), r.flag("recent_member_employee"))


def _read_change(d: Any, path: str) -> PcnChange:
    r = _Reader(d, path)
    kind = r.text("type")
    if kind == "recruit":
        return Recruit(_read_staff(r._get("staff", None), f"{path}.staff"), r.number("one_off_cost", 0))
    if kind == "redeploy":
        return Redeploy(r.text("name"), r.numbers("sessions", "sessions"))
    raise PlanFormatError(f"{path}.type: '{kind}' is not one of recruit, redeploy")


def _read_option(d: Any, path: str) -> PcnOption:
    r = _Reader(d, path)
    links = _Reader(r._get("practice_options", {}), f"{path}.practice_options")
    return PcnOption(r.text("name"), tuple(_read_change(c, f"{path}.changes[{i}]")
                                           for i, c in enumerate(r.items("changes"))),
                     {str(k): links.text(k) for k in links.data}, r.text("description", ""))


def join(parts: dict[str, Any], known: dict[str, Plan] | None = None) -> Pcn:
    """The network from its parts (see ``split``); ``known`` plans are taken as they are for the
    practices whose part is unchanged (not read again). Raises PlanFormatError naming the part."""
    top = _Reader(parts.get(NETWORK), "PCN")
    if top.data.get("format") != FORMAT:
        raise PlanFormatError(f"this is not a Skillmix PCN plan (format {top.data.get('format')!r})")
    if top.number("version") > VERSION:
        raise PlanFormatError(f"PCN JSON version {top.data['version']} is newer than this Skillmix reads; "
                              "update Skillmix")
    shell = plan_from_dict({"format": "skillmix-plan", "version": 1, "practice": {"name": "", "list_size": 0},
                            "assumptions": top._get("assumptions", {}), "roles": top.items("roles")})
    head = _Reader(top._get("pcn", None), "pcn")
    practices = []
    for i, x in enumerate(top.items("practices")):
        r = _Reader(x, f"practices[{i}]")
        code = r.text("code")
        if code not in parts:
            raise PlanFormatError(f"practices[{i}]: the plan of practice {code} is missing")
        try:
            plan = (known or {}).get(code) or plan_from_dict(parts[code])
        except PlanFormatError as e:
            raise PlanFormatError(f"practice {code}: {e}") from e
        practices.append(MemberPractice(code, plan, r.number("weighted_population")))
    return Pcn(head.text("name"), head.text("code"), head.text("contract_year"),
               head.number("arrs_per_weighted_patient"), shell.assumptions, shell.roles, tuple(practices),
               tuple(_read_staff(s, f"staff[{i}]") for i, s in enumerate(top.items("staff"))),
               tuple(_read_option(o, f"options[{i}]") for i, o in enumerate(top.items("options"))),
               head.text("recharge_basis", "sessions"), head.text("hcas_zone", ""))


def pcn_from_dict(d: Any) -> Pcn:
    """Read the whole-network document of ``pcn_to_dict``."""
    r = _Reader(d, "PCN")
    parts: dict[str, Any] = {NETWORK: d}
    for i, x in enumerate(r.items("practices")):
        entry = _Reader(x, f"practices[{i}]")
        parts[entry.text("code")] = entry._get("plan", None)
    return join(parts)


def read_pcn_json(path: Path) -> Pcn:
    try:
        return pcn_from_dict(read_json(Path(path)))
    except PlanFormatError as e:
        raise PlanFormatError(f"{Path(path).name}: {e}") from e


def write_pcn_json(pcn: Pcn, path: Path, *, force: bool = True) -> None:
    """Write PCN JSON whole or not at all (planner.files.output)."""
    data = json.dumps(pcn_to_dict(pcn), indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    write_bytes(Path(path), data.encode("utf-8"), force=force)
