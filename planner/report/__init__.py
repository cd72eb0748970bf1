"""The partners' pack: a printed A4 business case (reportlab), one module per section.

``build_pack(plan, out, ...)`` is the one entry point, used by ``skillmix report`` and by the
desktop app's Report page."""

from __future__ import annotations

from planner.report.pack import build_pack, pack_pdf

__all__ = ["build_pack", "pack_pdf"]
