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
    """Owned by the main window and handed to every page (no global singletons)."""

    changed = Signal(object)  # Changes

    def emit_changed(self, *kinds: str) -> None:
        self.changed.emit(Changes(frozenset(kinds)))
