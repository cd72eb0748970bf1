"""Skillmix planner: the Qt-free domain (model, engine, store, importers, exports)."""

from __future__ import annotations

__version__ = "0.1.0"
