"""Daily check-ins and the patient's own symptoms."""

from __future__ import annotations

from datetime import date

from poems_tracker.domain.models import CheckIn, Symptom, SymptomKind
from poems_tracker.domain.symptoms import BUILTIN_KEYS, BUILTIN_SYMPTOMS, key_from_label
from poems_tracker.store.database import Database
from poems_tracker.store.queries import date_range, where_sql

_BUILTIN_COLUMNS = ", ".join(BUILTIN_KEYS)


def list_symptoms(db: Database, include_hidden: bool = True) -> list[Symptom]:
    """Built-in symptoms first, then the patient's own in the order they were added."""
    rows = db.conn.execute(
        "SELECT key, label, kind, hidden FROM custom_symptoms ORDER BY position, key"
    )
    custom = [Symptom(k, label, SymptomKind(kind), bool(hid)) for k, label, kind, hid in rows]
    if not include_hidden:
        custom = [s for s in custom if not s.hidden]
    return [*BUILTIN_SYMPTOMS, *custom]


def first_checkin_date(db: Database) -> date | None:
    """The earliest day with a check-in, or None."""
    row = db.conn.execute("SELECT MIN(date) FROM checkins").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def symptoms_by_key(db: Database) -> dict[str, Symptom]:
    return {s.key: s for s in list_symptoms(db)}


def add_custom_symptom(
    db: Database, label: str, kind: SymptomKind = SymptomKind.SCORE, key: str | None = None
) -> Symptom:
    """Add the patient's own symptom; its key is made from LABEL unless given and never changes."""
    label = label.strip()
    with db.transaction() as conn:
        taken = {r[0] for r in conn.execute("SELECT key FROM custom_symptoms")}
        key = key or key_from_label(label, taken)
        position = conn.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM custom_symptoms"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO custom_symptoms (key, label, kind, hidden, position) "
            "VALUES (?, ?, ?, 0, ?)",
            (key, label, str(kind), position),
        )
    return Symptom(key, label, kind)


def rename_custom_symptom(db: Database, key: str, label: str) -> None:
    """Change what the patient sees; the key, and so every stored value, stays."""
    with db.transaction() as conn:
        conn.execute("UPDATE custom_symptoms SET label = ? WHERE key = ?", (label.strip(), key))


def set_symptom_hidden(db: Database, key: str, hidden: bool) -> None:
    """Hide a symptom from the check-in; its stored values are kept and still exported."""
    with db.transaction() as conn:
        conn.execute("UPDATE custom_symptoms SET hidden = ? WHERE key = ?", (int(hidden), key))


def _row_to_checkin(row: tuple, custom: dict[str, dict[str, int]]) -> CheckIn:
    day_text = row[0]
    values = {k: v for k, v in zip(BUILTIN_KEYS, row[1:7], strict=True) if v is not None}
    values.update(custom.get(day_text, {}))
    return CheckIn(date.fromisoformat(day_text), values, row[7], row[8])


def get_checkin(db: Database, day: date) -> CheckIn | None:
    row = db.conn.execute(
        f"SELECT date, {_BUILTIN_COLUMNS}, weight_kg, note FROM checkins WHERE date = ?",
        (day.isoformat(),),
    ).fetchone()
    if row is None:
        return None
    custom = dict(
        db.conn.execute(
            "SELECT symptom, value FROM checkin_values WHERE date = ?", (day.isoformat(),)
        )
    )
    return _row_to_checkin(row, {row[0]: custom})


def list_checkins(
    db: Database, start: date | None = None, end: date | None = None, newest_first: bool = False
) -> list[CheckIn]:
    """Check-ins between START and END (inclusive), by date. Two queries, whatever the span."""
    where, params = _range(start, end)
    order = "DESC" if newest_first else "ASC"
    rows = db.conn.execute(
        f"SELECT date, {_BUILTIN_COLUMNS}, weight_kg, note FROM checkins {where} "
        f"ORDER BY date {order}",
        params,
    ).fetchall()
    custom: dict[str, dict[str, int]] = {}
    for day_text, key, value in db.conn.execute(
        f"SELECT date, symptom, value FROM checkin_values {where}", params
    ):
        custom.setdefault(day_text, {})[key] = value
    return [_row_to_checkin(r, custom) for r in rows]


def _range(start: date | None, end: date | None) -> tuple[str, tuple[object, ...]]:
    clauses, params = date_range(start, end)
    return where_sql(clauses), tuple(params)


def save_checkin(db: Database, entry: CheckIn) -> None:
    """Store ENTRY as the whole truth for its day (one transaction). Validate it first."""
    builtin = [entry.values.get(k) for k in BUILTIN_KEYS]
    day_text = entry.day.isoformat()
    with db.transaction() as conn:
        conn.execute(
            f"INSERT INTO checkins (date, {_BUILTIN_COLUMNS}, weight_kg, note) "
            f"VALUES (?, {', '.join('?' * len(BUILTIN_KEYS))}, ?, ?) "
            f"ON CONFLICT(date) DO UPDATE SET "
            + ", ".join(f"{k} = excluded.{k}" for k in (*BUILTIN_KEYS, "weight_kg", "note")),
            (day_text, *builtin, entry.weight_kg, entry.note),
        )
        conn.execute("DELETE FROM checkin_values WHERE date = ?", (day_text,))
        conn.executemany(
            "INSERT INTO checkin_values (date, symptom, value) VALUES (?, ?, ?)",
            [(day_text, k, v) for k, v in entry.values.items() if k not in BUILTIN_KEYS],
        )


def delete_checkin(db: Database, day: date) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM checkins WHERE date = ?", (day.isoformat(),))


def count_checkins(db: Database) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])
