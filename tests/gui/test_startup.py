"""Start-up: a damaged journal is said plainly and the newest good backup offered; the
daily backup is taken after the window shows, off the GUI thread."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from poems_tracker import paths
from poems_tracker.demo import fill
from poems_tracker.domain.models import CheckIn
from poems_tracker.store import backup
from poems_tracker.store.checkins import get_checkin, save_checkin
from poems_tracker.store.database import Database
from poems_tracker.store.records import record_counts
from poems_tracker.ui.shell import startup
from poems_tracker.ui.shell.main_window import MainWindow
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)


class Asked:
    """Records what the patient was shown and answers with a chosen button."""

    def __init__(self, answer: int | None) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str, list[str]]] = []
        self.told: list[str] = []

    def choose(self, _parent, title: str, text: str, options: list[str]) -> int | None:
        self.questions.append((title, text, options))
        return self.answer

    def inform(self, _parent, _title: str, text: str) -> None:
        self.told.append(text)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    def make(answer: int | None) -> Asked:
        fake = Asked(answer)
        monkeypatch.setattr(dialogs, "choose", fake.choose)
        monkeypatch.setattr(dialogs, "inform", fake.inform)
        monkeypatch.setattr(dialogs, "warn", fake.inform)
        return fake

    return make


def _damage(path: Path) -> bytes:
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 3)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(40000)))
    return path.read_bytes()


@pytest.fixture
def damaged_with_backup(data_dir: Path) -> tuple[Path, Path, bytes]:
    with Database.open() as db:
        fill(db, years=1, seed=6, today=TODAY)
        saved = backup.make_backup(db, now=datetime(2026, 11, 24, 21, 0, 0))
        save_checkin(db, CheckIn(date(2001, 1, 1), {"pain": 3}))
        path = db.path
    return path, saved, _damage(path)


def test_healthy_journal_opens_without_a_question(qtbot, db: Database, asked) -> None:
    fake = asked(None)
    assert startup.check_database()
    assert fake.questions == []


def test_damaged_journal_offers_the_newest_backup_and_keeps_the_damaged_file(
    qtbot, damaged_with_backup, asked, data_dir: Path
) -> None:
    path, saved, damaged = damaged_with_backup
    fake = asked(0)

    assert startup.check_database()

    title, text, options = fake.questions[0]
    assert title == "Your journal file is damaged"
    assert "24 November 2026" in text and "Restore it?" in text
    assert f"holds {backup.read_info(saved).total:,} records" in text  # grouped, as in English
    assert "kept aside, untouched" in text
    assert options == ["&Restore the backup", "&Quit"]
    aside = next(data_dir.glob("tracker.damaged-*.db"))
    assert aside.read_bytes() == damaged
    assert str(aside) in fake.told[0]
    assert fake.told[0].startswith("Your records from the backup of ")
    with Database.open(path, create=False) as db:
        assert record_counts(db) == backup.read_info(saved).counts
        assert get_checkin(db, date(2001, 1, 1)) is None  # saved after the backup


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(
    qtbot, damaged_with_backup, asked, data_dir: Path
) -> None:
    path, _saved, damaged = damaged_with_backup
    fake = asked(1)
    assert not startup.check_database()
    assert path.read_bytes() == damaged
    assert not list(data_dir.glob("tracker.damaged-*"))
    assert len(fake.questions) == 1


def test_the_check_begun_before_the_window_still_stops_a_damaged_journal(
    qtbot, damaged_with_backup, asked
) -> None:
    path, _saved, damaged = damaged_with_backup
    fake = asked(1)
    started = startup.check_in_background()  # what run() begins while Qt starts
    assert started is not None
    assert not startup.check_database(started=started)
    assert fake.questions[0][0] == "Your journal file is damaged"
    assert path.read_bytes() == damaged  # quitting wrote nothing


def test_the_early_check_waits_for_a_folder_and_a_passphrase(
    qtbot, tmp_path: Path, data_dir: Path, asked
) -> None:
    paths.set_data_dir(tmp_path / "not-made-yet")
    assert startup.check_in_background() is None
    assert not (tmp_path / "not-made-yet").exists()  # nothing created to look
    paths.set_data_dir(data_dir)
    data_dir.mkdir(mode=0o700)
    (data_dir / "tracker.db").write_bytes(b"\x8f" * 8192)  # not SQLite's header: encrypted
    assert startup.check_in_background() is None  # checked after the passphrase instead


def test_a_fault_in_the_early_check_is_raised_where_the_window_can_say_it(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poems_tracker.store import health

    def broken(_path: Path) -> list[str]:
        raise PermissionError("no")

    monkeypatch.setattr(health, "quick_check", broken)
    started = startup.check_in_background()
    assert started is not None
    with pytest.raises(PermissionError):
        started()


def test_no_backup_offers_an_empty_journal_and_keeps_the_old_file(
    qtbot, data_dir: Path, asked
) -> None:
    with Database.open() as db:
        save_checkin(db, CheckIn(date(2026, 11, 1), {"pain": 4}))
        path = db.path
    path.write_bytes(b"\x00" * 4096)  # the beginning of the file is gone
    fake = asked(0)
    assert startup.check_database()
    assert "no good backup" in fake.questions[0][1]
    assert fake.questions[0][2][0] == "Start an &empty journal"
    aside = next(data_dir.glob("tracker.damaged-*.db"))
    assert aside.read_bytes() == b"\x00" * 4096
    assert fake.told[0].startswith("A new, empty journal was started.")
    assert not path.exists()  # Database.open will start a fresh one


def test_daily_backup_after_the_first_paint_once_a_day(
    qtbot, db: Database, data_dir: Path
) -> None:
    save_checkin(db, CheckIn(date(2026, 11, 1), {"pain": 4}))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    startup.schedule_daily_backup(window, delay_ms=10)
    qtbot.waitUntil(lambda: bool(backup.list_backups(paths.backup_dir())), timeout=10000)
    (made,) = backup.list_backups(paths.backup_dir())
    assert made.reason == "daily" and made.ok and made.counts["checkins"] == 1
    qtbot.waitUntil(lambda: not workers_running(), timeout=5000)
    assert startup.start_daily_backup(window) is None  # not twice a day


def workers_running() -> bool:
    from poems_tracker.ui.shell import workers

    return bool(workers._running)
