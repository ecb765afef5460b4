"""The unlock dialog, the idle lock and Preferences ▸ Privacy, driven as a patient would:
type, Enter; nothing of the records is shown before the passphrase, nor after the lock;
no plain file appears in the data folder or the temp folder while the program runs."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit

from poems_tracker.domain.models import CheckIn
from poems_tracker.store import cipher, encryption, keys
from poems_tracker.store.checkins import save_checkin
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import unlock_dialog
from poems_tracker.ui.shell.idle_lock import IdleLock
from poems_tracker.ui.shell.unlock_dialog import UnlockDialog, unlock_at_start
from tests.unit.encryption_helpers import PASS1, PASS2, fill, plain_leaks


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(unlock_dialog._Tries, "wrong", 0)
    yield
    cipher.set_key(None)
    cipher.set_unlocker(None)
    app = QApplication.instance()
    for lock in app.findChildren(IdleLock) if app is not None else []:
        lock.stop()  # no timer of this test may fire in a later one
        lock.deleteLater()


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder of this test, to be scanned for plain leftovers."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def encrypted(data_dir: Path) -> str:
    """An encrypted data folder with a backup; returns its recovery key."""
    fill(data_dir, days=20, backups=1)
    recovery = encryption.encrypt(data_dir, PASS1)
    cipher.set_key(None)
    return recovery


def _type_and_enter(qtbot, dialog: UnlockDialog, text: str) -> None:
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, text)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)


def _when_modal(act: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog as soon as it is up (exec() blocks the test)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            act(modal)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_wrong_then_right_passphrase_with_the_keyboard(qtbot, data_dir: Path, encrypted) -> None:
    dialog = UnlockDialog(data_dir / "keys.json")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.secret.hasFocus() or QApplication.focusWidget() in (None, dialog.secret)

    _type_and_enter(qtbot, dialog, PASS2)
    assert dialog.isVisible() and dialog.data_key is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "The passphrase is not right."

    _type_and_enter(qtbot, dialog, PASS1)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.data_key == encryption.unlock_folder(data_dir, keys.Secret(PASS1))


def test_the_recovery_key_opens_too(qtbot, data_dir: Path, encrypted: str) -> None:
    dialog = UnlockDialog(data_dir / "keys.json")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.recovery, Qt.MouseButton.LeftButton)
    assert dialog.secret.accessibleName() == "Recovery key"
    _type_and_enter(qtbot, dialog, encrypted.lower().replace("-", " "))
    assert dialog.data_key is not None


def test_repeated_wrong_tries_wait_longer_each_time(qtbot, data_dir: Path, encrypted) -> None:
    dialog = UnlockDialog(data_dir / "keys.json")
    qtbot.addWidget(dialog)
    dialog.show()
    waits = []
    for _try in range(7):
        if not dialog.open_button.isEnabled():
            dialog._wait.stop()
            dialog._end_wait()
        _type_and_enter(qtbot, dialog, "wrong passphrase")
        waits.append(dialog._wait.interval() if dialog._wait.isActive() else 0)
    assert waits[:4] == [0, 0, 0, 0]
    assert 0 < waits[4] < waits[5] < waits[6]
    assert not dialog.open_button.isEnabled()
    assert "Wait" in dialog.problem.text()
    _type_and_enter(qtbot, dialog, PASS1)  # Enter does nothing while waiting
    assert dialog.data_key is None


def test_controls_are_large_named_and_in_tab_order(qtbot, data_dir: Path, encrypted) -> None:
    dialog = UnlockDialog(data_dir / "keys.json")
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in (dialog.secret, dialog.recovery, dialog.open_button, dialog.quit_button):
        assert widget.height() >= 44 and widget.accessibleName()
    order, widget = [], dialog.secret
    while len(order) < 4:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [dialog.secret, dialog.recovery, dialog.quit_button, dialog.open_button]
    assert isinstance(order[1], QCheckBox)


def test_the_passphrase_is_asked_before_anything_is_opened(
    qtbot, data_dir: Path, encrypted
) -> None:
    asked = []

    def answer(modal: QDialog) -> None:
        asked.append(QApplication.topLevelWidgets())
        assert isinstance(modal, UnlockDialog)
        _type_and_enter(qtbot, modal, PASS1)

    _when_modal(answer)
    assert unlock_at_start(data_dir / "tracker.db")
    assert cipher.session_key() is not None
    assert not any(w.objectName() == "MainWindow" for w in asked[0])
    with Database.open() as db:
        assert db.conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 21


def test_quit_at_the_start_opens_nothing(qtbot, data_dir: Path, encrypted) -> None:
    _when_modal(lambda modal: modal.reject())
    assert unlock_at_start(data_dir / "tracker.db") is False
    assert cipher.session_key() is None


def test_idle_lock_hides_every_record_until_the_passphrase(
    qtbot, data_dir: Path, encrypted, temp_folder: Path
) -> None:
    from poems_tracker.ui.shell.main_window import MainWindow

    cipher.set_key(encryption.unlock_folder(data_dir, keys.Secret(PASS1)))
    db = Database.open()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page(1)  # History: rows of records on screen
    lock = IdleLock(data_dir / "keys.json", minutes=15)
    assert lock.timer.isActive() and lock.timer.interval() == 15 * 60_000

    lock.timer.start(30)  # fifteen minutes, shortened
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert not window.isVisible()
    assert isinstance(lock.dialog, UnlockDialog) and lock.dialog.isVisible()
    _type_and_enter(qtbot, lock.dialog, PASS2)
    assert not window.isVisible() and lock.locked
    _type_and_enter(qtbot, lock.dialog, PASS1)
    assert window.isVisible() and not lock.locked
    assert lock.timer.isActive()

    save_checkin(db, CheckIn(date(2026, 3, 1), {"pain": 4}, note="typed-after-unlock"))
    assert plain_leaks(data_dir, "typed-after-unlock") == []
    assert plain_leaks(temp_folder, "typed-after-unlock") == []
    lock.stop()
    assert not lock.timer.isActive()
    db.close()


def test_use_of_the_program_restarts_the_idle_time(qtbot, data_dir: Path, encrypted) -> None:
    lock = IdleLock(data_dir / "keys.json", minutes=1)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    lock.timer.start(10_000)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert lock.timer.remainingTime() > 50_000
    lock.set_minutes(0)


def test_privacy_turns_encryption_on_and_off_in_the_window(
    qtbot, db: Database, data_dir: Path, temp_folder: Path
) -> None:
    from poems_tracker.ui.shell.main_window import MainWindow
    from poems_tracker.ui.shell.preferences_dialog import PreferencesDialog

    save_checkin(db, CheckIn(date(2026, 2, 1), {"pain": 3}, note="PLANTED-note-zebra-4411"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    prefs = PreferencesDialog(window)
    qtbot.addWidget(prefs)
    prefs.tabs.setCurrentIndex(1)  # Preferences ▸ Privacy
    assert prefs.tabs.tabText(1) == "Privacy"
    privacy = prefs.privacy
    assert privacy.turn_on.isVisible() is False or privacy.turn_on.isVisibleTo(prefs)
    shown = []

    def new_passphrase(modal: QDialog) -> None:
        qtbot.keyClicks(modal.first, PASS1)
        qtbot.keyClicks(modal.second, PASS1)
        modal.accept()
        _when_modal(recovery_key)

    def recovery_key(modal: QDialog) -> None:
        shown.append(modal.findChild(type(prefs.privacy.status), "recoveryKey").text())
        modal.accept()
        _when_modal(lambda done: done.accept())

    _when_modal(new_passphrase)
    privacy.turn_on.click()
    assert len(shown) == 1 and keys.normalise_recovery_key(shown[0])
    assert privacy.change.isVisibleTo(prefs) and not privacy.turn_on.isVisibleTo(prefs)
    assert plain_leaks(data_dir) == []
    # the window goes on working on the encrypted file
    save_checkin(db, CheckIn(date(2026, 2, 2), {"pain": 5}, note="after-encrypt-note"))
    assert plain_leaks(data_dir, "after-encrypt-note") == []
    assert plain_leaks(temp_folder, "after-encrypt-note") == []
    assert window.idle_lock is not None

    def passphrase(modal: QDialog) -> None:
        _type_and_enter(qtbot, modal, PASS1)
        _when_modal(lambda done: done.accept())

    _when_modal(passphrase)
    privacy.turn_off.click()
    assert not (data_dir / "keys.json").exists()
    assert (data_dir / "tracker.db").read_bytes()[:15] == b"SQLite format 3"
    notes = [r[0] for r in db.conn.execute("SELECT note FROM checkins ORDER BY date")]
    assert notes == ["PLANTED-note-zebra-4411", "after-encrypt-note"]
    assert window.idle_lock is None
