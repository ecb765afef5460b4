"""File ▸ Back up now… and Restore from backup…, driven like a patient would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from poems_tracker.demo import fill
from poems_tracker.domain.models import CheckIn
from poems_tracker.store import backup
from poems_tracker.store.checkins import get_checkin, save_checkin
from poems_tracker.store.database import Database
from poems_tracker.ui.data import backup_dialogs
from poems_tracker.ui.data.backup_dialogs import RestoreDialog
from poems_tracker.ui.shell.main_window import MainWindow
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)


@pytest.fixture
def folder(db: Database, data_dir: Path) -> Path:
    fill(db, years=1, seed=4, today=TODAY)
    where = data_dir / "backups"
    backup.make_backup(db, where, "daily", now=datetime(2026, 11, 23, 7, 58, 0))
    save_checkin(db, CheckIn(date(2001, 1, 1), {"pain": 5}))
    backup.make_backup(db, where, "manual", now=datetime(2026, 11, 24, 20, 15, 0))
    broken = backup.make_backup(db, where, "daily", now=datetime(2026, 11, 25, 8, 2, 0))
    broken.write_bytes(broken.read_bytes()[:5000])
    return where


def test_dialog_lists_dates_and_counts_and_is_used_by_keyboard(
    qtbot, folder: Path, tmp_path: Path
) -> None:
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 3
    assert "Cannot be restored" in texts[0]  # the damaged newest one, shown but not usable
    assert not dialog.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "made by you" in texts[1] and "automatic" in texts[2]
    assert "2026" in texts[1] and ("20:15" in texts[1] or "8:15" in texts[1])
    info = backup.read_info(dialog.infos[1].path)
    assert f"Records: {info.total:,} (check-ins: {info.counts['checkins']:,})" in texts[1]
    assert dialog.list.currentRow() == 1  # the newest good backup is preselected
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_button.minimumHeight() >= 44
    assert dialog.list.visualItemRect(dialog.list.item(1)).height() >= 44
    assert dialog.grab().save(str(tmp_path / "restore_dialog.png"))

    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentRow() == 2
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen == dialog.infos[2].path


def test_dialog_with_no_backups_says_so(qtbot, data_dir: Path) -> None:
    dialog = RestoreDialog(data_dir / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert "no backups" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_a_file_from_elsewhere_is_checked_first(
    qtbot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.db"
    letter.write_text("Dear doctor")
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "open_path", lambda *_a: str(letter))
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warned.append(text))
    dialog = RestoreDialog(folder)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert warned == [f"The file {letter} is not a POEMS Tracker backup."]
    assert dialog.chosen is None


@pytest.fixture
def window(qtbot, folder: Path, db: Database) -> MainWindow:
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    return win


def test_menu_has_both_actions_above_quit(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts
    assert texts.index("&Restore from backup…") < texts.index("&Quit")


def test_back_up_now_runs_off_the_gui_thread_then_says_where(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    actions = window.backup_actions
    before = {i.path for i in backup.list_backups(folder)}
    job = None
    with qtbot.waitSignal(actions.back_up.changed, timeout=5000):
        job = actions.back_up_now()
    assert not actions.back_up.isEnabled()  # one backup at a time
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert job is not None and actions.back_up.isEnabled()
    (newest,) = [i for i in backup.list_backups(folder) if i.path not in before]
    assert newest.reason == "manual" and newest.ok
    assert str(newest.path) in said[0]


def test_restore_brings_back_the_records_and_the_window_shows_them(
    qtbot, window: MainWindow, folder: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = backup.list_backups(folder)[2].path  # the oldest: without 2001-01-01
    save_checkin(db, CheckIn(date(2002, 2, 2), {"pain": 1}))
    asked: list[str] = []
    said: list[str] = []
    monkeypatch.setattr(backup_dialogs, "choose_backup", lambda _w, _f: chosen)
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _y="": asked.append(text) or True)
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))

    with qtbot.waitSignal(window.events.changed, timeout=10000) as changed:
        window.backup_actions.restore_from_backup()

    assert changed.args[0].touches("checkins", "labs")
    assert "kept as a backup first" in asked[0]
    assert get_checkin(db, date(2001, 1, 1)) is None  # the window's own connection sees it
    assert get_checkin(db, date(2002, 2, 2)) is None
    assert "restored" in said[0] and "kept here" in said[0]
    kept = [i for i in backup.list_backups(folder) if i.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.name in said[0]
    with Database.open(kept[0].path, create=False) as before:
        assert get_checkin(before, date(2002, 2, 2)) is not None


def test_saying_no_changes_nothing(
    qtbot, window: MainWindow, folder: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = backup.list_backups(folder)[2].path
    before = list(db.conn.iterdump())
    monkeypatch.setattr(backup_dialogs, "choose_backup", lambda _w, _f: chosen)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    assert window.backup_actions.restore_from_backup() is None
    assert list(db.conn.iterdump()) == before
