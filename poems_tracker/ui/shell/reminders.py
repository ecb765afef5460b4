"""Gentle reminders while the program runs: the daily check-in and doses that are due.

Reminders never nag: each fires at most once a day (each dose once), none when today's
check-in is already saved or the dose already marked, and both kinds can be switched off
in Preferences. A system tray message is used where the desktop has a tray; otherwise the
window shows `ReminderBanner`, a dismissible strip with large buttons. No network, ever.
What already fired is remembered only while the program runs: after a restart the
check-in reminder may come once more that day, if the check-in is still missing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import APP_NAME, settings
from poems_tracker.domain.numbers import format_time, parse_time
from poems_tracker.domain.reminders import checkin_reminder_due, dose_reminder_due, marked_near
from poems_tracker.store.checkins import get_checkin
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.widgets import TARGET

log = logging.getLogger(__name__)

CHECKIN = "checkin"
DOSE = "dose"
#: A dose reminder only comes within this time after the dose is due: starting the program
#: in the evening must not bring up every dose of the day at once.
#: A dose marked this close to its time counts as that dose (people take them a bit early).
TICK_MS = 30_000


class ReminderBanner(QFrame):
    """The in-window reminder: the words, a button to act, a large Dismiss button."""

    checkin_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#ReminderBanner { border: 2px solid palette(highlight); }")
        self.setAccessibleName(self.tr("Reminder"))
        title = QLabel(self.tr("Reminder:"))
        bold = title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        title.setFont(bold)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.open_button = QPushButton(self.tr("Fill in today's &check-in"))
        self.open_button.setAccessibleName(self.tr("Open today's check-in"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        for button in (self.open_button, self.dismiss_button):
            button.setMinimumHeight(TARGET)
            button.setMinimumWidth(140)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(title)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        self._lines: list[str] = []
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """Add TEXT to what the banner says (a dose and the check-in may be due together)."""
        if text not in self._lines:
            self._lines.append(text)
        self.text.setText("\n".join(self._lines))
        self.setAccessibleDescription(self.text.text())
        if kind == CHECKIN:
            self.open_button.show()
        elif not self.isVisible():
            self.open_button.hide()
        self.show()

    def dismiss(self) -> None:
        self._lines.clear()
        self.hide()
        self.dismissed.emit()

    def _on_open_button_clicked(self) -> None:
        self.checkin_requested.emit()
        self.dismiss()


class ReminderService(QObject):
    """Checks on a QTimer tick whether a reminder is due; CLOCK gives the local time.

    `reminded(kind, text)` is emitted for every reminder; `banner_requested(kind, text)`
    when there is no system tray to show it.
    """

    reminded = Signal(str, str)
    banner_requested = Signal(str, str)
    checkin_requested = Signal()

    def __init__(
        self,
        db: Database,
        clock_fn: Callable[[], datetime] = clock.now,
        interval_ms: int = TICK_MS,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._clock = clock_fn
        self._fired: set[tuple[object, ...]] = set()
        self._use_tray = use_tray
        self.tray: QSystemTrayIcon | None = None
        self.banner: ReminderBanner | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Check now (once the event loop runs) and then on every tick."""
        self.timer.start()
        QTimer.singleShot(0, self, self._first_tick)

    def _first_tick(self) -> None:
        if self.timer.isActive():  # not stopped in the meantime
            self.tick()

    def stop(self) -> None:
        self.timer.stop()

    # -- checks ---------------------------------------------------------------------------
    def tick(self) -> list[tuple[str, str]]:
        """Fire what is due now; returns the reminders fired (kind, text)."""
        now = self._clock()
        fired = []
        text = self._checkin_due(now)
        if text:
            fired.append((CHECKIN, text))
        if settings.get("prefs/dose_reminders"):
            fired += [(DOSE, t) for t in self._doses_due(now)]
        for kind, message in fired:
            self._notify(kind, message)
        return fired

    def _checkin_due(self, now: datetime) -> str | None:
        key = (CHECKIN, now.date())
        if key in self._fired or not settings.get("prefs/reminder_enabled"):
            return None
        try:
            at = parse_time(str(settings.get("prefs/reminder_time")))
        except ValueError:
            at = time(20, 0)
        if not checkin_reminder_due(now, at):
            return None
        self._fired.add(key)
        if get_checkin(self.db, now.date()) is not None:
            return None  # already done today: no reminder
        return self.tr("Time for today's check-in: how are you feeling today?")

    def _doses_due(self, now: datetime) -> list[str]:
        """Doses whose time came within DOSE_WINDOW and that are not marked yet.

        Uses the medicines feature when it is there; without it, no dose reminders.
        """
        try:
            from poems_tracker.domain.schedules import parse_schedule
            from poems_tracker.store.medications import list_doses, list_medications
        except ImportError:
            return []
        today = now.date()
        marked = list_doses(self.db, today, today)
        due = []
        for med in list_medications(self.db):
            if med.id is None or not med.active_on(today):
                continue
            try:
                schedule = parse_schedule(med.schedule)
            except ValueError:
                continue
            if not schedule.times or not schedule.is_on_day(today, med.start_date):
                continue
            for at in schedule.times:
                key = (DOSE, med.id, today, at)
                if key in self._fired or not dose_reminder_due(now, at):
                    continue
                self._fired.add(key)
                if any(d.medication_id == med.id and marked_near(today, d.at, at) for d in marked):
                    continue
                due.append(
                    self.tr("Time for your {name} ({time}).").format(
                        name=med.name, time=format_time(at)
                    )
                )
        return due

    # -- telling --------------------------------------------------------------------------
    def _tray_available(self) -> bool:
        if self._use_tray is not None:
            return self._use_tray
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _notify(self, kind: str, text: str) -> None:
        self.reminded.emit(kind, text)
        if self._tray_available():
            if self.tray is None:
                from PySide6.QtWidgets import QApplication, QStyle

                icon = QApplication.windowIcon()
                if icon.isNull():  # a tray icon without an icon is not shown at all
                    icon = QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxInformation
                    )
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.setToolTip(APP_NAME)
                self.tray.messageClicked.connect(self.checkin_requested)
                self.tray.show()
            self.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.banner_requested.emit(kind, text)


def attach_reminders(
    window: QMainWindow, db: Database, on_checkin: Callable[[], None] | None = None
) -> ReminderService:
    """Put a ReminderBanner above WINDOW's content and start a ReminderService for it.

    ON_CHECKIN (e.g. showing the Today page) runs when the patient asks for the check-in
    from the banner or clicks the tray message. Call once, after the window is shown.
    """
    banner = ReminderBanner()
    focus = window.focusWidget()  # moving the content drops focus; the first score keeps it
    content = window.takeCentralWidget()
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(banner)
    if content is not None:
        box.addWidget(content, 1)
    window.setCentralWidget(holder)
    if focus is not None:
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
    service = ReminderService(db, parent=window)
    service.banner_requested.connect(banner.show_message)
    if on_checkin is not None:
        banner.checkin_requested.connect(on_checkin)
        service.checkin_requested.connect(on_checkin)
    service.banner = banner
    service.start()
    return service
