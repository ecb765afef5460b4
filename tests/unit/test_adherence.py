"""Adherence arithmetic: taken ÷ scheduled over the days the course is active, up to
yesterday (today once logged), with "not recorded" counted, as-needed per day."""

from __future__ import annotations

from datetime import date, time, timedelta

from poems_tracker.domain.adherence import (
    DayCounts,
    adherence,
    adherence_for_all,
    counts_from_doses,
    due_doses,
    period_start,
)
from poems_tracker.domain.models import Dose, DoseStatus, Medication

TODAY = date(2024, 3, 10)


def _med(schedule: str, start: date, end: date | None = None, mid: int = 1) -> Medication:
    return Medication("Aspirin", 100, "mg", schedule, start, end, id=mid)


def test_daily_counts_up_to_yesterday() -> None:
    med = _med("daily", date(2024, 3, 1))
    counts = {date(2024, 3, d): DayCounts(taken=1) for d in range(1, 8)}  # 1–7 taken
    counts[date(2024, 3, 8)] = DayCounts(missed=1)
    result = adherence(med, counts, None, TODAY, TODAY)
    assert result.scheduled == 9  # 1–9 March; today not logged, so not counted
    assert result.taken == 7
    assert result.missed == 1
    assert result.not_recorded == 1  # 9 March
    assert result.fraction == 7 / 9


def test_today_counts_once_logged() -> None:
    med = _med("twice daily", date(2024, 3, 9))
    counts = {date(2024, 3, 9): DayCounts(taken=2), TODAY: DayCounts(taken=1)}
    result = adherence(med, counts, None, TODAY, TODAY)
    assert result.scheduled == 4
    assert result.taken == 3
    assert result.not_recorded == 1  # the evening dose today is still open


def test_nothing_logged_is_not_recorded_rather_than_zero() -> None:
    med = _med("daily", date(2024, 1, 1))
    result = adherence(med, {}, period_start(30, TODAY), TODAY, TODAY)
    assert result.scheduled == 29
    assert result.not_recorded == 29
    assert result.fraction is None


def test_only_active_days_of_the_period_count() -> None:
    med = _med("daily", date(2024, 2, 20), end=date(2024, 3, 2))
    counts = {date(2024, 2, 20) + timedelta(days=n): DayCounts(taken=1) for n in range(12)}
    # Period 1–10 March: the course covers 1–2 March only.
    result = adherence(med, counts, date(2024, 3, 1), TODAY, TODAY)
    assert (result.scheduled, result.taken, result.days) == (2, 2, 2)
    assert result.fraction == 1.0
    # A period after the course ended expects nothing.
    later = adherence(med, counts, date(2024, 3, 5), TODAY, TODAY)
    assert later.scheduled == 0
    assert later.fraction is None


def test_cycle_rest_days_expect_nothing() -> None:
    start = date(2024, 1, 1)
    med = _med("cycle 1-21 of 28", start)
    counts = {start + timedelta(days=n): DayCounts(taken=1) for n in range(28) if n < 21}
    result = adherence(med, counts, start, start + timedelta(days=27), TODAY)
    assert result.scheduled == 21
    assert result.taken == 21
    assert result.not_recorded == 0
    assert result.fraction == 1.0


def test_skipped_and_missed_are_recorded_but_not_taken() -> None:
    start = date(2024, 3, 4)  # a Monday
    med = _med("weekly on Mon,Thu", start)
    counts = {date(2024, 3, 4): DayCounts(taken=1), date(2024, 3, 7): DayCounts(skipped=1)}
    result = adherence(med, counts, None, TODAY, TODAY)
    assert result.scheduled == 2
    assert result.taken == 1
    assert result.skipped == 1
    assert result.not_recorded == 0
    assert result.fraction == 0.5


def test_as_needed_gives_doses_per_day() -> None:
    med = _med("as needed, max 4 per day", date(2024, 3, 5))
    counts = {date(2024, 3, 5): DayCounts(taken=3), date(2024, 3, 8): DayCounts(taken=2)}
    result = adherence(med, counts, None, TODAY, TODAY)
    assert result.as_needed
    assert result.fraction is None
    assert result.days == 5  # 5–9 March
    assert result.per_day == 1.0


def test_counts_from_doses_and_for_all() -> None:
    doses = [
        Dose(1, date(2024, 3, 8), time(8), 100, "mg", DoseStatus.TAKEN),
        Dose(1, date(2024, 3, 8), time(20), 100, "mg", DoseStatus.MISSED),
        Dose(2, date(2024, 3, 9), time(9), 50, "mg", DoseStatus.TAKEN),
    ]
    counts = counts_from_doses(doses)
    assert counts[1][date(2024, 3, 8)] == DayCounts(1, 1, 0)
    meds = [_med("twice daily", date(2024, 3, 8), mid=1), _med("daily", date(2024, 3, 9), mid=2)]
    results = adherence_for_all(meds, counts, None, TODAY, TODAY)
    assert results[1].scheduled == 4
    assert results[1].taken == 1
    assert results[1].not_recorded == 2
    assert results[2].fraction == 1.0


def test_due_doses_match_logged_ones_by_time_or_in_order() -> None:
    day = date(2024, 3, 4)  # a Monday
    pregabalin = Medication(
        "Pregabalin", 75, "mg", "twice daily at 08:00,20:00", date(2024, 1, 1), id=1
    )
    aspirin = Medication("Aspirin", 100, "mg", "daily", date(2024, 1, 1), id=2)
    dexa = Medication("Dexamethasone", 40, "mg", "weekly on Tue", date(2024, 1, 1), id=3)
    stopped = Medication("Tramadol", 50, "mg", "daily", date(2024, 1, 1), date(2024, 3, 3), id=4)
    evening = Dose(1, day, time(20), 75, "mg", DoseStatus.MISSED)
    morning_aspirin = Dose(2, day, time(9, 12), 100, "mg", DoseStatus.TAKEN)
    due = due_doses([pregabalin, aspirin, dexa, stopped], [evening, morning_aspirin], day)
    assert [(d.medication.name, d.at, d.logged) for d in due] == [
        ("Aspirin", None, morning_aspirin),
        ("Pregabalin", time(8), None),
        ("Pregabalin", time(20), evening),
    ]
