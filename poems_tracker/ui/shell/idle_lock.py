"""The idle lock: after a chosen time without use, every window of the program is hidden
and the passphrase asked again (encrypted folders only; default 15 minutes).

Any key press, click or wheel turn in the program counts as use. Locking hides the
windows rather than closing the database, so an unsaved form is still there afterwards;
nothing is shown again until the right passphrase or recovery key is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from poems_tracker import settings

_USE = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Watches the application's input; `locked` while the windows are hidden."""

    def __init__(self, keys_file: Path, minutes: int | None = None) -> None:
        app = QApplication.instance()
        super().__init__(app)
        self.keys_file = keys_file
        self.locked = False
        self._hidden: list[QWidget] = []
        self.dialog: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(int(settings.get("prefs/lock_minutes")) if minutes is None else minutes)
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off; otherwise the time without use restarts now."""
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0 and not self.locked:
            self.timer.start(minutes * 60_000)

    def stop(self) -> None:
        """No more locking (encryption turned off, or the window closes)."""
        self.set_minutes(0)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _USE and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        return False

    def lock(self) -> None:
        """Hide every window of the program and ask for the passphrase."""
        from poems_tracker.ui.shell.unlock_dialog import UnlockDialog

        if self.locked:
            return
        self.locked = True
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        dialog = UnlockDialog(self.keys_file)
        dialog.accepted.connect(self.unlock)
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        dialog.open()

    def unlock(self) -> None:
        """The secret was right: show again what was shown before."""
        self.locked = False
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.set_minutes(self.minutes)

    def _quit(self) -> None:
        """Quit from the lock: the records are never shown again in this run."""
        app = QApplication.instance()
        if app is not None:
            for widget in self._hidden:
                widget.close()
            app.quit()


def attach_idle_lock(db_path: Path) -> IdleLock | None:
    """Start the lock when the records at DB_PATH are encrypted (else nothing to guard)."""
    from poems_tracker.store import cipher

    if not cipher.is_encrypted(db_path):
        return None
    return IdleLock(db_path.parent / "keys.json")
