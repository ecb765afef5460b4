"""Adherence: what a patient actually took, against what the schedule expected (domain.md).

For a period, scheduled = the doses the schedule expects on each day of the period on which
the course is active, up to yesterday; today counts once something was logged for it. A
scheduled dose with nothing logged is "not recorded". As-needed medicines get doses per day.
The functions are pure: they take TODAY and per-day counts, never a clock or a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta

from poems_tracker.domain.models import Dose, DoseStatus, Medication
from poems_tracker.domain.schedules import parse_schedule


@dataclass(frozen=True, slots=True)
class DayCounts:
    """Doses logged for one medicine on one day, by status."""

    taken: int = 0
    missed: int = 0
    skipped: int = 0

    @property
    def logged(self) -> int:
        return self.taken + self.missed + self.skipped


@dataclass(frozen=True, slots=True)
class Adherence:
    """One medicine over one period. `days` are the days counted (active, up to yesterday)."""

    scheduled: int = 0
    taken: int = 0
    missed: int = 0
    skipped: int = 0
    not_recorded: int = 0
    days: int = 0
    as_needed: bool = False

    @property
    def logged(self) -> int:
        return self.taken + self.missed + self.skipped

    @property
    def fraction(self) -> float | None:
        """taken ÷ scheduled; None when nothing was due or nothing at all was logged
        ("not recorded" is not 0 %), and for as-needed medicines."""
        if self.as_needed or self.scheduled == 0 or self.logged == 0:
            return None
        return self.taken / self.scheduled

    @property
    def per_day(self) -> float | None:
        """As-needed medicines: doses taken per counted day; None when no day counted."""
        if not self.days:
            return None
        return self.taken / self.days


def counts_from_doses(doses: Iterable[Dose]) -> dict[int, dict[date, DayCounts]]:
    """medication id → day → counts; the form `adherence` reads."""
    raw: dict[int, dict[date, list[int]]] = {}
    index = {DoseStatus.TAKEN: 0, DoseStatus.MISSED: 1, DoseStatus.SKIPPED: 2}
    for dose in doses:
        slot = raw.setdefault(dose.medication_id, {}).setdefault(dose.day, [0, 0, 0])
        slot[index[DoseStatus(dose.status)]] += 1
    return {med: {day: DayCounts(*c) for day, c in days.items()} for med, days in raw.items()}


def counted_days(
    med: Medication, start: date | None, end: date, today: date, logged_today: bool
) -> tuple[date, date] | None:
    """The first and last day that count for MED in START..END (None = from the course start);
    None when no day counts."""
    first = med.start_date if start is None else max(start, med.start_date)
    last = end if med.end_date is None else min(end, med.end_date)
    last = min(last, today if logged_today else today - timedelta(days=1))
    return (first, last) if first <= last else None


def adherence(
    med: Medication, counts: Mapping[date, DayCounts], start: date | None, end: date, today: date
) -> Adherence:
    """Adherence of MED over START..END (inclusive), given its per-day COUNTS."""
    schedule = parse_schedule(med.schedule)
    span = counted_days(med, start, end, today, today in counts)
    if span is None:
        return Adherence(as_needed=schedule.as_needed)
    first, last = span
    days = (last - first).days + 1
    taken = missed = skipped = 0
    for day, c in counts.items():
        if first <= day <= last:
            taken += c.taken
            missed += c.missed
            skipped += c.skipped
    if schedule.as_needed:
        return Adherence(0, taken, missed, skipped, 0, days, as_needed=True)
    scheduled = not_recorded = 0
    empty = DayCounts()
    day = first
    one = timedelta(days=1)
    while day <= last:
        due = schedule.doses_on(day, med.start_date)
        if due:
            scheduled += due
            not_recorded += max(0, due - counts.get(day, empty).logged)
        day += one
    return Adherence(scheduled, taken, missed, skipped, not_recorded, days)


def adherence_for_all(
    meds: Iterable[Medication],
    counts: Mapping[int, Mapping[date, DayCounts]],
    start: date | None,
    end: date,
    today: date,
) -> dict[int, Adherence]:
    """medication id → Adherence, for every stored course in MEDS."""
    return {
        m.id: adherence(m, counts.get(m.id, {}), start, end, today)
        for m in meds
        if m.id is not None
    }


def period_start(days: int | None, today: date) -> date | None:
    """The first day of "the last DAYS days" up to today; None for "all"."""
    return None if days is None else today - timedelta(days=days - 1)


@dataclass(frozen=True, slots=True)
class DueDose:
    """One dose a schedule expects on a day, and what was logged for it (None: nothing yet).

    `at` is the schedule's time, or None for a schedule without times (any time that day)."""

    medication: Medication
    slot: int
    at: time | None
    logged: Dose | None = None


def due_doses(meds: Iterable[Medication], doses: Iterable[Dose], day: date) -> list[DueDose]:
    """The doses expected on DAY from every course active then, matched with DOSES logged:
    by time for timed schedules, in order of time for the others. By time, then name."""
    by_med: dict[int | None, list[Dose]] = {}
    for dose in doses:
        if dose.day == day:
            by_med.setdefault(dose.medication_id, []).append(dose)
    due: list[DueDose] = []
    for med in meds:
        if not med.active_on(day):
            continue
        schedule = parse_schedule(med.schedule)
        count = schedule.doses_on(day, med.start_date)
        logged = sorted(by_med.get(med.id, []), key=lambda d: d.at)
        if schedule.times:
            at_time = {d.at: d for d in logged}
            due += [
                DueDose(med, n, at, at_time.get(at))
                for n, at in enumerate(schedule.times)
                if n < count
            ]
        else:
            due += [
                DueDose(med, n, None, logged[n] if n < len(logged) else None) for n in range(count)
            ]
    return sorted(due, key=lambda d: (d.at or time(0), d.medication.name.casefold(), d.slot))
