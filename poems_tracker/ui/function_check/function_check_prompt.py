"""A gentle one-line reminder on the check-in page when the function check is due.

Never a nag: one line, a "Do it now" button and a "Not now" that hides it until tomorrow.
The interval comes from Preferences (`prefs/function_check_days`, 7 by default).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from poems_tracker import settings
from poems_tracker.domain.function_check import check_due
from poems_tracker.store.checkins import first_checkin_date
from poems_tracker.store.database import Database
from poems_tracker.store.function_checks import last_check_date
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import FUNCTION, Changes, DataEvents
from poems_tracker.ui.widgets import TARGET

#: Remembered window state (not health data): the day the patient said "Not now".
DISMISSED_KEY = "state/function_check_dismissed"


class FunctionCheckPrompt(QWidget):
    """Visible only when a check is due and not dismissed today; `open_requested` on "Do it now".

    The lead connects `open_requested` to showing the FunctionCheckPage.
    """

    open_requested = Signal()

    def __init__(
        self, db: Database, events: DataEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Do &it now"))
        self.open_button.setMinimumHeight(TARGET)
        self.open_button.setAccessibleName(self.tr("Do the function check now"))
        self.open_button.clicked.connect(self.open_requested)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setMinimumHeight(TARGET)
        self.dismiss_button.setAccessibleName(self.tr("Hide this reminder until tomorrow"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        if events is not None:
            events.changed.connect(self._on_events_changed)
        self.refresh()

    def interval_days(self) -> int:
        return max(1, int(settings.get("prefs/function_check_days")))

    def is_due(self) -> bool:
        today = clock.today()
        if settings.settings().value(DISMISSED_KEY, "", type=str) == today.isoformat():
            return False
        # Never done: due one interval after the program was first used, not on day one.
        since = last_check_date(self.db) or min(
            d for d in (settings.first_use(today), first_checkin_date(self.db)) if d
        )
        return check_due(since, today, self.interval_days())

    def refresh(self) -> None:
        days = self.interval_days()
        if days == 7:
            text = self.tr("Your weekly function check is due.")
        else:
            text = self.tr("Your function check (every {days} days) is due.").format(days=days)
        self.label.setText(text)
        self.setAccessibleName(text)
        if not self.is_due():
            self.hide()
        elif self.parentWidget() is not None:  # never pop up as a window of its own
            self.show()

    def dismiss(self) -> None:
        """Hide until tomorrow; the check itself is never required."""
        store = settings.settings()
        store.setValue(DISMISSED_KEY, clock.today().isoformat())
        store.sync()
        self.hide()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(FUNCTION):
            self.refresh()
