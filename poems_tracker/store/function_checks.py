"""Function checks (one per date): list, get, save, delete. Validate with domain first."""

from __future__ import annotations

from datetime import date

from poems_tracker.domain.function_check import TASK_FIELDS
from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.store.database import Database
from poems_tracker.store.queries import date_range, where_sql

_COLUMNS = ("date", "arm_symptoms", *TASK_FIELDS, "arm_movement", "legs", "arms", "note")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM function_checks"


def _to_check(row: tuple) -> FunctionCheck:
    day, symptoms, *rest = row
    tasks, (movement, legs, arms, note) = rest[:5], rest[5:]
    return FunctionCheck(
        date.fromisoformat(day),
        bool(symptoms),
        *(TaskAnswer(t) for t in tasks),
        arm_movement=None if movement is None else bool(movement),
        legs=legs,
        arms=arms,
        note=note,
    )


def list_checks(
    db: Database, start: date | None = None, end: date | None = None, newest_first: bool = False
) -> list[FunctionCheck]:
    """Checks between START and END (inclusive), by date."""
    clauses, params = date_range(start, end)
    order = "DESC" if newest_first else "ASC"
    rows = db.conn.execute(f"{_SELECT} {where_sql(clauses)} ORDER BY date {order}", params)
    return [_to_check(r) for r in rows]


def get_check(db: Database, day: date) -> FunctionCheck | None:
    row = db.conn.execute(f"{_SELECT} WHERE date = ?", (day.isoformat(),)).fetchone()
    return None if row is None else _to_check(row)


def last_check_date(db: Database) -> date | None:
    """The date of the most recent check, for "your weekly check is due"."""
    row = db.conn.execute("SELECT MAX(date) FROM function_checks").fetchone()
    return None if row[0] is None else date.fromisoformat(row[0])


def save_check(db: Database, check: FunctionCheck, replaces: date | None = None) -> None:
    """Store CHECK as the whole truth for its date, in one transaction.

    REPLACES is the date the check had before an edit moved it to another date; that row is
    removed in the same transaction, so an edit never leaves two copies or none.
    """
    values = (
        check.day.isoformat(),
        int(check.arm_symptoms),
        *(str(getattr(check, name)) for name in TASK_FIELDS),
        None if check.arm_movement is None else int(check.arm_movement),
        check.legs,
        check.arms,
        check.note,
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
    with db.transaction() as conn:
        if replaces is not None and replaces != check.day:
            conn.execute("DELETE FROM function_checks WHERE date = ?", (replaces.isoformat(),))
        conn.execute(
            f"INSERT INTO function_checks ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(_COLUMNS))}) "
            f"ON CONFLICT(date) DO UPDATE SET {updates}",
            values,
        )


def delete_check(db: Database, day: date) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM function_checks WHERE date = ?", (day.isoformat(),))


def count_checks(db: Database) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM function_checks").fetchone()[0])
