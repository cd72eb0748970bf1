"""``skillmix pcn summary`` as text: the labels of ``planner.present.pcn``, the engine's figures."""

from __future__ import annotations

from planner.engine.pcn import PcnResult, PcnResults
from planner.engine.pcn.summary import network_figures
from planner.model import Pcn
from planner.present.pcn import NETWORK_LINES, PRACTICE_LINES


def _network(r: PcnResult) -> list[str]:
    figures = network_figures(r)
    return [f"  {x.label}: {x.show(figures[x.key])}" for x in NETWORK_LINES]


def render(pcn: Pcn, results: PcnResults) -> str:
    out = [f"{pcn.name} ({pcn.code}), {pcn.contract_year}: {len(pcn.practices)} practices, "
           f"{pcn.list_size:,} patients, {pcn.weighted_population:,.0f} weighted"]
    for r in (results.today, *results.options):
        out += ["", r.name, *_network(r)]
        for p in r.practices:
            out.append(f"  {p.name} ({p.code})")
            out += [f"    {x.label}: {x.show(getattr(p, x.key))}" for x in PRACTICE_LINES]
        out += [f"  ARRS rule broken: {b}" for b in r.breaks]
    return "\n".join(out)
