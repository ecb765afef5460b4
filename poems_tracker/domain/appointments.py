"""Visits and the questions to ask at them: follow-up dates, roll-over, validation.

Follow-up in POEMS is at least every 3 months for years (domain.md), so "book the next
visit in 3 months" must land on a real date even from the 30th or 31st of a month.
Pure Python: takes `today` as an argument and never reads the clock or the database.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.domain.numbers import parse_date, parse_time
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import Problem

#: How long a visit lasts when no end time is given (interfaces.md, iCalendar export).
DEFAULT_LENGTH = timedelta(minutes=30)

#: Specialties offered in the window; the patient may type any other.
SPECIALTIES: tuple[str, ...] = (
    N_("specialty", "haematology"),
    N_("specialty", "neurology"),
    N_("specialty", "endocrinology"),
    N_("specialty", "physiotherapy"),
    N_("specialty", "cardiology"),
    N_("specialty", "nephrology"),
    N_("specialty", "dermatology"),
    N_("specialty", "general practice"),
)

STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.PLANNED: N_("status", "Planned"),
    AppointmentStatus.DONE: N_("status", "Done"),
    AppointmentStatus.CANCELLED: N_("status", "Cancelled"),
}


def add_months(day: date, months: int) -> date:
    """DAY moved by MONTHS calendar months; a day the target month lacks becomes its last day.

    30 November + 3 months is 28 February (29 in a leap year), never 2 or 3 March: a
    patient told "come back in 3 months" expects the same month three months on.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def follow_up_date(day: date, months: int = 3) -> date:
    """The date of the follow-up visit MONTHS after DAY (month-end safe)."""
    return add_months(day, months)


def follow_up(app: Appointment, months: int = 3) -> Appointment:
    """A planned copy of APP MONTHS later: same provider, place and times, fresh notes."""
    return replace(
        app,
        day=follow_up_date(app.day, months),
        status=AppointmentStatus.PLANNED,
        note="",
        id=None,
    )


def start_of(app: Appointment) -> datetime:
    return datetime.combine(app.day, app.at)


def end_of(app: Appointment) -> datetime:
    """The end time, or 30 minutes after the start when none was given."""
    if app.end_at is not None:
        return datetime.combine(app.day, app.end_at)
    return start_of(app) + DEFAULT_LENGTH


def sort_key(app: Appointment) -> tuple[date, time, str]:
    return app.day, app.at, app.provider.casefold()


def is_upcoming(app: Appointment, today: date) -> bool:
    """Planned and not before today: a visit the patient still has to go to."""
    return app.status is AppointmentStatus.PLANNED and app.day >= today


def upcoming(apps: Iterable[Appointment], today: date) -> list[Appointment]:
    return sorted((a for a in apps if is_upcoming(a, today)), key=sort_key)


def past(apps: Iterable[Appointment], today: date) -> list[Appointment]:
    """Everything that is not upcoming, newest first (cancelled future visits included)."""
    return sorted((a for a in apps if not is_upcoming(a, today)), key=sort_key, reverse=True)


def next_appointment(apps: Iterable[Appointment], today: date) -> Appointment | None:
    """The first planned visit on or after TODAY, or None."""
    coming = upcoming(apps, today)
    return coming[0] if coming else None


def roll_over(
    questions: Iterable[Question], apps: Sequence[Appointment], today: date
) -> list[Question]:
    """Unanswered questions whose visit is over (past, done or cancelled), moved to the next
    planned visit. Returns only the questions that changed.

    Patients forget what they meant to ask; a question left open at one visit must show up
    again for the next one. With no visit booked yet, the question stays where it is and
    rolls as soon as one is.
    """
    target = next_appointment(apps, today)
    if target is None or target.id is None:
        return []
    by_id = {a.id: a for a in apps}
    moved = []
    for question in questions:
        if question.answered or question.appointment_id is None:
            continue
        attached = by_id.get(question.appointment_id)
        if attached is None or is_upcoming(attached, today):
            continue
        if attached.id != target.id:
            moved.append(replace(question, appointment_id=target.id))
    return moved


def questions_for(questions: Iterable[Question], app_id: int | None) -> list[Question]:
    """The questions attached to one visit, oldest first, open ones before answered."""
    return sorted(
        (q for q in questions if q.appointment_id == app_id and app_id is not None),
        key=lambda q: (q.answered, q.added, q.question.casefold()),
    )


# -- validation ------------------------------------------------------------------------------


def check_appointment(app: Appointment) -> list[Problem]:
    """Rules a visit keeps before it is stored: a real end after its start."""
    if app.end_at is not None and app.end_at < app.at:
        return [
            Problem(
                "end_time", N_("errors", "The visit ends before it starts; check the end time.")
            )
        ]
    return []


def parse_appointment_fields(
    date_text: str, time_text: str, end_text: str = ""
) -> tuple[tuple[date, time, time | None] | None, list[Problem]]:
    """Read date, time and end time as typed; each problem is one plain sentence.

    Returns ((day, at, end_at), []) when all is well, else (None, problems).
    """
    problems: list[Problem] = []
    day = at = end_at = None
    if not date_text.strip():
        problems.append(Problem("date", N_("errors", "Give the date of the visit.")))
    else:
        try:
            day = parse_date(date_text)
        except ValueError:
            problems.append(
                Problem(
                    "date",
                    N_("errors", "The date {text} is not a real date; write it like 2025-03-14."),
                    (("text", date_text.strip()),),
                )
            )
    if not time_text.strip():
        problems.append(Problem("time", N_("errors", "Give the time of the visit, like 10:30.")))
    else:
        try:
            at = parse_time(time_text)
        except ValueError:
            problems.append(
                Problem(
                    "time",
                    N_("errors", "The time {text} is not a time of day; write it like 10:30."),
                    (("text", time_text.strip()),),
                )
            )
    if end_text.strip():
        try:
            end_at = parse_time(end_text)
        except ValueError:
            problems.append(
                Problem(
                    "end_time",
                    N_("errors", "The end time {text} is not a time of day; write it like 11:00."),
                    (("text", end_text.strip()),),
                )
            )
    if problems or day is None or at is None:
        return None, problems
    if end_at is not None and end_at < at:
        return None, [
            Problem(
                "end_time", N_("errors", "The visit ends before it starts; check the end time.")
            )
        ]
    return (day, at, end_at), []


def check_question(text: str) -> list[Problem]:
    if not text.strip():
        return [Problem("question", N_("errors", "Write the question first."))]
    return []
