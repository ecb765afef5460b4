"""The report's default period: since the last visit marked done, else the last 3 months."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def months_before(day: date, months: int) -> date:
    """The same day MONTHS calendar months earlier (clamped to the month's last day)."""
    year, month = divmod(day.month - 1 - months, 12)
    year += day.year
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_period(end: date, months: int = 3) -> tuple[date, date]:
    """ "The last 3 months up to END": from the day after END's date three months earlier."""
    return months_before(end, months) + timedelta(days=1), end


def since_last_visit(visits: list[tuple[date, str]], today: date) -> tuple[date, date]:
    """The default period: from the last visit marked done before TODAY up to TODAY, else
    the last 3 months. VISITS are (day, status) pairs."""
    done = [day for day, status in visits if status == "done" and day < today]
    if not done:
        return default_period(today)
    return max(done), today


def report_period(db, today: date) -> tuple[date, date]:
    """The default period for the database DB: since the last visit marked done, else the
    last 3 months up to TODAY."""
    from poems_tracker.store.appointments import list_appointments

    visits = [(a.day, str(a.status)) for a in list_appointments(db, end=today)]
    return since_last_visit(visits, today)
