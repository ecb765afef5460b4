"""Faults below the command line: SQLite's and the system's words made into one sentence,
backups checked column by column, private files whatever the umask, settings checked on
read (issue 15)."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from poems_tracker import settings
from poems_tracker.demo import fill
from poems_tracker.errors import DamagedError, DatabaseError, LinkError, StorageError
from poems_tracker.store import sqlite_files
from poems_tracker.store.backup import inspect, make_backup
from poems_tracker.store.database import Database
from poems_tracker.store.restore import restore

TODAY = date(2026, 11, 25)


def _sqlite_error(name: str, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("exc", "kind", "words"),
    [
        (_sqlite_error("SQLITE_CORRUPT", "disk image is malformed"), DamagedError, "damaged"),
        (_sqlite_error("SQLITE_NOTADB", "file is not a database"), DamagedError, "damaged"),
        (_sqlite_error("SQLITE_FULL", "database or disk is full"), StorageError, "disk is full"),
        (_sqlite_error("SQLITE_IOERR_WRITE", "disk I/O error"), StorageError, "disk is full"),
        (_sqlite_error("SQLITE_BUSY", "database is locked"), StorageError, "another program"),
        (_sqlite_error("SQLITE_READONLY", "readonly database"), StorageError, "read-only"),
        (OSError(errno.ENOSPC, "No space left on device", "/d/x"), StorageError, "disk is full"),
        (OSError(errno.EFBIG, "File too large", "/d/x"), StorageError, "disk is full"),
        (OSError(errno.EROFS, "Read-only file system", "/d"), StorageError, "read-only"),
        (PermissionError(errno.EACCES, "Permission denied", "/d"), StorageError, "no permission"),
        (OSError(errno.ENOTDIR, "Not a directory", "/d"), StorageError, "is not a folder"),
        (FileNotFoundError(errno.ENOENT, "No such file", "/d/x"), StorageError, "does not exist"),
        (OSError(errno.ELOOP, "Too many links", "/d/x"), LinkError, "link"),
    ],
)
def test_each_fault_is_one_sentence_and_damage_only_when_sqlite_says_so(
    exc: BaseException, kind: type, words: str
) -> None:
    found = sqlite_files.storage_error(exc)
    assert type(found) is kind
    assert words in found.message and "\n" not in found.message
    assert found.message.endswith(".")
    assert ("damaged" in found.message) == (kind is DamagedError)


def test_a_folder_without_permission_is_named(tmp_path: Path) -> None:
    """As a user, a folder of 0500 refuses; as root (who may write anyway) the system's words
    for it are still turned into the same sentence."""
    folder = tmp_path / "theirs"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        found = sqlite_files.explain_cantopen(folder / "tracker.db")
        if os.geteuid() != 0:
            assert "no permission" in found.message and str(folder) in found.message
        else:
            denied = PermissionError(errno.EACCES, "Permission denied", str(folder))
            assert str(folder) in sqlite_files.storage_error(denied).message
    finally:
        folder.chmod(0o700)


def test_a_restore_refuses_a_backup_whose_columns_are_not_ours(
    db: Database, tmp_path: Path
) -> None:
    fill(db, years=1, seed=3, today=TODAY)
    good = make_backup(db, out=tmp_path / "good.db")
    strange = tmp_path / "strange.db"
    strange.write_bytes(good.read_bytes())
    conn = sqlite3.connect(strange)
    conn.execute("ALTER TABLE checkins RENAME COLUMN note TO remark")
    conn.commit()
    conn.close()
    before = db.path.read_bytes()  # type: ignore[union-attr]
    with pytest.raises(DatabaseError, match="not a POEMS Tracker backup"):
        inspect(strange)
    with pytest.raises(DatabaseError, match="not a POEMS Tracker backup"):
        restore(strange, db.path)
    assert db.path.read_bytes() == before  # type: ignore[union-attr]
    assert inspect(good)[1] == 1  # the same backup with our columns is fine


def test_copies_are_private_from_their_first_byte_whatever_the_umask(
    db: Database, tmp_path: Path
) -> None:
    fill(db, years=1, seed=3, today=TODAY)
    old = os.umask(0)
    try:
        part = tmp_path / "copy.db.part"
        sqlite_files.backup_to_file(db.conn, part)
        assert part.stat().st_mode & 0o777 == 0o600
        dest = make_backup(db, tmp_path / "backups")
        assert dest.stat().st_mode & 0o777 == 0o600
        made = Database.open(tmp_path / "new" / "tracker.db")
        made.close()
        assert (tmp_path / "new" / "tracker.db").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_a_link_is_never_chmod_ed_or_opened_for_writing(tmp_path: Path) -> None:
    from poems_tracker import paths

    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    victim.chmod(0o644)
    link = tmp_path / "data" / "tracker.db"
    link.parent.mkdir()
    link.symlink_to(victim)
    paths.make_private_file(link)
    assert victim.stat().st_mode & 0o777 == 0o644
    with pytest.raises(LinkError, match="symbolic link"):
        Database.open(link)
    with pytest.raises(FileExistsError):
        sqlite_files.create_private(link)
    assert victim.read_text() == "not yours" and victim.stat().st_mode & 0o777 == 0o644


def test_a_damaged_file_is_refused_when_judged_and_never_written(db: Database) -> None:
    fill(db, years=1, seed=3, today=TODAY)
    path = db.path
    db.close()
    assert path is not None
    with path.open("r+b") as handle:
        size = path.stat().st_size
        handle.seek(size // 2)
        handle.write(b"\xff" * (size // 4))
    before = path.read_bytes()
    with pytest.raises(DamagedError):
        Database.open(path, judge=True)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("prefs/text_scale", "1e308", 100),
        ("prefs/text_scale", "150", 150),
        ("prefs/text_scale", "5000", 100),
        ("prefs/function_check_days", "1e308", 7),
        ("prefs/function_check_days", "-3", 7),
        ("prefs/function_check_days", "14", 14),
        ("prefs/reminder_enabled", "maybe", True),
        ("prefs/reminder_enabled", "false", False),
        ("prefs/reminder_time", "25:99", "20:00"),
        ("prefs/reminder_time", "07:30", "07:30"),
        ("prefs/sex_for_ranges", "other", ""),
        ("prefs/sex_for_ranges", "female", "female"),
        ("prefs/language", "../../etc", ""),
        ("prefs/language", "zh_CN", "zh_CN"),
        ("prefs/patient_name", "A" * 5_000_000, "A" * settings.PATIENT_NAME_MAX),
    ],
)
def test_settings_are_checked_on_read(
    data_dir: Path, key: str, raw: str, expected: object
) -> None:
    data_dir.mkdir(parents=True)
    section, name = key.split("/")
    (data_dir / "settings.ini").write_text(f"[{section}]\n{name}={raw}\n")
    assert settings.get(key) == expected


def test_a_save_while_another_program_holds_the_lock_is_one_sentence(db: Database) -> None:
    """The window's saves meet the same fault as the command line: a PoemsError it can show."""
    import subprocess
    import sys

    from poems_tracker.domain.models import CheckIn
    from poems_tracker.store.checkins import get_checkin, save_checkin

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('holding', flush=True); time.sleep(60)",
            str(db.path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        db.conn.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(StorageError, match="in use by another program"):
            save_checkin(db, CheckIn(TODAY, {"pain": 2}))
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert get_checkin(db, TODAY) is None
