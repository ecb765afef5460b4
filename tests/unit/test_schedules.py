"""Schedules: the forms of interfaces.md, and the doses they expect on which days."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poems_tracker.domain.schedules import (
    ScheduleError,
    ScheduleKind,
    format_schedule,
    parse_schedule,
)

GOOD = [
    "daily",
    "daily at 08:00,14:00,20:00",
    "daily at 07:00",
    "twice daily",
    "twice daily at 08:00,20:00",
    "every 2 days",
    "every 3 days at 09:00",
    "weekly on Mon,Thu",
    "weekly on Mon",
    "weekly on Sun at 18:30",
    "as needed",
    "as needed, max 4 per day",
    "cycle 1-21 of 28",
    "cycle 1-4 of 28 at 08:00",
]


@pytest.mark.parametrize("text", GOOD)
def test_every_documented_form_is_accepted_and_kept_exactly(text: str) -> None:
    assert parse_schedule(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Daily",
        "DAILY AT 08:00",
        "daily at 8:00",
        "daily at 20:00,08:00",
        "daily at 08:00,08:00",
        "daily at 24:00",
        "daily at",
        "daily ",
        " daily",
        "three times daily",
        "every 0 days",
        "every 2 day",
        "every 02 days",
        "weekly on Thu,Mon",
        "weekly on Monday",
        "weekly on mon",
        "weekly on Mon,Mon",
        "weekly on",
        "as needed at 08:00",
        "as needed, max 0 per day",
        "as needed max 4 per day",
        "cycle 1-30 of 28",
        "cycle 22-21 of 28",
        "cycle 0-21 of 28",
        "cycle 1-21",
        "twice daily at 08:00",
        "daily at 08:00, 14:00",
        "hourly",
    ],
)
def test_anything_else_is_refused_with_one_plain_sentence(text: str) -> None:
    with pytest.raises(ValueError, match=r"^[^\n]+\.$") as caught:
        parse_schedule(text)
    message = str(caught.value)
    assert message[0].isupper() or message[0] == '"'
    assert "Traceback" not in message


def test_cycle_day_outside_the_cycle_names_the_day() -> None:
    with pytest.raises(ScheduleError, match="Day 30 is outside a 28-day cycle"):
        parse_schedule("cycle 1-30 of 28")


def test_times_are_parsed_in_order() -> None:
    schedule = parse_schedule("daily at 08:00,14:00,20:00")
    assert schedule.times == (time(8), time(14), time(20))
    assert schedule.doses_on(date(2024, 1, 1), date(2024, 1, 1)) == 3


def test_daily_twice_daily_and_as_needed_counts() -> None:
    start = date(2024, 3, 1)
    assert parse_schedule("daily").doses_on(date(2024, 3, 5), start) == 1
    assert parse_schedule("twice daily").doses_on(date(2024, 3, 5), start) == 2
    assert parse_schedule("daily").doses_on(date(2024, 2, 29), start) == 0  # before the start
    needed = parse_schedule("as needed, max 4 per day")
    assert needed.as_needed
    assert needed.max_per_day == 4
    assert needed.times == ()
    assert needed.doses_on(date(2024, 3, 5), start) == 0
    assert needed.is_on_day(date(2024, 3, 5), start)
    assert parse_schedule("as needed").max_per_day is None


def test_weekly_falls_on_the_named_weekdays_only() -> None:
    schedule = parse_schedule("weekly on Mon,Thu")
    start = date(2024, 1, 3)  # a Wednesday
    days = [start + timedelta(days=n) for n in range(14)]
    on = [d for d in days if schedule.is_on_day(d, start)]
    assert on == [date(2024, 1, 4), date(2024, 1, 8), date(2024, 1, 11), date(2024, 1, 15)]
    assert all(d.weekday() in (0, 3) for d in on)


def test_every_n_days_counts_from_the_start() -> None:
    schedule = parse_schedule("every 3 days")
    start = date(2023, 12, 30)
    days = [start + timedelta(days=n) for n in range(10)]
    on = [d for d in days if schedule.is_on_day(d, start)]
    assert on == [date(2023, 12, 30), date(2024, 1, 2), date(2024, 1, 5), date(2024, 1, 8)]


def test_cycle_across_a_leap_day_and_month_ends() -> None:
    schedule = parse_schedule("cycle 1-21 of 28")
    start = date(2024, 2, 10)
    # 2024 is a leap year: 10 Feb + 28 days = 9 March, the first day of cycle 2.
    assert schedule.cycle_position(date(2024, 2, 29), start) == (1, 20)
    assert schedule.cycle_position(date(2024, 3, 1), start) == (1, 21)
    assert schedule.cycle_position(date(2024, 3, 2), start) == (1, 22)
    assert schedule.cycle_position(date(2024, 3, 9), start) == (2, 1)
    assert schedule.is_on_day(date(2024, 3, 1), start)
    assert not schedule.is_on_day(date(2024, 3, 2), start)  # rest week
    assert not schedule.is_on_day(date(2024, 3, 8), start)
    assert schedule.is_on_day(date(2024, 3, 9), start)
    # Over a year boundary: cycle 13 starts 12 × 28 = 336 days after the start.
    assert schedule.cycle_position(date(2025, 1, 11), start) == (13, 1)
    # 21 medicine days in every 28 days, whatever the months.
    days = [start + timedelta(days=n) for n in range(28 * 13)]
    assert sum(schedule.doses_on(d, start) for d in days) == 21 * 13


def test_cycle_starting_on_a_leap_day() -> None:
    schedule = parse_schedule("cycle 1-1 of 365")
    start = date(2024, 2, 29)
    assert schedule.cycle_position(date(2025, 2, 28), start) == (2, 1)
    assert schedule.is_on_day(date(2025, 2, 28), start)
    assert not schedule.is_on_day(date(2025, 3, 1), start)


def test_cycle_position_is_none_when_not_a_cycle_or_before_start() -> None:
    assert parse_schedule("daily").cycle_position(date(2024, 1, 5), date(2024, 1, 1)) is None
    cycle = parse_schedule("cycle 1-21 of 28")
    assert cycle.cycle_position(date(2023, 12, 31), date(2024, 1, 1)) is None


def test_format_schedule_builds_the_forms() -> None:
    assert format_schedule(ScheduleKind.DAILY) == "daily"
    assert format_schedule(ScheduleKind.DAILY, twice=True) == "twice daily"
    assert format_schedule(ScheduleKind.DAILY, times=(time(8), time(20))) == "daily at 08:00,20:00"
    assert format_schedule(ScheduleKind.WEEKLY, weekdays={3, 0}) == "weekly on Mon,Thu"
    assert format_schedule(ScheduleKind.CYCLE, cycle=(1, 21, 28)) == "cycle 1-21 of 28"
    assert format_schedule(ScheduleKind.AS_NEEDED, max_per_day=4) == "as needed, max 4 per day"
    assert (
        format_schedule(ScheduleKind.EVERY, interval=2, times=(time(9, 30),))
        == "every 2 days at 09:30"
    )


@given(
    first=st.integers(1, 40),
    span=st.integers(0, 40),
    extra=st.integers(0, 40),
    start=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    offset=st.integers(0, 2000),
)
def test_cycle_position_round_trips(
    first: int, span: int, extra: int, start: date, offset: int
) -> None:
    length = first + span + extra
    schedule = parse_schedule(f"cycle {first}-{first + span} of {length}")
    day = start + timedelta(days=offset)
    number, in_cycle = schedule.cycle_position(day, start)
    assert start + timedelta(days=(number - 1) * length + in_cycle - 1) == day
    assert schedule.is_on_day(day, start) == (first <= in_cycle <= first + span)
    assert (
        format_schedule(ScheduleKind.CYCLE, cycle=(first, first + span, length)) == schedule.text
    )


_TIMES = st.lists(st.times().map(lambda t: time(t.hour, t.minute)), max_size=4, unique=True)


@given(
    kind=st.sampled_from([k for k in ScheduleKind if k is not ScheduleKind.AS_NEEDED]),
    times=_TIMES,
    interval=st.integers(1, 366),
    days=st.sets(st.integers(0, 6), min_size=1),
    most=st.none() | st.integers(1, 48),
)
def test_every_built_schedule_parses_back_to_the_same_meaning(
    kind, times, interval, days, most
) -> None:
    ordered = tuple(sorted(times))
    if kind is ScheduleKind.TWICE_DAILY and ordered and len(ordered) != 2:
        ordered = ()
    text = format_schedule(kind, times=ordered, interval=interval, weekdays=days, cycle=(2, 5, 21))
    schedule = parse_schedule(text)
    assert schedule.text == text
    assert schedule.kind is kind
    assert schedule.times == ordered
    needed = parse_schedule(format_schedule(ScheduleKind.AS_NEEDED, max_per_day=most))
    assert needed.max_per_day == most
