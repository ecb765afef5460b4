"""Medicines, doses and treatment events are stored safely: bad input stores nothing,
stopping keeps history, deleting with doses asks to be explicit."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from poems_tracker.domain.adherence import DayCounts
from poems_tracker.domain.medication_catalog import MEDICINES, find_medicine
from poems_tracker.domain.medication_rules import (
    check_dose,
    dose_outside_course,
    normalise_unit,
    over_daily_maximum,
)
from poems_tracker.domain.models import Dose, DoseStatus, EventKind, Medication, TreatmentEvent
from poems_tracker.domain.schedules import parse_schedule
from poems_tracker.errors import ValidationError
from poems_tracker.store import medications as store


def _lenalidomide(**changes: object) -> Medication:
    values: dict[str, object] = {
        "name": "Lenalidomide",
        "dose": 25,
        "unit": "mg",
        "schedule": "cycle 1-21 of 28",
        "start_date": date(2024, 1, 1),
        "reason": "POEMS first-line",
    }
    values.update(changes)
    return Medication(**values)  # type: ignore[arg-type]


def _counts(db) -> dict[str, int]:
    return {
        t: db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("medications", "doses", "events")
    }


def test_save_list_and_update_a_course(db) -> None:
    saved = store.save_medication(db, _lenalidomide())
    assert saved.id is not None
    assert store.list_medications(db) == [saved]
    changed = store.save_medication(db, _lenalidomide(id=saved.id, dose=15, note="reduced"))
    assert store.get_medication(db, saved.id) == changed
    assert store.list_medications(db)[0].dose == 15


def test_unit_spellings_are_forgiven_and_stored_once(db) -> None:
    saved = store.save_medication(
        db, _lenalidomide(name="Levothyroxine", unit="mcg", dose=50, schedule="daily")
    )
    assert saved.unit == "µg"
    assert normalise_unit("ML") == "mL"
    assert normalise_unit("furlongs") is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"end_date": date(2023, 12, 31)}, "end_date", "before the first day"),
        ({"dose": 0}, "dose", "more than 0"),
        ({"dose": -5}, "dose", "more than 0"),
        ({"dose": 250_000}, "dose", "not believable"),
        ({"unit": "buckets"}, "unit", "not a unit"),
        ({"schedule": "cycle 1-30 of 28"}, "schedule", "outside a 28-day cycle"),
        ({"schedule": "sometimes"}, "schedule", "not a schedule"),
        ({"name": "  "}, "name", "name"),
    ],
)
def test_bad_courses_store_nothing(db, changes: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        store.save_medication(db, _lenalidomide(**changes))
    assert caught.value.field == field
    assert _counts(db)["medications"] == 0


def test_courses_of_one_medicine_never_overlap(db) -> None:
    first = store.save_medication(db, _lenalidomide(end_date=date(2024, 3, 31)))
    with pytest.raises(ValidationError, match="cannot overlap"):
        store.save_medication(db, _lenalidomide(name="lenalidomide", start_date=date(2024, 3, 31)))
    second = store.save_medication(db, _lenalidomide(start_date=date(2024, 4, 1)))
    assert [m.id for m in store.list_medications(db)] == [first.id, second.id]
    # Re-opening the first course would now overlap the second one.
    with pytest.raises(ValidationError, match="cannot overlap"):
        store.save_medication(db, _lenalidomide(id=first.id, end_date=None))


def test_stop_keeps_the_course_and_its_doses(db) -> None:
    med = store.save_medication(db, _lenalidomide())
    store.mark_dose(db, Dose(med.id, date(2024, 1, 2), time(8), 25, "mg", DoseStatus.TAKEN))
    stopped = store.stop_medication(db, med.id, date(2024, 2, 1))
    assert stopped.end_date == date(2024, 2, 1)
    assert store.get_medication(db, med.id).end_date == date(2024, 2, 1)
    assert len(store.list_doses(db, medication_id=med.id)) == 1
    with pytest.raises(ValidationError, match="before it started"):
        store.stop_medication(db, med.id, date(2023, 12, 1))


def test_delete_refuses_while_doses_exist_unless_asked(db) -> None:
    med = store.save_medication(db, _lenalidomide())
    store.mark_dose(db, Dose(med.id, date(2024, 1, 2), time(8), 25, "mg", DoseStatus.TAKEN))
    with pytest.raises(ValidationError, match="stop it instead"):
        store.delete_medication(db, med.id)
    assert _counts(db) == {"medications": 1, "doses": 1, "events": 0}
    store.delete_medication(db, med.id, with_doses=True)
    assert _counts(db) == {"medications": 0, "doses": 0, "events": 0}
    empty = store.save_medication(db, _lenalidomide())
    store.delete_medication(db, empty.id)
    assert store.list_medications(db) == []


def test_mark_dose_upserts_by_course_day_and_time(db) -> None:
    med = store.save_medication(db, _lenalidomide())
    day = date(2024, 1, 3)
    first = store.mark_dose(db, Dose(med.id, day, time(8), 25, "mg", DoseStatus.MISSED))
    again = store.mark_dose(db, Dose(med.id, day, time(8), 25, "mg", DoseStatus.TAKEN, "late"))
    assert again.id == first.id
    assert store.list_doses(db) == [again]
    moved = store.mark_dose(
        db, Dose(med.id, day, time(9, 30), 25, "mg", DoseStatus.TAKEN, id=first.id)
    )
    assert store.list_doses(db) == [moved]
    store.delete_dose(db, first.id)
    assert store.list_doses(db) == []
    with pytest.raises(ValidationError):
        store.mark_dose(db, Dose(med.id, day, time(8), 0, "mg", DoseStatus.TAKEN))
    assert store.list_doses(db) == []


def test_list_doses_filters_and_counts(db) -> None:
    med = store.save_medication(
        db, _lenalidomide(name="Pregabalin", schedule="twice daily", dose=75)
    )
    other = store.save_medication(db, _lenalidomide(name="Aspirin", schedule="daily", dose=100))
    written = store.add_doses(
        db,
        [
            Dose(med.id, date(2024, 1, 1), time(8), 75, "mg", DoseStatus.TAKEN),
            Dose(med.id, date(2024, 1, 1), time(20), 75, "mg", DoseStatus.MISSED),
            Dose(med.id, date(2024, 1, 2), time(8), 75, "mg", DoseStatus.SKIPPED),
            Dose(other.id, date(2024, 1, 2), time(9), 100, "mg", DoseStatus.TAKEN),
        ],
    )
    assert written == 4
    assert len(store.list_doses(db, start=date(2024, 1, 2))) == 2
    assert len(store.list_doses(db, end=date(2024, 1, 1), medication_id=med.id)) == 2
    assert [d.at for d in store.list_doses(db, medication_id=med.id)] == [
        time(8),
        time(20),
        time(8),
    ]
    counts = store.dose_counts(db)
    assert counts[med.id][date(2024, 1, 1)] == DayCounts(1, 1, 0)
    assert counts[med.id][date(2024, 1, 2)] == DayCounts(0, 0, 1)
    assert counts[other.id] == {date(2024, 1, 2): DayCounts(1, 0, 0)}


def test_events_crud(db) -> None:
    diagnosis = store.save_event(
        db, TreatmentEvent(date(2023, 4, 20), EventKind.DIAGNOSIS, "POEMS syndrome confirmed")
    )
    chemo = store.save_event(
        db,
        TreatmentEvent(
            date(2023, 5, 5),
            EventKind.CHEMOTHERAPY,
            "Lenalidomide + dexamethasone",
            date(2024, 1, 11),
        ),
    )
    assert store.list_events(db) == [diagnosis, chemo]
    edited = store.save_event(
        db,
        TreatmentEvent(
            date(2023, 5, 5), EventKind.CHEMOTHERAPY, "9 cycles", date(2024, 1, 11), chemo.id
        ),
    )
    assert store.list_events(db)[1] == edited
    with pytest.raises(ValidationError, match="already an event"):
        store.save_event(db, TreatmentEvent(date(2023, 4, 20), EventKind.DIAGNOSIS, "again"))
    with pytest.raises(ValidationError, match="before the start"):
        store.save_event(
            db, TreatmentEvent(date(2023, 6, 1), EventKind.HOSPITAL, "", date(2023, 5, 1))
        )
    store.delete_event(db, diagnosis.id)
    assert store.list_events(db) == [edited]


def test_dose_rules() -> None:
    med = _lenalidomide(end_date=date(2024, 1, 31))
    assert dose_outside_course(med, date(2024, 1, 15)) is None
    outside = dose_outside_course(med, date(2024, 2, 1))
    assert outside is not None
    assert "was not being taken on 2024-02-01" in outside.text()
    future = Dose(1, date(2024, 3, 2), time(8), 25, "mg", DoseStatus.TAKEN)
    assert [p.field for p in check_dose(future, date(2024, 3, 1))] == ["date"]
    tramadol = _lenalidomide(name="Tramadol", schedule="as needed, max 4 per day")
    assert over_daily_maximum(tramadol, 3) is None
    warning = over_daily_maximum(tramadol, 4)
    assert warning is not None
    assert "dose 5 of Tramadol" in warning.text()


def test_catalogue_is_complete_and_its_suggestions_are_valid() -> None:
    names = {m.name for m in MEDICINES}
    assert {
        "Lenalidomide",
        "Dexamethasone",
        "Melphalan",
        "Thalidomide",
        "Bortezomib",
        "Tramadol",
        "Gabapentin",
        "Pregabalin",
        "Duloxetine",
        "Amitriptyline",
        "Aspirin",
        "Levothyroxine",
        "Testosterone",
        "Furosemide",
        "Spironolactone",
    } <= names
    assert find_medicine("  lenalidomide ") is find_medicine("LENALIDOMIDE")
    assert find_medicine("unknown pill") is None
    assert "neuropathy" in find_medicine("bortezomib").note
    for medicine in MEDICINES:
        parse_schedule(medicine.schedule)
        assert normalise_unit(medicine.unit) == medicine.unit
        if medicine.note:
            assert medicine.source, medicine.name


def test_demo_regimen_is_realistic_and_valid(db) -> None:
    import random

    from poems_tracker.demo import medications as demo
    from poems_tracker.demo.story import Story

    today = date(2026, 11, 25)
    story = Story.for_span(2, today)
    with db.transaction():
        written = demo.generate(db, story, random.Random(7))
    meds = {m.name: m for m in store.list_medications(db)}
    assert {"Lenalidomide", "Dexamethasone", "Aspirin", "Tramadol", "Pregabalin"} <= set(meds)
    assert meds["Lenalidomide"].schedule == "cycle 1-21 of 28"
    assert meds["Lenalidomide"].start_date == story.treatment_start
    assert meds["Lenalidomide"].end_date == story.treatment_start + timedelta(days=9 * 28 - 1)
    assert meds["Aspirin"].end_date is None
    doses = store.list_doses(db)
    assert len(doses) == written
    assert max(d.day for d in doses) < today
    statuses = [d.status for d in doses]
    assert 0.85 < statuses.count(DoseStatus.TAKEN) / len(statuses) < 0.97
    assert DoseStatus.MISSED in statuses
    assert DoseStatus.SKIPPED in statuses
    lenalidomide = [d for d in doses if d.medication_id == meds["Lenalidomide"].id]
    schedule = parse_schedule(meds["Lenalidomide"].schedule)
    assert all(schedule.is_on_day(d.day, story.treatment_start) for d in lenalidomide)
    kinds = [e.kind for e in store.list_events(db)]
    assert EventKind.DIAGNOSIS in kinds
    assert EventKind.CHEMOTHERAPY in kinds
