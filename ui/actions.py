"""Every window action declared once: id, menu text, shortcut, handler, menu.

The handler is a dotted attribute path on the main window, e.g. "files.save" calls
window.files.save(); "show_page:team" calls window.show_page("team"). The main window builds
its menus from this table and resolves every handler then, so a name that resolves to nothing
fails when the window is built (tests/ui/test_actions.py), never at the click."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey


# (NamedTuples here, in ui.pages and ui.autosave, not dataclasses: the window is painted before that module loads)
class ActionSpec(NamedTuple):
    id: str
    text: str
    handler: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    separator_before: bool = False
    #: further keys for the same action (Ctrl+Y for redo, as in Office, beside the platform's own)
    more_shortcuts: tuple[str, ...] = ()


PAGES: tuple[tuple[str, str], ...] = (
    ("practice", "Practice"), ("team", "Team"), ("workload", "Workload"),
    ("scenarios", "Scenarios"), ("compare", "Compare"), ("report", "Report"), ("review", "Review"),
)

MENUS: tuple[tuple[str, str], ...] = (("file", "&File"), ("edit", "&Edit"), ("scenario", "&Scenario"),
                                      ("view", "&View"), ("help", "&Help"))

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New plan…", "start_practice", "file", Std.New,
               "Start a plan for your practice: its name, patients and rooms, then your team"),
    ActionSpec("open", "&Open…", "files.open_dialog", "file", Std.Open, "Open a saved plan"),
    ActionSpec("save", "&Save", "files.save", "file", Std.Save, "Save the plan", True),
    ActionSpec("save_as", "Save &as…", "files.save_as", "file", "Ctrl+Shift+S",
               "Save the plan under a new name"),
    ActionSpec("import_rota", "&Import rota…", "import_rota", "file", "Ctrl+I",
               "Read staff and hours from a rota workbook", True),
    ActionSpec("import_appointments", "Import a&ppointment data…", "import_appointments", "file", None,
               "Your practice's own appointments from NHS England's Appointments in General Practice files"),
    ActionSpec("import_book", "Import appointment &book…", "import_book", "file", None,
               "Minutes per activity and role from your clinical system's appointment report"),
    ActionSpec("audit_template", "Write appointment audit &template…", "audit:write_template",
               "file", None, "An Excel workbook for your GPs to audit a week of appointments"),
    ActionSpec("import_audit", "Import appointment au&dit…", "audit:import_audit", "file", None,
               "Read your GPs' filled-in audit: its shares replace the national figures"),
    ActionSpec("export_pack", "&Export partners' pack (PDF)…", "in_page:report.export_pack", "file", "Ctrl+P",
               "Write the printed business case for the partners", True),
    ActionSpec("export_workbook", "Export workbook (E&xcel)…", "in_page:report.export_workbook", "file",
               "Ctrl+E", "Write the workbook whose totals are formulas a partner can check"),
    ActionSpec("open_pcn", "Open P&CN plan…", "open_pcn:file", "file", None,
               "Open a PCN plan file: the network's shared ARRS team across its practices", True),
    ActionSpec("open_pcn_database", "Open PCN plan from a ser&ver…", "open_pcn:database", "file", None,
               "Open a PCN plan that several managers edit at once (a PostgreSQL address)"),
    ActionSpec("quit", "&Quit", "close", "file", Std.Quit, "", True),
    ActionSpec("undo", "&Undo", "document.undo_stack.undo", "edit", Std.Undo),
    ActionSpec("redo", "&Redo", "document.undo_stack.redo", "edit", Std.Redo, more_shortcuts=("Ctrl+Y",)),
    ActionSpec("new_scenario", "&New scenario…", "in_page:scenarios.new_scenario", "scenario", "Ctrl+Shift+N",
               "Start an empty scenario"),
    ActionSpec("add_change", "&Add change…", "in_page:scenarios.add_change", "scenario", "Ctrl+Shift+A",
               "Add a change to the scenario shown: move, avoid or retime work, or hire"),
    *(ActionSpec(f"page_{key}", title, f"show_page:{key}", "view", f"Ctrl+{n}",
                 f"Show the {title} page") for n, (key, title) in enumerate(PAGES, start=1)),
    ActionSpec("quick_guide", "&Quick guide", "quick_guide", "help", Std.HelpContents,
               "From the sample to your own practice and the partners' pack, step by step"),
    ActionSpec("glossary", "&Glossary of figures", "glossary", "help", None,
               "Every figure: what it means and how it is worked out"),
    ActionSpec("about", "&About Skillmix", "about", "help", None, "", True),
)
