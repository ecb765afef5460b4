"""The crash dialog itself: one calm sentence, the details to copy, Copy and Close.

Built only when something went wrong (`crash.CrashHandler` imports it then), so that a
start does not pay for a window it almost never shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.ui.widgets import big_button


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


class CrashDialog(QDialog):
    """One calm sentence, the details to copy, Copy and Close; keyboard-complete."""

    def __init__(self, text: str, logged: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("POEMS Tracker: something went wrong"))
        self.setObjectName("CrashDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.message = QLabel(_tr("Something went wrong; your saved records are safe."))
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        where = (
            _tr("The details were written to {path}.").format(path=str(logged))
            if logged is not None
            else _tr("The details could not be written to the log file.")
        )
        self.note = QLabel(
            _tr(
                "The window keeps running. If this happens again, copy the details below "
                "and send them to whoever helps you with the program."
            )
            + " "
            + where
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        details_label = QLabel(_tr("&Details:"))
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(_tr("Details of the problem"))
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(180)
        details_label.setBuddy(self.details)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        self.copied = QLabel()
        layout.addWidget(self.copied)
        row = QHBoxLayout()
        self.copy_button = big_button(
            _tr("&Copy details"), _tr("Copy the details to the clipboard"), self.copy
        )
        self.close_button = big_button(_tr("C&lose"), _tr("Close this message"), self.accept)
        self.close_button.setDefault(True)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.setTabOrder(self.details, self.copy_button)
        self.setTabOrder(self.copy_button, self.close_button)
        QShortcut(QKeySequence.StandardKey.Copy, self.copy_button, self.copy)
        self.close_button.setFocus()

    def add(self, text: str) -> None:
        """Another crash while this dialog is open: its details are added below."""
        self.details.appendPlainText("\n" + "-" * 72 + "\n" + text)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copied.setText(_tr("✔ Copied."))
