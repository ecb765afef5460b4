"""File ▸ Back up now… and File ▸ Restore from backup…, run off the GUI thread.

The work itself is `store.backup` (the same functions the command line uses); this module
only asks, shows and reports. Backup and restore each open their own connection in the
worker (SQLite connections belong to one thread); the window's connection stays valid
because a restore writes the backup's pages into the live file in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QSize, Qt, QTime
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import paths
from poems_tracker.errors import PoemsError
from poems_tracker.ui.shell import data_events, workers
from poems_tracker.ui.shell.write_path import busy_sentence
from poems_tracker.ui.widgets import dialogs, roomy_rows

_ROW_HEIGHT = 64
_REASONS = {
    "daily": "automatic",
    "manual": "made by you",
    "before-restore": "taken before a restore",
    "before-migration": "taken before a program update",
    "before-import": "taken before an import",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialogs", text)


def error_text(exc: BaseException) -> str:
    """One plain, translated sentence for a failed backup or restore."""
    if isinstance(exc, PoemsError):
        return QCoreApplication.translate("errors", exc.template).format(**exc.fields)
    return _tr("Something went wrong: {reason}").format(reason=str(exc) or type(exc).__name__)


def when_text(when: datetime) -> str:
    """A backup's date and time as the patient's language writes them."""
    locale = QLocale()
    day = locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
    clock = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return _tr("{day}, {time}").format(day=day, time=clock)


def describe(info: Any) -> str:
    """The text of one row: date and what made it; then how many records, or why not usable."""
    reason = _tr(_REASONS.get(info.reason, "backup"))
    first = _tr("{when} — {reason}").format(when=when_text(info.when), reason=reason)
    if not info.ok:
        return first + "\n" + _tr("Cannot be restored: this file is damaged or not a backup.")
    locale = QLocale()
    second = _tr("Records: {records} (check-ins: {checkins})").format(
        records=locale.toString(info.total),
        checkins=locale.toString(info.counts.get("checkins", 0)),
    )
    return first + "\n" + second


class RestoreDialog(QDialog):
    """The list of backups, newest first, with dates and record counts; keyboard first."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        from poems_tracker.store.backup import list_backups

        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self.infos = list_backups(folder)
        self._folder = folder

        intro = QLabel(
            self.tr(
                "Pick the backup to bring back. Your records as they are now are kept as a "
                "backup first, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Backups, newest first:"))
        self.list = QListWidget()
        roomy_rows(self.list)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(
            self.tr("Each backup with its date and how many records it holds")
        )
        font = QFont(self.list.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.list.setFont(font)
        self.list.setWordWrap(True)
        label.setBuddy(self.list)
        for info in self.infos:
            item = QListWidgetItem(describe(info))
            item.setSizeHint(QSize(0, _ROW_HEIGHT))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if not info.ok:
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable
                )
            self.list.addItem(item)
        self.empty = QLabel(
            self.tr("There are no backups in {folder} yet.").format(folder=str(folder))
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.infos)

        self.restore_button = QPushButton(self.tr("&Restore selected"))
        self.other_button = QPushButton(self.tr("Choose &another file…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button, name in (
            (self.restore_button, self.tr("Restore the selected backup")),
            (self.other_button, self.tr("Restore a backup file from elsewhere, e.g. a USB stick")),
            (self.cancel_button, self.tr("Close without restoring")),
        ):
            button.setMinimumHeight(44)
            button.setAccessibleName(name)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._on_restore_button_clicked())
        self.list.currentRowChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.setTabOrder(self.list, self.restore_button)
        self.setTabOrder(self.restore_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.other_button)
        first_good = next((i for i, info in enumerate(self.infos) if info.ok), -1)
        self.list.setCurrentRow(first_good)
        self._update_buttons()
        self.list.setFocus()
        self.resize(760, 480)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.restore_button.setEnabled(
            item is not None
            and item.isSelected()
            and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        )

    def _on_restore_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.restore_button.isEnabled():
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _on_other_button_clicked(self) -> None:
        from poems_tracker.store.backup import read_info

        name = dialogs.open_path(
            self,
            self.tr("Choose a backup file"),
            str(self._folder),
            self.tr("Backups (*.db);;All files (*)"),
        )
        if not name:
            return
        info = read_info(Path(name))
        if not info.ok:
            dialogs.warn(
                self, self.tr("Cannot restore"), QCoreApplication.translate("errors", info.problem)
            )
            return
        self.chosen = Path(name)
        self.accept()


def choose_backup(parent: QWidget, folder: Path) -> Path | None:
    """Show the restore list; the chosen file, or None. Tests replace this function."""
    dialog = RestoreDialog(folder, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def _backup_job(
    on_progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    db_path: Path,
    folder: Path,
) -> Path:
    from poems_tracker.store.backup import backup_and_rotate

    on_progress(0, 1)
    return backup_and_rotate(db_path, folder, "manual")


def _restore_job(
    on_progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    backup_path: Path,
    db_path: Path,
    folder: Path,
) -> Any:
    from poems_tracker.store.restore import restore

    on_progress(0, 1)
    return restore(backup_path, db_path, folder)


class BackupActions(QObject):
    """The two File menu actions and the jobs behind them; one job at a time."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: workers.Job | None = None
        self.back_up = QAction(self.tr("&Back up now…"), window)
        self.back_up.setStatusTip(self.tr("Copy all your records to the backups folder now"))
        self.back_up.triggered.connect(self.back_up_now)
        self.restore = QAction(self.tr("&Restore from backup…"), window)
        self.restore.setStatusTip(self.tr("Bring back your records as a backup holds them"))
        self.restore.triggered.connect(self.restore_from_backup)

    def _run(self, job: workers.Job, done: Callable[[Any], None]) -> workers.Job | None:
        """Start JOB on the window's one runner, or say that another job must end first."""
        self.job = workers.runner_of(self.window).start(job, done, on_failed=self._on_job_failed)
        if self.job is None:
            dialogs.inform(self.window, self.tr("Please wait"), busy_sentence())
        return self.job

    def _on_job_failed(self, exc: BaseException) -> None:
        workers.runner_of(self.window).report_failure(exc, self.tr("Nothing was changed"))

    def back_up_now(self) -> workers.Job | None:
        """Start a backup; when it is verified, say where it is."""
        job = workers.Job(_backup_job, db_path=self.window.db.path, folder=paths.backup_dir())
        return self._run(job, self._on_backup_done)

    def _on_backup_done(self, dest: Path) -> None:
        dialogs.inform(
            self.window,
            self.tr("Backup made"),
            self.tr(
                "All your records were copied and checked. The backup is here:\n{path}"
            ).format(path=str(dest)),
        )

    def restore_from_backup(self) -> workers.Job | None:
        """Pick a backup, confirm, restore it, then show the restored records."""
        window: Any = self.window
        if not window.current_page().may_leave():
            return None
        chosen = choose_backup(window, paths.backup_dir())
        if chosen is None:
            return None
        from poems_tracker.store.backup import read_info

        info = read_info(chosen)
        question = self.tr(
            "Replace your records with the backup from {when}? It holds {records}. Your "
            "records as they are now are kept as a backup first."
        ).format(
            when=when_text(info.when),
            records=self.tr("{n} records").format(n=QLocale().toString(info.total)),
        )
        if not dialogs.confirm(
            window, self.tr("Restore from backup"), question, self.tr("&Restore")
        ):
            return None
        job = workers.Job(
            _restore_job, backup_path=chosen, db_path=window.db.path, folder=paths.backup_dir()
        )
        return self._run(job, self._on_restore_done)

    def _on_restore_done(self, result: Any) -> None:
        window: Any = self.window
        window.events.emit_changed(*data_events.ALL)
        window.current_page().shown()
        text = self.tr("Your records were restored ({n} records).").format(
            n=QLocale().toString(sum(result.counts.values()))
        )
        if result.kept is not None:
            text += "\n" + self.tr("The records you had before are kept here:\n{path}").format(
                path=str(result.kept)
            )
        dialogs.inform(window, self.tr("Restored"), text)


def install_backup_actions(window: QMainWindow) -> BackupActions:
    """Put Back up now… and Restore from backup… into the window's File menu, above Quit;
    once (a second call returns the actions already there)."""
    existing = getattr(window, "backup_actions", None)
    if isinstance(existing, BackupActions):
        return existing
    actions = BackupActions(window)
    from poems_tracker.ui.shell.menus import add_to_file_menu

    add_to_file_menu(window, actions.back_up, actions.restore)
    workers.runner_of(window).guard(actions.back_up, actions.restore)
    window.backup_actions = actions  # type: ignore[attr-defined]
    return actions
