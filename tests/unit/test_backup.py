"""Backups are real SQLite backup-API copies, verified, private, thinned like Anki's, and a
restore checks the file before it replaces anything."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from poems_tracker.demo import fill
from poems_tracker.domain.models import CheckIn
from poems_tracker.errors import DatabaseError
from poems_tracker.store import backup
from poems_tracker.store.checkins import get_checkin, save_checkin
from poems_tracker.store.database import Database
from poems_tracker.store.records import record_counts
from poems_tracker.store.restore import restore

TODAY = date(2026, 11, 25)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db, years=1, seed=3, today=TODAY)
    return db


def test_backup_is_private_verified_and_holds_every_record(
    filled: Database, data_dir: Path
) -> None:
    dest = backup.make_backup(filled, reason="manual")
    assert dest.parent == data_dir / "backups"
    assert dest.name.startswith("backup-") and dest.name.endswith("-manual.db")
    assert _mode(dest) == 0o600
    assert _mode(dest.parent) == 0o700
    counts, version = backup.inspect(dest, full=True)
    assert counts == record_counts(filled)
    assert counts["checkins"] > 300
    assert version == filled.version
    assert not list(dest.parent.glob("*.part"))
    assert _dump(dest) == list(filled.conn.iterdump())


def test_no_backup_of_half_a_user_action(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="inside a transaction"), filled.transaction():
        save_checkin(filled, CheckIn(date(2001, 1, 1), {"pain": 2}))
        backup.make_backup(filled, out=tmp_path / "inside.db")
    assert get_checkin(filled, date(2001, 1, 1)) is None  # the action was rolled back whole
    assert not (tmp_path / "inside.db").exists()


def test_backup_to_a_chosen_file(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "stick" / "poems.db"
    out.parent.mkdir()
    assert backup.make_backup(filled, out=out) == out
    assert _mode(out) == 0o600
    assert backup.inspect(out)[0] == record_counts(filled)


def test_two_backups_in_the_same_second_do_not_overwrite(filled: Database) -> None:
    now = datetime(2026, 11, 25, 9, 0, 0)
    first = backup.make_backup(filled, now=now)
    save_checkin(filled, CheckIn(date(2001, 1, 1), {"pain": 1}))
    second = backup.make_backup(filled, now=now)
    assert first != second and first.exists() and second.exists()
    assert backup.inspect(first)[0] != backup.inspect(second)[0]


def test_list_shows_dates_counts_and_damage(filled: Database, data_dir: Path) -> None:
    folder = data_dir / "backups"
    good = backup.make_backup(filled, now=datetime(2026, 11, 20, 8, 0, 0))
    bad = backup.make_backup(filled, now=datetime(2026, 11, 24, 8, 0, 0))
    with bad.open("r+b") as handle:  # random bytes into the middle of the file
        handle.seek(bad.stat().st_size // 2)
        handle.write(b"\x5a" * 8192)
    infos = backup.list_backups(folder)
    assert [i.path for i in infos] == [bad, good]  # newest first
    assert infos[1].ok and infos[1].when == datetime(2026, 11, 20, 8, 0, 0)
    assert infos[1].counts == record_counts(filled) and infos[1].total > 300
    assert not infos[0].ok and "damaged" in infos[0].problem


def test_daily_backup_is_due_once_a_day_and_only_after_changes(
    filled: Database, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    assert backup.daily_backup_due(folder, TODAY)
    backup.make_backup(filled, folder, now=datetime(2026, 11, 25, 7, 0, 0))
    assert not backup.daily_backup_due(folder, TODAY)
    tomorrow = TODAY + timedelta(days=1)
    assert backup.daily_backup_due(folder, tomorrow)
    # nothing saved since the last copy: no need for another identical one
    filled.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    newest = backup.list_backups(folder)[0].path.stat().st_mtime
    import os

    for p in (filled.path, Path(f"{filled.path}-wal")):
        if p.exists():
            os.utime(p, (newest - 60, newest - 60))
    assert not backup.daily_backup_due(folder, tomorrow, filled.path)
    save_checkin(filled, CheckIn(TODAY, {"pain": 2}))
    assert backup.daily_backup_due(folder, tomorrow, filled.path)


def test_rotation_over_fourteen_months_keeps_7_daily_5_weekly_12_monthly(
    db: Database, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    start = datetime(2025, 9, 1, 8, 30, 0)
    days = 430
    for n in range(days):
        now = start + timedelta(days=n)
        save_checkin(db, CheckIn(now.date(), {"pain": n % 11}))
        backup.backup_and_rotate(db, folder, now=now)
    last = start + timedelta(days=days - 1)
    kept = sorted(i.when.date() for i in backup.list_backups(folder))
    daily = {(last - timedelta(days=k)).date() for k in range(7)}
    weekly = set()
    monthly = set()
    for n in range(days):  # the newest backup of each week / month is the latest day in it
        d = (start + timedelta(days=n)).date()
        weekly.add(
            max(
                x
                for x in [(start + timedelta(days=m)).date() for m in range(days)]
                if x.isocalendar()[:2] == d.isocalendar()[:2]
            )
        )
        monthly.add(
            max(
                x
                for x in [(start + timedelta(days=m)).date() for m in range(days)]
                if (x.year, x.month) == (d.year, d.month)
            )
        )
    expected = daily | set(sorted(weekly)[-5:]) | set(sorted(monthly)[-12:])
    assert set(kept) == expected
    assert len(kept) <= 7 + 5 + 12
    assert min(kept) == date(2025, 12, 31)  # the end of the twelfth month back
    # the backup from the end of each kept month still holds that month's check-ins
    oldest = backup.list_backups(folder)[-1]
    assert oldest.ok and oldest.counts["checkins"] == (date(2025, 12, 31) - start.date()).days + 1


def test_rotation_never_deletes_the_only_good_backup(db: Database, data_dir: Path) -> None:
    folder = data_dir / "backups"
    save_checkin(db, CheckIn(date(2024, 1, 5), {"pain": 4}))
    good = backup.make_backup(db, folder, now=datetime(2024, 1, 5, 9, 0, 0))
    now = datetime(2026, 11, 25, 9, 0, 0)
    for months in range(20):  # twenty newer files, all unreadable
        bad = folder / f"backup-{(now - timedelta(days=30 * months)):%Y-%m-%d_%H%M%S}-daily.db"
        bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    backup.rotate(folder, now)
    assert good.exists()
    assert backup.inspect(good)[0]["checkins"] == 1


def test_rotation_clears_copies_left_half_written_by_a_killed_backup(
    db: Database, data_dir: Path
) -> None:
    import os

    folder = data_dir / "backups"
    good = backup.make_backup(db, folder, now=datetime(2026, 11, 25, 9, 0, 0))
    stale = folder / "backup-2026-11-24_090000-daily.db.part"
    stale.write_bytes(b"SQLite format 3\x00 half")
    os.utime(stale, (stale.stat().st_mtime - 7200,) * 2)
    fresh = folder / "backup-2026-11-25_090500-daily.db.part"  # being written right now
    fresh.write_bytes(b"SQLite format 3\x00 half")
    backup.rotate(folder, datetime(2026, 11, 25, 9, 10, 0))
    assert not stale.exists() and fresh.exists() and good.exists()


def test_copies_taken_before_a_restore_survive_rotation_for_a_month(
    db: Database, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    morning = datetime(2026, 11, 25, 8, 0, 0)
    safety = backup.make_backup(db, folder, "before-restore", now=morning)
    for hour in range(1, 5):
        backup.make_backup(db, folder, now=morning + timedelta(hours=hour))
    backup.rotate(folder, morning + timedelta(days=3))
    assert safety.exists()
    backup.rotate(folder, morning + timedelta(days=40))
    assert not safety.exists()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(
    filled: Database, data_dir: Path
) -> None:
    before = list(filled.conn.iterdump())
    saved = backup.make_backup(filled, reason="manual")
    save_checkin(filled, CheckIn(TODAY, {"pain": 9}, note="after the backup"))
    after = list(filled.conn.iterdump())

    result = restore(saved, filled.path)

    assert list(filled.conn.iterdump()) == before  # the open connection sees the backup
    assert get_checkin(filled, TODAY) is None or get_checkin(filled, TODAY).note == ""
    assert result.kept is not None and result.kept.name.endswith("-before-restore.db")
    assert _dump(result.kept) == after  # the replaced data is kept as a backup
    assert result.counts == backup.inspect(saved)[0]
    assert _mode(filled.path) == 0o600
    with Database.open(filled.path, create=False) as again:
        assert list(again.conn.iterdump()) == before


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()


def _newer(path: Path, source: Path) -> None:
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _truncated(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scrambled(path: Path, source: Path) -> None:
    data = bytearray(source.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16384] = bytes((i * 131 + 7) % 256 for i in range(16384))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("not-a-database", "not a POEMS Tracker backup"),
        ("foreign", "not a POEMS Tracker backup"),
        ("newer", "newer version"),
        ("truncated", "damaged"),
        ("scrambled", "damaged"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    filled: Database, data_dir: Path, tmp_path: Path, kind: str, words: str
) -> None:
    good = backup.make_backup(filled, out=tmp_path / "good.db")
    bad = tmp_path / f"{kind}.db"
    if kind == "not-a-database":
        bad.write_text("date,pain\n2026-01-01,3\n")
    elif kind == "foreign":
        _foreign(bad)
    elif kind == "newer":
        _newer(bad, good)
    elif kind == "truncated":
        _truncated(bad, good)
    else:
        _scrambled(bad, good)
    before = list(filled.conn.iterdump())
    with pytest.raises(DatabaseError, match=words):
        restore(bad, filled.path)
    assert list(filled.conn.iterdump()) == before
    assert not list((data_dir / "backups").glob("*before-restore*"))


def test_restore_over_a_damaged_database_sets_it_aside_untouched(
    filled: Database, data_dir: Path
) -> None:
    saved = backup.make_backup(filled, reason="manual")
    db_path = filled.path
    filled.close()
    _scrambled(db_path, db_path)
    damaged_bytes = db_path.read_bytes()

    result = restore(saved, db_path)

    assert result.kept is not None and result.kept.name.startswith("tracker.damaged-")
    assert result.kept.read_bytes() == damaged_bytes
    assert _mode(db_path) == 0o600
    with Database.open(db_path, create=False) as again:
        assert record_counts(again) == backup.inspect(saved)[0]


def test_restore_into_an_empty_folder(filled: Database, tmp_path: Path) -> None:
    saved = backup.make_backup(filled, out=tmp_path / "saved.db")
    target = tmp_path / "new" / "tracker.db"
    result = restore(saved, target, tmp_path / "new" / "backups")
    assert result.kept is None
    assert _dump(target) == _dump(saved)


def test_restoring_the_database_onto_itself_is_refused(filled: Database) -> None:
    with pytest.raises(DatabaseError, match="the database itself"):
        restore(filled.path, filled.path)
