"""Medicine courses, the doses marked for them, and treatment events.

Every write is one transaction and checks the domain rules that do not depend on today's
date (dates in order, known unit, a known schedule, courses of one name never overlapping),
so a bad record never reaches the file, whichever face wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, time

from poems_tracker.domain.adherence import DayCounts
from poems_tracker.domain.medication_rules import (
    check_dose_amount,
    check_event,
    check_medication,
    check_stop,
    normalise_unit,
)
from poems_tracker.domain.models import Dose, DoseStatus, EventKind, Medication, TreatmentEvent
from poems_tracker.domain.numbers import format_time
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import Problem
from poems_tracker.errors import ValidationError
from poems_tracker.store.database import Database

_MED_COLUMNS = "id, name, dose, unit, schedule, start_date, end_date, reason, note"
_DOSE_COLUMNS = "id, medication_id, date, time, dose, unit, status, note"


def _raise_first(problems: list[Problem]) -> None:
    if problems:
        first = problems[0]
        raise ValidationError(first.message, first.field, **dict(first.fields))


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


# -- medicine courses -------------------------------------------------------------------
def _row_to_medication(row: tuple) -> Medication:
    mid, name, dose, unit, schedule, start, end, reason, note = row
    return Medication(
        name, dose, unit, schedule, date.fromisoformat(start), _day(end), reason, note, mid
    )


def list_medications(db: Database) -> list[Medication]:
    """Every course, current and past: by name (ignoring case), then start date."""
    rows = db.conn.execute(
        f"SELECT {_MED_COLUMNS} FROM medications ORDER BY name COLLATE NOCASE, start_date"
    )
    return [_row_to_medication(r) for r in rows]


def get_medication(db: Database, medication_id: int) -> Medication | None:
    row = db.conn.execute(
        f"SELECT {_MED_COLUMNS} FROM medications WHERE id = ?", (medication_id,)
    ).fetchone()
    return None if row is None else _row_to_medication(row)


def save_medication(db: Database, med: Medication) -> Medication:
    """Insert MED (no id) or update the stored course with its id; returns it with its id.

    Raises ValidationError (nothing stored) when it breaks a rule, such as overlapping
    another course of the same medicine.
    """
    med = replace(med, name=med.name.strip(), unit=normalise_unit(med.unit) or med.unit)
    with db.transaction() as conn:
        _raise_first(check_medication(med, list_medications(db)))
        values = (
            med.name,
            med.dose,
            med.unit,
            med.schedule,
            med.start_date.isoformat(),
            _iso(med.end_date),
            med.reason,
            med.note,
        )
        if med.id is None:
            cursor = conn.execute(
                "INSERT INTO medications (name, dose, unit, schedule, start_date, end_date, "
                "reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return replace(med, id=cursor.lastrowid)
        cursor = conn.execute(
            "UPDATE medications SET name = ?, dose = ?, unit = ?, schedule = ?, start_date = ?, "
            "end_date = ?, reason = ?, note = ? WHERE id = ?",
            (*values, med.id),
        )
        if cursor.rowcount == 0:
            raise ValidationError(
                N_("errors", "This medicine is no longer stored; it may have been deleted."),
                "name",
            )
        return med


def stop_medication(db: Database, medication_id: int, end_date: date) -> Medication:
    """End a course on END_DATE (its last day); the course and its doses stay as history."""
    with db.transaction():
        med = get_medication(db, medication_id)
        if med is None:
            raise ValidationError(
                N_("errors", "This medicine is no longer stored; it may have been deleted."),
                "name",
            )
        _raise_first(check_stop(med, end_date))
        return save_medication(db, replace(med, end_date=end_date))


def count_doses(db: Database, medication_id: int) -> int:
    return int(
        db.conn.execute(
            "SELECT COUNT(*) FROM doses WHERE medication_id = ?", (medication_id,)
        ).fetchone()[0]
    )


def delete_medication(db: Database, medication_id: int, with_doses: bool = False) -> None:
    """Delete a course. With recorded doses it refuses unless WITH_DOSES says to delete them
    too (the window asks first and offers stopping instead)."""
    with db.transaction() as conn:
        if count_doses(db, medication_id) and not with_doses:
            raise ValidationError(
                N_(
                    "errors",
                    "This medicine has recorded doses; stop it instead, or delete its doses too.",
                ),
                "name",
            )
        conn.execute("DELETE FROM doses WHERE medication_id = ?", (medication_id,))
        conn.execute("DELETE FROM medications WHERE id = ?", (medication_id,))


# -- doses --------------------------------------------------------------------------------
def _row_to_dose(row: tuple) -> Dose:
    did, mid, day, at, dose, unit, status, note = row
    return Dose(
        mid,
        date.fromisoformat(day),
        time(int(at[:2]), int(at[3:5])),
        dose,
        unit,
        DoseStatus(status),
        note,
        did,
    )


def list_doses(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    medication_id: int | None = None,
) -> list[Dose]:
    """Doses between START and END (inclusive), optionally of one course; by date and time."""
    clauses, params = _dose_filter(start, end, medication_id)
    rows = db.conn.execute(
        f"SELECT {_DOSE_COLUMNS} FROM doses {clauses} ORDER BY date, time, medication_id", params
    )
    return [_row_to_dose(r) for r in rows]


def dose_counts(
    db: Database, start: date | None = None, end: date | None = None
) -> dict[int, dict[date, DayCounts]]:
    """medication id → day → taken/missed/skipped counts: what adherence needs, counted by
    SQLite so ten years of doses cost one quick query instead of 15,000 objects."""
    clauses, params = _dose_filter(start, end, None)
    rows = db.conn.execute(
        "SELECT medication_id, date, SUM(status = 'taken'), SUM(status = 'missed'), "
        f"SUM(status = 'skipped') FROM doses {clauses} GROUP BY medication_id, date",
        params,
    )
    counts: dict[int, dict[date, DayCounts]] = {}
    for mid, day, taken, missed, skipped in rows:
        counts.setdefault(mid, {})[date.fromisoformat(day)] = DayCounts(taken, missed, skipped)
    return counts


def _dose_filter(
    start: date | None, end: date | None, medication_id: int | None
) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    if medication_id is not None:
        clauses.append("medication_id = ?")
        params.append(medication_id)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _dose_values(dose: Dose) -> tuple[object, ...]:
    return (
        dose.medication_id,
        dose.day.isoformat(),
        format_time(dose.at),
        dose.dose,
        normalise_unit(dose.unit) or dose.unit,
        str(dose.status),
        dose.note,
    )


def mark_dose(db: Database, dose: Dose) -> Dose:
    """Record DOSE; a dose of the same course, day and time is replaced, never doubled.

    With an id, that stored dose is changed (it may move to another time)."""
    _raise_first(check_dose_amount(dose.dose, dose.unit))
    values = _dose_values(dose)
    with db.transaction() as conn:
        if get_medication(db, dose.medication_id) is None:
            raise ValidationError(
                N_("errors", "This medicine is no longer stored; it may have been deleted."),
                "name",
            )
        if dose.id is not None:
            conn.execute(
                "DELETE FROM doses WHERE medication_id = ? AND date = ? AND time = ? AND id != ?",
                (*values[:3], dose.id),
            )
            conn.execute(
                "UPDATE doses SET medication_id = ?, date = ?, time = ?, dose = ?, "
                "unit = ?, status = ?, note = ? WHERE id = ?",
                (*values, dose.id),
            )
            return dose
        conn.execute(
            "INSERT INTO doses (medication_id, date, time, dose, unit, status, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(medication_id, date, time) DO UPDATE SET "
            "dose = excluded.dose, unit = excluded.unit, status = excluded.status, "
            "note = excluded.note",
            values,
        )
        row = conn.execute(
            "SELECT id FROM doses WHERE medication_id = ? AND date = ? AND time = ?", values[:3]
        ).fetchone()
    return replace(dose, id=row[0])


def add_doses(db: Database, doses: Iterable[Dose]) -> int:
    """Record many new doses at once (demo data, imports); same rules as mark_dose."""
    rows = []
    for dose in doses:
        _raise_first(check_dose_amount(dose.dose, dose.unit))
        rows.append(_dose_values(dose))
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO doses (medication_id, date, time, dose, unit, status, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(medication_id, date, time) DO UPDATE SET "
            "dose = excluded.dose, unit = excluded.unit, status = excluded.status, "
            "note = excluded.note",
            rows,
        )
    return len(rows)


def delete_dose(db: Database, dose_id: int) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM doses WHERE id = ?", (dose_id,))


# -- treatment events -------------------------------------------------------------------
def _row_to_event(row: tuple) -> TreatmentEvent:
    eid, start, end, kind, description = row
    return TreatmentEvent(date.fromisoformat(start), EventKind(kind), description, _day(end), eid)


def list_events(db: Database) -> list[TreatmentEvent]:
    """Every treatment event, oldest first (a timeline)."""
    rows = db.conn.execute(
        "SELECT id, start_date, end_date, kind, description FROM events ORDER BY start_date, kind"
    )
    return [_row_to_event(r) for r in rows]


def save_event(db: Database, event: TreatmentEvent) -> TreatmentEvent:
    """Insert EVENT (no id) or update the stored one; returns it with its id."""
    _raise_first(check_event(event))
    values = (
        event.start_date.isoformat(),
        _iso(event.end_date),
        str(event.kind),
        event.description,
    )
    with db.transaction() as conn:
        clash = conn.execute(
            "SELECT id FROM events WHERE start_date = ? AND kind = ?", (values[0], values[2])
        ).fetchone()
        if clash is not None and clash[0] != event.id:
            raise ValidationError(
                N_("errors", "There is already an event of this kind starting on {day}."),
                "start_date",
                day=values[0],
            )
        if event.id is None:
            cursor = conn.execute(
                "INSERT INTO events (start_date, end_date, kind, description) VALUES (?, ?, ?, ?)",
                values,
            )
            return replace(event, id=cursor.lastrowid)
        conn.execute(
            "UPDATE events SET start_date = ?, end_date = ?, kind = ?, description = ? "
            "WHERE id = ?",
            (*values, event.id),
        )
    return event


def delete_event(db: Database, event_id: int) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
