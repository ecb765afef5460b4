"""Lab results and the patient's own lab tests.

One result per test and date (the natural key of labs.csv): a second one on the same date
is refused with `DuplicateResultError` unless the caller says to replace it, so a typing
slip never silently overwrites a stored value.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from datetime import date

from poems_tracker.domain.lab_catalog import NUMERIC, LabTest, UnitInfo
from poems_tracker.domain.labs import canonical
from poems_tracker.domain.models import LabQualifier, LabResult
from poems_tracker.domain.text import N_
from poems_tracker.errors import ValidationError
from poems_tracker.store.database import Database
from poems_tracker.store.queries import date_range, where_sql

_COLUMNS = (
    "id, date, test, value, qualifier, text, unit, reference_low, reference_high, loinc, note"
)


class DuplicateResultError(ValidationError):
    """A result of this test on this date is already stored; EXISTING is that result."""

    def __init__(self, existing: LabResult) -> None:
        self.existing = existing
        super().__init__(
            N_("errors", "A {test} result for {day} is already stored."),
            "test",
            test=existing.test,
            day=existing.day.isoformat(),
        )


def _row(row: tuple) -> LabResult:
    rid, day, test, value, qualifier, text, unit, low, high, loinc, note = row
    return LabResult(
        date.fromisoformat(day),
        test,
        value,
        unit,
        LabQualifier(qualifier),
        text,
        low,
        high,
        loinc,
        note,
        rid,
    )


def list_results(
    db: Database, test: str | None = None, start: date | None = None, end: date | None = None
) -> list[LabResult]:
    """Results by date (then test name), optionally of one TEST and between START and END."""
    clauses, params = date_range(start, end)
    if test is not None:
        clauses.append("test = ? COLLATE NOCASE")
        params.append(test)
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM lab_results {where_sql(clauses)} "
        "ORDER BY date, test COLLATE NOCASE",
        params,
    )
    return [_row(r) for r in rows]


def get_result(db: Database, result_id: int) -> LabResult | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM lab_results WHERE id = ?", (result_id,)
    ).fetchone()
    return _row(row) if row else None


def find_result(db: Database, test: str, day: date) -> LabResult | None:
    """The result of TEST (ignoring case) on DAY, if one is stored."""
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM lab_results WHERE date = ? AND test = ? COLLATE NOCASE",
        (day.isoformat(), test),
    ).fetchone()
    return _row(row) if row else None


def row_values(result: LabResult) -> tuple:
    """RESULT as the ten columns of a lab_results row, in table order (date first)."""
    return (
        result.day.isoformat(),
        result.test,
        result.value,
        str(result.qualifier),
        result.text,
        result.unit,
        result.reference_low,
        result.reference_high,
        result.loinc,
        result.note,
    )


def save_result(db: Database, result: LabResult, replace: bool = False) -> LabResult:
    """Store RESULT (validate it first with `domain.labs.check_result`); return it with its id.

    A RESULT with an id updates that row (an edit). Another result of the same test on the
    same date raises DuplicateResultError, or with REPLACE is overwritten (for an edit: the
    other one is removed). The built-in test's label, unit spelling and LOINC code are
    filled in from the catalogue.
    """
    result = canonical(result)
    values = row_values(result)
    with db.transaction() as conn:
        clash = find_result(db, result.test, result.day)
        if clash is not None and clash.id != result.id:
            if not replace:
                raise DuplicateResultError(clash)
            if result.id is None:
                result = _with_id(result, clash.id)
            else:
                conn.execute("DELETE FROM lab_results WHERE id = ?", (clash.id,))
        try:
            if result.id is None:
                cursor = conn.execute(
                    "INSERT INTO lab_results (date, test, value, qualifier, text, unit, "
                    "reference_low, reference_high, loinc, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    values,
                )
                return _with_id(result, int(cursor.lastrowid or 0))
            conn.execute(
                "UPDATE lab_results SET date = ?, test = ?, value = ?, qualifier = ?, text = ?, "
                "unit = ?, reference_low = ?, reference_high = ?, loinc = ?, note = ? "
                "WHERE id = ?",
                (*values, result.id),
            )
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                N_(
                    "errors",
                    "This result breaks a rule of the database and was not stored ({reason}).",
                ),
                "value",
                reason=str(exc),
            ) from exc
    return result


def _with_id(result: LabResult, result_id: int | None) -> LabResult:
    return dataclasses.replace(result, id=result_id)


def save_panel(
    db: Database, results: Iterable[LabResult], replace: bool = False
) -> list[LabResult]:
    """Store several results in one transaction: all of them, or none if any is refused."""
    with db.transaction():
        return [save_result(db, result, replace) for result in results]


def duplicates(db: Database, results: Iterable[LabResult]) -> list[LabResult]:
    """The stored results that RESULTS would overwrite (same test and date, another id)."""
    found = []
    for result in results:
        clash = find_result(db, canonical(result).test, result.day)
        if clash is not None and clash.id != result.id:
            found.append(clash)
    return found


def delete_result(db: Database, result_id: int) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM lab_results WHERE id = ?", (result_id,))


def latest_by_test(db: Database) -> dict[str, LabResult]:
    """Each test's newest result, keyed by the stored test name."""
    latest: dict[str, LabResult] = {}
    for result in list_results(db):
        latest[result.test] = result  # by date ascending: the last one wins
    return latest


def count_results(db: Database) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM lab_results").fetchone()[0])


def _user_test(row: tuple) -> LabTest:
    name, kind, unit, low, high, loinc, note = row
    return LabTest(
        key="",
        label=name,
        specimen="",
        loinc=loinc,
        default_unit=unit,
        ucum="",
        kind=kind,
        units=((unit, UnitInfo(1, loinc, "")),),
        low=low,
        high=high,
        about=note,
        builtin=False,
    )


def list_user_tests(db: Database) -> list[LabTest]:
    """The patient's own tests, by name (ignoring case)."""
    rows = db.conn.execute(
        "SELECT name, kind, unit, reference_low, reference_high, loinc, note "
        "FROM lab_tests ORDER BY name COLLATE NOCASE"
    )
    return [_user_test(r) for r in rows]


def get_user_test(db: Database, name: str) -> LabTest | None:
    row = db.conn.execute(
        "SELECT name, kind, unit, reference_low, reference_high, loinc, note "
        "FROM lab_tests WHERE name = ?",
        (name.strip(),),
    ).fetchone()
    return _user_test(row) if row else None


def save_user_test(
    db: Database,
    name: str,
    kind: str = NUMERIC,
    unit: str = "",
    reference_low: float | None = None,
    reference_high: float | None = None,
    loinc: str = "",
    note: str = "",
) -> LabTest:
    """Add or update the patient's own test NAME (kept exactly as typed; unique ignoring case).

    Callers do not give a built-in name here: `lab_catalog.find_test` is checked first.
    """
    name = name.strip()
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO lab_tests (name, kind, unit, reference_low, reference_high, loinc, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, "
            "unit = excluded.unit, reference_low = excluded.reference_low, "
            "reference_high = excluded.reference_high, loinc = excluded.loinc, "
            "note = excluded.note",
            (name, kind, unit, reference_low, reference_high, loinc, note),
        )
    return _user_test((name, kind, unit, reference_low, reference_high, loinc, note))
