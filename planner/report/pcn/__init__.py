"""The PCN board pack and the one-page practice extract (A4 PDFs made from a PCN plan)."""

from __future__ import annotations

from planner.report.pcn.pack import build_pcn_pack, build_practice_extract

__all__ = ["build_pcn_pack", "build_practice_extract"]
