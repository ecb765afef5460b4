"""The passphrase dialog: asked before the window shows anything, and again after the idle
lock. Large, keyboard-first (type, Enter), with "Use the recovery key" beside it.

A wrong secret is one sentence with no hint of how close it was; after five wrong tries
each further one waits longer (2, 4, 8 … up to 60 s), counted in memory only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import APP_NAME
from poems_tracker.errors import PoemsError
from poems_tracker.ui.widgets import TARGET, big_button

FREE_TRIES = 5
MAX_WAIT_S = 60


class UnlockCancelled(PoemsError):
    template = "The records stay locked."


class _Tries:
    """Wrong tries in this process (never stored: a restart is no way around the wait)."""

    wrong = 0

    @classmethod
    def wait_seconds(cls) -> int:
        over = cls.wrong - FREE_TRIES
        return 0 if over < 0 else min(MAX_WAIT_S, 2 ** (over + 1))


class UnlockDialog(QDialog):
    """Asks for the passphrase (or recovery key) of KEYS_FILE; `data_key` once accepted."""

    def __init__(self, keys_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.keys_file = keys_file
        self.data_key: bytes | None = None
        self.setWindowTitle(self.tr("{app} is locked").format(app=APP_NAME))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        larger = self.intro.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.2)
        self.intro.setFont(larger)
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumHeight(TARGET)
        font = self.secret.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.secret.setFont(font)
        self.intro.setBuddy(self.secret)
        self.recovery = QCheckBox(self.tr("Use the &recovery key"))
        self.recovery.setObjectName("useRecoveryKey")
        self.recovery.setMinimumHeight(TARGET)
        self.recovery.setAccessibleName(self.tr("Use the recovery key instead of the passphrase"))
        self.recovery.toggled.connect(self._show_mode)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        bold = self.problem.font()
        bold.setBold(True)
        self.problem.setFont(bold)
        self.problem.hide()
        self.open_button = big_button(
            self.tr("&Open"), self.tr("Open the records"), self.try_unlock, min_width=120
        )
        self.open_button.setDefault(True)
        self.open_button.setAutoDefault(True)
        self.quit_button = big_button(
            self.tr("&Quit"), self.tr("Quit without opening"), self.reject, min_width=120
        )
        row = QHBoxLayout()
        row.addWidget(self.recovery)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.secret)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self.setTabOrder(self.secret, self.recovery)
        self.setTabOrder(self.recovery, self.quit_button)
        self.setTabOrder(self.quit_button, self.open_button)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._end_wait)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._show_mode(False)
        self.secret.setFocus()

    def _show_mode(self, recovery: bool) -> None:
        if recovery:
            self.intro.setText(
                self.tr(
                    "Type the &recovery key you wrote down (six groups of five letters and "
                    "digits; spaces and dashes do not matter)."
                )
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Recovery key"))
        else:
            self.intro.setText(self.tr("Type your &passphrase to open your records."))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.clear()
        self.secret.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)  # words, not only a colour, and read out by screen readers
        self.problem.show()

    def try_unlock(self) -> None:
        """Check the secret; accept with the data key, or say one sentence and stay."""
        from poems_tracker.store import keys

        if not self.open_button.isEnabled():
            return
        secret = keys.Secret(self.secret.text(), is_recovery=self.recovery.isChecked())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data_key = keys.unlock(keys.read(self.keys_file), secret)
        except keys.WrongSecret:
            _Tries.wrong += 1
            wrong = (
                self.tr("The recovery key is not right.")
                if secret.is_recovery
                else self.tr("The passphrase is not right.")
            )
            self._say(wrong)
            self._start_wait()
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except PoemsError as exc:
            self._say(QCoreApplication.translate("errors", exc.template).format(**exc.fields))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        _Tries.wrong = 0
        self.accept()

    def _start_wait(self) -> None:
        seconds = _Tries.wait_seconds()
        if seconds <= 0:
            return
        self.open_button.setEnabled(False)
        self._say(
            self.problem.text()
            + " "
            + self.tr("Wait %n second(s) before the next try.", "", seconds)
        )
        self._wait.start(seconds * 1000)

    def _end_wait(self) -> None:
        self.open_button.setEnabled(True)
        self.secret.setFocus()


def ask_data_key(keys_file: Path, parent: QWidget | None = None) -> bytes:
    """Show the dialog modally; the data key, or UnlockCancelled when the patient quits."""
    dialog = UnlockDialog(keys_file, parent)
    dialog.exec()
    if dialog.data_key is None:
        raise UnlockCancelled()
    return dialog.data_key


def unlock_at_start(db_path: Path) -> bool:
    """Before the window shows anything: ask for the secret when the records are encrypted.

    Installs the dialog as the unlocker for anything else that meets an encrypted file
    (a backup brought from another computer asks for its own passphrase). False: quit.
    """
    from poems_tracker.store import cipher

    cipher.set_unlocker(ask_data_key)
    if not cipher.is_encrypted(db_path):
        return True
    try:
        cipher.current_key()
        cipher.connect(db_path, read_only=True).close()  # keys.json of another folder?
    except UnlockCancelled:
        return False
    except PoemsError as exc:
        from PySide6.QtWidgets import QMessageBox

        cipher.set_key(None)
        text = QCoreApplication.translate("errors", exc.template).format(**exc.fields)
        QMessageBox.critical(None, APP_NAME, text)
        return False
    return True
