"""Skillmix desktop app (PySide6). All figures come from ``planner``."""
