"""Opening, migrating and refusing databases: a file that is not ours is never written."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from poems_tracker import paths
from poems_tracker.errors import DatabaseError
from poems_tracker.store.database import Database, integrity_problems
from poems_tracker.store.migrations import CURRENT_VERSION, OUR_TABLES


def test_new_database_is_migrated_private_and_in_wal(data_dir: Path) -> None:
    with Database.open() as db:
        assert db.version == CURRENT_VERSION
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert {
            r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        } >= OUR_TABLES
        assert integrity_problems(db) == []
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.db_path().stat().st_mode) == 0o600


def test_reopening_keeps_version_and_data(data_dir: Path) -> None:
    with Database.open() as db, db.transaction() as conn:
        conn.execute("INSERT INTO checkins (date, pain) VALUES ('2024-01-02', 5)")
    with Database.open() as db:
        assert db.version == CURRENT_VERSION
        assert db.conn.execute("SELECT pain FROM checkins").fetchone() == (5,)


def test_transaction_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO checkins (date, pain) VALUES ('2024-01-02', 5)")
        conn.execute("INSERT INTO checkins (date, pain) VALUES ('2024-01-03', 11)")
    assert db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone() == (0,)


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_not_a_database_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "tracker.db"
    target.write_bytes(b"my shopping list\n" * 100)
    before = _bytes(target)
    with pytest.raises(DatabaseError, match="is not a database"):
        Database.open()
    assert _bytes(target) == before


def test_foreign_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "tracker.db"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(target)
    with pytest.raises(DatabaseError, match="another program"):
        Database.open()
    assert _bytes(target) == before


def test_newer_schema_is_refused_with_a_clear_sentence(data_dir: Path) -> None:
    with Database.open() as db:
        db.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    before = _bytes(paths.db_path())
    with pytest.raises(DatabaseError, match="newer version of POEMS Tracker"):
        Database.open()
    assert _bytes(paths.db_path()) == before


def test_missing_database_without_create_says_so(data_dir: Path) -> None:
    with pytest.raises(DatabaseError, match=r"(?i)no database here"):
        Database.open(create=False)
