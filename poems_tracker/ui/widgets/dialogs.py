"""Every message box and file picker goes through here, so tests can answer them.

Tests monkeypatch these functions with fakes that check their arguments and return an
answer; a real modal dialog never opens in a test.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    YES = "yes"
    NO = "no"


def ask_save_changes(parent: QWidget, text: str) -> Answer:
    """Save / Don't save / Cancel, with Save the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Unsaved changes"),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    return {
        QMessageBox.StandardButton.Save: Answer.SAVE,
        QMessageBox.StandardButton.Discard: Answer.DISCARD,
    }.get(QMessageBox.StandardButton(result), Answer.CANCEL)


def confirm(parent: QWidget, title: str, text: str, yes_text: str = "") -> bool:
    """A yes/no question; No is the default so a stray Enter changes nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget, title: str, text: str, options: list[str]) -> int | None:
    """Ask to pick one of OPTIONS (button texts); None when the patient cancels."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def inform_exported(parent: QWidget, title: str, text: str) -> None:
    """An export's "written" message; the first one after encryption was turned on adds,
    once, that the exported files are not encrypted (the rule: settings)."""
    from PySide6.QtCore import QCoreApplication

    from poems_tracker import settings

    if settings.plain_export_note_due():
        text += "\n\n" + QCoreApplication.translate(
            "dialogs",
            "Exported files are not encrypted: anyone who opens them can read them. "
            "Keep them somewhere private.",
        )
    inform(parent, title, text)


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def save_path(parent: QWidget, title: str, start: str, filters: str) -> str:
    """A file name to write, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path


def open_path(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path


def open_dir(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
