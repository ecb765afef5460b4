"""A damaged, foreign or too-new database is reported in one sentence and never written to."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.demo import fill
from poems_tracker.errors import DamagedError, DatabaseError
from poems_tracker.store import health
from poems_tracker.store.backup import make_backup
from poems_tracker.store.database import Database

TODAY = date(2026, 11, 25)


@pytest.fixture
def db_file(data_dir: Path) -> Path:
    """A real ten-month database, closed (so it has no -wal beside it)."""
    with Database.open() as db:
        fill(db, years=1, seed=5, today=TODAY)
        return db.path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scramble(path: Path) -> None:
    """Random-looking bytes over pages in the middle of the file (tables and indexes)."""
    with path.open("r+b") as handle:
        size = path.stat().st_size
        handle.seek(size // 3)
        handle.write(bytes((i * 7919 + 13) % 256 for i in range(size // 3)))


def _scramble_schema(path: Path) -> None:
    """Random-looking bytes over the first page after its header: the list of tables."""
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(bytes((i * 7919 + 13) % 256 for i in range(3996)))


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"date,pain\r\n2026-11-01,4\r\n" * 40)


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann', '555')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "damaged"),
    "random bytes over the list of tables": (_scramble_schema, "damaged"),
    "not a database": (_not_a_database, "is not a database"),
    "another program's database": (_foreign, "database of another program"),
    "newer schema": (_newer, "newer version of POEMS Tracker"),
}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("case", list(CASES))
def test_check_says_what_is_wrong_in_one_sentence_and_writes_nothing(
    db_file: Path, data_dir: Path, case: str
) -> None:
    spoil, words = CASES[case]
    spoil(db_file)
    before = db_file.read_bytes()

    result = CliRunner().invoke(main, ["check"])

    assert result.exit_code == 1
    assert words in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert result.stderr.strip().startswith("Error: ")
    assert result.stderr.strip().endswith(".")
    assert db_file.read_bytes() == before


@pytest.mark.parametrize("case", list(CASES))
def test_opening_a_bad_file_raises_and_never_changes_it(db_file: Path, case: str) -> None:
    spoil, words = CASES[case]
    spoil(db_file)
    before = db_file.read_bytes()
    for _attempt in range(2):  # the window tries, the patient tries again
        with pytest.raises(DatabaseError, match=words):
            Database.open(db_file)
    assert db_file.read_bytes() == before


DAMAGE = {
    "truncated": _truncate,
    "random bytes in the middle": _scramble,
    "random bytes over the list of tables": _scramble_schema,
    "not a database": _not_a_database,
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_quick_check_finds_the_damage(db_file: Path, case: str) -> None:
    assert health.quick_check(db_file) == []
    DAMAGE[case](db_file)
    before = db_file.read_bytes()
    problems = health.quick_check(db_file)
    assert problems and all(p.startswith("The database file") for p in problems)
    assert db_file.read_bytes() == before


def test_damage_deep_inside_is_found_at_start_and_the_file_never_written(db_file: Path) -> None:
    """Pages the opening does not read can be damaged too: the judged opening (the command
    line's) and the start-up check find them, and neither writes a byte."""
    _scramble(db_file)
    before = db_file.read_bytes()
    with pytest.raises(DamagedError, match="is damaged"):
        Database.open(db_file, judge=True)
    assert health.quick_check(db_file)
    assert db_file.read_bytes() == before
    wal = Path(f"{db_file}-wal")  # a reader may leave an empty one; nothing was written
    assert not wal.exists() or wal.stat().st_size == 0


def test_quick_check_of_a_healthy_open_database_with_unsaved_wal(db: Database) -> None:
    fill(db, years=1, seed=2, today=TODAY)  # lives in the -wal until a checkpoint
    assert health.quick_check(db.path) == []
    assert health.quick_check(db.path.with_name("missing.db")) == []


def test_setting_aside_keeps_every_byte_and_never_overwrites(db_file: Path) -> None:
    wal = Path(f"{db_file}-wal")
    wal.write_bytes(b"newest saves")
    _scramble(db_file)
    original = db_file.read_bytes()
    now = datetime(2026, 11, 25, 8, 0, 0)

    first = health.set_aside_damaged(db_file, now=now)
    assert first.name == "tracker.damaged-2026-11-25_080000.db"
    assert first.read_bytes() == original
    assert Path(f"{first}-wal").read_bytes() == b"newest saves"
    assert not db_file.exists() and not wal.exists()

    db_file.write_bytes(b"second damaged file")
    second = health.set_aside_damaged(db_file, now=now)  # the same second: a new name
    assert second != first
    assert first.read_bytes() == original
    assert second.read_bytes() == b"second damaged file"


def test_newest_good_backup_skips_damaged_ones(db_file: Path, data_dir: Path) -> None:
    folder = data_dir / "backups"
    with Database.open(db_file) as db:
        good = make_backup(db, folder, now=datetime(2026, 11, 20, 8, 0, 0))
        bad = make_backup(db, folder, now=datetime(2026, 11, 24, 8, 0, 0))
    _truncate(bad)
    found = health.newest_good_backup(folder)
    assert found is not None and found.path == good and found.total > 300
    assert health.newest_good_backup(data_dir / "nothing-here") is None


def test_restore_from_the_command_line_after_damage(db_file: Path, data_dir: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(main, ["backup"])
    assert made.exit_code == 0, made.output
    saved = Path(made.output.split("Backup written to ", 1)[1].strip())
    _scramble(db_file)
    damaged = db_file.read_bytes()
    assert runner.invoke(main, ["check"]).exit_code == 1

    result = runner.invoke(main, ["restore", str(saved)])

    assert result.exit_code == 0, result.output
    assert "kept as" in result.output
    assert runner.invoke(main, ["check"]).exit_code == 0
    aside = [
        p
        for p in data_dir.iterdir()
        if p.name.startswith("tracker.damaged-") and p.suffix == ".db"
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert oct(os.stat(aside[0]).st_mode & 0o777) == "0o600"
