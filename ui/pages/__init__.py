"""The window's pages, in navigation order. Each is ``Page(document, parent=None)``.

Each page module is imported when its page is first shown, so the window appears before
the heavier pages (charts) are loaded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.actions import PAGES
from ui.document import PlanDocument

PageFactory = Callable[[PlanDocument], QWidget]


def _practice(document: PlanDocument) -> QWidget:
    from ui.pages.practice_page import PracticePage

    return PracticePage(document)


def _team(document: PlanDocument) -> QWidget:
    from ui.pages.team_page import TeamPage

    return TeamPage(document)


def _workload(document: PlanDocument) -> QWidget:
    from ui.pages.workload_page import WorkloadPage

    return WorkloadPage(document)


def _scenarios(document: PlanDocument) -> QWidget:
    from ui.pages.scenarios_page import ScenariosPage

    return ScenariosPage(document)


def _compare(document: PlanDocument) -> QWidget:
    from ui.pages.compare_page import ComparePage

    return ComparePage(document)


def _report(document: PlanDocument) -> QWidget:
    from ui.pages.report_page import ReportPage

    return ReportPage(document)


def _review(document: PlanDocument) -> QWidget:
    from ui.pages.review_page import ReviewPage

    return ReviewPage(document)


def page_factories() -> dict[str, PageFactory]:
    """Page key -> a function building that page on a document."""
    factories: dict[str, PageFactory] = {"practice": _practice, "team": _team,
                                         "workload": _workload, "scenarios": _scenarios,
                                         "compare": _compare, "report": _report, "review": _review}
    return {key: factories[key] for key, _ in PAGES}
