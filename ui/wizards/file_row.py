"""A file name box with a Browse… button beside it, as the import wizards' first pages use."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


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
