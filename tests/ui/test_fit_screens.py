"""Every page on every laptop a practice manager has: 1366x768 and 1920x1080 at 100%, 125% and
150% scaling and with large text. The window is never larger than the screen; nothing is cut
off or outside its place; a page never needs sideways scrolling (its sections stack instead);
the Scenarios results sit under the editor when the window is narrow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.fit import SCREENS, Screen, problems, themed_app
from tests.ui.windows import open_window
from ui.actions import PAGES


@pytest.fixture
def themed(qapp):
    with themed_app():
        yield


@pytest.fixture
def text_size(qapp, themed):
    """Set the application font for one test, and put it back."""
    usual = QApplication.font()

    def set_size(times: float) -> None:
        font = QApplication.font()
        font.setPointSizeF(usual.pointSizeF() * times)
        QApplication.setFont(font)

    yield set_size
    QApplication.setFont(usual)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.name)
def test_every_page_fits(qtbot, text_size, screen: Screen) -> None:
    text_size(screen.text)
    window = open_window(qtbot)
    window.show()
    window.resize(screen.width, screen.height)
    qtbot.wait(10)
    assert (window.width(), window.height()) == (screen.width, screen.height), \
        f"the window needs {window.minimumSizeHint().width()}x{window.minimumSizeHint().height()}"
    found = []
    for key, _title in PAGES:
        window.show_page(key)
        qtbot.wait(10)
        scroll = window.scrolls[key]
        page = window.page(key)
        if page.minimumSizeHint().width() > scroll.viewport().width():
            found.append(f"{key}: the page needs {page.minimumSizeHint().width()} px of width, "
                         f"has {scroll.viewport().width()}")
        found += [f"{key}: {p}" for p in problems(window, scroll)]
    for part in (window.menuBar(), window.statusBar(), window.edition_bar, window.sample_banner,
                 window.findChild(QScrollArea, "sidebar_scroll")):
        found += [f"window: {p}" for p in problems(window, part)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.name)
def test_the_hire_form_fits_with_its_arrs_note(qtbot, text_size, screen: Screen) -> None:
    """The change editor open on a hire of a role with an ARRS cap: the note under "Funded by
    ARRS" shows whole, and the number boxes are not squashed to make room for it."""
    from tests.ui.scenarios_support import choose

    text_size(screen.text)
    window = open_window(qtbot)
    window.show()
    window.resize(screen.width, screen.height)
    window.show_page("scenarios")
    page = window.page("scenarios")
    page.add_change()
    editor = page.change_section.editor
    choose(editor.kind, "Hire")
    form = editor.forms["hire"]
    choose(form.role, "Clinical pharmacist")
    qtbot.wait(10)
    assert form.arrs.isEnabled() and form.arrs_hint.text().startswith("ARRS pays back")
    assert form.arrs_hint.isVisibleTo(window)
    assert not problems(window, editor), "\n".join(problems(window, editor))
