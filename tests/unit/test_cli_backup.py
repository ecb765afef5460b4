"""`poems-tracker backup` and `restore` as interfaces.md pins them: exit 0, or 1 and one
sentence on stderr."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.domain.models import CheckIn
from poems_tracker.store.backup import inspect
from poems_tracker.store.checkins import get_checkin, save_checkin
from poems_tracker.store.database import Database


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _one_checkin(day: date, pain: int) -> None:
    with Database.open() as db:
        save_checkin(db, CheckIn(day, {"pain": pain}))


def test_backup_into_the_backups_folder(runner: CliRunner, data_dir: Path) -> None:
    _one_checkin(date(2026, 11, 1), 3)
    result = runner.invoke(main, ["backup"])
    assert result.exit_code == 0, result.stderr
    written = Path(result.output.removeprefix("Backup written to ").strip())
    assert written.parent == data_dir / "backups"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert inspect(written)[0]["checkins"] == 1


def test_backup_to_a_chosen_file_and_restore_it(
    runner: CliRunner, tmp_path: Path, data_dir: Path
) -> None:
    _one_checkin(date(2026, 11, 1), 3)
    out = tmp_path / "copy.db"
    assert runner.invoke(main, ["backup", "--out", str(out)]).exit_code == 0
    _one_checkin(date(2026, 11, 2), 8)

    result = runner.invoke(main, ["restore", str(out)])

    assert result.exit_code == 0, result.stderr
    assert "Restored 1 records" in result.output
    with Database.open() as db:
        assert get_checkin(db, date(2026, 11, 2)) is None
        assert get_checkin(db, date(2026, 11, 1)).values == {"pain": 3}
    kept = list((data_dir / "backups").glob("*-before-restore.db"))
    assert len(kept) == 1 and inspect(kept[0])[0]["checkins"] == 2


def test_restore_refuses_a_file_that_is_not_a_backup(
    runner: CliRunner, tmp_path: Path, data_dir: Path
) -> None:
    _one_checkin(date(2026, 11, 1), 3)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    before = (data_dir / "tracker.db").read_bytes()
    result = runner.invoke(main, ["restore", str(notes)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: The file {notes} is not a POEMS Tracker backup.\n"
    assert (data_dir / "tracker.db").read_bytes() == before


def test_restore_of_a_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["restore", str(tmp_path / "gone.db")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: There is no file {tmp_path / 'gone.db'}.\n"


def test_backup_with_no_database(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(main, ["backup"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: No database here ({data_dir}).\n"
    assert not (data_dir / "tracker.db").exists()


def test_backup_out_onto_a_folder_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    _one_checkin(date(2026, 11, 1), 3)
    result = runner.invoke(main, ["backup", "--out", str(tmp_path)])
    assert result.exit_code == 2  # click: a folder is a usage error for a file option


def test_restore_is_refused_while_the_window_is_open(
    runner: CliRunner, tmp_path: Path, data_dir: Path, qapp
) -> None:
    from poems_tracker.ui.shell.single_instance import Claim, SingleInstance

    _one_checkin(date(2026, 11, 1), 3)
    out = tmp_path / "copy.db"
    assert runner.invoke(main, ["backup", "--out", str(out)]).exit_code == 0
    _one_checkin(date(2026, 11, 2), 8)
    window_guard = SingleInstance(data_dir)
    assert window_guard.claim() is Claim.FIRST
    try:
        result = runner.invoke(main, ["restore", str(out)])
    finally:
        window_guard.release()
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: POEMS Tracker is open on this data folder;")
    with Database.open() as db:
        assert get_checkin(db, date(2026, 11, 2)) is not None  # nothing replaced
    assert runner.invoke(main, ["restore", str(out)]).exit_code == 0  # once it is closed
