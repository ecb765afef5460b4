"""The one plain sentence shown next to a field that cannot be saved as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    """Hidden until there is something to say; says it in words, with a warning sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("FieldError")
        self.setStyleSheet("QLabel#FieldError { color: #a4000f; font-weight: bold; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
