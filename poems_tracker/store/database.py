"""Opening the database safely: refuse what is not ours, migrate after a backup, never overwrite.

Start-up uses the standard library's `sqlite3` only (architecture.md rule 8). A file is
judged on a read-only connection before it is opened for writing, so a file that is not
ours, too new or (when asked) damaged is never written to; the files below it
(`sqlite_files`) know SQLite's bytes, this module knows our schema.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from poems_tracker import paths
from poems_tracker.domain.text import N_
from poems_tracker.errors import DamagedError, DatabaseError, NoDatabaseError, PoemsError
from poems_tracker.store import cipher, encryption, keys, sqlite_files
from poems_tracker.store.migrations import CURRENT_VERSION, MIGRATIONS, OUR_TABLES
from poems_tracker.store.sqlite_files import storage_error

log = logging.getLogger(__name__)


class Database:
    """One connection to the patient's database, in autocommit mode with explicit transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(
        cls, path: Path | None = None, *, create: bool = True, judge: bool = False
    ) -> Database:
        """Open (and if needed create and migrate) the database at PATH, default the data folder.

        CREATE=False: a missing file is NoDatabaseError and nothing is made. JUDGE: run
        SQLite's quick check on a read-only connection first (the command line does). Raises
        a PoemsError in one sentence for a file that is not a database, is someone else's,
        is damaged, is too new, is a link, or cannot be reached (disk, permission, lock);
        such a file is never written to.
        """
        path = path or paths.db_path(create)
        try:
            existed = _prepare(path, create=create, judge=judge)
            conn = cipher.connect(
                path,
                isolation_level=None,
                check_same_thread=False,
                timeout=sqlite_files.LOCK_WAIT_MS / 1000,
            )
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc, path) from exc
        db = cls(conn, path)
        try:
            db._vet()  # reads only: a file that is not ours is never changed
            db._configure()
            db._migrate(existed)
            for suffix in ("-wal", "-shm"):
                paths.make_private_file(path.with_name(path.name + suffix))
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            raise storage_error(exc, path) from exc
        except PoemsError:
            conn.close()
            raise
        return db

    @classmethod
    def in_memory(cls) -> Database:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db = cls(conn, None)
        db._configure()
        db._vet()
        db._migrate(existed=False)
        return db

    def _configure(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        if self.path is not None:
            self._use_wal()
        # FULL: a check-in that was confirmed as saved survives a power cut (issue 8).
        self.conn.execute("PRAGMA synchronous = FULL")

    def _use_wal(self) -> None:
        """Switch to WAL once; a second first start switching at the same moment is waited
        for (SQLite answers "locked" at once here, without its busy wait)."""
        give_up = time.monotonic() + sqlite_files.LOCK_WAIT_MS / 1000
        while True:
            try:
                mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if not sqlite_files.is_lock(exc) or time.monotonic() > give_up:
                    raise
                time.sleep(0.02)

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _vet(self) -> None:
        """Refuse a database that is too new or someone else's, before writing anything."""
        vet(self.conn, self.path)

    def _migrate(self, existed: bool) -> None:
        version = self.version
        if version == CURRENT_VERSION:
            return
        if existed and version > 0:
            self._backup_before_migration(version)
        for number in range(version, CURRENT_VERSION):
            with self.transaction():  # BEGIN IMMEDIATE: one creator at a time
                if self.version > number:
                    continue  # another process (a second first start) did this step
                MIGRATIONS[number](self.conn)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
            log.info("database migrated to schema %d", number + 1)

    def _backup_before_migration(self, version: int) -> None:
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d_%H%M%S")
        folder = paths.backup_dir()
        sqlite_files.online_backup(self.conn, folder / f"before-migration-v{version}_{stamp}.db")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction: all of it is stored, or none of it."""
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # waits busy_timeout for another writer
        except sqlite3.OperationalError as exc:
            if _is_storage_problem(exc):
                raise storage_error(exc, self.path or "") from exc
            raise
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _is_storage_problem(exc):
                raise storage_error(exc, self.path or "") from exc
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def vet(conn: sqlite3.Connection, path: Path | None) -> None:
    """Refuse (DatabaseError) a database that is too new or someone else's; reads only."""
    # One statement, one snapshot: a second first start committing the new schema between
    # two reads would otherwise show "version 0 with tables", a stranger's database.
    row = conn.execute(
        "SELECT (SELECT user_version FROM pragma_user_version), "
        "(SELECT group_concat(name, char(31)) FROM sqlite_master WHERE type = 'table')"
    ).fetchone()
    version = int(row[0])
    tables = set(row[1].split("\x1f")) if row[1] else set()
    if version > CURRENT_VERSION:
        raise DatabaseError(
            N_(
                "errors",
                "This database was written by a newer version of POEMS Tracker (schema {found}, "
                "this program knows up to {known}); please update the program.",
            ),
            found=version,
            known=CURRENT_VERSION,
        )
    if version == 0 and tables:
        raise DatabaseError(
            N_(
                "errors",
                "The file {path} is a database of another program, not a POEMS Tracker database.",
            ),
            path=str(path),
        )
    if version > 0 and not tables >= OUR_TABLES:
        raise DatabaseError(
            N_("errors", "The file {path} is not a POEMS Tracker database."), path=str(path)
        )


def _judge(path: Path, *, damage: bool) -> None:
    """Vet PATH (and with DAMAGE run the quick check) on a connection that cannot write it.

    A read-write connection that finds a stranger would still checkpoint a foreign `-wal`
    into the file when it closes; a read-only one never does.
    """
    if damage:
        problems = sqlite_files.damage_report(path)
        if problems:
            raise DamagedError(
                N_(
                    "errors",
                    "The database {path} is damaged (problems found by SQLite's check: {count}) "
                    "and was left untouched.",
                ),
                path=str(path),
                count=len(problems),
            )
    conn = sqlite_files.open_read_only(path)
    try:
        vet(conn, path)
    finally:
        conn.close()


def _prepare(path: Path, *, create: bool, judge: bool) -> bool:
    """Look at PATH before SQLite opens it for writing; True when it holds a database.

    Refuses links (the file and its companions), files that are not SQLite, a missing file
    when CREATE is off, and with JUDGE a file SQLite's quick check calls damaged. A new file
    is made 0600 before SQLite writes its first byte.
    """
    for suffix in ("", *sqlite_files.COMPANIONS):
        sqlite_files.refuse_link(path.with_name(path.name + suffix))
    if sqlite_files.has_content(path):
        encryption.prepare(path)  # finish or roll back an interrupted encrypt/decrypt
        if not sqlite_files.is_sqlite_file(path) and not keys.keys_path(path.parent).exists():
            raise DatabaseError(
                N_("errors", "The file {path} is not a database; it was left untouched."),
                path=str(path),
            )
        _judge(path, damage=judge)
        return True
    if not create:
        raise NoDatabaseError(folder=str(path.parent))
    paths.make_private_dir(path.parent)
    if not path.exists():
        # FileExistsError: a second first start made it a moment ago; both open the same file
        with contextlib.suppress(FileExistsError):
            sqlite_files.create_private(path)
    return False


def _is_storage_problem(exc: sqlite3.OperationalError) -> bool:
    """A full disk, a failing drive, a read-only folder or another program's lock: the
    patient can act on these (a mistake in our SQL stays a bug, and is raised as one)."""
    text = str(exc).lower()
    words = ("full", "disk i/o", "readonly", "read-only")
    return any(w in text for w in words) or sqlite_files.is_lock(exc)


def integrity_problems(db: Database) -> list[str]:
    """`PRAGMA integrity_check` and foreign keys; an empty list means healthy."""
    try:
        rows = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"broken link in table {r[0]}, row {r[1]}"
            for r in db.conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.DatabaseError as exc:
        if not sqlite_files.is_damage(exc):
            raise storage_error(exc, db.path or "") from exc
        return [f"The database is damaged and cannot be read ({exc})."]
    return problems
