"""Steps for tools/screens.py: what to do on a page before its screenshot."""

from PySide6.QtCore import Qt


def focus_add(window, page):  # type: ignore[no-untyped-def]
    page.change_section.add_button.setFocus(Qt.FocusReason.TabFocusReason)


def hire(window, page):  # type: ignore[no-untyped-def]
    page.select_scenario("Paramedic for home visits")
    page.add_change()
    editor = page.change_section.editor
    editor.kind.setCurrentIndex(editor.kind.findData("hire"))


def narrow(window, page):  # type: ignore[no-untyped-def]
    page.select_scenario("Document workflow and care navigation")


def preview(window, page):  # type: ignore[no-untyped-def]
    page.preview_button.click()


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
