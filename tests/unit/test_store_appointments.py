"""Visits and questions in the database: natural keys, bad input, roll-over, demo data."""

from __future__ import annotations

import random
from datetime import date, time

import pytest

from poems_tracker.demo.appointments import generate
from poems_tracker.demo.story import Story
from poems_tracker.domain.appointments import next_appointment
from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.errors import ValidationError
from poems_tracker.store.appointments import (
    answer_question,
    count_appointments,
    delete_appointment,
    delete_question,
    find_appointment,
    get_appointment,
    list_appointments,
    list_questions,
    roll_over_questions,
    save_appointment,
    save_question,
    set_status,
)

VISIT = Appointment(
    date(2026, 3, 9),
    time(10, 30),
    "Dr. A. Haematologist",
    "haematology",
    "City Hospital, clinic 4",
    "3-month follow-up",
    end_at=time(11, 0),
)


def test_a_saved_visit_comes_back_whole(db):
    saved = save_appointment(db, VISIT)
    assert saved.id is not None
    assert list_appointments(db) == [saved]
    assert get_appointment(db, saved.id) == saved
    assert find_appointment(db, VISIT.day, VISIT.at, VISIT.provider) == saved


def test_the_same_visit_saved_twice_is_stored_once(db):
    first = save_appointment(db, VISIT)
    again = save_appointment(
        db, Appointment(VISIT.day, VISIT.at, VISIT.provider, purpose="changed purpose")
    )
    assert again.id == first.id
    assert count_appointments(db) == 1
    assert list_appointments(db)[0].purpose == "changed purpose"


def test_moving_a_visit_onto_another_one_is_refused_and_nothing_changes(db):
    first = save_appointment(db, VISIT)
    other = save_appointment(db, Appointment(date(2026, 4, 1), time(10, 30), VISIT.provider))
    with pytest.raises(ValidationError, match="already a visit"):
        save_appointment(db, Appointment(VISIT.day, VISIT.at, VISIT.provider, id=other.id))
    assert get_appointment(db, other.id).day == date(2026, 4, 1)
    assert get_appointment(db, first.id) == first


def test_the_window_never_overwrites_another_visit_with_a_new_one(db):
    first = save_appointment(db, VISIT)
    with pytest.raises(ValidationError, match=r"already a visit with Dr\. A\. Haematologist"):
        save_appointment(
            db,
            Appointment(VISIT.day, VISIT.at, VISIT.provider, purpose="x"),
            update_same_key=False,
        )
    assert list_appointments(db) == [first]


def test_an_end_before_the_start_is_refused_and_nothing_is_stored(db):
    with pytest.raises(ValidationError) as caught:
        save_appointment(db, Appointment(VISIT.day, time(10, 30), end_at=time(10, 0)))
    assert caught.value.message == "The visit ends before it starts; check the end time."
    assert list_appointments(db) == []


def test_list_by_date_range(db):
    for month in (1, 3, 5):
        save_appointment(db, Appointment(date(2026, month, 2), time(9, 0), "Dr X"))
    found = list_appointments(db, start=date(2026, 2, 1), end=date(2026, 5, 2))
    assert [a.day.month for a in found] == [3, 5]


def test_status_can_be_set(db):
    saved = save_appointment(db, VISIT)
    set_status(db, saved.id, AppointmentStatus.CANCELLED)
    assert get_appointment(db, saved.id).status is AppointmentStatus.CANCELLED


def test_deleting_a_visit_keeps_its_questions(db):
    saved = save_appointment(db, VISIT)
    question = save_question(db, Question(date(2026, 2, 1), "Aspirin?", saved.id))
    delete_appointment(db, saved.id)
    assert list_appointments(db) == []
    assert list_questions(db) == [Question(date(2026, 2, 1), "Aspirin?", None, id=question.id)]


def test_questions_are_added_answered_and_deleted(db):
    saved = save_appointment(db, VISIT)
    q1 = save_question(db, Question(date(2026, 2, 1), "  Keep aspirin? ", saved.id))
    q2 = save_question(db, Question(date(2026, 2, 2), "Drive with numb feet?"))
    assert q1.question == "Keep aspirin?"
    assert [q.id for q in list_questions(db, appointment_id=saved.id)] == [q1.id]
    answer_question(db, q1.id, "Yes, keep going.")
    assert [q.id for q in list_questions(db, open_only=True)] == [q2.id]
    assert list_questions(db, appointment_id=saved.id)[0].answer == "Yes, keep going."
    delete_question(db, q2.id)
    assert [q.id for q in list_questions(db)] == [q1.id]


def test_an_empty_question_is_refused(db):
    with pytest.raises(ValidationError, match="Write the question first"):
        save_question(db, Question(date(2026, 2, 1), "   "))
    assert list_questions(db) == []


def test_roll_over_moves_open_questions_once(db):
    old = save_appointment(
        db, Appointment(date(2026, 1, 5), time(9, 0), "Dr A", status=AppointmentStatus.DONE)
    )
    new = save_appointment(db, Appointment(date(2026, 4, 5), time(9, 0), "Dr A"))
    open_q = save_question(db, Question(date(2026, 1, 1), "Open one", old.id))
    done_q = save_question(db, Question(date(2026, 1, 2), "Answered", old.id, True, "yes"))
    assert roll_over_questions(db, date(2026, 3, 1)) == 1
    assert roll_over_questions(db, date(2026, 3, 1)) == 0
    by_id = {q.id: q.appointment_id for q in list_questions(db)}
    assert by_id == {open_q.id: new.id, done_q.id: old.id}


def test_demo_data_has_history_and_two_upcoming_visits_with_questions(db):
    today = date(2026, 11, 25)
    count = generate(db, Story.for_span(2, today), random.Random(1))
    apps = list_appointments(db)
    assert count == len(apps) > 15
    coming = [a for a in apps if a.status is AppointmentStatus.PLANNED]
    assert len(coming) == 2
    assert all(a.day >= today for a in coming)
    assert {a.specialty for a in apps} >= {
        "haematology",
        "neurology",
        "endocrinology",
        "physiotherapy",
    }
    assert sum(a.status is AppointmentStatus.CANCELLED for a in apps) == 1
    assert all(a.status is not AppointmentStatus.PLANNED for a in apps if a.day < today)
    for app in coming:
        assert list_questions(db, appointment_id=app.id, open_only=True)
    assert any(q.answered and q.answer for q in list_questions(db))
    assert next_appointment(apps, today).specialty == "haematology"
