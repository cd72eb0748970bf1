"""The sections of the PCN board pack: the allocation, practices side by side, the shared team's
sessions by practice, and the ARRS rules checked. Every figure is the engine's, worded by
``planner.present.pcn``."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from planner.arrs import ArrsEdition
from planner.engine.pcn import PcnResult
from planner.engine.pcn.summary import network_figures
from planner.model import Pcn
from planner.present import format as fmt
from planner.present.pcn import NETWORK_LINES, PRACTICE_LINES, headroom_words, sessions
from planner.report.pcn.allocation_chart import allocation_bar
from planner.report.styles import BODY, BULLET, FRAME_WIDTH, H1, H2, NOTE
from planner.report.tables import cell, fractions, grid, head


def allocation_section(pcn: Pcn, result: PcnResult, edition: ArrsEdition) -> list[Flowable]:
    m = result.money
    figure = edition.per_weighted_patient
    rate = "Your own figure per weighted patient." if abs(pcn.arrs_per_weighted_patient - figure.value) > 1e-9 else (
        f"Source: {figure.source}.{' This is an estimate: check it against the DES.' if figure.estimate else ''}")
    out: list[Flowable] = [
        Paragraph(f"ARRS allocation {edition.year}: {result.name}", H2),
        Paragraph(f"£{pcn.arrs_per_weighted_patient:,.3f} a weighted patient x {pcn.weighted_population:,.0f} "
                  f"weighted patients = {fmt.money(m.allocation)}; "
                  f"{headroom_words(m.headroom, edition.year)}.", BODY),
        Paragraph(rate, NOTE),
        allocation_bar(m, FRAME_WIDTH), Spacer(1, 4),
    ]
    figures = network_figures(result)
    rows = [[cell(x.label), x.show(figures[x.key])] for x in NETWORK_LINES]
    return out + [grid([head("For the PCN"), head("", True)], rows, fractions(0.72, 1))]


def practices_section(result: PcnResult) -> list[Flowable]:
    codes = [p.code for p in result.practices]
    header = [head("Per practice")] + [head(p.name, True) for p in result.practices]
    rows = [[cell(x.label)] + [x.show(getattr(result.practice(c), x.key)) for c in codes] for x in PRACTICE_LINES]
    return [Paragraph(f"Practices side by side: {result.name}", H2),
            grid(header, rows, fractions(0.36, len(codes)))]


def team_section(pcn: Pcn, result: PcnResult) -> list[Flowable]:
    codes = [p.code for p in pcn.practices]
    header = [head("Shared staff"), head("Role"), head("WTE", True)] + [head(p.name, True) for p in pcn.practices] + [
        head("ARRS a year", True)]
    rows = []
    for c in result.costs:
        s, role = c.staff, pcn.role(c.staff.role)
        arrs = fmt.money(c.cost.arrs) if c.claimable else "not claimable"
        rows.append([cell(s.name), cell(role.title if role else s.role), f"{s.wte:g}"]
                    + [sessions(s.sessions.get(code, 0.0)) if s.sessions.get(code) else "" for code in codes] + [arrs])
    totals = [cell("Sessions a week", bold=True), "", ""] + [
        sessions(sum(c.staff.sessions.get(code, 0.0) for c in result.costs)) for code in codes] + [
        fmt.money(sum(c.cost.arrs for c in result.costs if c.claimable))]
    each = FRAME_WIDTH * 0.44 / max(1, len(codes))
    widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.06] + [each] * len(codes) + [FRAME_WIDTH * 0.14]
    return [Paragraph(f"The shared team's sessions by practice: {result.name}", H2),
            grid(header, rows + [totals], widths, total=True, numeric_from=2)]


def rules_section(result: PcnResult, edition: ArrsEdition) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(f"ARRS rules of {edition.year}: {result.name}", H2)]
    if result.breaks:
        out += [Paragraph(f"<b>Broken: {b.rule}</b> ({b.where}): {b.message}.", BULLET, bulletText="!")
                for b in result.breaks]
    else:
        out.append(Paragraph("No ARRS rule Skillmix checks is broken.", BODY))
    checked = ["eligible roles (a role must have an ARRS maximum)", "the allocation"]
    checked += [f"{x.title}: at most {x.max_people} per PCN ({x.max_people_large_pcn} from "
                f"{x.large_pcn_list_size:,} patients)" for x in edition.role_limits]
    if edition.twelve_month_rule:
        checked.append(f"the 12-month rule: {edition.twelve_month_rule} ({edition.twelve_month_source})")
    return out + [Paragraph("Checked: " + "; ".join(checked) + ".", NOTE)]


def title(text: str) -> Paragraph:
    return Paragraph(text, H1)
