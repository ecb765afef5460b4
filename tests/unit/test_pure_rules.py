"""Rules that used to live inside widgets, now pure and tested without a screen."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from poems_tracker.domain.function_check import missing_answer
from poems_tracker.domain.medication_rules import free_minute, recently_stopped
from poems_tracker.domain.models import Medication, TaskAnswer
from poems_tracker.domain.numbers import parse_typed_number
from poems_tracker.domain.reminders import (
    checkin_reminder_due,
    dose_reminder_due,
    marked_near,
)

A, P, N = TaskAnswer.AFFECTED, TaskAnswer.PREVENTED, TaskAnswer.UNAFFECTED
FIVE = ("dress_upper", "wash_hair", "turn_key", "knife_fork", "buttons_zips")


def _tasks(*answers: TaskAnswer | None) -> dict[str, TaskAnswer | None]:
    return dict(zip(FIVE, answers, strict=True))


@pytest.mark.parametrize(
    ("symptoms", "tasks", "movement", "legs", "missing"),
    [
        (None, _tasks(N, N, N, N, N), None, 0, "arm_symptoms"),
        (True, _tasks(A, None, N, N, N), None, 0, "tasks"),
        (True, _tasks(P, P, P, P, P), None, 3, "arm_movement"),
        (True, _tasks(P, P, P, P, P), False, 3, ""),
        (True, _tasks(P, P, P, P, A), None, 3, ""),  # movement is asked only when all five
        (False, _tasks(N, N, N, N, N), None, None, "legs"),
        (False, _tasks(N, N, N, N, N), None, 0, ""),
    ],
)
def test_the_first_unanswered_question_in_the_forms_order(
    symptoms, tasks, movement, legs, missing
) -> None:
    assert missing_answer(symptoms, tasks, movement, legs) == missing


def _course(end: date | None) -> Medication:
    return Medication("Tramadol", 50, "mg", "as needed", date(2026, 1, 1), end)


@pytest.mark.parametrize(
    ("end", "day", "offered"),
    [
        (date(2026, 3, 1), date(2026, 3, 1), False),  # still active that day
        (date(2026, 3, 1), date(2026, 3, 2), True),
        (date(2026, 3, 1), date(2026, 3, 31), True),  # exactly 30 days after
        (date(2026, 3, 1), date(2026, 4, 1), False),  # 31 days after
        (None, date(2026, 3, 2), False),  # never stopped
    ],
)
def test_a_course_stopped_in_the_last_30_days_is_still_offered(end, day, offered) -> None:
    assert recently_stopped(_course(end), day) is offered


def test_two_doses_never_share_a_minute() -> None:
    day = date(2026, 3, 1)
    assert free_minute(day, time(8, 0), []) == time(8, 0)
    assert free_minute(day, time(8, 0), [time(8, 0), time(8, 1)]) == time(8, 2)
    assert free_minute(day, time(23, 59), [time(23, 59)]) == time(0, 0)  # the day is full


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (datetime(2026, 3, 1, 8, 59), False),
        (datetime(2026, 3, 1, 9, 0), True),
        (datetime(2026, 3, 1, 10, 59), True),
        (datetime(2026, 3, 1, 11, 0), False),  # two hours later: too late to remind
    ],
)
def test_a_dose_reminder_is_due_for_two_hours_from_its_time(now, due) -> None:
    assert dose_reminder_due(now, time(9, 0)) is due


def test_checkin_reminder_and_marked_doses() -> None:
    assert not checkin_reminder_due(datetime(2026, 3, 1, 19, 59), time(20, 0))
    assert checkin_reminder_due(datetime(2026, 3, 1, 20, 0), time(20, 0))
    day = date(2026, 3, 1)
    assert marked_near(day, time(10, 0), time(8, 0))
    assert not marked_near(day, time(10, 1), time(8, 0))


@pytest.mark.parametrize(
    ("typed", "value"), [("72.5", 72.5), ("72,5", 72.5), (" 0,4 ", 0.4), ("78", 78.0)]
)
def test_typed_numbers_take_an_unambiguous_decimal_comma(typed: str, value: float) -> None:
    assert parse_typed_number(typed) == value


@pytest.mark.parametrize("typed", ["1,500", "1.5,0", "1,2,3", "seventy", "", "nan"])
def test_typed_numbers_that_would_be_a_guess_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(typed)}$"):  # names what was typed
        parse_typed_number(typed)
