"""Follow-up dates, the next visit, question roll-over and bad input (domain, no Qt)."""

from __future__ import annotations

from datetime import date, time

import pytest

from poems_tracker.domain.appointments import (
    end_of,
    follow_up,
    follow_up_date,
    next_appointment,
    parse_appointment_fields,
    past,
    roll_over,
    upcoming,
)
from poems_tracker.domain.models import Appointment, AppointmentStatus, Question

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 11, 30), date(2026, 2, 28)),  # no 30 February: last day of the month
        (date(2023, 11, 30), date(2024, 2, 29)),  # leap year
        (date(2025, 8, 31), date(2025, 11, 30)),
        (date(2025, 10, 31), date(2026, 1, 31)),  # crosses the year
        (date(2025, 12, 15), date(2026, 3, 15)),
        (date(2026, 1, 31), date(2026, 4, 30)),
    ],
)
def test_follow_up_in_three_months_lands_on_a_real_date_in_the_right_month(day, expected):
    assert follow_up_date(day) == expected


def test_follow_up_other_month_counts():
    assert follow_up_date(date(2025, 3, 31), 1) == date(2025, 4, 30)
    assert follow_up_date(date(2025, 3, 31), 6) == date(2025, 9, 30)
    assert follow_up_date(date(2025, 3, 31), 12) == date(2026, 3, 31)


def test_follow_up_copy_is_planned_with_same_provider_and_place():
    visit = Appointment(
        date(2025, 11, 30),
        time(10, 30),
        "Dr. A",
        "haematology",
        "Clinic 4",
        "3-month follow-up",
        AppointmentStatus.DONE,
        "VEGF down",
        time(11, 0),
        id=7,
    )
    copy = follow_up(visit)
    assert copy.day == date(2026, 2, 28)
    assert (copy.at, copy.end_at, copy.provider, copy.location, copy.purpose) == (
        time(10, 30),
        time(11, 0),
        "Dr. A",
        "Clinic 4",
        "3-month follow-up",
    )
    assert copy.status is AppointmentStatus.PLANNED
    assert copy.id is None
    assert copy.note == ""


def _app(day: date, app_id: int, status=AppointmentStatus.PLANNED, at=time(10, 0)):
    return Appointment(day, at, f"Dr {app_id}", status=status, id=app_id)


def test_next_appointment_skips_past_and_cancelled_visits():
    apps = [
        _app(date(2026, 2, 1), 1),
        _app(date(2026, 3, 10), 2, AppointmentStatus.CANCELLED),
        _app(date(2026, 4, 2), 3),
        _app(date(2026, 3, 20), 4),
    ]
    assert next_appointment(apps, TODAY).id == 4
    assert [a.id for a in upcoming(apps, TODAY)] == [4, 3]
    assert [a.id for a in past(apps, TODAY)] == [2, 1]  # newest first
    assert next_appointment([], TODAY) is None


def test_a_visit_today_is_still_the_next_one():
    assert next_appointment([_app(TODAY, 1)], TODAY).id == 1


def test_unanswered_questions_of_a_past_visit_roll_to_the_next_planned_one():
    apps = [
        _app(date(2026, 2, 1), 1, AppointmentStatus.DONE),
        _app(date(2026, 2, 15), 2, AppointmentStatus.PLANNED),  # past, never marked
        _app(date(2026, 3, 5), 3, AppointmentStatus.CANCELLED),
        _app(date(2026, 3, 20), 4),
        _app(date(2026, 5, 1), 5),
    ]
    questions = [
        Question(date(2026, 1, 10), "Open at done visit", 1, id=10),
        Question(date(2026, 1, 11), "Answered at done visit", 1, True, "Yes", id=11),
        Question(date(2026, 1, 12), "Open at past planned visit", 2, id=12),
        Question(date(2026, 1, 13), "Open at cancelled visit", 3, id=13),
        Question(date(2026, 1, 14), "Already for the later visit", 5, id=14),
        Question(date(2026, 1, 15), "Not attached", None, id=15),
    ]
    moved = roll_over(questions, apps, TODAY)
    assert {q.id: q.appointment_id for q in moved} == {10: 4, 12: 4, 13: 4}


def test_roll_over_without_a_booked_visit_keeps_the_question_where_it_is():
    apps = [_app(date(2026, 2, 1), 1, AppointmentStatus.DONE)]
    assert roll_over([Question(date(2026, 1, 10), "Q", 1, id=1)], apps, TODAY) == []


def test_end_defaults_to_thirty_minutes():
    visit = Appointment(date(2026, 3, 1), time(23, 45))
    assert end_of(visit).isoformat() == "2026-03-02T00:15:00"


def test_good_fields_are_read():
    values, problems = parse_appointment_fields("2026-03-14", "10:30", "11:00")
    assert problems == []
    assert values == (date(2026, 3, 14), time(10, 30), time(11, 0))
    assert parse_appointment_fields("2026-03-14", "10:30", " ")[0][2] is None


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (("", "10:30", ""), "date", "Give the date of the visit."),
        (
            ("2026-02-30", "10:30", ""),
            "date",
            "The date 2026-02-30 is not a real date; write it like 2025-03-14.",
        ),
        (
            ("2026-03-14", "25:61", ""),
            "time",
            "The time 25:61 is not a time of day; write it like 10:30.",
        ),
        (("2026-03-14", "", ""), "time", "Give the time of the visit, like 10:30."),
        (
            ("2026-03-14", "10:30", "10:00"),
            "end_time",
            "The visit ends before it starts; check the end time.",
        ),
        (
            ("2026-03-14", "10:30", "9"),
            "end_time",
            "The end time 9 is not a time of day; write it like 11:00.",
        ),
    ],
)
def test_bad_input_gives_one_plain_sentence(fields, field, message):
    values, problems = parse_appointment_fields(*fields)
    assert values is None
    assert len(problems) == 1
    assert problems[0].field == field
    assert problems[0].text() == message
