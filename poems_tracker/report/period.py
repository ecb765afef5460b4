"""The report's default period: the last three months up to a given day."""

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
