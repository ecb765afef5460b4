"""Consistent copies of the database with SQLite's online backup API, and what one holds.

A backup is taken page by page from a live connection (so a save during the backup never
tears it), written under a temporary name, made readable by the user only, verified
(integrity check, opens, same schema version and record counts as the source) and only then
given its final name. Old backups are thinned as Anki does (7 daily, 5 weekly, 12 monthly)
only after a new one was verified, and the newest good one is never pruned. Getting one
back is `restore.py`.
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from poems_tracker import paths
from poems_tracker.domain.text import N_
from poems_tracker.errors import DatabaseError
from poems_tracker.store import cipher, sqlite_files
from poems_tracker.store.database import Database
from poems_tracker.store.migrations import CURRENT_VERSION, MIGRATIONS, OUR_TABLES
from poems_tracker.store.records import RECORD_TABLES
from poems_tracker.store.sqlite_files import (
    backup_to_file,
    fsync_dir,
    fsync_file,
    open_read_only,
    remove_with_companions,
    storage_error,
)

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 5
KEEP_MONTHLY = 12
#: Copies taken before a restore, import or migration are kept this long whatever the rest.
KEEP_SAFETY_DAYS = 30
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^backup-(\d{4}-\d{2}-\d{2}_\d{6})(?:-(\d+))?-([a-z-]+)\.db$")
_MIGRATION_NAME = re.compile(r"^before-migration-v\d+_(\d{4}-\d{2}-\d{2}_\d{6})\.db$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    when: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    ok: bool = False
    problem: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def online_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the live database CONN to DEST page by page; DEST is readable by the user only."""
    paths.make_private_dir(dest.parent)
    return sqlite_files.online_backup(conn, dest)


# -- reading a backup ---------------------------------------------------------------------
def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in RECORD_TABLES}


@functools.cache
def schema_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Our tables and their columns at schema VERSION, from the migrations themselves."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return _columns(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    return {
        table: tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
        for table in sorted(OUR_TABLES)
    }


def inspect(path: Path, full: bool = False) -> tuple[dict[str, int], int]:
    """Check that PATH is a healthy POEMS Tracker database this program can read.

    Returns (record counts, schema version); raises DatabaseError with one plain sentence
    otherwise. Opens the file read-only: a backup is never changed by looking at it.
    """
    try:
        header = sqlite_files.read_header(path)
    except OSError as exc:
        raise DatabaseError(
            N_("errors", "The file {path} cannot be read ({reason})."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if not cipher.may_be_database(header):
        raise DatabaseError(
            N_("errors", "The file {path} is not a POEMS Tracker backup."), path=str(path)
        )
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(
            N_("errors", "The file {path} cannot be opened ({reason})."),
            path=str(path),
            reason=str(exc),
        ) from exc
    try:
        check = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}")]
        if rows != ["ok"]:
            raise DatabaseError(N_("errors", "The file {path} is damaged."), path=str(path))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > CURRENT_VERSION:
            raise DatabaseError(
                N_(
                    "errors",
                    "The file {path} was written by a newer version of POEMS "
                    "Tracker; please update the program first.",
                ),
                path=str(path),
            )
        if version < 1 or not tables >= OUR_TABLES or _columns(conn) != schema_columns(version):
            raise DatabaseError(
                N_("errors", "The file {path} is not a POEMS Tracker backup."), path=str(path)
            )
        return _counts(conn), version
    except sqlite3.DatabaseError as exc:
        if not sqlite_files.is_damage(exc):
            raise storage_error(exc, path) from exc
        raise DatabaseError(
            N_("errors", "The file {path} is damaged ({reason})."), path=str(path), reason=str(exc)
        ) from exc
    finally:
        conn.close()


# -- making a backup ----------------------------------------------------------------------
def _source(db: Database | Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to copy from; a path gets its own connection (for a worker thread)."""
    if isinstance(db, Database):
        return db.conn, False
    sqlite_files.refuse_link(db)
    return open_read_only(db), True


def _free_name(folder: Path, stamp: str, reason: str) -> Path:
    candidate = folder / f"backup-{stamp}-{reason}.db"
    number = 2
    while candidate.exists():
        candidate = folder / f"backup-{stamp}-{number}-{reason}.db"
        number += 1
    return candidate


def make_backup(
    db: Database | Path,
    folder: Path | None = None,
    reason: str = "daily",
    *,
    out: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Take a verified backup of DB into FOLDER (default `backups/`), or to the file OUT.

    The copy and the counts it is checked against come from one read snapshot, so a
    check-in saved meanwhile cannot make a good backup look wrong. A copy that fails its
    check is deleted and DatabaseError raised; nothing else in the folder is touched.
    """
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(reason)
    when = now or datetime.now().astimezone()
    try:
        if out is None:
            folder = folder or paths.backup_dir()
            paths.make_private_dir(folder, inside=True)
            dest = _free_name(folder, when.strftime(STAMP_FORMAT), reason)
        else:
            dest = out
            if dest.exists() and dest.is_dir():
                raise DatabaseError(
                    N_("errors", "{path} is a folder; give a file name for the backup."),
                    path=str(dest),
                )
        conn, own = _source(db)
    except OSError as exc:
        raise storage_error(exc, exc.filename or folder or out or "") from exc
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc
    tmp = dest.with_name(dest.name + ".part")
    try:
        if conn.in_transaction:  # a copy of half a user action would be a torn backup
            raise RuntimeError("make_backup must not run inside a transaction")
        conn.execute("BEGIN")  # one read snapshot for both the counts and the copy
        try:
            expected = _counts(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            backup_to_file(conn, tmp)
        finally:
            conn.execute("COMMIT")
        fsync_file(tmp)
        counts, found = inspect(tmp, full=True)
        if counts != expected or found != version:
            raise DatabaseError(
                N_("errors", "The backup {path} did not match the database and was removed."),
                path=str(dest),
            )
        tmp.replace(dest)
        fsync_dir(dest.parent)
    except (sqlite3.Error, OSError) as exc:
        remove_with_companions(tmp)
        raise storage_error(exc, dest if isinstance(exc, OSError) else "") from exc
    except BaseException:
        remove_with_companions(tmp)
        raise
    finally:
        if own:
            conn.close()
    log.info("backup written: %s", dest.name)
    return dest


# -- the list of backups ------------------------------------------------------------------
def _parse_name(path: Path) -> tuple[datetime, str] | None:
    """(when, reason) from a backup's name; names carry local wall-clock time, kept naive."""
    if match := _NAME.match(path.name):
        return datetime.strptime(match.group(1), STAMP_FORMAT), match.group(3)  # noqa: DTZ007
    if match := _MIGRATION_NAME.match(path.name):
        return datetime.strptime(match.group(1), STAMP_FORMAT), "before-migration"  # noqa: DTZ007
    return None


def backup_files(folder: Path) -> list[tuple[Path, datetime, str]]:
    """Our backup files in FOLDER, newest first (ties broken by name)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def read_info(path: Path, when: datetime | None = None, reason: str = "") -> BackupInfo:
    """What a backup holds, and whether it can be restored (never raises for a bad file)."""
    if when is None:
        parsed = _parse_name(path)
        mtime = datetime.fromtimestamp(path.stat().st_mtime)  # noqa: DTZ006 - local, naive
        when, reason = parsed or (mtime, "")
    try:
        counts, _version = inspect(path)
    except DatabaseError as exc:
        return BackupInfo(path, when, reason, ok=False, problem=exc.message)
    return BackupInfo(path, when, reason, counts, ok=True)


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Every backup in FOLDER, newest first, with its record counts and whether it is good."""
    folder = folder or paths.backup_dir()
    return [read_info(p, when, reason) for p, when, reason in backup_files(folder)]


def daily_backup_due(folder: Path, today: date, db_path: Path | None = None) -> bool:
    """True when no backup was taken on TODAY and (if DB_PATH is given) the data changed since
    the newest backup; an unchanged journal is not copied again and again."""
    files = backup_files(folder)
    if any(when.date() == today for _p, when, _r in files):
        return False
    if db_path is None or not files:
        return True
    newest = files[0][0].stat().st_mtime
    changed = max(
        (p.stat().st_mtime for p in (db_path, Path(f"{db_path}-wal")) if p.exists()), default=0.0
    )
    return changed > newest


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Thin old backups to the newest of each of the last 7 days, 5 weeks and 12 months.

    Call only after a new backup was verified. The newest good backup is always kept, and so
    is anything dated after NOW (a clock that jumped back must not cost a backup). Returns
    the files removed.
    """
    now = now.replace(tzinfo=None)
    files = backup_files(folder)
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    months: list[tuple[int, int]] = []
    for path, when, reason in files:
        if when > now + timedelta(minutes=5) or (
            reason.startswith("before-") and now - when < timedelta(days=KEEP_SAFETY_DAYS)
        ):
            keep.add(path)  # a jumped clock, or the copy taken just before a restore
            continue
        day, week, month = when.date(), when.isocalendar()[:2], (when.year, when.month)
        for bucket, seen, limit in (
            (day, days, KEEP_DAILY),
            (week, weeks, KEEP_WEEKLY),
            (month, months, KEEP_MONTHLY),
        ):
            if bucket not in seen and len(seen) < limit:
                seen.append(bucket)
                keep.add(path)
    newest_good = next((p for p, w, r in files if read_info(p, w, r).ok), None)
    if newest_good is not None:
        keep.add(newest_good)
    removed = _remove_stale_parts(folder)
    for path, _when, _reason in files:
        if path not in keep:
            remove_with_companions(path)  # the file and any -wal/-shm a reader left beside it
            removed.append(path)
            log.info("old backup pruned: %s", path.name)
    return removed


def _remove_stale_parts(folder: Path) -> list[Path]:
    """Half-written copies left by a backup that was killed (an hour old: nobody writes them)."""
    stale = []
    cutoff = time.time() - 3600
    for part in folder.glob("backup-*.db.part*"):
        if part.is_file() and part.stat().st_mtime < cutoff:
            part.unlink(missing_ok=True)
            stale.append(part)
    return stale


def backup_and_rotate(
    db: Database | Path,
    folder: Path | None = None,
    reason: str = "daily",
    now: datetime | None = None,
) -> Path:
    """A verified backup, then thinning; what the daily start-up job and `backup` run."""
    folder = folder or paths.backup_dir()
    now = now or datetime.now().astimezone()
    dest = make_backup(db, folder, reason, now=now)
    rotate(folder, now.replace(tzinfo=None))
    return dest
