"""Turning encryption at rest on and off, and changing the passphrase (interfaces.md).

Each file (the database, then every backup) is rewritten beside itself with
`sqlcipher_export`, synced, checked (integrity, same tables and row counts, same schema
version) and only then renamed over the old one: a SIGKILL at any moment leaves every file
old or new, whole. A small marker `encryption-pending.json` says what was under way; the
next open of the folder finishes it (or, when nothing was swapped yet, rolls it back), so no
plain copy of the records stays in an encrypted folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from poems_tracker.domain.text import N_
from poems_tracker.errors import DatabaseError, PoemsError, StorageError
from poems_tracker.store import cipher, keys
from poems_tracker.store.sqlite_files import storage_error

log = logging.getLogger(__name__)

DB_NAME = "tracker.db"
MARKER = "encryption-pending.json"
PART = ".cipher-part"
INCOMING = "restore-incoming.db" + PART


class EncryptionRefused(PoemsError):
    """The folder is not in a state for this command; nothing was changed."""


# -- the folder's files -------------------------------------------------------------------
def database_files(folder: Path) -> list[Path]:
    """The database first, then the other `*.db` beside it (files set aside as damaged),
    then every backup in backups/: an encrypted folder holds no plain copy of a record."""
    found = [folder / DB_NAME] if (folder / DB_NAME).exists() else []
    found += set_aside(folder)
    backups = folder / "backups"
    if backups.is_dir():
        found += sorted(p for p in backups.glob("*.db") if p.is_file())
    return found


def set_aside(folder: Path) -> list[Path]:
    """Every `*.db` in FOLDER but the database: `tracker.damaged-*.db` and the like."""
    return sorted(p for p in folder.glob("*.db") if p.is_file() and p.name != DB_NAME)


#: Why a file set aside as damaged stops encryption or decryption: whole sentences, so that
#: each language can word them (a participle put into one sentence could not be translated).
_UNREADABLE_ASIDE = {
    "encrypted": N_(
        "errors",
        "The file {name}, set aside earlier as damaged, cannot be read, so it cannot be "
        "encrypted: move it out of {folder} (keep it if you hope to rescue something from "
        "it) or delete it, then try again. Nothing was changed.",
    ),
    "decrypted": N_(
        "errors",
        "The file {name}, set aside earlier as damaged, cannot be read, so it cannot be "
        "decrypted: move it out of {folder} (keep it if you hope to rescue something from "
        "it) or delete it, then try again. Nothing was changed.",
    ),
}


def _readable_or_refuse(folder: Path, from_key: bytes | None, doing: str) -> None:
    """Before anything is marked: each file set aside beside the database must be readable
    with FROM_KEY, else the command is refused with what to do (nothing changed). DOING is
    "encrypted" or "decrypted".

    The trial writes under a throwaway key and is removed, so no plain copy is made.
    """
    for path in set_aside(folder):
        if cipher.is_encrypted(path) == (from_key is not None):
            trial = path.with_name(path.name + PART)
            try:
                rewrite(path, trial, from_key, os.urandom(32))
            except StorageError:
                raise  # a full disk or a locked file is not damage: its own sentence
            except DatabaseError as exc:
                raise EncryptionRefused(
                    _UNREADABLE_ASIDE[doing], name=path.name, folder=str(folder)
                ) from exc
            finally:
                trial.unlink(missing_ok=True)


def is_encrypted_folder(folder: Path) -> bool:
    return cipher.is_encrypted(folder / DB_NAME)


def _marker(folder: Path) -> Path:
    return folder / MARKER


def _write_marker(folder: Path, action: str) -> None:
    path = _marker(folder)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps({"action": action}).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(folder)


def _pending(folder: Path) -> str | None:
    try:
        return str(json.loads(_marker(folder).read_text(encoding="ascii"))["action"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return "encrypt"  # a torn marker: treat it as the safer of the two


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_parts(folder: Path) -> None:
    Path(f"{keys.keys_path(folder)}.part").unlink(missing_ok=True)
    for where in (folder, folder / "backups"):
        if where.is_dir():
            for part in where.glob(f"*{PART}*"):
                part.unlink(missing_ok=True)


# -- rewriting one file -------------------------------------------------------------------
def _open_with(path: Path, key: bytes | None) -> sqlite3.Connection:
    """An sqlcipher3 connection (sqlcipher_export lives there), plain when KEY is None."""
    dbapi2 = cipher._sqlcipher()
    conn = dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {cipher.key_pragma(key)}")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _shape(conn: sqlite3.Connection, schema: str = "main") -> tuple[int, dict[str, int]]:
    tables = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {
        t: int(conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]) for t in tables
    }
    return int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]), counts


def rewrite(
    source: Path, dest: Path, from_key: bytes | None, to_key: bytes | None
) -> tuple[int, dict[str, int]]:
    """Write SOURCE's records into the new file DEST under TO_KEY (None: plain), checked.

    DEST is synced and made 0600; it is removed again if the check fails.
    """
    dest.unlink(missing_ok=True)
    try:
        conn = _open_with(source, from_key)
        try:
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = _shape(conn)
            target = cipher.key_pragma(to_key) if to_key is not None else "''"
            conn.execute(f"ATTACH DATABASE ? AS fresh KEY {target}", (str(dest),))
            conn.execute("SELECT sqlcipher_export('fresh')")
            conn.execute(f"PRAGMA fresh.user_version = {expected[0]}")
            conn.execute("DETACH DATABASE fresh")
        finally:
            conn.close()
        os.chmod(dest, 0o600)
        check = _open_with(dest, to_key)
        try:
            rows = [r[0] for r in check.execute("PRAGMA integrity_check")]
            found = _shape(check)
        finally:
            check.close()
        if rows != ["ok"] or found != expected:
            raise DatabaseError(
                N_(
                    "errors", "The rewritten copy of {path} did not match it; nothing was changed."
                ),
                path=str(source),
            )
        fd = os.open(dest, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except sqlite3.Error as exc:
        for leftover in (dest, Path(f"{dest}-journal"), Path(f"{dest}-wal"), Path(f"{dest}-shm")):
            leftover.unlink(missing_ok=True)

        if "not a database" in str(exc).lower():
            raise DatabaseError(
                N_(
                    "errors",
                    "The file {path} cannot be opened with this key; it is damaged or belongs "
                    "to another folder. Nothing was changed.",
                ),
                path=str(source),
            ) from exc
        raise storage_error(exc) from exc
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return expected


def _swap(path: Path, from_key: bytes | None, to_key: bytes | None) -> None:
    """Rewrite PATH beside itself, then rename the checked copy over it."""
    part = path.with_name(path.name + PART)
    rewrite(path, part, from_key, to_key)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists() and suffix == "-wal" and companion.stat().st_size > 0:
            part.unlink(missing_ok=True)
            raise EncryptionRefused(
                N_(
                    "errors",
                    "The database is in use by another program; close POEMS Tracker and try "
                    "again.",
                )
            )
        companion.unlink(missing_ok=True)
    part.replace(path)
    _fsync_dir(path.parent)
    log.info("%s rewritten (%s)", path.name, "encrypted" if to_key else "plain")


# -- the three commands -------------------------------------------------------------------
def begin_encrypt(folder: Path, passphrase: str) -> tuple[bytes, str]:
    """Make the keys (keys.json, 0600) and mark the folder; returns (data key, recovery key).

    Show the recovery key before `finish` rewrites anything, so an interrupted encryption
    never leaves the patient without it.
    """
    db = folder / DB_NAME
    if not db.exists():
        raise EncryptionRefused(N_("errors", "No database here ({folder})."), folder=str(folder))
    if cipher.is_encrypted(db) and _pending(folder) is None:
        raise EncryptionRefused(
            N_("errors", "The records in {folder} are already encrypted."), folder=str(folder)
        )
    if _pending(folder) == "decrypt":
        raise EncryptionRefused(
            N_(
                "errors",
                "A decryption of this folder was interrupted; run decrypt again to finish it "
                "first.",
            )
        )
    if _pending(folder) == "encrypt" and cipher.is_encrypted(db):
        raise EncryptionRefused(
            N_(
                "errors",
                "An encryption of this folder was interrupted; run any command with the "
                "passphrase to finish it.",
            )
        )
    _readable_or_refuse(folder, None, "encrypted")
    data_key, recovery_key, content = keys.new_keys(passphrase)
    _write_marker(folder, "encrypt")
    keys.write(keys.keys_path(folder), content)
    return data_key, recovery_key


def finish(folder: Path, data_key: bytes) -> None:
    """Rewrite every plain file of FOLDER under DATA_KEY (the database first), then unmark.

    If the database itself could not be rewritten (a full disk), everything is rolled back
    at once: the folder stays plain, as it was.
    """
    try:
        for path in database_files(folder):
            if not cipher.is_encrypted(path):
                _swap(path, None, data_key)
    except BaseException:
        if not cipher.is_encrypted(folder / DB_NAME):
            _remove_parts(folder)
            keys.keys_path(folder).unlink(missing_ok=True)
            _marker(folder).unlink(missing_ok=True)
        raise
    _remove_parts(folder)
    _marker(folder).unlink(missing_ok=True)
    _fsync_dir(folder)
    cipher.set_key(data_key)


def encrypt(folder: Path, passphrase: str) -> str:
    """Turn encryption on; returns the recovery key (to be shown once)."""
    data_key, recovery_key = begin_encrypt(folder, passphrase)
    finish(folder, data_key)
    return recovery_key


def decrypt(folder: Path, data_key: bytes) -> None:
    """Turn encryption off: every backup, then the database, rewritten plain; keys.json goes."""
    db = folder / DB_NAME
    if not cipher.is_encrypted(db):
        raise EncryptionRefused(
            N_("errors", "The records in {folder} are not encrypted."), folder=str(folder)
        )
    # Prove the key on the database before anything is marked or rewritten.
    cipher.connect(db, key=data_key, read_only=True).close()
    _readable_or_refuse(folder, data_key, "decrypted")
    _write_marker(folder, "decrypt")
    _decrypt_rest(folder, data_key)


def _decrypt_rest(folder: Path, data_key: bytes) -> None:
    files = database_files(folder)
    for path in [*files[1:], *files[:1]]:  # the database last: it says the folder's state
        if cipher.is_encrypted(path):
            _swap(path, data_key, None)
    _remove_parts(folder)
    keys.keys_path(folder).unlink(missing_ok=True)
    _marker(folder).unlink(missing_ok=True)
    _fsync_dir(folder)
    cipher.set_key(None)


def unlock_folder(folder: Path, secret: keys.Secret) -> bytes:
    """The data key of FOLDER from the passphrase or recovery key (WrongSecret if not)."""
    return keys.unlock(keys.read(keys.keys_path(folder)), secret)


def change_passphrase(folder: Path, secret: keys.Secret, new_passphrase: str) -> None:
    """Re-wrap the data key under NEW_PASSPHRASE; the data is not rewritten."""
    if not is_encrypted_folder(folder):
        raise EncryptionRefused(
            N_("errors", "The records in {folder} are not encrypted."), folder=str(folder)
        )
    path = keys.keys_path(folder)
    content = keys.read(path)
    data_key = keys.unlock(content, secret)
    cipher.connect(folder / DB_NAME, key=data_key, read_only=True).close()
    keys.write(path, keys.with_new_passphrase(content, data_key, new_passphrase))


# -- every open of the folder -------------------------------------------------------------
def prepare(db_path: Path) -> None:
    """Before the database at DB_PATH is opened: finish or roll back an interrupted command,
    and drop a stale keys.json beside a plain database. Two stat calls when nothing is on."""
    folder = db_path.parent
    action = _pending(folder) if _marker(folder).exists() else None
    if action is None:
        stale = keys.keys_path(folder)
        if stale.exists() and db_path.exists() and not cipher.is_encrypted(db_path):
            stale.unlink()
            log.info("stale keys.json removed beside a plain database")
        return
    _remove_parts(folder)
    files = database_files(folder)
    if action == "encrypt":
        if not cipher.is_encrypted(db_path):  # nothing swapped yet: roll back
            keys.keys_path(folder).unlink(missing_ok=True)
            _marker(folder).unlink(missing_ok=True)
            log.info("interrupted encryption rolled back")
            return
        finish(folder, cipher.current_key())
        log.info("interrupted encryption finished")
        return
    if not any(cipher.is_encrypted(p) for p in files):
        keys.keys_path(folder).unlink(missing_ok=True)
        _marker(folder).unlink(missing_ok=True)
        return
    _decrypt_rest(folder, cipher.current_key())
    log.info("interrupted decryption finished")


# -- backups that leave the folder, and come back -----------------------------------------
def write_keys_beside(dest: Path, folder: Path) -> Path | None:
    """`backup --out FILE` of an encrypted folder: FILE.keys holds its wrapped keys."""
    if not is_encrypted_folder(folder):
        return None
    side = Path(f"{dest}.keys")
    keys.write(side, keys.read(keys.keys_path(folder)))
    return side


@contextlib.contextmanager
def restorable(backup_path: Path, db_path: Path) -> Iterator[Path]:
    """BACKUP_PATH as a file under the database's own key (or plain, for a plain folder).

    A backup from another computer is opened with `FILE.keys` (else this folder's keys) and
    a plain backup restored into an encrypted folder is encrypted on the way in; the copy
    lives beside the database and is removed afterwards.
    """
    side = Path(f"{backup_path}.keys")
    own_keys = keys.keys_path(db_path.parent).exists()
    if cipher.is_encrypted(backup_path) and not (side.exists() or own_keys):
        yield backup_path  # no key can open it: the check says it is not a backup
        return
    want = cipher.current_key() if cipher.is_encrypted(db_path) else None
    have: bytes | None = None
    if cipher.is_encrypted(backup_path):
        have = cipher.ask_key(side) if side.exists() else cipher.current_key()
    if have == want:
        yield backup_path
        return
    copy = db_path.with_name(INCOMING)
    try:
        rewrite(backup_path, copy, have, want)
        yield copy
    finally:
        copy.unlink(missing_ok=True)
