"""Random values at the save paths behind every other form (medicine, dose, lab result,
appointment, question, treatment event): each either stores the record or refuses it with
one plain sentence (a PoemsError), and a refusal leaves the database exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from poems_tracker.domain import lab_catalog
from poems_tracker.domain.labs import check_result
from poems_tracker.domain.models import (
    Appointment,
    AppointmentStatus,
    Dose,
    DoseStatus,
    EventKind,
    LabQualifier,
    LabResult,
    Medication,
    Question,
    TreatmentEvent,
)
from poems_tracker.errors import PoemsError
from poems_tracker.store import appointments, labs, medications
from poems_tracker.store.database import Database

TODAY = date(2026, 11, 25)
FUZZ = settings(max_examples=150, deadline=None, database=None)

DAYS = st.dates(date(1950, 1, 1), date(2060, 12, 31))
TEXT = st.text(max_size=60) | st.sampled_from(
    ["", " ", "Lenalidomide", "VEGF (serum)", "M-protein (SPEP)", "x" * 500]
)
NUMBERS = (
    st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(-5, 5000)
    | st.sampled_from([0.0, 0.1, 25.0, 1e308])
)
UNITS = st.sampled_from(["mg", "g", "µg", "ml", "tablet", "pg/mL", "g/dL", "", "furlongs"])
SCHEDULES = st.sampled_from(
    [
        "daily",
        "daily at 08:00,14:00",
        "daily at 14:00,08:00",
        "twice daily",
        "every 2 days",
        "weekly on Mon,Thu",
        "weekly on Funday",
        "as needed",
        "as needed, max 4 per day",
        "cycle 1-21 of 28",
        "cycle 30-2 of 28",
        "",
        "whenever",
    ]
) | st.text(max_size=20)
TIMES = st.times().map(lambda t: time(t.hour, t.minute))


def _fresh() -> Database:
    db = Database.in_memory()
    medications.save_medication(
        db, Medication("Dexamethasone", 40, "mg", "weekly on Mon", date(2026, 1, 5))
    )
    return db


def _refused_or_stored(save: Callable[[Database], object]) -> None:
    db = _fresh()
    try:
        before = list(db.conn.iterdump())
        message = None
        try:
            save(db)
        except PoemsError as exc:
            message = exc.message
        if message is not None:
            assert message.strip()  # one plain sentence for the patient
            assert list(db.conn.iterdump()) == before  # nothing half-written
        assert not db.conn.in_transaction
    finally:
        db.close()


@FUZZ
@given(
    name=TEXT,
    dose=NUMBERS,
    unit=UNITS,
    schedule=SCHEDULES,
    start=DAYS,
    end=st.none() | DAYS,
    note=TEXT,
)
def test_random_medicines(
    name: str, dose: float, unit: str, schedule: str, start: date, end: date | None, note: str
) -> None:
    med = Medication(name, dose, unit, schedule, start, end, note=note)
    _refused_or_stored(lambda db: medications.save_medication(db, med))


@FUZZ
@given(day=DAYS, at=TIMES, dose=NUMBERS, unit=UNITS, status=st.sampled_from(DoseStatus), note=TEXT)
def test_random_doses(
    day: date, at: time, dose: float, unit: str, status: DoseStatus, note: str
) -> None:
    def save(db: Database) -> None:
        med_id = medications.list_medications(db)[0].id
        medications.mark_dose(db, Dose(med_id, day, at, dose, unit, status, note))

    _refused_or_stored(save)


@FUZZ
@given(
    day=DAYS,
    test=TEXT,
    value=st.none() | NUMBERS,
    unit=UNITS,
    qualifier=st.sampled_from(LabQualifier),
    text=TEXT,
    low=st.none() | NUMBERS,
    high=st.none() | NUMBERS,
    loinc=st.sampled_from(["", "12345-6", "nope"]),
)
def test_random_lab_results(
    day: date,
    test: str,
    value: float | None,
    unit: str,
    qualifier: LabQualifier,
    text: str,
    low: float | None,
    high: float | None,
    loinc: str,
) -> None:
    result = LabResult(day, test, value, unit, qualifier, text, low, high, loinc)

    def save(db: Database) -> None:
        # the form's path: check first, store only a result without problems
        problems = check_result(result, lab_catalog.find_test(test), TODAY)
        if problems:
            assert all(p.text().strip() for p in problems)
            return
        labs.save_result(db, result)

    _refused_or_stored(save)


@FUZZ
@given(
    day=DAYS,
    at=TIMES,
    end=st.none() | TIMES,
    provider=TEXT,
    purpose=TEXT,
    status=st.sampled_from(AppointmentStatus),
)
def test_random_appointments(
    day: date, at: time, end: time | None, provider: str, purpose: str, status: AppointmentStatus
) -> None:
    visit = Appointment(day, at, provider, purpose=purpose, status=status, end_at=end)
    _refused_or_stored(lambda db: appointments.save_appointment(db, visit, update_same_key=False))


@FUZZ
@given(added=DAYS, question=TEXT, answered=st.booleans(), answer=TEXT)
def test_random_questions(added: date, question: str, answered: bool, answer: str) -> None:
    asked = Question(added, question, None, answered, answer)
    _refused_or_stored(lambda db: appointments.save_question(db, asked))


@FUZZ
@given(start=DAYS, end=st.none() | DAYS, kind=st.sampled_from(EventKind), text=TEXT)
def test_random_treatment_events(
    start: date, end: date | None, kind: EventKind, text: str
) -> None:
    event = TreatmentEvent(start, kind, text, end)
    _refused_or_stored(lambda db: medications.save_event(db, event))
