"""Medicine schedules: the exact forms of interfaces.md, and which doses they expect on a day.

A schedule is kept as the text the patient (or a file) gave, so it is exported exactly as
given; `parse_schedule` refuses anything outside the grammar with one plain sentence.
Every calculation is whole-day date arithmetic, so month ends and leap days need no care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from itertools import pairwise
from typing import Any

from poems_tracker.domain.text import N_

#: Day names as schedules spell them, Monday first (date.weekday() order).
WEEKDAY_NAMES: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_INTERVAL_DAYS = 366
MAX_CYCLE_DAYS = 366
MAX_PER_DAY = 48

_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d"
_TIMES = rf"{_TIME}(?:,{_TIME})*"
_NUMBER = r"[1-9]\d{0,3}"
_BASES = {
    "daily": re.compile(r"daily"),
    "twice": re.compile(r"twice daily"),
    "every": re.compile(rf"every ({_NUMBER}) days"),
    "weekly": re.compile(r"weekly on ([A-Za-z]{3}(?:,[A-Za-z]{3})*)"),
    "cycle": re.compile(rf"cycle ({_NUMBER})-({_NUMBER}) of ({_NUMBER})"),
}
_AS_NEEDED = re.compile(rf"as needed(?:, max ({_NUMBER}) per day)?")
_WITH_TIMES = re.compile(rf"(.+?) at ({_TIMES})")


class ScheduleKind(StrEnum):
    DAILY = "daily"
    TWICE_DAILY = "twice"
    EVERY = "every"
    WEEKLY = "weekly"
    CYCLE = "cycle"
    AS_NEEDED = "as_needed"


class ScheduleError(ValueError):
    """A schedule outside the grammar; str() is one plain English sentence.

    `template` and `fields` let the window translate it (context "errors").
    """

    def __init__(self, template: str, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields))


@dataclass(frozen=True, slots=True)
class Schedule:
    """A parsed schedule. `text` is exactly what was given; the rest is derived from it."""

    text: str
    kind: ScheduleKind
    times: tuple[time, ...] = ()
    max_per_day: int | None = None
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    cycle_first: int = 0
    cycle_last: int = 0
    cycle_length: int = 0

    @property
    def as_needed(self) -> bool:
        return self.kind is ScheduleKind.AS_NEEDED

    @property
    def per_day(self) -> int:
        """Doses on a medicine day: one per time, else one (two for `twice daily`)."""
        if self.as_needed:
            return 0
        if self.times:
            return len(self.times)
        return 2 if self.kind is ScheduleKind.TWICE_DAILY else 1

    def cycle_position(self, day: date, start: date) -> tuple[int, int] | None:
        """(cycle number from 1, day in the cycle from 1) counted from START.

        None for a schedule that is not a cycle, and for days before START.
        """
        if self.kind is not ScheduleKind.CYCLE or day < start:
            return None
        offset = (day - start).days
        return offset // self.cycle_length + 1, offset % self.cycle_length + 1

    def is_on_day(self, day: date, start: date) -> bool:
        """Whether DAY is a medicine day of a course starting on START (its end is not known
        here). As-needed medicines may be taken on any day from the start."""
        if day < start:
            return False
        kind = self.kind
        if kind is ScheduleKind.EVERY:
            return (day - start).days % self.interval == 0
        if kind is ScheduleKind.WEEKLY:
            return day.weekday() in self.weekdays
        if kind is ScheduleKind.CYCLE:
            in_cycle = (day - start).days % self.cycle_length + 1
            return self.cycle_first <= in_cycle <= self.cycle_last
        return True

    def doses_on(self, day: date, start: date) -> int:
        """How many doses the schedule expects on DAY (0 for as-needed medicines)."""
        if self.as_needed or not self.is_on_day(day, start):
            return 0
        return self.per_day


def parse_schedule(text: str) -> Schedule:
    """The Schedule for TEXT, one of the forms of interfaces.md; ScheduleError otherwise."""
    if not text or not text.strip():
        raise ScheduleError(N_("errors", "Choose how often the medicine is taken."))
    if text != text.strip() or "  " in text:
        raise ScheduleError(
            N_("errors", 'The schedule has extra spaces; write it like "daily at 08:00,20:00".')
        )
    match = _AS_NEEDED.fullmatch(text)
    if match:
        most = int(match.group(1)) if match.group(1) else None
        if most is not None and most > MAX_PER_DAY:
            raise ScheduleError(
                N_(
                    "errors",
                    "A daily maximum of more than {most} doses is "
                    "not believable; check the number.",
                ),
                most=MAX_PER_DAY,
            )
        return Schedule(text, ScheduleKind.AS_NEEDED, max_per_day=most)
    if text.startswith("as needed"):
        raise ScheduleError(
            N_(
                "errors",
                'An as-needed schedule has no times; write "as '
                'needed" or "as needed, max 4 per day".',
            )
        )
    base, times = text, ()
    with_times = _WITH_TIMES.fullmatch(text)
    if with_times:
        base = with_times.group(1)
        times = _parse_times(with_times.group(2))
    elif " at " in text or text.endswith(" at"):
        raise ScheduleError(
            N_(
                "errors",
                'Write times as HH:MM (24 hours) separated by commas, like "at 08:00,20:00".',
            )
        )
    for kind_name, pattern in _BASES.items():
        match = pattern.fullmatch(base)
        if match:
            return _build(text, kind_name, match, times)
    if text.lower() != text and text.lower().startswith(
        ("daily", "twice", "every", "weekly", "cycle", "as needed")
    ):
        raise ScheduleError(
            N_("errors", 'Write the schedule\'s words in lower case, like "weekly on Mon".')
        )
    raise ScheduleError(
        N_(
            "errors",
            '"{text}" is not a schedule this program knows; use '
            'for example "daily", "weekly on Mon" or "cycle '
            '1-21 of 28".',
        ),
        text=text,
    )


def _parse_times(text: str) -> tuple[time, ...]:
    parsed = tuple(time(int(t[:2]), int(t[3:])) for t in text.split(","))
    if any(a >= b for a, b in pairwise(parsed)):
        raise ScheduleError(N_("errors", "List the times from earliest to latest, each once."))
    return parsed


def _build(text: str, kind_name: str, match: re.Match[str], times: tuple[time, ...]) -> Schedule:
    if kind_name == "daily":
        return Schedule(text, ScheduleKind.DAILY, times)
    if kind_name == "twice":
        if times and len(times) != 2:
            raise ScheduleError(
                N_(
                    "errors",
                    '"twice daily" needs exactly two times, like "twice daily at 08:00,20:00".',
                )
            )
        return Schedule(text, ScheduleKind.TWICE_DAILY, times)
    if kind_name == "every":
        interval = int(match.group(1))
        if interval > MAX_INTERVAL_DAYS:
            raise ScheduleError(
                N_("errors", "The days between doses must be from 1 to {most}."),
                most=MAX_INTERVAL_DAYS,
            )
        return Schedule(text, ScheduleKind.EVERY, times, interval=interval)
    if kind_name == "weekly":
        return Schedule(text, ScheduleKind.WEEKLY, times, weekdays=_parse_weekdays(match.group(1)))
    first, last, length = (int(match.group(n)) for n in (1, 2, 3))
    if length > MAX_CYCLE_DAYS:
        raise ScheduleError(
            N_("errors", "A cycle can be at most {most} days long."), most=MAX_CYCLE_DAYS
        )
    if first > last:
        raise ScheduleError(
            N_("errors", "The first medicine day of the cycle must not come after the last one.")
        )
    if last > length:
        raise ScheduleError(
            N_("errors", "Day {last} is outside a {length}-day cycle."), last=last, length=length
        )
    return Schedule(
        text, ScheduleKind.CYCLE, times, cycle_first=first, cycle_last=last, cycle_length=length
    )


def _parse_weekdays(text: str) -> frozenset[int]:
    numbers = []
    for name in text.split(","):
        if name not in WEEKDAY_NAMES:
            raise ScheduleError(
                N_(
                    "errors",
                    '"{name}" is not a day name; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.',
                ),
                name=name,
            )
        numbers.append(WEEKDAY_NAMES.index(name))
    if numbers != sorted(set(numbers)):
        raise ScheduleError(N_("errors", "List the days in week order, Mon to Sun, each once."))
    return frozenset(numbers)


def format_schedule(
    kind: ScheduleKind,
    *,
    times: tuple[time, ...] = (),
    interval: int = 1,
    weekdays: frozenset[int] | set[int] = frozenset(),
    cycle: tuple[int, int, int] = (1, 21, 28),
    max_per_day: int | None = None,
    twice: bool = False,
) -> str:
    """The schedule text for the picker's choices (the inverse of parse_schedule)."""
    if kind is ScheduleKind.AS_NEEDED:
        return "as needed" if max_per_day is None else f"as needed, max {max_per_day} per day"
    if kind in (ScheduleKind.DAILY, ScheduleKind.TWICE_DAILY):
        base = "twice daily" if (twice or kind is ScheduleKind.TWICE_DAILY) else "daily"
    elif kind is ScheduleKind.EVERY:
        base = f"every {interval} days"
    elif kind is ScheduleKind.WEEKLY:
        base = "weekly on " + ",".join(WEEKDAY_NAMES[d] for d in sorted(weekdays))
    else:
        base = "cycle {}-{} of {}".format(*cycle)
    if times:
        base += " at " + ",".join(t.strftime("%H:%M") for t in times)
    return base
