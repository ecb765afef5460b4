"""Is the database file healthy? And if not, keeping it safe aside for recovery.

Everything here only reads the database (read-only connections) or renames files; a
damaged file is never written to, so whatever can still be rescued from it stays there.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from poems_tracker.errors import DatabaseError
from poems_tracker.store import cipher
from poems_tracker.store.backup import BackupInfo, backup_files, read_info
from poems_tracker.store.database import SQLITE_HEADER

log = logging.getLogger(__name__)

_MAX_PROBLEMS = 20


def quick_check(path: Path) -> list[str]:
    """Plain sentences about damage to the database at PATH; empty when it looks healthy.

    A missing or empty file is not damage (the program creates a new database); whether the
    file is ours and not too new is decided when it is opened. Uses `PRAGMA quick_check`
    (seconds at most, even for ten years of records) on a read-only connection.
    """
    if not path.exists() or path.stat().st_size == 0:
        return []
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"The database file cannot be read ({exc.strerror or exc})."]
    if not cipher.may_be_database(header):
        return ["The database file is not a database any more (its beginning is damaged)."]
    try:
        conn = cipher.connect(path, read_only=True, isolation_level=None)
    except sqlite3.Error as exc:
        return [f"The database file cannot be opened ({exc})."]
    except DatabaseError as exc:  # encrypted, and this folder's key does not open it
        return [exc.message]
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({_MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        return [f"The database file is damaged ({exc})."]
    finally:
        conn.close()
    if rows == ["ok"]:
        return []
    return [f"The database file is damaged: {row}" for row in rows]


def _companions(path: Path) -> list[tuple[Path, str]]:
    return [(Path(f"{path}{suffix}"), suffix) for suffix in ("-wal", "-shm", "-journal")]


def set_aside_damaged(path: Path, now: datetime | None = None) -> Path:
    """Move the damaged database at PATH (and its -wal/-shm/-journal) to a new name beside it.

    The new name is `tracker.damaged-<stamp>.db`, never one that exists: a file set aside
    earlier is never overwritten. The -wal file holds the newest saves, so it travels with
    the database it belongs to. Returns the new path of the database file.
    """
    stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d_%H%M%S")
    stem = path.name.removesuffix(".db")
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{stem}.damaged-{stamp}{extra}.db")
        taken = [target, *(Path(f"{target}{suffix}") for _p, suffix in _companions(path))]
        if not any(p.exists() for p in taken):
            break
        number += 1
    moves = [(path, target)] + [
        (src, Path(f"{target}{suffix}")) for src, suffix in _companions(path)
    ]
    for source, dest in moves:
        if source.exists():
            _move_no_overwrite(source, dest)
    log.warning("damaged database set aside as %s", target.name)
    return target


def _move_no_overwrite(source: Path, dest: Path) -> None:
    """Rename SOURCE to DEST, refusing (FileExistsError) if DEST appeared meanwhile."""
    try:
        os.link(source, dest)  # fails if DEST exists: nothing is ever overwritten
    except OSError as exc:
        if isinstance(exc, FileExistsError):
            raise
        # no hard links here (e.g. some network drives): the rename after a last look
        if dest.exists():
            raise FileExistsError(dest) from exc
        source.rename(dest)
        return
    source.unlink()


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in FOLDER that passes the check and holds our schema, if any."""
    for path, when, reason in backup_files(folder):  # newest first; stop at the first good
        info = read_info(path, when, reason)
        if info.ok:
            return info
    return None
