"""The SQL side of CSV exchange: every table read out in natural-key order, rows written back
by natural key.

Reading returns plain tuples in the column order of the CSV files (interfaces.md), with the
database's own values (ISO dates, 0/1 flags); `exchange/` turns them into cells. Writing is
one upsert per row, meant to run inside ONE `db.transaction()` that the importer opens, so
an import is stored whole or not at all. Each upsert says whether the row was new, changed
or already identical, which is what the import preview shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from enum import StrEnum

from poems_tracker.domain.symptoms import BUILTIN_KEYS
from poems_tracker.store.database import Database


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


# -- reading, in natural-key order ------------------------------------------------------------


def custom_symptom_rows(db: Database) -> list[tuple[str, str, str, int]]:
    """(key, label, kind, hidden) in the order the patient added them."""
    return db.conn.execute(
        "SELECT key, label, kind, hidden FROM custom_symptoms ORDER BY position, key"
    ).fetchall()


def checkin_rows(db: Database, custom_keys: Sequence[str]) -> Iterator[tuple]:
    """(date, six built-in scores, one value per CUSTOM_KEYS, weight_kg, note) by date."""
    custom: dict[str, dict[str, int]] = {}
    for day, key, value in db.conn.execute("SELECT date, symptom, value FROM checkin_values"):
        custom.setdefault(day, {})[key] = value
    cols = ", ".join(BUILTIN_KEYS)
    for row in db.conn.execute(
        f"SELECT date, {cols}, weight_kg, note FROM checkins ORDER BY date"
    ):
        values = custom.get(row[0], {})
        yield (*row[:7], *(values.get(k) for k in custom_keys), row[7], row[8])


def medication_rows(db: Database) -> list[tuple]:
    return db.conn.execute(
        "SELECT name, dose, unit, schedule, start_date, end_date, reason, note FROM medications "
        "ORDER BY name COLLATE NOCASE, name, start_date"
    ).fetchall()


def dose_rows(db: Database) -> sqlite3.Cursor:
    return db.conn.execute(
        "SELECT d.date, d.time, m.name, d.dose, d.unit, d.status, d.note "
        "FROM doses d JOIN medications m ON m.id = d.medication_id "
        "ORDER BY d.date, d.time, m.name COLLATE NOCASE, m.name"
    )


def lab_rows(db: Database) -> sqlite3.Cursor:
    """(date, test, value, qualifier, text, unit, reference_low, reference_high, loinc, note)."""
    return db.conn.execute(
        "SELECT date, test, value, qualifier, text, unit, reference_low, reference_high, loinc, "
        "note FROM lab_results ORDER BY date, test COLLATE NOCASE, test"
    )


def lab_test_kinds(conn: sqlite3.Connection) -> dict[str, str]:
    """The patient's own lab tests: lower-case name -> 'numeric' or 'text'."""
    return {
        name.casefold(): kind for name, kind in conn.execute("SELECT name, kind FROM lab_tests")
    }


def appointment_rows(db: Database) -> list[tuple]:
    return db.conn.execute(
        "SELECT date, time, end_time, provider, specialty, location, purpose, status, note "
        "FROM appointments ORDER BY date, time, provider COLLATE NOCASE, provider"
    ).fetchall()


def question_rows(db: Database) -> list[tuple]:
    return db.conn.execute(
        "SELECT q.added, q.question, a.date, a.time, a.provider, q.answered, q.answer "
        "FROM questions q LEFT JOIN appointments a ON a.id = q.appointment_id "
        "ORDER BY q.added, q.question COLLATE NOCASE, q.question"
    ).fetchall()


def event_rows(db: Database) -> list[tuple]:
    return db.conn.execute(
        "SELECT start_date, end_date, kind, description FROM events ORDER BY start_date, kind"
    ).fetchall()


def function_rows(db: Database) -> list[tuple]:
    return db.conn.execute(
        "SELECT date, arm_symptoms, dress_upper, wash_hair, turn_key, knife_fork, buttons_zips, "
        "arm_movement, legs, arms, note FROM function_checks ORDER BY date"
    ).fetchall()


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, for checking that a refused import changed nothing."""
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


# -- writing, by natural key (call inside db.transaction()) -----------------------------------


def _upsert(
    conn: sqlite3.Connection,
    table: str,
    keys: dict[str, str],
    values: dict[str, object],
    conflict: str,
) -> Outcome:
    """Insert VALUES, or update the row whose natural key (KEYS: column -> SQL comparison)
    matches; unchanged rows are left alone so they count as unchanged."""
    where = " AND ".join(f"{col} {cmp}" for col, cmp in keys.items())
    exists = (
        conn.execute(f"SELECT 1 FROM {table} WHERE {where}", [values[c] for c in keys]).fetchone()
        is not None
    )
    cols = list(values)
    updates = [c for c in cols if c not in keys or keys[c].startswith("= ? COLLATE")]
    changed = " OR ".join(f"{c} IS NOT excluded.{c}" for c in updates)
    sql = (
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT({conflict}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in updates)
        + f" WHERE {changed}"
    )
    cursor = conn.execute(sql, list(values.values()))
    if not exists:
        return Outcome.NEW
    return Outcome.UPDATED if cursor.rowcount > 0 else Outcome.UNCHANGED


def custom_symptom_keys(conn: sqlite3.Connection) -> dict[str, str]:
    """Stored custom symptoms: key -> kind."""
    return dict(conn.execute("SELECT key, kind FROM custom_symptoms"))


def has_values(conn: sqlite3.Connection, key: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM checkin_values WHERE symptom = ? LIMIT 1", (key,)).fetchone()
        is not None
    )


def upsert_custom_symptom(
    conn: sqlite3.Connection, key: str, label: str, kind: str, hidden: bool
) -> Outcome:
    row = conn.execute(
        "SELECT label, kind, hidden FROM custom_symptoms WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        position = conn.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM custom_symptoms"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO custom_symptoms (key, label, kind, hidden, position) "
            "VALUES (?, ?, ?, ?, ?)",
            (key, label, kind, int(hidden), position),
        )
        return Outcome.NEW
    if tuple(row) == (label, kind, int(hidden)):
        return Outcome.UNCHANGED
    conn.execute(
        "UPDATE custom_symptoms SET label = ?, kind = ?, hidden = ? WHERE key = ?",
        (label, kind, int(hidden), key),
    )
    return Outcome.UPDATED


def upsert_checkin(
    conn: sqlite3.Connection,
    day: str,
    builtin: Sequence[int | None],
    weight_kg: float | None,
    note: str,
    custom: dict[str, int | None],
) -> Outcome:
    """The row is the truth for its columns; custom symptoms not in CUSTOM keep their values."""
    before = conn.total_changes
    exists = conn.execute("SELECT 1 FROM checkins WHERE date = ?", (day,)).fetchone()
    values = dict(
        zip(
            ("date", *BUILTIN_KEYS, "weight_kg", "note"),
            (day, *builtin, weight_kg, note),
            strict=True,
        )
    )
    _upsert(conn, "checkins", {"date": "= ?"}, values, "date")
    for key, value in custom.items():
        if value is None:
            conn.execute("DELETE FROM checkin_values WHERE date = ? AND symptom = ?", (day, key))
        else:
            conn.execute(
                "INSERT INTO checkin_values (date, symptom, value) VALUES (?, ?, ?) "
                "ON CONFLICT(date, symptom) DO UPDATE SET value = excluded.value "
                "WHERE value IS NOT excluded.value",
                (day, key, value),
            )
    if exists is None:
        return Outcome.NEW
    return Outcome.UPDATED if conn.total_changes > before else Outcome.UNCHANGED


def upsert_medication(
    conn: sqlite3.Connection,
    name: str,
    dose: float,
    unit: str,
    schedule: str,
    start_date: str,
    end_date: str | None,
    reason: str,
    note: str,
) -> Outcome:
    values = {
        "name": name,
        "dose": dose,
        "unit": unit,
        "schedule": schedule,
        "start_date": start_date,
        "end_date": end_date,
        "reason": reason,
        "note": note,
    }
    return _upsert(
        conn,
        "medications",
        {"name": "= ? COLLATE NOCASE", "start_date": "= ?"},
        values,
        "name COLLATE NOCASE, start_date",
    )


def courses(conn: sqlite3.Connection) -> dict[str, list[tuple[int, str, str | None]]]:
    """Every course by lower-case name: (id, start_date, end_date), earliest first."""
    result: dict[str, list[tuple[int, str, str | None]]] = {}
    for med_id, name, start, end in conn.execute(
        "SELECT id, name, start_date, end_date FROM medications ORDER BY start_date, id"
    ):
        result.setdefault(name.casefold(), []).append((med_id, start, end))
    return result


def upsert_dose(
    conn: sqlite3.Connection,
    medication_id: int,
    day: str,
    at: str,
    dose: float,
    unit: str,
    status: str,
    note: str,
) -> Outcome:
    values = {
        "medication_id": medication_id,
        "date": day,
        "time": at,
        "dose": dose,
        "unit": unit,
        "status": status,
        "note": note,
    }
    return _upsert(
        conn,
        "doses",
        {"medication_id": "= ?", "date": "= ?", "time": "= ?"},
        values,
        "medication_id, date, time",
    )


def ensure_lab_test(conn: sqlite3.Connection, name: str, kind: str, unit: str) -> None:
    """Record the patient's own test NAME the first time an import names it."""
    conn.execute(
        "INSERT INTO lab_tests (name, kind, unit) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING",
        (name, kind, unit),
    )


def upsert_lab(
    conn: sqlite3.Connection,
    day: str,
    test: str,
    value: float | None,
    qualifier: str,
    text: str,
    unit: str,
    reference_low: float | None,
    reference_high: float | None,
    loinc: str,
    note: str,
) -> Outcome:
    values = {
        "date": day,
        "test": test,
        "value": value,
        "qualifier": qualifier,
        "text": text,
        "unit": unit,
        "reference_low": reference_low,
        "reference_high": reference_high,
        "loinc": loinc,
        "note": note,
    }
    return _upsert(
        conn,
        "lab_results",
        {"date": "= ?", "test": "= ? COLLATE NOCASE"},
        values,
        "date, test COLLATE NOCASE",
    )


def upsert_appointment(
    conn: sqlite3.Connection,
    day: str,
    at: str,
    end_at: str | None,
    provider: str,
    specialty: str,
    location: str,
    purpose: str,
    status: str,
    note: str,
) -> Outcome:
    values = {
        "date": day,
        "time": at,
        "end_time": end_at,
        "provider": provider,
        "specialty": specialty,
        "location": location,
        "purpose": purpose,
        "status": status,
        "note": note,
    }
    return _upsert(
        conn,
        "appointments",
        {"date": "= ?", "time": "= ?", "provider": "= ?"},
        values,
        "date, time, provider",
    )


def appointment_id(conn: sqlite3.Connection, day: str, at: str, provider: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM appointments WHERE date = ? AND time = ? AND provider = ?",
        (day, at, provider),
    ).fetchone()
    return None if row is None else int(row[0])


def upsert_question(
    conn: sqlite3.Connection,
    added: str,
    question: str,
    appointment: int | None,
    answered: bool,
    answer: str,
) -> Outcome:
    values = {
        "added": added,
        "question": question,
        "appointment_id": appointment,
        "answered": int(answered),
        "answer": answer,
    }
    return _upsert(
        conn, "questions", {"added": "= ?", "question": "= ?"}, values, "added, question"
    )


def upsert_event(
    conn: sqlite3.Connection, start_date: str, end_date: str | None, kind: str, description: str
) -> Outcome:
    values = {
        "start_date": start_date,
        "end_date": end_date,
        "kind": kind,
        "description": description,
    }
    return _upsert(
        conn, "events", {"start_date": "= ?", "kind": "= ?"}, values, "start_date, kind"
    )


def upsert_function_check(conn: sqlite3.Connection, values: dict[str, object]) -> Outcome:
    """VALUES holds every column of function_checks (date, flags as 0/1, answers, grades)."""
    return _upsert(conn, "function_checks", {"date": "= ?"}, values, "date")
