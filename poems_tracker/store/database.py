"""Opening the database safely: refuse what is not ours, migrate after a backup, never overwrite.

Start-up uses the standard library's `sqlite3` only; `Database.utils` wraps the same
connection in `sqlite_utils.Database` on first need (it pulls in numpy, too slow for the
first paint — architecture.md rule 8).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from poems_tracker import paths
from poems_tracker.errors import DatabaseError
from poems_tracker.store import cipher
from poems_tracker.store.migrations import CURRENT_VERSION, MIGRATIONS, OUR_TABLES

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """One connection to the patient's database, in autocommit mode with explicit transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self._utils: sqlite_utils.Database | None = None

    @classmethod
    def open(cls, path: Path | None = None, *, create: bool = True) -> Database:
        """Open (and if needed create and migrate) the database at PATH, default the data folder.

        Raises DatabaseError for a file that is not a database, is someone else's, is damaged
        or was written by a newer version; such a file is never written to.
        """
        path = path or paths.db_path()
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            from poems_tracker.store.encryption import prepare

            prepare(path)  # finishes an interrupted encrypt/decrypt (encryption at rest)
            _refuse_non_sqlite(path)
        elif not create:
            raise DatabaseError("There is no database in {folder}.", folder=str(path.parent))
        try:
            conn = cipher.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise DatabaseError(
                "The database {path} cannot be opened: {reason}.", path=str(path), reason=str(exc)
            ) from exc
        paths.make_private_file(path)
        db = cls(conn, path)
        try:
            db._vet()  # reads only: a file that is not ours is never changed
            db._configure()
            db._migrate(existed)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DatabaseError(
                "The database {path} is damaged and cannot be read ({reason}).",
                path=str(path),
                reason=str(exc),
            ) from exc
        except DatabaseError:
            conn.close()
            raise
        for suffix in ("-wal", "-shm"):
            paths.make_private_file(path.with_name(path.name + suffix))
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
            self.conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a check-in that was confirmed as saved survives a power cut (issue 8).
        self.conn.execute("PRAGMA synchronous = FULL")

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _tables(self) -> set[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r[0] for r in rows}

    def _vet(self) -> None:
        """Refuse a database that is too new or someone else's, before writing anything."""
        version = self.version
        if version > CURRENT_VERSION:
            raise DatabaseError(
                "This database was written by a newer version of POEMS Tracker (schema {found}, "
                "this program knows up to {known}); please update the program.",
                found=version,
                known=CURRENT_VERSION,
            )
        tables = self._tables()
        if version == 0 and tables:
            raise DatabaseError(
                "The file {path} is a database of another program, not a POEMS Tracker database.",
                path=str(self.path),
            )
        if version > 0 and not tables >= OUR_TABLES:
            raise DatabaseError(
                "The file {path} is not a POEMS Tracker database.", path=str(self.path)
            )

    def _migrate(self, existed: bool) -> None:
        version = self.version
        if version == CURRENT_VERSION:
            return
        if existed and version > 0:
            self._backup_before_migration(version)
        for number in range(version, CURRENT_VERSION):
            with self.transaction():
                MIGRATIONS[number](self.conn)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
            log.info("database migrated to schema %d", number + 1)

    def _backup_before_migration(self, version: int) -> None:
        from poems_tracker.store.backup import online_backup

        stamp = datetime.now().astimezone().strftime("%Y-%m-%d_%H%M%S")
        online_backup(self.conn, paths.backup_dir() / f"before-migration-v{version}_{stamp}.db")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction: all of it is stored, or none of it."""
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _is_storage_problem(exc):
                from poems_tracker.store.backup import storage_error

                raise storage_error(exc) from exc
            raise

    @property
    def utils(self) -> sqlite_utils.Database:
        """The same connection seen through sqlite-utils, imported on first use."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse_non_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER and not (path.parent / "keys.json").exists():
        raise DatabaseError(
            "The file {path} is not a database; it was left untouched.", path=str(path)
        )


def _is_storage_problem(exc: sqlite3.OperationalError) -> bool:
    """A full disk, a failing drive or a read-only folder: the patient can act on these."""
    text = str(exc).lower()
    return any(words in text for words in ("full", "disk i/o", "readonly", "read-only"))


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
        return [f"The database is damaged and cannot be read ({exc})."]
    return problems
