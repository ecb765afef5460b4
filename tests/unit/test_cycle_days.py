"""Pain by cycle day: the right days behind each average, gaps and short cycles included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.domain.cycle_days import (
    cycle_day_summary,
    cycle_medicines,
    summaries_for_period,
)
from poems_tracker.domain.models import CheckIn, Medication

START = date(2026, 1, 1)


def course(start=START, end=None, schedule="cycle 1-21 of 28", name="Lenalidomide"):
    return Medication(name, 25, "mg", schedule, start, end)


def daily(first, last, pain_of, skip=()):
    """A check-in every day from FIRST to LAST except SKIP; pain from PAIN_OF(day)."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [CheckIn(d, {"pain": pain_of(d)}) for d in days if d not in skip]


def test_each_cycle_day_averages_over_every_cycle():
    # three full cycles; pain = cycle number on medicine days, 9 in the week off
    def pain(d):
        offset = (d - START).days
        return 9 if offset % 28 >= 21 else offset // 28 + 1

    end = START + timedelta(days=3 * 28 - 1)
    summary = cycle_day_summary([course()], daily(START, end, pain), ["pain"], START, end)
    assert [c.number for c in summary.cycles] == [1, 2, 3]
    assert all(c.complete for c in summary.cycles)
    day1, day22 = summary.rows[0], summary.rows[21]
    assert day1.on_medicine
    assert day1.average("pain") == pytest.approx(2.0)
    assert day1.count("pain") == 3
    assert not day22.on_medicine
    assert day22.average("pain") == 9
    assert summary.phase_average("pain", on_medicine=False) == (9, 7 * 3)
    assert summary.phase_average("pain", on_medicine=True) == (pytest.approx(2.0), 21 * 3)


def test_missing_days_lower_n_and_do_not_count_as_zero():
    end = START + timedelta(days=2 * 28 - 1)
    gap = {START + timedelta(days=4), START + timedelta(days=28 + 4)}
    near_gap = START + timedelta(days=28 + 5)
    entries = daily(START, end, lambda d: 6 if d == near_gap else 2, skip=gap)
    summary = cycle_day_summary([course()], entries, ["pain"], START, end)
    assert summary.rows[4].count("pain") == 0
    assert summary.rows[4].average("pain") is None
    assert summary.rows[5].count("pain") == 2
    assert summary.rows[5].average("pain") == 4


def test_a_course_that_ends_early_counts_only_its_days():
    # cycle 2 stopped on its day 10; check-ins go on afterwards but belong to no cycle
    end_of_course = START + timedelta(days=28 + 9)
    range_end = START + timedelta(days=80)
    summary = cycle_day_summary(
        [course(end=end_of_course)],
        daily(START, range_end, lambda d: 3),
        ["pain"],
        START,
        range_end,
    )
    assert [(c.number, c.complete) for c in summary.cycles] == [(1, True), (2, False)]
    assert summary.cycles[1].end == end_of_course
    assert summary.rows[9].count("pain") == 2  # day 10: both cycles
    assert summary.rows[10].count("pain") == 1  # day 11: cycle 1 only
    assert summary.rows[27].count("pain") == 1


def test_restart_after_a_pause_numbers_cycles_on():
    first = course(end=START + timedelta(days=2 * 28 - 1))
    restart_day = START + timedelta(days=2 * 28 + 10)  # 10-day pause, then cycle 3
    second = course(start=restart_day)
    end = restart_day + timedelta(days=27)
    entries = daily(START, end, lambda d: 1 if d < restart_day else 5)
    summary = cycle_day_summary([second, first], entries, ["pain"], START, end)
    assert [(c.number, c.start) for c in summary.cycles] == [
        (1, START),
        (2, START + timedelta(days=28)),
        (3, restart_day),
    ]
    # the pause days fall in no cycle: each cycle day has exactly three days behind it
    assert {row.count("pain") for row in summary.rows} == {3}
    assert summary.rows[0].average("pain") == pytest.approx((1 + 1 + 5) / 3)


def test_range_keeps_cycle_numbers_from_the_course_start():
    summary_start = START + timedelta(days=2 * 28)
    end = summary_start + timedelta(days=27)
    summary = cycle_day_summary(
        [course()], daily(START, end, lambda d: 4), ["pain"], summary_start, end
    )
    assert [c.number for c in summary.cycles] == [3]
    assert summary.rows[0].count("pain") == 1


def test_not_a_cycle_medicine_gives_nothing():
    daily_course = course(schedule="daily", name="Aspirin")
    assert cycle_day_summary([daily_course], [], ["pain"], START, START) is None
    assert cycle_medicines([daily_course, course()]) == ["Lenalidomide"]


def test_yes_no_items_average_to_the_share_of_yes_days():
    end = START + timedelta(days=27)
    entries = [
        CheckIn(d.day, {"fall": int(d.day.day % 2 == 0)}) for d in daily(START, end, lambda d: 0)
    ]
    summary = cycle_day_summary([course()], entries, ["fall"], START, end)
    assert summary.rows[1].average("fall") == 1
    assert summary.rows[0].average("fall") == 0


def test_report_gets_one_summary_per_cycle_medicine_active_in_the_period():
    old = course(end=START + timedelta(days=27), name="Melphalan", schedule="cycle 1-4 of 28")
    len_course = course(start=START + timedelta(days=60))
    end = START + timedelta(days=120)
    entries = daily(START, end, lambda d: 2)
    period = summaries_for_period(
        [old, len_course, course(schedule="daily", name="Aspirin")],
        entries,
        ["pain"],
        START + timedelta(days=40),
        end,
    )
    assert [s.medicine for s in period] == ["Lenalidomide"]
    assert period[0].phase_average("pain", True)[1] > 0
