"""Counting what a data folder holds, for `demo-data`, `check` and the backup list."""

from __future__ import annotations

from poems_tracker.store.database import Database

RECORD_TABLES = (
    "checkins",
    "custom_symptoms",
    "medications",
    "doses",
    "lab_results",
    "lab_tests",
    "appointments",
    "questions",
    "events",
    "function_checks",
)


def record_counts(db: Database) -> dict[str, int]:
    return {
        t: int(db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in RECORD_TABLES
    }


def has_records(db: Database) -> bool:
    return any(record_counts(db).values())
