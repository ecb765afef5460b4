"""The one plain sentence shown next to a field that cannot be saved as it is.

Every page uses this one widget, so a refusal looks and sounds the same everywhere: a
warning sign and words (colour is never the only signal), in a red that keeps 4.5:1
contrast on the palette's background, light or dark, and a screen reader hears the text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

_ON_LIGHT = "#a4000f"  # 7.6:1 on white
_ON_DARK = "#ff9e9e"  # 8.9:1 on #202020


def error_colour(palette: QPalette) -> str:
    """A red readable on the palette's window colour."""
    return _ON_DARK if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5 else _ON_LIGHT


class FieldError(QLabel):
    """Hidden until there is something to say; says it in words, with a warning sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("FieldError")
        # A palette and a bold weight, not a style sheet: fifteen of these wait hidden on
        # the Today page, and a sheet each slowed its first paint (issue 18). Only the
        # weight is set, so the size still follows the window's text size.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(error_colour(palette)))
        self.setPalette(palette)
        bold = QFont()
        bold.setBold(True)
        self.setFont(bold)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
