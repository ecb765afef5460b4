"""Shared by the encryption tests: a folder with records, planted notes and backups."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from poems_tracker.domain.models import CheckIn
from poems_tracker.store import cipher
from poems_tracker.store.backup import make_backup
from poems_tracker.store.checkins import save_checkin
from poems_tracker.store.database import Database

PLANTED = "PLANTED-note-zebra-4411"
PASS1 = "correct horse battery"
PASS2 = "new staple passphrase"
HEADER = b"SQLite format 3"


def fill(folder: Path, days: int = 40, backups: int = 2) -> None:
    """DAYS check-ins, each with the planted note, and BACKUPS backups in backups/."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with Database.open(folder / "tracker.db") as db:
        start = date(2026, 1, 1)
        for n in range(days):
            save_checkin(db, CheckIn(start + timedelta(days=n), {"pain": n % 11}, note=PLANTED))
        for n in range(backups):
            make_backup(db, folder / "backups", "manual", now=None)
            save_checkin(db, CheckIn(start + timedelta(days=days + n), {"pain": 1}, note=PLANTED))


def shape(path: Path, key: bytes | None) -> tuple[int, dict[str, int], list[str]]:
    """(schema version, rows per table, the notes) of the file at PATH, opened with KEY."""
    conn = cipher.connect(path, key=key) if key else sqlite3.connect(path)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        notes = [r[0] for r in conn.execute("SELECT note FROM checkins ORDER BY date")]
        return conn.execute("PRAGMA user_version").fetchone()[0], counts, notes
    finally:
        conn.close()


def plain_leaks(folder: Path, *texts: str) -> list[str]:
    """Files under FOLDER whose bytes hold the SQLite header or one of TEXTS."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if HEADER in data or any(t.encode() in data for t in (PLANTED, *texts)):
                found.append(str(path.relative_to(folder)))
    return found
