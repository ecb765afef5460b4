"""Getting a backup back: check it, keep what it replaces, copy it in whole or not at all.

Apart from `backup.py` (which makes and reads copies) so that neither needs the other's
caller: restore uses backup's checks and health's setting-aside, nothing uses restore.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from poems_tracker import paths
from poems_tracker.domain.text import N_
from poems_tracker.errors import DatabaseError, StorageError
from poems_tracker.store import cipher, sqlite_files
from poems_tracker.store.backup import _counts, inspect, make_backup
from poems_tracker.store.database import Database
from poems_tracker.store.encryption import restorable
from poems_tracker.store.health import quick_check, set_aside_damaged
from poems_tracker.store.migrations import CURRENT_VERSION
from poems_tracker.store.sqlite_files import (
    backup_to_file,
    fsync_dir,
    fsync_file,
    open_read_only,
    remove_with_companions,
    storage_error,
)

log = logging.getLogger(__name__)

#: A restore gives up (nothing changed) when another program holds the database this long.
LOCK_GIVE_UP_S = 4.0


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the records now in use and where the replaced database was kept."""

    counts: dict[str, int]
    kept: Path | None  # backup of the replaced database, or the damaged file set aside


def restore(
    backup_path: Path, db_path: Path | None = None, folder: Path | None = None
) -> RestoreResult:
    """Replace the database at DB_PATH with the backup BACKUP_PATH, after checking it.

    Refused (DatabaseError, nothing changed) when the backup is not a healthy POEMS Tracker
    database of this version or older (tables and columns). A healthy current database is
    first backed up ("before-restore") and then overwritten in one SQLite transaction
    through the backup API, so a crash leaves either the old or the new data, and an open
    window keeps a valid connection. A damaged one is moved aside with its -wal/-shm, never
    overwritten, and the backup is copied in under a temporary name and renamed into place.
    """
    db_path = db_path or paths.db_path()
    folder = folder or paths.backup_dir()
    with restorable(backup_path, db_path) as usable:  # under this folder's key (issue 19)
        return _restore(usable, db_path, folder)


def _restore(backup_path: Path, db_path: Path, folder: Path) -> RestoreResult:
    counts, version = inspect(backup_path, full=True)
    sqlite_files.refuse_link(db_path)
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise DatabaseError(
            N_("errors", "The file {path} is the database itself, not a backup."),
            path=str(backup_path),
        )
    kept: Path | None = None
    healthy = sqlite_files.has_content(db_path) and not quick_check(db_path)
    if healthy:
        try:
            inspect(db_path)
        except StorageError:
            raise  # locked or unreadable: say so, change nothing
        except DatabaseError:
            healthy = False  # someone else's or a newer database: keep it aside instead
    if healthy:
        kept = make_backup(db_path, folder, "before-restore")
        _copy_into(backup_path, db_path)
    else:
        if db_path.exists() or Path(f"{db_path}-wal").exists():
            kept = set_aside_damaged(db_path)
        _copy_to_new_file(backup_path, db_path)
    with Database.open(db_path, create=False) as db:  # migrates an older backup, after a copy
        now_counts = _counts(db.conn)
    if now_counts != counts and version == CURRENT_VERSION:
        raise DatabaseError(
            N_("errors", "The restored database does not match the backup {path}."),
            path=str(backup_path),
        )
    log.info("restored from %s", backup_path.name)
    return RestoreResult(now_counts, kept)


def _copy_into(backup_path: Path, db_path: Path) -> None:
    """Overwrite the live database with the backup's pages, in one transaction.

    SQLite's backup step retries a held lock for ever; the progress callback gives up after
    LOCK_GIVE_UP_S so a program that keeps the database busy gets one sentence, not a hang.
    """
    give_up = time.monotonic() + LOCK_GIVE_UP_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > give_up:
            raise sqlite3.OperationalError("database is locked")

    try:
        source = open_read_only(backup_path)
        target = cipher.connect(db_path, isolation_level=None, timeout=1.0)
    except sqlite3.Error as exc:
        raise storage_error(exc, db_path) from exc
    try:
        source.backup(target, progress=progress)
    except sqlite3.Error as exc:
        raise storage_error(exc, db_path) from exc
    finally:
        target.close()
        source.close()


def _copy_to_new_file(backup_path: Path, db_path: Path) -> None:
    """Write a fresh database file from the backup, appearing at DB_PATH only when complete."""
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        paths.make_private_dir(db_path.parent)
        source = open_read_only(backup_path)
    except (sqlite3.Error, OSError) as exc:
        raise storage_error(exc, db_path) from exc
    try:
        backup_to_file(source, tmp)
        fsync_file(tmp)
        tmp.replace(db_path)
        fsync_dir(db_path.parent)
    except (sqlite3.Error, OSError) as exc:
        remove_with_companions(tmp)
        raise storage_error(exc, db_path) from exc
    finally:
        source.close()
