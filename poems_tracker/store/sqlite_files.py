"""SQLite files on disk, below `database.py`: header check, read-only open, private new files,
fsync, the online backup, and SQLite's or the system's fault said in one sentence.

Nothing here knows our schema; `database`, `backup`, `restore` and `health` build on it, so
the store has no import cycle. A file in the data folder is never reached through a symbolic
link (`O_NOFOLLOW`): a link there could point at another user's file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from poems_tracker import paths
from poems_tracker.domain.text import N_
from poems_tracker.errors import DamagedError, LinkError, PoemsError, StorageError
from poems_tracker.store import cipher

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")
#: How long a command waits for another program's write to finish before giving up.
LOCK_WAIT_MS = 3000
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


# -- refusing links, reading the header ------------------------------------------------------
def refuse_link(path: Path) -> None:
    """Raise LinkError when PATH itself is a symbolic link (the folder above may be one)."""
    if path.is_symlink():
        raise LinkError(path=str(path))


def read_header(path: Path) -> bytes:
    """The first 16 bytes of PATH, opened without following a link (OSError otherwise)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        return os.read(fd, len(SQLITE_HEADER))
    finally:
        os.close(fd)


def is_sqlite_file(path: Path) -> bool:
    return read_header(path) == SQLITE_HEADER


def has_content(path: Path) -> bool:
    """True when PATH is a file of more than 0 bytes (a link counts as content: refuse it)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    return info.st_size > 0 or path.is_symlink()


# -- connections ----------------------------------------------------------------------------
def open_read_only(path: Path, *, check_same_thread: bool = False) -> sqlite3.Connection:
    """A connection that can never write PATH: a damaged or not yet judged file stays as it is.

    `mode=ro` also means a stale or foreign `-wal` beside the file is never checkpointed
    into it. Raises sqlite3.Error like `sqlite3.connect`.
    """
    if cipher.is_encrypted(path):  # encryption at rest: the folder's key opens it
        conn = cipher.connect(
            path, read_only=True, isolation_level=None, check_same_thread=check_same_thread
        )
    else:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=check_same_thread,
        )
    conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    return conn


def create_private(path: Path) -> None:
    """Create PATH empty and readable by the user only, before SQLite or anyone writes it.

    Whatever the umask, the file is 0600 from its first byte; an existing file (or link) in
    its place is an error (FileExistsError), never followed or replaced.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    try:
        if hasattr(os, "fchmod"):  # the umask may have taken bits away, never added them
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        fsync_file(folder)


def remove_with_companions(path: Path) -> None:
    """Remove PATH and any -wal/-shm/-journal beside it (a half-written copy)."""
    for leftover in (path, *(Path(f"{path}{s}") for s in COMPANIONS)):
        leftover.unlink(missing_ok=True)


def _keys_near(path: Path) -> bool:
    """An encrypted folder's keys beside PATH (the database) or one folder up (a backup)."""
    return any((folder / "keys.json").exists() for folder in (path.parent, path.parent.parent))


def damage_report(path: Path, limit: int = 20) -> list[str]:
    """Plain sentences about damage to the SQLite file at PATH; empty when it looks healthy.

    A missing or empty file is not damage. `PRAGMA quick_check` (seconds at most, even for
    ten years of records) runs on a read-only connection, so neither the file nor a stale
    `-wal` beside it is written. A lock or disk fault is raised as one sentence, never
    called damage.
    """
    if not has_content(path):
        return []
    refuse_link(path)
    try:
        header = read_header(path)
    except OSError as exc:
        raise storage_error(exc, path) from exc
    if not (cipher.may_be_database(header) or (header and _keys_near(path))):
        return ["The database file is not a database any more (its beginning is damaged)."]
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc

    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise storage_error(exc, path) from exc
        return [f"The database file is damaged ({exc})."]
    finally:
        conn.close()
    if rows == ["ok"]:
        return []
    return [f"The database file is damaged: {row}" for row in rows]


# -- the online backup ------------------------------------------------------------------------
def backup_to_file(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy CONN into the new file DEST (0600), self-contained: no -wal beside it afterwards."""
    remove_with_companions(dest)
    create_private(dest)
    target = cipher.connect_like(conn, dest, isolation_level=None)  # same key, if any
    try:
        # No syncs while the copy is written under its temporary name: the caller fsyncs the
        # finished file once before renaming it into place (5-10x faster, just as safe).
        target.execute("PRAGMA synchronous = OFF")
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # reading it later leaves no -wal/-shm
    finally:
        target.close()


def online_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the live database CONN to DEST page by page; DEST is readable by the user only."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(dest.name + ".part")
    try:
        backup_to_file(conn, tmp)
        fsync_file(tmp)
        tmp.replace(dest)
    except BaseException:
        remove_with_companions(tmp)
        raise
    fsync_dir(dest.parent)
    return dest


# -- faults in one sentence -------------------------------------------------------------------
def is_damage(exc: BaseException) -> bool:
    """True only when SQLite says the file is damaged, never for a disk, lock or access fault."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(exc).lower()
    return not name and ("malformed" in text or "not a database" in text)


def is_lock(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower()


_DISK_FULL = N_(
    "errors",
    "The disk is full or cannot be written; nothing of this was saved, and what was saved "
    "before is safe. Free some space and try again.",
)
_READ_ONLY = N_(
    "errors",
    "The data folder {path} cannot be written to (it is read-only); nothing was changed.",
)
_NO_PERMISSION = N_(
    "errors",
    "You have no permission to use {path}; nothing was changed. It may belong to another user.",
)
_NOT_A_FOLDER = N_(
    "errors", "{path} is not a folder (a file of that name is in the way); nothing was changed."
)
_LOCKED = N_(
    "errors",
    "The database is in use by another program, which did not finish within a few seconds; "
    "nothing was changed. Close the other program and try again.",
)
_DISK_FAULT = N_(
    "errors",
    "The disk could not be read or written ({reason}); nothing of this was saved, and what "
    "was saved before is safe.",
)
_MISSING = N_("errors", "{path} does not exist; nothing was changed.")
_DAMAGED = N_("errors", "The database {path} is damaged and cannot be read ({reason}).")


def storage_error(exc: BaseException, path: Path | str = "") -> PoemsError:
    """One plain sentence for an SQLite or system fault; "damaged" only when SQLite says so.

    PATH names the file or folder concerned when the error does not (default: the data
    folder). A system error is judged by its errno, never by words in its text (a path
    such as /home/fuller must not read as a full disk).
    """
    if isinstance(exc, PoemsError):
        return exc
    where = str(path or getattr(exc, "filename", "") or "") or str(paths.data_dir(create=False))
    if isinstance(exc, OSError):
        return _system_fault(exc, where)
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    folder = str(Path(where).parent) if where.endswith(".db") else where
    if is_damage(exc):
        return DamagedError(_DAMAGED, path=where, reason=str(exc))
    if name.startswith("SQLITE_CANTOPEN"):
        return explain_cantopen(Path(where))  # SQLite only says "unable to open"
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StorageError(_DISK_FULL)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StorageError(_READ_ONLY, path=folder)
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return StorageError(_NO_PERMISSION, path=where)
    if is_lock(exc):
        return StorageError(_LOCKED)
    if (name.startswith("SQLITE_IOERR") and "READ" not in name) or "disk i/o" in text:
        return StorageError(_DISK_FULL)  # a write that failed: full, over quota or failing
    return StorageError(_DISK_FAULT, reason=str(exc) or type(exc).__name__)


def _system_fault(exc: OSError, where: str) -> PoemsError:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return StorageError(_DISK_FULL)
    if code == errno.EROFS:
        return StorageError(_READ_ONLY, path=where)
    if code in (errno.EACCES, errno.EPERM):
        return StorageError(_NO_PERMISSION, path=where)
    if code == errno.ENOENT:
        return StorageError(_MISSING, path=where)
    if code == errno.ENOTDIR:
        return StorageError(_NOT_A_FOLDER, path=where)
    if code == errno.ELOOP:
        return LinkError(path=where)
    return StorageError(_DISK_FAULT, reason=exc.strerror or str(exc) or type(exc).__name__)


def explain_cantopen(path: Path) -> PoemsError:
    """Why SQLite could not open PATH (it only says "unable to open"): ask the system."""
    folder = path.parent
    for step in (folder, *folder.parents):
        if step.exists() and not step.is_dir():
            return StorageError(_NOT_A_FOLDER, path=str(step))
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        if _read_only_mount(folder):
            return StorageError(_READ_ONLY, path=str(folder))
        return StorageError(_NO_PERMISSION, path=str(folder))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return StorageError(_NO_PERMISSION, path=str(path))
    return StorageError(_DISK_FAULT, reason="unable to open the database file")


def _read_only_mount(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
