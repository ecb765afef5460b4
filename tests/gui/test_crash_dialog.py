"""A bug never ends in a silent traceback: the crash dialog, its log, and the window lives on."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QtMsgType
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from poems_tracker.ui.shell import crash
from poems_tracker.ui.shell.crash import CrashHandler
from poems_tracker.ui.shell.crash_dialog import CrashDialog
from poems_tracker.ui.widgets import MIN_TARGET

SENTENCE = "Something went wrong; your saved records are safe."


@pytest.fixture
def handler(qtbot, db):
    """The crash handler installed as app.run installs it, removed afterwards."""
    installed = CrashHandler().install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()
        installed.dialog.deleteLater()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_dialog_writes_the_log_and_the_window_lives_on(
    qtbot, handler: CrashHandler, data_dir: Path
) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def broken() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise ZeroDivisionError("deliberate bug in a slot")

    button.clicked.connect(broken)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert dialog.message.text() == SENTENCE
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: deliberate bug in a slot" in details
    assert "POEMS Tracker" in details and "Traceback" in details
    assert dialog.details.isReadOnly()
    log = data_dir / "logs" / "crash.log"
    assert str(log) in dialog.note.text()
    assert "ZeroDivisionError: deliberate bug in a slot" in log.read_text()
    assert _mode(log) == 0o600 and _mode(log.parent) == 0o700

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copied.text() == "✔ Copied."
    for button_ in (dialog.copy_button, dialog.close_button):
        assert button_.height() >= MIN_TARGET and button_.accessibleName()
    assert dialog.close_button.isDefault()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # keyboard closes it
    assert not dialog.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the window still answers
    assert clicks == [1, 1]


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot, handler: CrashHandler, data_dir: Path
) -> None:
    def work() -> None:
        raise RuntimeError("deliberate bug in a worker")

    thread = threading.Thread(target=work, name="job-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    details = handler.dialog.details.toPlainText()
    assert "RuntimeError: deliberate bug in a worker" in details
    assert "Thread: job-worker" in details
    assert "deliberate bug in a worker" in (data_dir / "logs" / "crash.log").read_text()


@pytest.mark.qt_no_exception_capture
def test_a_second_bug_is_added_to_the_open_dialog(qtbot, handler: CrashHandler) -> None:
    def bug(text: str) -> None:
        try:
            raise ValueError(text)
        except ValueError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)

    bug("first")
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    first = handler.dialog
    bug("second")
    qtbot.waitUntil(lambda: "ValueError: second" in first.details.toPlainText())
    assert handler.dialog is first  # one dialog, not a stack of them


def test_the_log_is_rotated_and_bounded(monkeypatch, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    monkeypatch.setattr(crash, "MAX_LOG_BYTES", 2000)
    for n in range(12):
        assert crash.write_log(f"crash {n}\n" + "x" * 500) is not None
    logs = sorted((data_dir / "logs").iterdir())
    assert [p.name for p in logs] == ["crash.log", "crash.log.1", "crash.log.2"]
    assert all(p.stat().st_size <= 2000 + 600 for p in logs)
    assert all(_mode(p) == 0o600 for p in logs)
    assert "crash 11" in (data_dir / "logs" / "crash.log").read_text()


def test_the_log_never_follows_a_link_out(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "logs").mkdir(parents=True)
    other = tmp_path / "someone-elses.txt"
    other.write_text("theirs")
    os.chmod(other, 0o644)
    (data_dir / "logs" / "crash.log").symlink_to(other)
    assert crash.write_log("a crash") is None
    assert other.read_text() == "theirs" and _mode(other) == 0o644


def test_no_data_folder_means_no_log_and_no_folder_made(data_dir: Path) -> None:
    assert crash.write_log("a crash") is None
    assert not data_dir.exists()


def test_a_fatal_qt_message_is_written_down(handler: CrashHandler, data_dir: Path) -> None:
    handler._old_qt_handler = None  # the message would otherwise reach pytest-qt's handler
    handler._qt_message(QtMsgType.QtFatalMsg, None, "deliberate fatal message")
    assert (
        "Qt fatal message: deliberate fatal message"
        in (data_dir / "logs" / "crash.log").read_text()
    )


def test_the_dialog_reads_in_order_by_keyboard(qtbot) -> None:
    dialog = CrashDialog("details", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.close_button.hasFocus() or dialog.focusWidget() is dialog.close_button
    assert "could not be written" in dialog.note.text()
    chain = [dialog.details]
    widget = dialog.details
    for _ in range(2):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [dialog.details, dialog.copy_button, dialog.close_button]
