"""Widgets shared by the scenario pages: the results panel and the change editor."""
