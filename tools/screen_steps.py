"""Steps for tools/screens.py: what to do on a page before its screenshot. A step that opens
a window returns a function closing it (called once the shot is taken)."""

from PySide6.QtCore import Qt


def focus_add(window, page):  # type: ignore[no-untyped-def]
    page.change_section.add_button.setFocus(Qt.FocusReason.TabFocusReason)


def hire(window, page):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    page.select_scenario("Paramedic for home visits")
    page.add_change()
    editor = page.change_section.editor
    editor.kind.setCurrentIndex(editor.kind.findData("hire"))  # a paramedic: the ARRS note shows
    # a short screen scrolls the page: bring the whole form into view once it is laid out
    QTimer.singleShot(300, lambda: window.scrolls["scenarios"].ensureWidgetVisible(editor, 0, 0))


def years(window, page):  # type: ignore[no-untyped-def]
    page.select_scenario("Clinical pharmacist")
    page.results.tabs.setCurrentWidget(page.results.panel.years)


def narrow(window, page):  # type: ignore[no-untyped-def]
    page.select_scenario("Document workflow and care navigation")


def preview(window, page):  # type: ignore[no-untyped-def]
    page.preview_button.click()  # the preview is made in the background and opens over the window

    def close() -> None:
        if page.preview is not None:
            page.preview.close()

    return close


def _import_sample_rota(window):  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    from planner.edits import replace_plan
    from planner.rota import apply_rota, read_rota
    from tests.planner.rota.rota_books import messy_grid

    if window.page("team").cover.rowCount():
        return
    path = messy_grid(Path(tempfile.mkdtemp()) / "rota.xlsx")
    plan = window.document.plan
    window.document.apply(replace_plan(plan, apply_rota(plan, read_rota(path)), "Import rota from rota.xlsx"))


def sessions(window, page):  # type: ignore[no-untyped-def]
    _import_sample_rota(window)
    page.tabs.setCurrentIndex(1)


def cover(window, page):  # type: ignore[no-untyped-def]
    _import_sample_rota(window)
    page.tabs.setCurrentIndex(2)
