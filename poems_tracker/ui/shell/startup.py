"""What `app.run()` does around opening the database: a quick health check before, the
daily backup after the first paint.

A damaged journal is said plainly and the newest good backup is offered; the damaged file
is moved aside untouched (never overwritten), so nothing that might still be rescued from it
is lost. The daily backup runs off the GUI thread so the window never freezes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from poems_tracker import paths
from poems_tracker.ui.shell import clock, first_paint, workers
from poems_tracker.ui.widgets import dialogs

log = logging.getLogger(__name__)

DAILY_BACKUP_DELAY_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def check_in_background() -> Callable[[], list[str]] | None:
    """Start the health check of a plain database file on a thread; None when there is none.

    SQLite reads the file without holding Python's lock, so the check (about 10 ms on ten
    years of records) runs while the application starts and the window's modules load,
    not before them (issue 18). Returns what waits for the answer. An encrypted file is
    checked after its passphrase, as before.
    """
    from poems_tracker.store import cipher
    from poems_tracker.store.health import quick_check

    folder = paths.data_dir(create=False)
    if not folder.is_dir():
        return None
    db_path = folder / paths.DB_NAME
    if cipher.is_encrypted(db_path):
        return None
    outcome: list[list[str] | Exception] = []

    def check() -> None:
        try:
            outcome.append(quick_check(db_path))
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            outcome.append(exc)

    thread = threading.Thread(target=check, name="quick-check", daemon=True)
    thread.start()

    def answer() -> list[str]:
        thread.join()
        if isinstance(outcome[0], Exception):
            raise outcome[0]
        return outcome[0]

    return answer


def check_database(
    parent: QWidget | None = None,
    db_path: Path | None = None,
    started: Callable[[], list[str]] | None = None,
) -> bool:
    """Before the database is opened: True to go on, False to quit.

    A healthy (or missing) file goes on silently. A damaged one: offer the newest good
    backup, or an empty journal when there is none; either way the damaged file is moved
    aside as `tracker.damaged-<date>.db`, never deleted or written to. STARTED is the
    answer of a check begun earlier (`check_in_background`).
    """
    from poems_tracker.store.health import quick_check

    db_path = db_path or paths.db_path()
    problems = started() if started is not None else quick_check(db_path)
    if not problems:
        return True  # the usual case: nothing more to import before the first paint
    first_paint.before_a_dialog()  # a second start must be answered meanwhile
    from poems_tracker.errors import PoemsError
    from poems_tracker.store.health import newest_good_backup, set_aside_damaged
    from poems_tracker.store.restore import restore
    from poems_tracker.ui.data.backup_dialogs import error_text, when_text

    log.error("database damaged: problems found: %d", len(problems))
    title = _tr("Your journal file is damaged")
    newest = newest_good_backup(paths.backup_dir())
    if newest is not None:
        text = _tr(
            "The file that holds your records is damaged and cannot be used safely.\n\n"
            "The newest good backup is from {when} and holds {records} records. Restore it? "
            "The damaged file is kept aside, untouched, so that it can still be looked at "
            "for anything saved after that backup."
        ).format(when=when_text(newest.when), records=QLocale().toString(newest.total))
        options = [_tr("&Restore the backup"), _tr("&Quit")]
    else:
        text = _tr(
            "The file that holds your records is damaged and cannot be used safely, and "
            "there is no good backup of it.\n\nYou can start an empty journal: the damaged "
            "file is then kept aside, untouched, so that it can still be looked at. Or quit "
            "and ask someone to help rescue it."
        )
        options = [_tr("Start an &empty journal"), _tr("&Quit")]
    answer = dialogs.choose(parent, title, text, options)  # type: ignore[arg-type]
    if answer != 0:
        return False
    try:
        if newest is not None:
            kept = restore(newest.path, db_path, paths.backup_dir()).kept
            done = _tr(
                "Your records from the backup of {when} are back. Anything saved after "
                "that backup is not in it."
            ).format(when=when_text(newest.when))
        else:
            kept = set_aside_damaged(db_path)
            done = _tr("A new, empty journal was started.")
    except PoemsError as exc:
        dialogs.warn(parent, title, error_text(exc))  # type: ignore[arg-type]
        return False
    dialogs.inform(
        parent,
        title,
        done
        + "\n\n"
        + _tr(  # type: ignore[arg-type]
            "The damaged file was kept, untouched, as:\n{path}"
        ).format(path=str(kept)),
    )
    return True


def _daily_job(on_progress: Any, cancelled: Any, db_path: Path, folder: Path, now: Any) -> Path:
    from poems_tracker.store.backup import backup_and_rotate

    return backup_and_rotate(db_path, folder, "daily", now=now)


def start_daily_backup(window: QMainWindow) -> workers.Job | None:
    """Take today's backup in a worker if none was taken today and something changed."""
    from poems_tracker.store.backup import daily_backup_due

    db_path = window.db.path  # type: ignore[attr-defined]
    folder = paths.backup_dir()
    if db_path is None or not daily_backup_due(folder, clock.today(), db_path):
        return None
    job = workers.Job(_daily_job, db_path=db_path, folder=folder, now=clock.now())
    started = workers.runner_of(window).start(
        job,
        lambda dest: log.info("daily backup: %s", dest.name),
        on_failed=lambda exc: _on_daily_failed(window, exc),
    )
    if started is None:  # the patient started a job first; the backup is due next time
        return None
    window.daily_backup_job = job  # type: ignore[attr-defined]
    return started


def _on_daily_failed(window: QMainWindow, exc: BaseException) -> None:
    from poems_tracker.ui.data.backup_dialogs import error_text

    log.error("daily backup failed: %s", type(exc).__name__)
    window.statusBar().showMessage(
        _tr("Today's backup could not be made: {reason}").format(reason=error_text(exc))
    )


def schedule_daily_backup(window: QMainWindow, delay_ms: int = DAILY_BACKUP_DELAY_MS) -> None:
    """After the first paint, start the daily backup (never before: start-up stays fast)."""
    QTimer.singleShot(delay_ms, window, lambda: start_daily_backup(window))
