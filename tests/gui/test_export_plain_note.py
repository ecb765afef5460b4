"""The first export after encryption was turned on says, once, that exported files are not
encrypted: in the window and on the command line alike (one rule, in settings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from poems_tracker.cli import main
from poems_tracker.domain.models import Appointment, CheckIn
from poems_tracker.store import cipher
from poems_tracker.store.appointments import save_appointment
from poems_tracker.store.checkins import save_checkin
from poems_tracker.store.database import Database
from poems_tracker.ui.appointments.calendar_export import export_to_calendar
from poems_tracker.ui.data.exchange_actions import ExchangeActions
from poems_tracker.ui.shell.main_window import MainWindow
from poems_tracker.ui.widgets import dialogs
from tests.unit.encryption_helpers import PASS1

NOTE = "Exported files are not encrypted"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    cipher.set_key(None)
    cipher.set_unlocker(None)
    from poems_tracker.ui.shell.idle_lock import IdleLock

    app = QApplication.instance()
    for lock in app.findChildren(IdleLock) if app is not None else []:
        lock.stop()
        lock.deleteLater()


def _when_modal(act: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as soon as it is up (exec() blocks the test)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            act(modal)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _turn_on_encryption(qtbot, window: MainWindow) -> None:
    """Preferences ▸ Privacy ▸ Turn on, as the patient does it."""
    from poems_tracker.ui.shell.preferences_dialog import PreferencesDialog

    prefs = PreferencesDialog(window)
    qtbot.addWidget(prefs)
    prefs.tabs.setCurrentIndex(1)

    def new_passphrase(modal: QDialog) -> None:
        qtbot.keyClicks(modal.first, PASS1)
        qtbot.keyClicks(modal.second, PASS1)
        modal.accept()
        _when_modal(lambda key: (key.accept(), _when_modal(lambda done: done.accept())))

    _when_modal(new_passphrase)
    prefs.privacy.turn_on.click()
    assert (window.db.path.parent / "keys.json").exists()


def _action(window: MainWindow, start: str):
    for action in window.file_menu.actions():
        if action.text().replace("&", "").startswith(start):
            return action
    raise AssertionError(start)


def test_the_first_export_after_encrypting_says_once_that_it_is_plain(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_checkin(db, CheckIn(date(2026, 2, 1), {"pain": 3}, note="a note"))
    save_appointment(db, Appointment(date(2026, 3, 1), time(9, 0), "Dr A"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(dialogs, "save_path", lambda *args: str(tmp_path / "visits.ics"))

    # a plain folder: an export says nothing about encryption
    assert export_to_calendar(window, db) == 1
    assert NOTE not in told[-1]

    _turn_on_encryption(qtbot, window)
    told.clear()
    # the first export after encryption: the note, in the export's own message
    assert export_to_calendar(window, db) == 1
    assert told[-1].startswith("1 visit written to") and NOTE in told[-1]
    # the next one, from the menu (CSV): said already, so not again
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(dialogs, "open_dir", lambda *args: str(tmp_path / "out"))
    with qtbot.waitSignal(actions.finished, timeout=20000):
        _action(window, "Export CSV").trigger()
    assert "files were written to" in told[-1] and NOTE not in told[-1]
    # nor on the command line: the same rule remembers it was said
    out = CliRunner().invoke(
        main,
        [
            "--passphrase-file",
            str(_secret(tmp_path)),
            "export",
            "ics",
            "--out",
            str(tmp_path / "x.ics"),
        ],
    )
    assert out.exit_code == 0, out.output
    assert "not encrypted" not in out.stderr


def _secret(tmp_path: Path) -> Path:
    path = tmp_path / "p1"
    path.write_text(PASS1 + "\n", encoding="utf-8")
    return path
