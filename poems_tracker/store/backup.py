"""Consistent copies of the database with SQLite's online backup API, and getting them back.

A backup is taken page by page from a live connection (so a save during the backup never
tears it), written under a temporary name, made readable by the user only, verified
(integrity check, opens, same schema version and record counts as the source) and only then
given its final name. Old backups are thinned as Anki does (7 daily, 5 weekly, 12 monthly)
only after a new one was verified, and the newest good one is never pruned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from poems_tracker import paths
from poems_tracker.errors import DatabaseError, PoemsError
from poems_tracker.store import cipher
from poems_tracker.store.database import SQLITE_HEADER, Database
from poems_tracker.store.migrations import CURRENT_VERSION, OUR_TABLES
from poems_tracker.store.records import RECORD_TABLES

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
    tmp = dest.with_name(dest.name + ".part")
    _backup_to_file(conn, tmp)
    _fsync(tmp)
    paths.make_private_file(tmp)
    tmp.replace(dest)
    _fsync_dir(dest.parent)
    return dest


def _backup_to_file(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy CONN into the new file DEST, as a self-contained file (no -wal beside it)."""
    target = cipher.connect_like(conn, dest, isolation_level=None)
    try:
        # No syncs while the copy is written under its temporary name: the caller fsyncs the
        # finished file once before renaming it into place (5-10x faster, just as safe).
        target.execute("PRAGMA synchronous = OFF")
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # reading it later leaves no -wal/-shm
    finally:
        target.close()


def _remove_part(tmp: Path) -> None:
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


# -- reading a backup ---------------------------------------------------------------------
def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in RECORD_TABLES}


def _open_read_only(path: Path) -> sqlite3.Connection:
    return cipher.connect(path, read_only=True, isolation_level=None, check_same_thread=False)


def inspect(path: Path, full: bool = False) -> tuple[dict[str, int], int]:
    """Check that PATH is a healthy POEMS Tracker database this program can read.

    Returns (record counts, schema version); raises DatabaseError with one plain sentence
    otherwise. Opens the file read-only: a backup is never changed by looking at it.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            "The file {path} cannot be read ({reason}).",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if not cipher.may_be_database(header):
        raise DatabaseError("The file {path} is not a POEMS Tracker backup.", path=str(path))
    try:
        conn = _open_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(
            "The file {path} cannot be opened ({reason}).", path=str(path), reason=str(exc)
        ) from exc
    try:
        check = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}")]
        if rows != ["ok"]:
            raise DatabaseError("The file {path} is damaged.", path=str(path))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > CURRENT_VERSION:
            raise DatabaseError(
                "The file {path} was written by a newer version of POEMS "
                "Tracker; please update the program first.",
                path=str(path),
            )
        if version < 1 or not tables >= OUR_TABLES:
            raise DatabaseError("The file {path} is not a POEMS Tracker backup.", path=str(path))
        return _counts(conn), version
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "The file {path} is damaged ({reason}).", path=str(path), reason=str(exc)
        ) from exc
    finally:
        conn.close()


# -- making a backup ----------------------------------------------------------------------
def _source(db: Database | Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to copy from; a path gets its own connection (for a worker thread)."""
    if isinstance(db, Database):
        return db.conn, False
    conn = cipher.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn, True


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
    if out is None:
        folder = folder or paths.backup_dir()
        paths.make_private_dir(folder)
        dest = _free_name(folder, when.strftime(STAMP_FORMAT), reason)
    else:
        dest = out
        if dest.exists() and dest.is_dir():
            raise DatabaseError(
                "{path} is a folder; give a file name for the backup.", path=str(dest)
            )
    conn, own = _source(db)
    tmp = dest.with_name(dest.name + ".part")
    try:
        if conn.in_transaction:  # a copy of half a user action would be a torn backup
            raise RuntimeError("make_backup must not run inside a transaction")
        conn.execute("BEGIN")  # one read snapshot for both the counts and the copy
        try:
            expected = _counts(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            _backup_to_file(conn, tmp)
        finally:
            conn.execute("COMMIT")
        _fsync(tmp)
        os.chmod(tmp, 0o600)
        counts, found = inspect(tmp, full=True)
        if counts != expected or found != version:
            raise DatabaseError(
                "The backup {path} did not match the database and was removed.", path=str(dest)
            )
        tmp.replace(dest)
        _fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        _remove_part(tmp)
        raise storage_error(exc) from exc
    except OSError as exc:
        _remove_part(tmp)
        raise DatabaseError(
            "The backup could not be written to {path} ({reason}).",
            path=str(dest),
            reason=exc.strerror or str(exc),
        ) from exc
    except PoemsError:
        _remove_part(tmp)
        raise
    finally:
        if own:
            conn.close()
    log.info("backup written: %s", dest.name)
    return dest


def storage_error(exc: sqlite3.Error) -> DatabaseError:
    """Turn SQLite's words for a full disk or failing drive into one plain sentence."""
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return DatabaseError(
            "The disk is full or cannot be written; nothing of this was "
            "saved, and what was saved before is safe. Free some space and "
            "try again."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError("The data folder cannot be written to; nothing of this was saved.")
    return DatabaseError(
        "The database could not be written ({reason}); nothing of this was saved.", reason=str(exc)
    )


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        _fsync(folder)


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
            _remove_part(path)  # the file and any -wal/-shm a reader left beside it
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


# -- restoring ----------------------------------------------------------------------------
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
    database of this version or older. A healthy current database is first backed up
    ("before-restore") and then overwritten in one SQLite transaction through the backup API,
    so a crash leaves either the old or the new data, and an open window keeps a valid
    connection. A damaged one is moved aside with its -wal/-shm, never overwritten, and the
    backup is copied in under a temporary name and renamed into place.
    """
    from poems_tracker.store.encryption import restorable

    db_path = db_path or paths.db_path()
    with restorable(backup_path, db_path) as usable:  # under this folder's key (issue 19)
        return _restore(usable, db_path, folder or paths.backup_dir())


def _restore(backup_path: Path, db_path: Path, folder: Path) -> RestoreResult:
    from poems_tracker.store.health import quick_check, set_aside_damaged

    counts, _version = inspect(backup_path, full=True)
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise DatabaseError(
            "The file {path} is the database itself, not a backup.", path=str(backup_path)
        )
    kept: Path | None = None
    healthy = db_path.exists() and db_path.stat().st_size > 0 and not quick_check(db_path)
    if healthy:
        try:
            inspect(db_path)
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
    if now_counts != counts and _version == CURRENT_VERSION:
        raise DatabaseError(
            "The restored database does not match the backup {path}.", path=str(backup_path)
        )
    log.info("restored from %s", backup_path.name)
    return RestoreResult(now_counts, kept)


def _copy_into(backup_path: Path, db_path: Path) -> None:
    """Overwrite the live database with the backup's pages, in one transaction."""
    source = _open_read_only(backup_path)
    target = cipher.connect(db_path, isolation_level=None)
    try:
        target.execute("PRAGMA busy_timeout = 5000")
        source.backup(target)
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc
    finally:
        target.close()
        source.close()


def _copy_to_new_file(backup_path: Path, db_path: Path) -> None:
    """Write a fresh database file from the backup, appearing at DB_PATH only when complete."""
    paths.make_private_dir(db_path.parent)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    source = _open_read_only(backup_path)
    try:
        _backup_to_file(source, tmp)
        _fsync(tmp)
        os.chmod(tmp, 0o600)
        tmp.replace(db_path)
        _fsync_dir(db_path.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove_part(tmp)
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc) from exc
        raise DatabaseError(
            "The backup could not be copied to {path} ({reason}).",
            path=str(db_path),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        source.close()
