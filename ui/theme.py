"""The look: Fusion, a light palette and one accent colour (NHS blue)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#005EB8"  # NHS blue
ACCENT_LIGHT = "#E8F1FA"
WARNING = "#B00020"  # red for a role short of time
WARNING_LIGHT = "#FDECEA"
MUTED = "#5F6B7A"
GOOD = "#007F3B"  # NHS dark green: the best option on a row
GOOD_LIGHT = "#E6F4EA"
FOCUS = "#FFEB3B"  # the keyboard focus, as on NHS websites: yellow under black text
FOCUS_TEXT = "#212B32"
BORDER = "#D5DCE4"

#: Buttons and tick boxes take the focus from the keyboard only (Tab), not from a click, so the
#: yellow focus marks where the keyboard is, never the last button clicked (as a web page's
#: :focus-visible). The style sheet sets it once per widget, as it polishes the widget; a button
#: made not to take the focus (NoFocus, ClickFocus) keeps its own policy. Done by the style sheet,
#: not by a Python style overriding polish(): a widget handed to Python makes PySide6 build the
#: Python enum types of every widget class it might be, some 170 of them, 40-50 ms at start-up.
FOCUS_FROM_KEYBOARD = 'QAbstractButton[focusPolicy="StrongFocus"] { qproperty-focusPolicy: TabFocus; }'

_QSS = f"""
QWidget#sidebar {{ background: #F4F6F9; border-right: 1px solid {BORDER}; }}
QListWidget#navigation {{ background: #F4F6F9; border: none;
    font-size: 11pt; padding-top: 8px; outline: 0; }}
QListWidget#navigation::item {{ padding: 10px 18px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_LIGHT}; color: {ACCENT};
    border-left: 4px solid {ACCENT}; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; color: #1F2933; }}
QLabel[role="heading"] {{ font-size: 11pt; font-weight: 600; color: #1F2933; margin-top: 6px; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="headline"] {{ font-size: 12pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="verdict"] {{ font-weight: 600; color: #1F2933; background: {ACCENT_LIGHT};
    border-left: 4px solid {ACCENT}; padding: 5px 8px; }}
QHeaderView::section {{ background: #F4F6F9; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid {BORDER}; padding: 4px 6px; font-weight: 600; }}
QTableView {{ gridline-color: #E6EAF0; selection-background-color: {ACCENT_LIGHT};
    selection-color: #1F2933; }}
QPushButton, QToolButton {{ background: #F4F6F9; color: #1F2933; border: 1px solid #B3BDC8;
    border-radius: 3px; padding: 5px 14px; }}
QToolButton {{ padding: 5px 10px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed, QPushButton:checked, QToolButton:pressed {{ background: {ACCENT_LIGHT}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #9AA5B1; border-color: {BORDER}; }}
QPushButton[accent="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton[accent="true"]:hover {{ background: #004B93; }}
QPushButton[accent="true"]:disabled {{ background: #9DB9D8; border-color: #9DB9D8; }}
QPushButton:focus, QToolButton:focus, QPushButton[accent="true"]:focus {{ background: {FOCUS};
    color: {FOCUS_TEXT}; border: 1px solid {FOCUS_TEXT}; border-bottom: 3px solid {FOCUS_TEXT}; }}
QCheckBox:focus, QRadioButton:focus {{ background: {FOCUS}; color: {FOCUS_TEXT}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_TEXT}; }}
QTableView:focus, QListWidget:focus, QGraphicsView:focus {{ border: 2px solid {FOCUS_TEXT}; }}
QListWidget#navigation:focus {{ border: none; border-right: 3px solid {FOCUS_TEXT}; }}

QStatusBar {{ border-top: 1px solid {BORDER}; }}
{FOCUS_FROM_KEYBOARD}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#FFFFFF", QPalette.ColorRole.WindowText: "#1F2933",
        QPalette.ColorRole.Base: "#FFFFFF", QPalette.ColorRole.AlternateBase: "#F7F9FB",
        QPalette.ColorRole.Text: "#1F2933", QPalette.ColorRole.Button: "#F4F6F9",
        QPalette.ColorRole.ButtonText: "#1F2933", QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: "#1F2933", QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.PlaceholderText: MUTED,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9AA5B1"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9AA5B1"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9AA5B1"))
    return palette


def apply_theme(app: QApplication) -> None:
    """Fusion style, light palette, NHS blue accent, a small style sheet, and focus marked
    where the keyboard is."""
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setStyleSheet(_QSS)
