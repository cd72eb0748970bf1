"""The window's pages, in navigation order. Each is ``Page(document, parent=None)``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.actions import PAGES
from ui.document import PlanDocument

PageFactory = Callable[[PlanDocument], QWidget]


def _placeholder(title: str) -> PageFactory:
    def make(document: PlanDocument) -> QWidget:
        label = QLabel(f"The {title} page is on its way.")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("role", "hint")
        return label
    return make


def page_factories() -> dict[str, PageFactory]:
    from ui.pages.practice_page import PracticePage
    from ui.pages.team_page import TeamPage
    from ui.pages.workload_page import WorkloadPage

    factories: dict[str, PageFactory] = {"practice": PracticePage, "team": TeamPage,
                                         "workload": WorkloadPage}
    return {key: factories.get(key, _placeholder(title)) for key, title in PAGES}
