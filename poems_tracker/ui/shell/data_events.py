"""One signal that says which kinds of record changed; each page refreshes only for its own."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

CHECKINS = "checkins"
SYMPTOMS = "symptoms"
MEDICATIONS = "medications"
DOSES = "doses"
EVENTS = "events"
LABS = "labs"
APPOINTMENTS = "appointments"
QUESTIONS = "questions"
FUNCTION = "function"
ALL = frozenset(
    {CHECKINS, SYMPTOMS, MEDICATIONS, DOSES, EVENTS, LABS, APPOINTMENTS, QUESTIONS, FUNCTION}
)


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[str]

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


class DataEvents(QObject):
    """Owned by the main window and handed to every page (no global singletons).

    `busy` is True while a background job writes (import, restore…): the window's own
    writes are refused meanwhile (`shell/write_path.py`), and `busy_changed` lets a page
    grey out its buttons.
    """

    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def emit_changed(self, *kinds: str) -> None:
        self.changed.emit(Changes(frozenset(kinds)))
