"""The only place the window asks for the date and time, so tests can set a fake clock."""

from __future__ import annotations

from datetime import date, datetime


def today() -> date:
    return date.today()


def now() -> datetime:
    return datetime.now()
