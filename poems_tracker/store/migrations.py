"""The schema, one function per version, applied in order inside one transaction each.

The version lives in `PRAGMA user_version`. Version 1 already holds the whole domain so
later features add behaviour, not rewrites. Never edit a released migration: add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_SCORE = "INTEGER CHECK ({0} BETWEEN 0 AND 10)"
_TASK = "TEXT NOT NULL CHECK ({0} IN ('unaffected','affected','prevented'))"


def _v1(conn: sqlite3.Connection) -> None:
    scores = ",\n".join(
        f"  {key} {_SCORE.format(key)}"
        for key in ("pain", "numbness", "tingling", "weakness", "fatigue", "swelling")
    )
    tasks = ",\n".join(
        f"  {key} {_TASK.format(key)}"
        for key in ("dress_upper", "wash_hair", "turn_key", "knife_fork", "buttons_zips")
    )
    _run_script(
        conn,
        f"""
CREATE TABLE custom_symptoms (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('score','yesno')),
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0,1)),
  position INTEGER NOT NULL
);
CREATE TABLE checkins (
  date TEXT PRIMARY KEY,
{scores},
  weight_kg REAL CHECK (weight_kg BETWEEN 20 AND 300),
  note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE checkin_values (
  date TEXT NOT NULL REFERENCES checkins(date) ON DELETE CASCADE,
  symptom TEXT NOT NULL REFERENCES custom_symptoms(key),
  value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
  PRIMARY KEY (date, symptom)
) WITHOUT ROWID;
CREATE TABLE medications (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  dose REAL NOT NULL CHECK (dose > 0),
  unit TEXT NOT NULL,
  schedule TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (name COLLATE NOCASE, start_date)
);
CREATE TABLE doses (
  id INTEGER PRIMARY KEY,
  medication_id INTEGER NOT NULL REFERENCES medications(id),
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  dose REAL NOT NULL CHECK (dose > 0),
  unit TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('taken','missed','skipped')),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (medication_id, date, time)
);
CREATE INDEX doses_by_date ON doses(date);
CREATE TABLE lab_tests (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind IN ('numeric','text')),
  unit TEXT NOT NULL DEFAULT '',
  reference_low REAL,
  reference_high REAL,
  loinc TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE lab_results (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  test TEXT NOT NULL,
  value REAL CHECK (value IS NULL OR value >= 0),
  qualifier TEXT NOT NULL DEFAULT '' CHECK (qualifier IN ('','<','>')),
  text TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  reference_low REAL,
  reference_high REAL,
  loinc TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (date, test COLLATE NOCASE),
  CHECK (reference_low IS NULL OR reference_high IS NULL OR reference_low <= reference_high)
);
CREATE INDEX lab_results_by_test ON lab_results(test COLLATE NOCASE, date);
CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  end_time TEXT CHECK (end_time IS NULL OR end_time >= time),
  provider TEXT NOT NULL DEFAULT '',
  specialty TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','done','cancelled')),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (date, time, provider)
);
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  added TEXT NOT NULL,
  question TEXT NOT NULL,
  appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
  answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0,1)),
  answer TEXT NOT NULL DEFAULT '',
  UNIQUE (added, question)
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  start_date TEXT NOT NULL,
  end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  kind TEXT NOT NULL CHECK (kind IN ('diagnosis','transplant','radiation','chemotherapy',
                                     'hospital','procedure','other')),
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (start_date, kind)
);
CREATE TABLE function_checks (
  date TEXT PRIMARY KEY,
  arm_symptoms INTEGER NOT NULL CHECK (arm_symptoms IN (0,1)),
{tasks},
  arm_movement INTEGER CHECK (arm_movement IS NULL OR arm_movement IN (0,1)),
  legs INTEGER NOT NULL CHECK (legs BETWEEN 0 AND 7),
  arms INTEGER NOT NULL CHECK (arms BETWEEN 0 AND 5),
  note TEXT NOT NULL DEFAULT ''
);
""",
    )


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SCRIPT statement by statement, inside the caller's transaction.

    (`executescript` would commit first, breaking the one-transaction rule.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


#: MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
CURRENT_VERSION = len(MIGRATIONS)
#: Tables every current database has; used to tell our file from someone else's.
OUR_TABLES = frozenset(
    {
        "checkins",
        "custom_symptoms",
        "medications",
        "doses",
        "lab_results",
        "appointments",
        "questions",
        "events",
        "function_checks",
    }
)
