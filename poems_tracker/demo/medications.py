"""A realistic regimen history: lenalidomide + dexamethasone cycles with aspirin beside them,
nerve-pain medicines, levothyroxine later on, mostly-taken doses with some missed and
skipped ones and gaps, and the treatment events that frame them."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from poems_tracker.demo.story import Story
from poems_tracker.domain.models import Dose, DoseStatus, EventKind, Medication, TreatmentEvent
from poems_tracker.domain.schedules import parse_schedule
from poems_tracker.store.database import Database
from poems_tracker.store.medications import add_doses, save_event, save_medication


def _status(rng: random.Random) -> DoseStatus | None:
    """Mostly taken; now and then missed or skipped; a few left unrecorded (None)."""
    roll = rng.random()
    if roll < 0.90:
        return DoseStatus.TAKEN
    if roll < 0.95:
        return DoseStatus.MISSED
    if roll < 0.97:
        return DoseStatus.SKIPPED
    return None


def _scheduled_doses(med: Medication, last: date, rng: random.Random) -> list[Dose]:
    schedule = parse_schedule(med.schedule)
    end = last if med.end_date is None else min(last, med.end_date)
    doses = []
    day = med.start_date
    while day <= end:
        due = schedule.doses_on(day, med.start_date)
        for slot in range(due):
            status = _status(rng)
            if status is None:
                continue
            if schedule.times:
                at = schedule.times[slot]
            else:  # marked when it was taken: morning, give or take
                at = time(7 + 12 * slot, rng.randrange(0, 60))
            doses.append(Dose(med.id, day, at, med.dose, med.unit, status))  # type: ignore[arg-type]
        day += timedelta(days=1)
    return doses


def _as_needed_doses(med: Medication, last: date, story: Story, rng: random.Random) -> list[Dose]:
    end = last if med.end_date is None else min(last, med.end_date)
    doses = []
    day = med.start_date
    while day <= end:
        pain = 1 - story.recovery(day)
        count = sum(rng.random() < 0.45 * pain for _ in range(3))
        for hour in rng.sample((8, 13, 18, 22), count):
            doses.append(
                Dose(
                    med.id,
                    day,
                    time(hour, rng.randrange(0, 60)),
                    med.dose,  # type: ignore[arg-type]
                    med.unit,
                    DoseStatus.TAKEN,
                )
            )
        day += timedelta(days=1)
    return doses


def generate(db: Database, story: Story, rng: random.Random) -> int:
    """Courses, doses and events for STORY; returns the number of dose rows written."""
    yesterday = story.today - timedelta(days=1)
    cycles_end = story.treatment_start + timedelta(days=story.cycles * story.cycle_length - 1)
    course_end = cycles_end if cycles_end < story.today else None
    start = story.treatment_start
    first_month = story.first_day + timedelta(days=10)
    plan = [
        Medication(
            "Lenalidomide",
            25,
            "mg",
            f"cycle 1-21 of {story.cycle_length}",
            start,
            course_end,
            "POEMS first-line treatment",
        ),
        Medication(
            "Dexamethasone", 40, "mg", "weekly on Mon", start, course_end, "with lenalidomide"
        ),
        Medication("Aspirin", 100, "mg", "daily", start, None, "clot prevention"),
        Medication(
            "Tramadol",
            50,
            "mg",
            "as needed, max 4 per day",
            first_month,
            min(start + timedelta(days=60), story.today),
            "nerve pain",
            "short course only",
        ),
        Medication(
            "Pregabalin",
            75,
            "mg",
            "twice daily at 08:00,20:00",
            story.first_day + timedelta(days=30),
            None,
            "nerve pain",
        ),
    ]
    thyroid_start = story.diagnosis + timedelta(days=365)
    if thyroid_start < story.today:
        plan.append(
            Medication(
                "Levothyroxine",
                50,
                "µg",
                "daily at 07:00",
                thyroid_start,
                None,
                "underactive thyroid",
            )
        )
    doses: list[Dose] = []
    for planned in plan:
        if planned.start_date > story.today:
            continue
        med = save_medication(db, planned)
        if parse_schedule(med.schedule).as_needed:
            doses += _as_needed_doses(med, yesterday, story, rng)
        else:
            doses += _scheduled_doses(med, yesterday, rng)
    _events(db, story)
    return add_doses(db, doses)


def _events(db: Database, story: Story) -> None:
    admitted = story.diagnosis - timedelta(days=6)
    if admitted >= story.first_day:
        save_event(
            db,
            TreatmentEvent(
                admitted,
                EventKind.HOSPITAL,
                "Admitted for tests: nerve studies, bone scan, VEGF",
                story.diagnosis - timedelta(days=2),
            ),
        )
    save_event(
        db, TreatmentEvent(story.diagnosis, EventKind.DIAGNOSIS, "POEMS syndrome confirmed")
    )
    if story.treatment_start <= story.today:
        save_event(
            db,
            TreatmentEvent(
                story.treatment_start,
                EventKind.CHEMOTHERAPY,
                f"Lenalidomide + dexamethasone, {story.cycles} cycles",
                story.treatment_end if story.treatment_end < story.today else None,
            ),
        )
