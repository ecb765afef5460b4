"""Symptoms by cycle day: "is my pain worse in the week off?" — averages, never causes.

For a medicine taken in cycles (e.g. lenalidomide `cycle 1-21 of 28`), every logged day in
the chosen range is placed on its cycle day, counted from the course's start date, and each
symptom is averaged per cycle day over all cycles, with the number of days behind each
average. Several courses of the same medicine (a pause, then a restart) number their cycles
on from the previous course, so a restart after a delay is C4, not a second C1. A course
that ends early contributes only its days up to its end date; days with no check-in simply
count nowhere (n shows it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from poems_tracker.domain.models import CheckIn, Medication
from poems_tracker.domain.schedules import Schedule, ScheduleError, ScheduleKind, parse_schedule


@dataclass(frozen=True, slots=True)
class Cycle:
    """One cycle as taken: C{number}, first day, last day (earlier than planned if cut short)."""

    number: int
    start: date
    end: date
    complete: bool  # False when the course ended (or the range ends) before its last day


@dataclass(frozen=True, slots=True)
class CycleDayRow:
    """One cycle day: on or off medicine, and per symptom the sum and count of logged values."""

    day: int
    on_medicine: bool
    sums: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def average(self, key: str) -> float | None:
        n = self.counts.get(key, 0)
        return self.sums.get(key, 0.0) / n if n else None

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)


@dataclass(frozen=True, slots=True)
class CycleDaySummary:
    medicine: str
    schedule: str
    cycle_length: int
    first_on: int
    last_on: int
    cycles: tuple[Cycle, ...]
    rows: tuple[CycleDayRow, ...]
    keys: tuple[str, ...]
    #: courses of this medicine left out: not a cycle, or a cycle of another length
    skipped: tuple[Medication, ...] = ()

    def phase_average(self, key: str, on_medicine: bool) -> tuple[float | None, int]:
        """KEY's average over all medicine days (or all days off) and how many days it rests on."""
        total, n = 0.0, 0
        for row in self.rows:
            if row.on_medicine is on_medicine:
                total += row.sums.get(key, 0.0)
                n += row.count(key)
        return (total / n if n else None), n


def cycle_schedule(course: Medication) -> Schedule | None:
    """COURSE's schedule if it is a cycle, else None (also for a schedule that cannot be read)."""
    try:
        schedule = parse_schedule(course.schedule)
    except ScheduleError:
        return None
    return schedule if schedule.kind is ScheduleKind.CYCLE else None


def _cycles_of(
    course: Medication, schedule: Schedule, first_number: int, until: date
) -> list[Cycle]:
    """Every cycle COURSE started up to UNTIL (its end date, or the range end if open)."""
    last_day = min(course.end_date or until, until)
    cycles, start, number = [], course.start_date, first_number
    while start <= last_day:
        planned_end = start + timedelta(days=schedule.cycle_length - 1)
        cycles.append(Cycle(number, start, min(planned_end, last_day), planned_end <= last_day))
        start, number = planned_end + timedelta(days=1), number + 1
    return cycles


def cycle_day_summary(
    courses: Iterable[Medication],
    checkins: Iterable[CheckIn],
    keys: Sequence[str],
    start: date,
    end: date,
) -> CycleDaySummary | None:
    """Average each symptom of KEYS by cycle day over the cycles between START and END.

    COURSES are the courses of one medicine (any order). The latest cycle course that
    begins on or before END sets the cycle length; courses with another length are listed
    in `skipped`. None when no course has a cycle schedule active in the range.
    """
    courses = sorted(courses, key=lambda c: c.start_date)
    cycle_courses = [
        (c, s) for c in courses if (s := cycle_schedule(c)) is not None and c.start_date <= end
    ]
    if not cycle_courses:
        return None
    ref_course, ref = cycle_courses[-1]
    used = [(c, s) for c, s in cycle_courses if s.cycle_length == ref.cycle_length]
    skipped = tuple(c for c in courses if all(c is not u for u, _ in used))
    cycles: list[Cycle] = []
    by_day: dict[date, int] = {}  # calendar day -> cycle day
    for course, schedule in used:
        for cycle in _cycles_of(course, schedule, len(cycles) + 1, end):
            cycles.append(cycle)
            day = max(cycle.start, start)
            while day <= cycle.end:
                by_day[day] = (day - cycle.start).days + 1
                day += timedelta(days=1)
    in_range = tuple(c for c in cycles if c.end >= start)
    if not in_range:
        return None
    sums = {n: dict.fromkeys(keys, 0.0) for n in range(1, ref.cycle_length + 1)}
    counts = {n: dict.fromkeys(keys, 0) for n in range(1, ref.cycle_length + 1)}
    for entry in checkins:
        cycle_day = by_day.get(entry.day)
        if cycle_day is None or not start <= entry.day <= end:
            continue
        for key in keys:
            value = entry.values.get(key)
            if value is not None:
                sums[cycle_day][key] += value
                counts[cycle_day][key] += 1
    rows = tuple(
        CycleDayRow(n, ref.cycle_first <= n <= ref.cycle_last, sums[n], counts[n])
        for n in range(1, ref.cycle_length + 1)
    )
    return CycleDaySummary(
        ref_course.name,
        ref.text,
        ref.cycle_length,
        ref.cycle_first,
        ref.cycle_last,
        in_range,
        rows,
        tuple(keys),
        skipped,
    )


def cycle_medicines(courses: Iterable[Medication]) -> list[str]:
    """Names of the medicines with at least one cycle course, in first-start order."""
    names: list[str] = []
    for course in sorted(courses, key=lambda c: c.start_date):
        if cycle_schedule(course) is not None and course.name not in names:
            names.append(course.name)
    return names


def summaries_for_period(
    courses: Iterable[Medication],
    checkins: Sequence[CheckIn],
    keys: Sequence[str],
    start: date,
    end: date,
) -> list[CycleDaySummary]:
    """One summary per medicine with a cycle course in START–END (for the report)."""
    courses = list(courses)
    result = []
    for name in cycle_medicines(courses):
        own = [c for c in courses if c.name.casefold() == name.casefold()]
        if not any(
            c.start_date <= end and (c.end_date is None or c.end_date >= start)
            for c in own
            if cycle_schedule(c) is not None
        ):
            continue
        summary = cycle_day_summary(own, checkins, keys, start, end)
        if summary is not None:
            result.append(summary)
    return result
