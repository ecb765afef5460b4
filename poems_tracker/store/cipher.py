"""Connections to plain or encrypted database files, from one place.

The file decides: one that starts with the SQLite header is plain and opened with the
standard library's `sqlite3` (no start-up cost when encryption is off); any other needs the
folder's data key and is opened with `sqlcipher3`, imported only then. The key this process
unlocked is kept here in memory only; `PRAGMA key` with the raw key comes before anything
else, and the temp store stays in memory so that nothing plain reaches a temporary file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from poems_tracker import paths
from poems_tracker.domain.text import N_
from poems_tracker.errors import DamagedError, DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"

_session_key: bytes | None = None
#: Asks for the secret that opens a keys file (the command line prompts on the terminal or
#: reads --passphrase-file); returns the data key or raises a PoemsError.
_unlocker: Callable[[Path], bytes] | None = None


def set_key(key: bytes | None) -> None:
    """The data key of this data folder, once unlocked (None forgets it)."""
    global _session_key
    _session_key = key


def session_key() -> bytes | None:
    return _session_key


def set_unlocker(unlocker: Callable[[Path], bytes] | None) -> None:
    global _unlocker
    _unlocker = unlocker


def header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that does not start with the SQLite header."""
    head = header(path)
    return bool(head) and head != SQLITE_HEADER


def may_be_database(head: bytes) -> bool:
    """A header that is SQLite's, or one an unlocked key may explain (hooks for the checks)."""
    return head == SQLITE_HEADER or (bool(head) and _session_key is not None)


def ask_key(keys_file: Path) -> bytes:
    """The data key that KEYS_FILE wraps, from the secret the unlocker obtains."""
    if _unlocker is None:
        raise DatabaseError(
            N_(
                "errors",
                "The records are encrypted; give the passphrase or the recovery key first.",
            )
        )
    return _unlocker(keys_file)


def current_key() -> bytes:
    """The data folder's unlocked key, asking for the secret the first time."""
    global _session_key
    if _session_key is None:
        _session_key = ask_key(paths.data_dir() / "keys.json")
    return _session_key


def _sqlcipher() -> Any:
    from sqlcipher3 import dbapi2

    _adopt_sqlite3_errors(dbapi2)
    return dbapi2


def _adopt_sqlite3_errors(dbapi2: Any) -> None:
    """Make sqlcipher3's exceptions also sqlite3's, so every `except sqlite3.X` catches them.

    sqlcipher3 is a copy of the standard module with its own classes; without this a
    constraint error on an encrypted database would escape as a traceback.
    """
    if issubclass(dbapi2.DatabaseError, sqlite3.DatabaseError):
        return
    for name in (  # Warning and Error derive from Exception and cannot take a second base
        "InterfaceError",
        "DatabaseError",
        "DataError",
        "OperationalError",
        "IntegrityError",
        "InternalError",
        "ProgrammingError",
        "NotSupportedError",
    ):
        ours, theirs = getattr(dbapi2, name), getattr(sqlite3, name)
        ours.__bases__ = (*ours.__bases__, theirs)


def key_pragma(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    key: bytes | None = None,
    new_encrypted: bool = False,
    **kwargs: Any,
) -> sqlite3.Connection:
    """A connection to PATH: sqlite3 for a plain file, sqlcipher3 with the key otherwise.

    KEY overrides the folder's key (a backup from another computer); NEW_ENCRYPTED makes a
    new or empty file an encrypted one with the folder's key.
    """
    path = Path(path)
    encrypted = key is not None or new_encrypted or is_encrypted(path)
    target: Any = f"{path.resolve().as_uri()}?mode=ro" if read_only else path
    if read_only:
        kwargs["uri"] = True
    if not encrypted:
        return sqlite3.connect(target, **kwargs)
    key = key or current_key()
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(target, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        # SQLCipher cannot tell a wrong key from a damaged file (SQLITE_NOTADB either way)
        raise DamagedError(
            N_(
                "errors",
                "The file {path} cannot be opened with the key of this data folder; it is "
                "damaged or belongs to another folder.",
            ),
            path=str(path),
        ) from exc
    return conn


def connect_like(source: sqlite3.Connection, path: Path, **kwargs: Any) -> sqlite3.Connection:
    """A new file that can take SOURCE's pages with the backup API (same cipher, same key)."""
    if isinstance(source, sqlite3.Connection):
        return sqlite3.connect(path, **kwargs)
    return connect(path, key=current_key(), **kwargs)
