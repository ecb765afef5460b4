"""Small pieces of SQL that every repository needs the same way."""

from __future__ import annotations

from datetime import date


def date_range(
    start: date | None, end: date | None, column: str = "date"
) -> tuple[list[str], list[object]]:
    """WHERE clauses and parameters for COLUMN between START and END, both inclusive;
    either bound may be None."""
    clauses: list[str] = []
    params: list[object] = []
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append(f"{column} <= ?")
        params.append(end.isoformat())
    return clauses, params


def where_sql(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""
