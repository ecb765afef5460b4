"""The first start: a welcome whose steps lead to the check-in, medicines and labs, and a
demo that lives in a folder of its own."""

from __future__ import annotations

import hashlib
import os
import signal
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from poems_tracker import paths, settings
from poems_tracker.store import checkins as repo
from poems_tracker.ui.shell import clock, welcome
from poems_tracker.ui.shell.main_window import MainWindow, window_title

TODAY = date(2026, 11, 25)


@pytest.fixture
def window(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_welcome_once_on_a_fresh_folder_only(qtbot, window: MainWindow, db) -> None:
    assert welcome.should_welcome(db)
    dialog = welcome.maybe_welcome(window, db)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    assert not welcome.should_welcome(db)  # shown once
    assert welcome.maybe_welcome(window, db) is None


def test_no_welcome_when_records_exist(db) -> None:
    from poems_tracker.domain.models import CheckIn

    repo.save_checkin(db, CheckIn(TODAY, {"pain": 3}))
    assert not welcome.should_welcome(db)


def _step(qtbot, window: MainWindow, db, button_name: str) -> None:
    dialog = welcome.maybe_welcome(window, db)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_first_step_opens_today_with_the_keyboard_on_the_first_score(
    qtbot, window: MainWindow, db
) -> None:
    window.show_page(2)
    _step(qtbot, window, db, "today_button")
    page = window.current_page()
    assert type(page).__name__ == "CheckInPage"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is next(iter(page.selectors.values())))


def test_medicines_step_opens_the_new_medicine_form(qtbot, window: MainWindow, db) -> None:
    _step(qtbot, window, db, "medicines_button")
    page = window.current_page()
    assert type(page).__name__ == "MedicationsPage"
    assert page.dialog.isVisible()
    page.dialog.reject()


def test_labs_step_opens_the_results_form(qtbot, window: MainWindow, db) -> None:
    from poems_tracker.ui.labs.lab_panel_dialog import LabPanelDialog

    _step(qtbot, window, db, "labs_button")
    page = window.current_page()
    assert type(page).__name__ == "LabsPage"
    dialogs = [d for d in page.findChildren(LabPanelDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_demo_fills_its_own_folder_and_leaves_the_patients_alone(
    qtbot, window: MainWindow, db, data_dir: Path, tmp_path: Path
) -> None:
    from poems_tracker.domain.models import CheckIn

    repo.save_checkin(db, CheckIn(TODAY, {"pain": 2}, note="my own day"))
    settings.put("prefs/patient_name", "Ann")
    before = _fingerprint(data_dir)
    dialog = welcome.WelcomeDialog(window)
    qtbot.addWidget(dialog)
    demo = tmp_path / "demo"
    demo.mkdir()
    fill, open_window = welcome.demo_commands(demo)
    assert str(paths.data_dir()) not in " ".join(fill + open_window)
    with qtbot.waitSignal(dialog.try_demo(demo).finished_launch, timeout=60_000) as done:
        pass
    pid = dialog.launcher.window_pid
    try:
        assert done.args == [True, str(demo)]
        assert pid > 0
        assert str(demo) in dialog.status.text()
    finally:
        if pid > 0:
            os.kill(pid, signal.SIGTERM)  # the second window this test started
    assert _fingerprint(data_dir) == before  # not a byte of the patient's folder changed
    assert repo.list_checkins(db) == [CheckIn(TODAY, {"pain": 2}, note="my own day")]
    # the demo folder holds a database full of made-up records
    from poems_tracker.store.database import Database

    paths.set_data_dir(demo)
    try:
        with Database.open() as demo_db:
            assert len(repo.list_checkins(demo_db)) > 300
        # and its window says so in its title; the patient's own window does not
        assert window_title() == "Made-up data — POEMS Tracker"
    finally:
        paths.set_data_dir(None)
    assert window.windowTitle() == window_title() == "POEMS Tracker"


def test_a_new_demo_folder_is_new_empty_and_not_the_data_folder(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    first, second = welcome.new_demo_folder(), welcome.new_demo_folder()
    try:
        assert first != second and first != data_dir
        assert not any(first.iterdir())
    finally:
        first.rmdir()
        second.rmdir()


#: page -> words its empty state says on a fresh start (each points at the action that fills it)
EMPTY_STATES = {
    "HistoryPage": "Nothing logged yet",
    "MedicationsPage": "Start a medicine",
    "TreatmentsPage": "A new event",
    "LabsPage": "Enter results",
    "AppointmentsPage": "Add visit",
    "FunctionCheckPage": "No checks yet",
    "CycleDayPage": "cycle 1-21 of 28",
}


@pytest.mark.parametrize("class_name", list(EMPTY_STATES))
def test_every_page_that_can_be_empty_says_how_to_fill_it(
    qtbot, window: MainWindow, class_name: str
) -> None:
    from PySide6.QtWidgets import QLabel

    window.show_page(window.index_of(class_name))
    page = window.current_page()
    qtbot.waitUntil(page.isVisible)
    shown = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    assert any(EMPTY_STATES[class_name] in text for text in shown), shown
