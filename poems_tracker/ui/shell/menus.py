"""Adding actions to the main window's File menu from the features that own them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


def add_to_file_menu(window: QMainWindow, *actions: QAction) -> None:
    """Put ACTIONS in WINDOW's File menu just above the Quit group (or at its end)."""
    menu = window.file_menu  # type: ignore[attr-defined]
    items = menu.actions()
    quit_action = getattr(window, "quit_action", None)
    before = None
    if quit_action in items:
        at = items.index(quit_action)
        before = items[at - 1] if at > 0 and items[at - 1].isSeparator() else quit_action
    for action in actions:
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
