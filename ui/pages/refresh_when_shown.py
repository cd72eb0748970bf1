"""Pages that refresh on every plan change only while they are shown, and catch up when
shown again: an edit on one page does not redraw the tables and charts of hidden ones."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mix into a QWidget page (before QWidget) that has ``refresh()``; connect
    ``document.changed`` to ``_document_changed``."""

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def _document_changed(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True  # hidden behind another page: catch up when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]
