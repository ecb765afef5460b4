"""Preferences ▸ Privacy: encryption at rest on or off, the passphrase, the idle lock.

Turning encryption on or off rewrites the database file, so the window's connection is
closed for that moment and opened again on the new file (the pages keep their `Database`
object). The recovery key is shown once, large and selectable, to be written down.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import paths, settings
from poems_tracker.errors import PoemsError
from poems_tracker.ui.widgets import TARGET, big_button, dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def _error(exc: PoemsError) -> str:
    return QCoreApplication.translate("errors", exc.template).format(**exc.fields)


class NewPassphraseDialog(QDialog):
    """The new passphrase, typed twice; at least 8 characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewPassphraseDialog")
        self.setWindowTitle(_tr("New passphrase"))
        intro = QLabel(
            _tr(
                "Choose a passphrase of at least 8 characters. A few unrelated words are "
                "easy to type and hard to guess."
            )
        )
        intro.setWordWrap(True)
        self.first = self._field(_tr("Passphrase"))
        self.second = self._field(_tr("The same passphrase again"))
        form = QFormLayout()
        for label_text, field in (
            (_tr("&Passphrase:"), self.first),
            (_tr("&Again:"), self.second),
        ):
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setMinimumHeight(TARGET)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumHeight(TARGET)
        field.setAccessibleName(name)
        return field

    def accept(self) -> None:
        from poems_tracker.store.keys import MIN_PASSPHRASE

        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(_tr("The passphrase must have at least 8 characters."))
        elif self.first.text() != self.second.text():
            self.problem.setText(_tr("The two passphrases differ."))
        else:
            super().accept()
            return
        self.problem.show()
        self.first.setFocus()

    @property
    def passphrase(self) -> str:
        return self.first.text()


def show_recovery_key(parent: QWidget | None, recovery_key: str) -> None:
    """The recovery key, once: large, selectable, with what it is for."""
    dialog = QDialog(parent)
    dialog.setObjectName("RecoveryKeyDialog")
    dialog.setWindowTitle(_tr("Your recovery key"))
    intro = QLabel(
        _tr(
            "Write this recovery key down on paper now and keep it somewhere safe. It opens "
            "your records if you forget the passphrase. It is not shown again."
        )
    )
    intro.setWordWrap(True)
    key = QLabel(recovery_key)
    key.setObjectName("recoveryKey")
    key.setAccessibleName(_tr("Recovery key"))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
    key.setFont(font)
    key.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    done = big_button(_tr("I have written it &down"), _tr("Close: I have written it down"))
    done.clicked.connect(dialog.accept)
    done.setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(key)
    layout.addWidget(done)
    dialog.exec()


class PrivacySection(QGroupBox):
    """The Privacy part of Preferences; WINDOW is the main window (its `db`, its lock)."""

    def __init__(self, window: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Privacy"), parent)
        self.setObjectName("privacySection")
        self.main_window = window
        self.status = QLabel()
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(*settings.LIMITS["prefs/lock_minutes"])
        self.lock_minutes.setSpecialValueText(_tr("Never"))
        self.lock_minutes.setSuffix(_tr(" min"))
        self.lock_minutes.setMinimumHeight(TARGET)
        self.lock_minutes.setAccessibleName(_tr("Lock after minutes without use"))
        self.lock_minutes.setValue(int(settings.get("prefs/lock_minutes")))
        lock_label = QLabel(_tr("Loc&k after this long without use:"))
        lock_label.setBuddy(self.lock_minutes)
        self.turn_on = big_button(
            _tr("Turn on encr&yption…"), _tr("Encrypt the records with a passphrase"), self.encrypt
        )
        self.turn_off = big_button(
            _tr("Turn &off encryption…"), _tr("Store the records unencrypted again"), self.decrypt
        )
        self.change = big_button(
            _tr("C&hange passphrase…"), _tr("Change the passphrase"), self.change_passphrase
        )
        row = QHBoxLayout()
        for button in (self.turn_on, self.change, self.turn_off):
            row.addWidget(button)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(lock_label, self.lock_minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addLayout(form)
        self.refresh()

    @property
    def db_path(self) -> Path:
        return paths.db_path()

    def encrypted(self) -> bool:
        from poems_tracker.store import cipher

        return cipher.is_encrypted(self.db_path)

    def refresh(self) -> None:
        on = self.encrypted()
        self.status.setText(
            _tr(
                "Your records are encrypted: without your passphrase nobody can read them "
                "in the data folder or its backups."
            )
            if on
            else _tr(
                "Your records are not encrypted: anyone who can open the data folder on this "
                "computer can read them."
            )
        )
        self.turn_on.setVisible(not on)
        self.turn_off.setVisible(on)
        self.change.setVisible(on)
        self.lock_minutes.setEnabled(on)

    # -- the three actions --------------------------------------------------------------
    def _rewrite(self, work: Callable[[], object]) -> object:
        """Run WORK with the window's connection closed, then open the new file under it."""
        from poems_tracker.store.database import Database

        db = getattr(self.main_window, "db", None)
        if db is not None:
            db.conn.close()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()
            if db is not None:
                fresh = Database.open(db.path, create=False)
                db.conn = fresh.conn
                db._utils = None

    def encrypt(self) -> None:
        from poems_tracker.store import encryption

        ask = NewPassphraseDialog(self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        folder = self.db_path.parent
        try:
            data_key, recovery_key = encryption.begin_encrypt(folder, ask.passphrase)
            settings.put("state/export_said_plain", False)  # the first export says it
            show_recovery_key(self, recovery_key)
            self._rewrite(lambda: encryption.finish(folder, data_key))
        except PoemsError as exc:
            dialogs.warn(self, _tr("Encryption"), _error(exc))
            return
        self._attach_lock()
        self.refresh()
        dialogs.inform(
            self,
            _tr("Encryption"),
            _tr("Your records and backups are now encrypted. Exports stay unencrypted files."),
        )

    def _ask_key(self) -> bytes | None:
        from poems_tracker.ui.shell.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(self.db_path.parent / "keys.json", self)
        dialog.exec()
        return dialog.data_key

    def decrypt(self) -> None:
        from poems_tracker.store import encryption

        data_key = self._ask_key()
        if data_key is None:
            return
        try:
            self._rewrite(lambda: encryption.decrypt(self.db_path.parent, data_key))
        except PoemsError as exc:
            dialogs.warn(self, _tr("Encryption"), _error(exc))
            return
        lock = getattr(self.main_window, "idle_lock", None)
        if lock is not None:
            lock.stop()
            self.main_window.idle_lock = None  # type: ignore[union-attr]
        self.refresh()
        dialogs.inform(self, _tr("Encryption"), _tr("Your records are no longer encrypted."))

    def change_passphrase(self) -> None:
        from poems_tracker.store import keys

        data_key = self._ask_key()
        if data_key is None:
            return
        ask = NewPassphraseDialog(self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        path = keys.keys_path(self.db_path.parent)
        try:
            keys.write(path, keys.with_new_passphrase(keys.read(path), data_key, ask.passphrase))
        except (PoemsError, OSError) as exc:
            text = _error(exc) if isinstance(exc, PoemsError) else str(exc)
            dialogs.warn(self, _tr("Encryption"), text)
            return
        dialogs.inform(self, _tr("Encryption"), _tr("The passphrase was changed."))

    def _attach_lock(self) -> None:
        from poems_tracker.ui.shell.idle_lock import attach_idle_lock

        if self.main_window is not None and getattr(self.main_window, "idle_lock", None) is None:
            self.main_window.idle_lock = attach_idle_lock(self.db_path)  # type: ignore[attr-defined]

    def apply(self) -> None:
        """OK in Preferences: store the lock time and give it to the running lock."""
        settings.put("prefs/lock_minutes", self.lock_minutes.value())
        lock = getattr(self.main_window, "idle_lock", None)
        if lock is not None:
            lock.set_minutes(self.lock_minutes.value())
