"""Visits of the made-up patient: 3-monthly haematology, neurology, endocrinology, physio.

Past visits are done (one was cancelled), two visits are still to come with the questions
the patient means to ask; older questions carry the doctor's answers.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from poems_tracker.demo.story import Story
from poems_tracker.domain.appointments import add_months
from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.store.appointments import save_appointment, save_question
from poems_tracker.store.database import Database

_HAEM = ("Dr. A. Haematologist", "haematology", "City Hospital, clinic 4")
_NEURO = ("Dr. N. Neuro", "neurology", "City Hospital, neurology wing")
_ENDO = ("Dr. E. Endo", "endocrinology", "Health Centre East")
_PHYSIO = ("Sam Physio", "physiotherapy", "Physio Practice, Market Street")

_ANSWERED = (
    ("Should I keep taking aspirin?", "Yes, keep going; recheck in 3 months."),
    (
        "Why are my feet worse at night?",
        "Common with neuropathy; try the gabapentin dose at night.",
    ),
    ("Is the VEGF level going down?", "Yes, about half of the first value."),
    ("Can I drive with numb feet?", "Not until the feeling is better; we will test again."),
    ("Do I need a new nerve test?", "Yes, in six months."),
    ("Is the swelling in my ankles from the treatment?", "Partly; the water tablet helps."),
)
_OPEN = (
    ("When can I go back to work part-time?", "haematology"),
    ("Should the VEGF be checked every visit?", "haematology"),
    ("Is the tingling in my hands expected to improve further?", "neurology"),
    ("Would splints at night help my hands?", "neurology"),
)


def _weekday(day: date) -> date:
    """Clinics are closed at the weekend: move to the Monday after."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _series(first: date, months: int, until: date) -> list[date]:
    days, n = [], 0
    while (day := add_months(first, months * n)) <= until:
        days.append(_weekday(day))
        n += 1
    return days


def generate(db: Database, story: Story, rng: random.Random) -> int:
    today = story.today
    planned: list[tuple[date, tuple[str, str, str], str, time]] = []
    # Haematology every 3 months from the diagnosis, on to the first visit after today.
    haem = _series(story.diagnosis, 3, add_months(today, 3))
    planned += [(d, _HAEM, "3-month follow-up", time(10, 30)) for d in haem]
    neuro_first = story.diagnosis + timedelta(days=10)
    neuro = _series(neuro_first, 6, add_months(today, 6))
    planned += [
        (d, _NEURO, "nerve conduction study" if i % 2 == 0 else "check-up", time(14, 0))
        for i, d in enumerate(neuro)
    ]
    endo = _series(story.diagnosis + timedelta(days=30), 6, today - timedelta(days=1))
    planned += [(d, _ENDO, "hormone check", time(9, 15)) for d in endo]
    physio_start = story.treatment_start + timedelta(days=21)
    physio = [_weekday(physio_start + timedelta(days=14 * n)) for n in range(12)]
    planned += [(d, _PHYSIO, "hand and leg exercises", time(16, 0)) for d in physio if d < today]

    saved: list[Appointment] = []
    coming_seen: set[str] = set()
    for day, (provider, specialty, place), purpose, at in sorted(planned, key=lambda p: p[0]):
        if day >= today:
            if specialty in coming_seen:  # only the next visit of each is booked
                continue
            coming_seen.add(specialty)
            status = AppointmentStatus.PLANNED
        else:
            status = AppointmentStatus.DONE
        length = 60 if specialty == "physiotherapy" else 30
        end = (
            None
            if specialty == "neurology"
            else (datetime.combine(day, at) + timedelta(minutes=length)).time()
        )
        note = (
            "Bring the symptom report."
            if specialty == "haematology" and rng.random() < 0.3
            else ""
        )
        saved.append(
            save_appointment(
                db, Appointment(day, at, provider, specialty, place, purpose, status, note, end)
            )
        )
    done_physio = [a for a in saved if a.specialty == "physiotherapy"]
    if done_physio:  # one visit the patient had to call off
        cancelled = rng.choice(done_physio)
        saved[saved.index(cancelled)] = save_appointment(
            db,
            Appointment(
                cancelled.day,
                cancelled.at,
                cancelled.provider,
                cancelled.specialty,
                cancelled.location,
                cancelled.purpose,
                AppointmentStatus.CANCELLED,
                "Too tired after treatment; called to cancel.",
                cancelled.end_at,
                cancelled.id,
            ),
        )

    past_haem = [
        a for a in saved if a.specialty == "haematology" and a.status is AppointmentStatus.DONE
    ]
    for app, (text, answer) in zip(reversed(past_haem), _ANSWERED, strict=False):
        asked = app.day - timedelta(days=rng.randint(5, 40))
        save_question(db, Question(asked, text, app.id, True, answer))
    for text, specialty in _OPEN:
        target = next(
            (
                a
                for a in saved
                if a.specialty == specialty and a.status is AppointmentStatus.PLANNED
            ),
            None,
        )
        asked = today - timedelta(days=rng.randint(1, 30))
        save_question(db, Question(asked, text, target.id if target else None))
    return len(saved)
