"""Reminders driven by a fake clock: once a day at the chosen time, never when not wanted."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from poems_tracker import settings
from poems_tracker.domain.models import CheckIn, Dose, DoseStatus, Medication
from poems_tracker.store.checkins import save_checkin
from poems_tracker.ui.shell.reminders import (
    CHECKIN,
    DOSE,
    ReminderBanner,
    ReminderService,
    attach_reminders,
)


class FakeClock:
    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 19, 59))


@pytest.fixture
def service(qtbot, db, fake) -> ReminderService:
    settings.put("prefs/reminder_time", "20:00")
    settings.put("prefs/dose_reminders", False)
    reminders = ReminderService(db, fake, interval_ms=5, use_tray=False)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    reminders.banner_requested.connect(banner.show_message)
    reminders.banner = banner
    yield reminders
    reminders.stop()


def test_checkin_reminder_fires_once_at_the_set_time(service, fake):
    assert service.tick() == []  # 19:59: not yet
    assert not service.banner.isVisible()
    fake.when = datetime(2026, 3, 2, 20, 0)
    fired = service.tick()
    assert [kind for kind, _ in fired] == [CHECKIN]
    assert service.banner.isVisible()
    assert "check-in" in service.banner.text.text()
    fake.when = datetime(2026, 3, 2, 21, 30)
    assert service.tick() == []  # once a day: no nagging
    fake.when = datetime(2026, 3, 3, 20, 5)
    assert [kind for kind, _ in service.tick()] == [CHECKIN]  # the next day, again once


def test_the_timer_drives_the_check(qtbot, service, fake):
    service.start()
    qtbot.wait(30)  # ticks at 19:59: nothing yet
    assert not service.banner.isVisible()
    fake.when = datetime(2026, 3, 2, 20, 1)
    with qtbot.waitSignal(service.reminded, timeout=2000) as signal:
        pass
    assert signal.args[0] == CHECKIN


def test_no_reminder_when_switched_off(service, fake):
    settings.put("prefs/reminder_enabled", False)
    fake.when = datetime(2026, 3, 2, 20, 30)
    assert service.tick() == []
    assert not service.banner.isVisible()


def test_no_reminder_when_today_is_already_filled_in(service, fake, db):
    save_checkin(db, CheckIn(date(2026, 3, 2), {"pain": 3}))
    fake.when = datetime(2026, 3, 2, 20, 30)
    assert service.tick() == []


def test_the_banner_is_dismissed_with_one_large_button(qtbot, service, fake):
    fake.when = datetime(2026, 3, 2, 20, 0)
    service.tick()
    assert service.banner.dismiss_button.minimumHeight() >= 44
    with qtbot.waitSignal(service.banner.dismissed):
        service.banner.dismiss_button.click()
    assert not service.banner.isVisible()


def test_dose_reminder_when_due_and_not_marked(service, fake, db):
    from poems_tracker.store.medications import mark_dose, save_medication

    settings.put("prefs/dose_reminders", True)
    settings.put("prefs/reminder_enabled", False)
    med = save_medication(
        db, Medication("Dexamethasone", 20, "mg", "daily at 08:00,20:00", date(2026, 3, 1))
    )
    fake.when = datetime(2026, 3, 2, 7, 59)
    assert service.tick() == []
    fake.when = datetime(2026, 3, 2, 8, 10)
    assert service.tick() == [(DOSE, "Time for your Dexamethasone (08:00).")]
    assert service.tick() == []
    # The evening dose is marked early: no reminder for it.
    mark_dose(db, Dose(med.id, date(2026, 3, 2), time(19, 40), 20, "mg", DoseStatus.TAKEN))
    fake.when = datetime(2026, 3, 2, 20, 5)
    assert service.tick() == []


def test_no_dose_reminders_when_switched_off(service, fake, db):
    from poems_tracker.store.medications import save_medication

    settings.put("prefs/reminder_enabled", False)
    save_medication(db, Medication("Lenalidomide", 10, "mg", "daily at 09:00", date(2026, 3, 1)))
    fake.when = datetime(2026, 3, 2, 9, 5)
    assert service.tick() == []


def test_attach_puts_the_banner_above_the_window_content(qtbot, db):
    window = QMainWindow()
    qtbot.addWidget(window)
    content = QLabel("page")
    window.setCentralWidget(content)
    opened = []
    service = attach_reminders(window, db, on_checkin=lambda: opened.append(True))
    service.stop()
    window.show()
    service.banner_requested.emit(CHECKIN, "Time for today's check-in")
    assert service.banner.isVisible()
    assert content.isVisible()
    service.banner.open_button.click()
    assert opened == [True]
    assert not service.banner.isVisible()
