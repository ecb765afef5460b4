"""Appointments and the questions to ask at them.

The natural key of a visit is date + time + provider and of a question added + text
(interfaces.md): saving a new record with the key of a stored one updates that one, so an
import of the same file twice changes nothing. Each function is one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time

from poems_tracker.domain.appointments import check_appointment, check_question, roll_over
from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.domain.numbers import format_time, parse_time
from poems_tracker.domain.text import N_
from poems_tracker.errors import ValidationError
from poems_tracker.store.database import Database
from poems_tracker.store.queries import date_range, where_sql

_APP_COLUMNS = "id, date, time, end_time, provider, specialty, location, purpose, status, note"
_Q_COLUMNS = "id, added, question, appointment_id, answered, answer"


def _to_appointment(row: tuple) -> Appointment:
    app_id, day, at, end, provider, specialty, location, purpose, status, note = row
    return Appointment(
        date.fromisoformat(day),
        parse_time(at),
        provider,
        specialty,
        location,
        purpose,
        AppointmentStatus(status),
        note,
        parse_time(end) if end else None,
        app_id,
    )


def _to_question(row: tuple) -> Question:
    q_id, added, text, app_id, answered, answer = row
    return Question(date.fromisoformat(added), text, app_id, bool(answered), answer, q_id)


# -- appointments ----------------------------------------------------------------------------


def list_appointments(
    db: Database, start: date | None = None, end: date | None = None
) -> list[Appointment]:
    """Visits between START and END (inclusive), by date, time and provider."""
    clauses, params = date_range(start, end)
    rows = db.conn.execute(
        f"SELECT {_APP_COLUMNS} FROM appointments {where_sql(clauses)} "
        "ORDER BY date, time, provider COLLATE NOCASE",
        params,
    )
    return [_to_appointment(r) for r in rows]


def get_appointment(db: Database, app_id: int) -> Appointment | None:
    row = db.conn.execute(
        f"SELECT {_APP_COLUMNS} FROM appointments WHERE id = ?", (app_id,)
    ).fetchone()
    return _to_appointment(row) if row else None


def find_appointment(db: Database, day: date, at: time, provider: str) -> Appointment | None:
    """The visit with this natural key (what questions.csv uses to name a visit)."""
    row = db.conn.execute(
        f"SELECT {_APP_COLUMNS} FROM appointments WHERE date = ? AND time = ? AND provider = ?",
        (day.isoformat(), format_time(at), provider),
    ).fetchone()
    return _to_appointment(row) if row else None


def save_appointment(
    db: Database, app: Appointment, *, update_same_key: bool = True
) -> Appointment:
    """Store APP and return it with its id. Raises ValidationError, storing nothing, for an
    end before the start or a second visit at the same date, time and provider.

    A new visit (no id) with the key of a stored one updates that one (what an import
    wants); the window passes UPDATE_SAME_KEY=False so a typing slip never overwrites
    another visit.
    """
    problems = check_appointment(app)
    if problems:
        raise ValidationError(problems[0].message, problems[0].field)
    app = replace(
        app,
        provider=app.provider.strip(),
        specialty=app.specialty.strip(),
        location=app.location.strip(),
        purpose=app.purpose.strip(),
    )
    values = (
        app.day.isoformat(),
        format_time(app.at),
        format_time(app.end_at) if app.end_at else None,
        app.provider,
        app.specialty,
        app.location,
        app.purpose,
        str(app.status),
        app.note,
    )
    with db.transaction() as conn:
        same_key = conn.execute(
            "SELECT id FROM appointments WHERE date = ? AND time = ? AND provider = ?",
            (*values[:2], app.provider),
        ).fetchone()
        if app.id is None and same_key is not None and update_same_key:
            app = replace(app, id=same_key[0])
        elif same_key is not None and same_key[0] != app.id:
            raise ValidationError(
                N_("errors", "There is already a visit with {provider} at that date and time."),
                "time",
                provider=app.provider or "nobody named",
            )
        try:
            if app.id is None:
                cursor = conn.execute(
                    "INSERT INTO appointments (date, time, end_time, provider, specialty, "
                    "location, purpose, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                app = replace(app, id=cursor.lastrowid)
            else:
                conn.execute(
                    "UPDATE appointments SET date = ?, time = ?, end_time = ?, provider = ?, "
                    "specialty = ?, location = ?, purpose = ?, status = ?, note = ? "
                    "WHERE id = ?",
                    (*values, app.id),
                )
        except sqlite3.IntegrityError as exc:  # a rule the checks above missed
            raise ValidationError(
                N_("errors", "This visit cannot be stored: {reason}."), "", reason=str(exc)
            ) from exc
    return app


def delete_appointment(db: Database, app_id: int) -> None:
    """Remove a visit; its questions stay, no longer attached to any visit."""
    with db.transaction() as conn:
        conn.execute(
            "UPDATE questions SET appointment_id = NULL WHERE appointment_id = ?", (app_id,)
        )
        conn.execute("DELETE FROM appointments WHERE id = ?", (app_id,))


def set_status(db: Database, app_id: int, status: AppointmentStatus) -> None:
    with db.transaction() as conn:
        conn.execute(
            "UPDATE appointments SET status = ? WHERE id = ?",
            (str(AppointmentStatus(status)), app_id),
        )


def count_appointments(db: Database) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM appointments").fetchone()[0])


# -- questions -------------------------------------------------------------------------------


def list_questions(
    db: Database, appointment_id: int | None = None, open_only: bool = False
) -> list[Question]:
    """Questions by the day they were added; only one visit's with APPOINTMENT_ID."""
    clauses, params = [], []
    if appointment_id is not None:
        clauses.append("appointment_id = ?")
        params.append(appointment_id)
    if open_only:
        clauses.append("answered = 0")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = db.conn.execute(
        f"SELECT {_Q_COLUMNS} FROM questions {where} ORDER BY added, question COLLATE NOCASE",
        params,
    )
    return [_to_question(r) for r in rows]


def save_question(db: Database, question: Question) -> Question:
    """Store QUESTION and return it with its id; an empty text is refused."""
    problems = check_question(question.question)
    if problems:
        raise ValidationError(problems[0].message, problems[0].field)
    question = replace(question, question=question.question.strip())
    values = (
        question.added.isoformat(),
        question.question,
        question.appointment_id,
        int(question.answered),
        question.answer,
    )
    with db.transaction() as conn:
        same_key = conn.execute(
            "SELECT id FROM questions WHERE added = ? AND question = ?", values[:2]
        ).fetchone()
        if question.id is None and same_key is not None:
            question = replace(question, id=same_key[0])
        elif question.id is not None and same_key is not None and same_key[0] != question.id:
            raise ValidationError(
                N_("errors", "You already noted this question that day."), "question"
            )
        if question.id is None:
            cursor = conn.execute(
                "INSERT INTO questions (added, question, appointment_id, answered, answer) "
                "VALUES (?, ?, ?, ?, ?)",
                values,
            )
            question = replace(question, id=cursor.lastrowid)
        else:
            conn.execute(
                "UPDATE questions SET added = ?, question = ?, appointment_id = ?, "
                "answered = ?, answer = ? WHERE id = ?",
                (*values, question.id),
            )
    return question


def answer_question(
    db: Database, question_id: int, answer: str = "", answered: bool = True
) -> None:
    """Tick a question off with what the doctor said (or open it again)."""
    with db.transaction() as conn:
        conn.execute(
            "UPDATE questions SET answered = ?, answer = ? WHERE id = ?",
            (int(answered), answer.strip(), question_id),
        )


def delete_question(db: Database, question_id: int) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM questions WHERE id = ?", (question_id,))


def roll_over_questions(db: Database, today: date) -> int:
    """Move unanswered questions of visits that are over to the next planned visit.

    Returns how many moved. Safe to call on every page refresh: once moved, they stay.
    """
    with db.transaction() as conn:
        moved = roll_over(list_questions(db, open_only=True), list_appointments(db), today)
        conn.executemany(
            "UPDATE questions SET appointment_id = ? WHERE id = ?",
            [(q.appointment_id, q.id) for q in moved],
        )
    return len(moved)
