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
