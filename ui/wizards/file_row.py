"""The import wizards' first page: what to choose and why, a file name box with a Browse…
button beside it, and a line saying why a file cannot be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.theme import WARNING


def error_label() -> QLabel:
    """A wrapped line in the warning colour, for what is wrong with the user's file or choice."""
    label = QLabel()
    label.setStyleSheet(f"color: {WARNING};")
    label.setWordWrap(True)
    return label


def file_row(parent: QWidget, caption: str, file_filter: str, placeholder: str = "") -> tuple[QLineEdit, QHBoxLayout]:
    """The box (the chosen path as text) and the row holding it and its Browse… button, which
    opens a file dialog titled ``caption`` showing ``file_filter``."""
    path = QLineEdit()
    path.setPlaceholderText(placeholder)
    browse = QPushButton("Browse…")

    def choose() -> None:
        name, _ = QFileDialog.getOpenFileName(parent, caption, path.text(), file_filter)
        if name:
            path.setText(name)

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(browse)
    return path, row


class FileChoicePage(QWizardPage):
    """Title, what the file should be, the file box and the error line. Next is enabled as soon
    as a name is given: any file may be tried, and one Skillmix cannot read is explained on Next
    (by the subclass's ``validatePage``), never greyed out without a reason."""

    def __init__(self, title: str, subtitle: str, file_filter: str, placeholder: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.path, row = file_row(self, title, file_filter, placeholder)
        self.path.textChanged.connect(self.completeChanged)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def chosen(self) -> Path:
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())
