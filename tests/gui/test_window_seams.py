"""The seams of the started window: its File menu, its one job runner, and `app.run()`."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from poems_tracker.domain.models import CheckIn
from poems_tracker.errors import DatabaseError
from poems_tracker.store import checkins as checkins_store
from poems_tracker.ui.shell import workers
from poems_tracker.ui.shell.app import QUIT_AFTER_SHOWN_ENV
from poems_tracker.ui.shell.data_events import CHECKINS
from poems_tracker.ui.shell.main_window import MainWindow
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import dialogs

ROOT = Path(__file__).resolve().parents[2]

FILE_MENU = [
    ("&Export CSV…", ""),
    ("&Import CSV…", ""),
    ("Export &FHIR…", ""),
    ("&Print report…", "Ctrl+P"),
    ("Print pre&view…", ""),
    ("Save report as P&DF…", ""),
    ("---", ""),
    ("Import &lab report…", ""),
    ("Export to &calendar…", ""),
    ("&Back up now…", ""),
    ("&Restore from backup…", ""),
    ("&Preferences…", "Ctrl+,"),
    ("---", ""),
    ("&Quit", "(the platform's Quit key)"),
]


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    shown = MainWindow(db)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _menu(window: MainWindow) -> list[tuple[str, str]]:
    return [
        ("---", "") if a.isSeparator() else (a.text(), a.shortcut().toString())
        for a in window.file_menu.actions()
    ]


def test_the_file_menu_of_a_started_window(window: MainWindow) -> None:
    quit_key = QKeySequence(QKeySequence.StandardKey.Quit).toString()
    assert _menu(window) == [*FILE_MENU[:-1], ("&Quit", quit_key)]
    assert all(a.isEnabled() for a in window.file_menu.actions())


def test_installing_the_file_menu_again_adds_nothing(window: MainWindow) -> None:
    from poems_tracker.ui.shell.registry import FILE_MENU_ACTIONS, load

    before = window.file_menu.actions()
    for installer in FILE_MENU_ACTIONS:
        load(installer)(window)
    assert window.file_menu.actions() == before


def _writing_actions(window: MainWindow) -> list:
    ex, backup = window.exchange_actions, window.backup_actions  # type: ignore[attr-defined]
    return [*ex.actions, backup.back_up, backup.restore]


def test_one_job_at_a_time_and_the_window_waits_for_it(
    qtbot, window: MainWindow, db, monkeypatch
) -> None:
    release = threading.Event()

    def slow_import(on_progress, cancelled) -> str:
        release.wait(10)
        return "imported"

    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: told.append(text))
    results: list[object] = []
    assert window.jobs.start(workers.Job(slow_import), results.append) is not None
    try:
        assert window.events.busy
        assert not any(a.isEnabled() for a in _writing_actions(window))
        # a restore cannot start during the import, nor a second job of any kind
        assert window.backup_actions.back_up_now() is None  # type: ignore[attr-defined]
        assert window.jobs.start(workers.Job(slow_import), results.append) is None
        assert told and told[0].startswith("Please wait until")
        # the pages' own writes wait too, with a sentence and no announcement
        status, announced = QLabel(), []
        window.events.changed.connect(announced.append)
        stored = run_write(
            window,
            lambda: checkins_store.save_checkin(db, CheckIn(date(2026, 3, 10), {"pain": 2})),
            {CHECKINS},
            where=status,
        )
        assert stored is False and "Please wait until" in status.text()
        assert announced == [] and checkins_store.list_checkins(db) == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: results == ["imported"], timeout=10000)
    assert not window.events.busy
    assert all(a.isEnabled() for a in _writing_actions(window))


def test_a_failed_job_says_one_sentence_and_frees_the_actions(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    def full_disk(on_progress, cancelled) -> None:
        raise DatabaseError("The disk is full or cannot be written; nothing of this was saved.")

    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warned.append(text))
    window.jobs.start(workers.Job(full_disk), lambda _r: None)
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert warned == ["The disk is full or cannot be written; nothing of this was saved."]
    assert not window.jobs.busy and all(a.isEnabled() for a in _writing_actions(window))


def test_app_run_opens_the_window_on_a_data_folder_and_closes_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    scratch = tmp_path / "t"
    scratch.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "TMPDIR": str(scratch),  # the single-instance socket stays inside tmp_path
        "XDG_RUNTIME_DIR": str(scratch),
        QUIT_AFTER_SHOWN_ENV: "1500",
    }
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "poems_tracker", "--data-dir", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (folder / "tracker.db").is_file()
    # the window was shown and closed through closeEvent, which saves its geometry
    assert "geometry" in (folder / "settings.ini").read_text()
    assert not (folder / "logs").exists()  # no crash was written down


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_job_reaches_the_crash_dialog_and_frees_the_actions(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    from poems_tracker.ui.shell.crash import CrashHandler

    def buggy(on_progress, cancelled) -> None:
        raise KeyError("deliberate bug in a job")

    handler = CrashHandler().install()
    try:
        window.jobs.start(workers.Job(buggy), lambda _r: None)
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=10000)
    finally:
        handler.uninstall()
    qtbot.addWidget(handler.dialog)
    assert "KeyError: 'deliberate bug in a job'" in handler.dialog.details.toPlainText()
    assert not window.jobs.busy and all(a.isEnabled() for a in _writing_actions(window))
