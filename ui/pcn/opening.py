"""Open a PCN plan from the main window: a .skillmix-pcn file, or a database location the user
types (the only way Skillmix ever connects to a server). Errors are shown, never raised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ui.pcn.window import PcnWindow
from ui.settings import Settings

PCN_FILTER = "Skillmix PCN plans (*.skillmix-pcn)"
ADDRESS_HINT = ("The database's address, e.g. postgresql://jsmith@pcn-server:5432/skillmix?pcn=U12345\n"
                "(no password: Skillmix reads it from your keyring or connection file)")


def open_location(location: str, parent: QWidget | None = None) -> PcnWindow | None:
    """A window on the PCN plan at ``location``, or None after telling the user why not."""
    from planner.interchange import PlanFormatError
    from planner.pcn.session import PcnSession
    from planner.pcn.store import PcnStoreError
    from planner.pcn.store import open_location as at
    from ui.pcn.document import PcnDocument

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        session = PcnSession.open(at(location))
    except (PcnStoreError, PlanFormatError) as e:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "Cannot open the PCN plan", str(e))
        return None
    QGuiApplication.restoreOverrideCursor()
    settings = getattr(parent, "settings", None)
    if isinstance(settings, Settings):
        settings.add_recent_pcn(session.location.address)
    window = PcnWindow(PcnDocument(session), parent)
    window.show()
    return window


def ask_file(parent: QWidget | None) -> PcnWindow | None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(parent, "Open PCN plan", start, PCN_FILTER)
    return open_location(str(Path(name)), parent) if name else None


def ask_database(parent: QWidget | None) -> PcnWindow | None:
    address, ok = QInputDialog.getText(parent, "Open a PCN plan in a database", ADDRESS_HINT,
                                       QLineEdit.EchoMode.Normal, "postgresql://")
    if not ok or not address.strip() or address.strip() == "postgresql://":
        return None
    return open_location(address.strip(), parent)
