"""When a reminder is due: the rules the reminder service follows, apart from its timers.

A check-in reminder fires once a day at the chosen time, never when the day is logged. A
dose reminder fires once when its time has come and for DOSE_WINDOW after it (a computer
woken at 10:30 still says "your 09:00 dose", but not at 15:00), and never when a dose of
that medicine was marked within DOSE_MATCH of its time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

DOSE_WINDOW = timedelta(hours=2)
DOSE_MATCH = timedelta(hours=2)


def checkin_reminder_due(now: datetime, at: time) -> bool:
    """The chosen time AT has come today (the caller remembers that it fired)."""
    return now.time() >= at


def dose_reminder_due(now: datetime, at: time) -> bool:
    """The dose of AT today is due now: its time came less than DOSE_WINDOW ago."""
    when = datetime.combine(now.date(), at)
    return when <= now < when + DOSE_WINDOW


def marked_near(day: date, marked: time, due: time) -> bool:
    """A dose marked at MARKED answers the dose due at DUE (within DOSE_MATCH)."""
    return abs(datetime.combine(day, marked) - datetime.combine(day, due)) <= DOSE_MATCH
