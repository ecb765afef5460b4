"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from poems_tracker.store.database import Database
from poems_tracker.ui.shell.data_events import DataEvents


class Page(QWidget):
    """A page gets the database and the shared DataEvents; it is built on first visit."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events

    def may_leave(self) -> bool:
        """Asked before the window shows another page or closes; False keeps the patient here."""
        return True

    def shown(self) -> None:
        """Called each time the page becomes the visible one."""
