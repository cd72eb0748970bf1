"""The window's pages, in navigation order. Each factory builds its page from a PageContext:
the document, the user's settings, and a way to run one of the window's actions by its id
(ui.actions), so a page never looks things up on the window.

Each page module is imported when its page is first shown, so the window appears before
the heavier pages (charts) are loaded."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from ui.actions import PAGES
from ui.document import PlanDocument
from ui.settings import Settings


class PageContext(NamedTuple):
    document: PlanDocument
    settings: Settings
    #: runs the window action with this id (ui.actions.ACTIONS), e.g. "import_rota"
    run_action: Callable[[str], None]


PageFactory = Callable[[PageContext], QWidget]


def _practice(context: PageContext) -> QWidget:
    from ui.pages.practice_page import PracticePage

    return PracticePage(context.document)


def _team(context: PageContext) -> QWidget:
    from ui.pages.team_page import TeamPage

    page = TeamPage(context.document)
    page.rotaRequested.connect(lambda: context.run_action("import_rota"))
    return page


def _workload(context: PageContext) -> QWidget:
    from ui.pages.workload_page import WorkloadPage

    return WorkloadPage(context.document, context.settings)


def _scenarios(context: PageContext) -> QWidget:
    from ui.pages.scenarios_page import ScenariosPage

    return ScenariosPage(context.document, context.settings)


def _compare(context: PageContext) -> QWidget:
    from ui.pages.compare_page import ComparePage

    return ComparePage(context.document)


def _report(context: PageContext) -> QWidget:
    from ui.pages.report_page import ReportPage

    return ReportPage(context.document, context.settings)


def _review(context: PageContext) -> QWidget:
    from ui.pages.review_page import ReviewPage

    return ReviewPage(context.document, context.settings)


def page_factories() -> dict[str, PageFactory]:
    """Page key -> a function building that page from a PageContext."""
    factories: dict[str, PageFactory] = {"practice": _practice, "team": _team,
                                         "workload": _workload, "scenarios": _scenarios,
                                         "compare": _compare, "report": _report, "review": _review}
    return {key: factories[key] for key, _ in PAGES}
