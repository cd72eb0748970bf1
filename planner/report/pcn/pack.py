"""Build the PCN board pack (every option: allocation, practices, shared team, rules) and the
one-page extract a practice's partners read (their practice under one option)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from planner.arrs import arrs_edition
from planner.engine.pcn import PcnResult, compute_pcn
from planner.files.output import check_target, write_bytes
from planner.model import Pcn
from planner.present import format as fmt
from planner.present.pcn import PRACTICE_LINES, headroom_words, london_words
from planner.report.document import build_document
from planner.report.fonts import register_fonts
from planner.report.pcn.sections import allocation_section, practices_section, rules_section, team_section, title
from planner.report.styles import BODY, FRAME_WIDTH, H2, LEAD, NOTE
from planner.report.tables import cell, fractions, grid, head


def _write(out: Path, story: list[Flowable], footer: str, heading: str, force: bool) -> None:
    """Write whole or not at all (planner.files.output): laid out in memory, then written once."""
    pdf = io.BytesIO()
    build_document(pdf, story, footer=footer, title=heading, author="", subject="PCN ARRS plan")
    write_bytes(Path(out), pdf.getvalue(), force=force)


def build_pcn_pack(pcn: Pcn, out: Path, options: list[str] | None = None, *, on: date | None = None,
                   force: bool = True) -> None:
    """The board pack: today, then each option (or those named). Raises InvalidPlan, or
    OutputError when ``out`` cannot be written (an existing file is replaced only with ``force``)."""
    check_target(Path(out), force=force)
    register_fonts()
    results = compute_pcn(pcn, options)
    edition = arrs_edition(pcn.contract_year)
    when = (on or date.today()).strftime("%d %B %Y")
    story: list[Flowable] = [
        title(f"{pcn.name}: the shared ARRS team, {pcn.contract_year}"),
        Paragraph(f"PCN {pcn.code} · {len(pcn.practices)} practices · {pcn.list_size:,} patients · "
                  f"{pcn.weighted_population:,.0f} weighted · prepared {when}", LEAD),
        *([Paragraph(london_words(pcn) + ".", BODY)] if pcn.hcas_zone else []),
        NextPageTemplate("body"),
    ]
    for i, r in enumerate((results.today, *results.options)):
        if i:
            story += [PageBreak(), title(f"Option: {r.name}")]
            if r.option and r.option.description:
                story.append(Paragraph(r.option.description, BODY))
        story += allocation_section(pcn, r, edition) + practices_section(r) + team_section(pcn, r)
        story += rules_section(r, edition)
    _write(out, story, f"{pcn.name} · {when}", f"{pcn.name}: shared ARRS team", force)


def _extract_story(pcn: Pcn, code: str, r: PcnResult, when: str) -> list[Flowable]:
    p = r.practice(code)
    edition = arrs_edition(pcn.contract_year)
    rows = [[cell(x.label), x.show(getattr(p, x.key))] for x in PRACTICE_LINES]
    team = [[cell(c.staff.name), cell(_title(pcn, c.staff.role)), fmt.number(c.staff.sessions.get(code, 0.0), 1)]
            for c in r.costs if c.staff.sessions.get(code)]
    basis = "the sessions each practice gets" if pcn.recharge_basis == "sessions" else "weighted population"
    broken = [f"{b.rule} ({b.where})" for b in r.breaks]
    return [
        NextPageTemplate("body"),
        title(f"{p.name}: {r.name}"),
        Paragraph(f"For the partners of {p.name} ({code}), from the {pcn.name} plan for {pcn.contract_year}, "
                  f"{when}." + (f" {london_words(pcn)}." if pcn.hcas_zone else ""), LEAD),
        grid([head("Your practice"), head("", True)], rows, fractions(0.74, 1)),
        Paragraph("Shared staff working in your practice", H2),
        grid([head("Name"), head("Role"), head("Sessions a week", True)], team or [[cell("None"), "", ""]],
             [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.2]),
        Paragraph(f"The PCN employs the shared staff and claims their ARRS; the cost above ARRS is shared by "
                  f"{basis}. The PCN: {headroom_words(r.money.headroom, edition.year)}"
                  + (f"; ARRS rules broken: {', '.join(broken)}." if broken else "; no ARRS rule broken."), NOTE),
    ]


def _title(pcn: Pcn, code: str) -> str:
    role = pcn.role(code)
    return role.title if role else code


def build_practice_extract(pcn: Pcn, code: str, out: Path, option: str | None = None, *,
                           on: date | None = None, force: bool = True) -> None:
    """One page for practice ``code``'s partners under ``option`` (None: today)."""
    check_target(Path(out), force=force)
    if pcn.practice(code) is None:
        raise ValueError(f"'{code}' is not a member practice of {pcn.name}")
    register_fonts()
    results = compute_pcn(pcn, [option] if option else [])
    r = results.option(option) if option else results.today
    when = (on or date.today()).strftime("%d %B %Y")
    story = _extract_story(pcn, code, r, when)
    name = r.practice(code).name
    _write(out, story, f"{name} · {pcn.name} · {when}", f"{name}: {r.name}", force)
