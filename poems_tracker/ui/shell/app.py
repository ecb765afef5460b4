"""Starting the window: application, language, text size, the database, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from poems_tracker import APP_NAME, __version__
from poems_tracker.errors import PoemsError
from poems_tracker.ui.shell import first_paint
from poems_tracker.ui.shell.appearance import apply_text_scale, ensure_readable_palette
from poems_tracker.ui.shell.startup_timing import mark, watch_first_paint

if TYPE_CHECKING:
    from poems_tracker.store.database import Database
    from poems_tracker.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: Milliseconds after which a started window closes itself; set only by the test that
#: starts `run()` in a child process (a real start, a real event loop, a clean end).
QUIT_AFTER_SHOWN_ENV = "POEMS_TRACKER_TEST_QUIT_AFTER_MS"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with our names if it does not exist yet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("poems-tracker")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.poems_tracker.PoemsTracker")
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "poems-tracker.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    ensure_readable_palette(app)  # highlighted text at 4.5:1 or better, whatever the theme
    return app


def protect_files() -> int:
    """Every file and folder this process creates is the user's alone (0600 / 0700).

    A belt to the braces of `paths.make_private_*`: Qt writes some files itself (QSettings),
    and a health journal must never be readable by other accounts. Returns the old umask.
    """
    return os.umask(0o077)


def _warm_up_charts() -> None:
    """Import matplotlib in the background after the first paint, so the first visit to
    Trends takes about 0.3 s instead of 0.7 s (architecture.md rule 8)."""
    import threading

    from poems_tracker.ui.trends.trends_data import warm_up

    threading.Thread(target=warm_up, name="warm-charts", daemon=True).start()


def _after_first_paint(window: MainWindow, db: Database) -> None:
    """What starts once the window is on screen: backup timer, locks, reminders, welcome."""
    from poems_tracker import paths
    from poems_tracker.ui.shell import startup
    from poems_tracker.ui.shell.idle_lock import attach_idle_lock
    from poems_tracker.ui.shell.reminders import attach_reminders
    from poems_tracker.ui.shell.welcome import maybe_welcome

    startup.schedule_daily_backup(window)
    window.idle_lock = attach_idle_lock(paths.db_path())  # type: ignore[attr-defined]
    window.reminders = attach_reminders(  # type: ignore[attr-defined]
        window, db, on_checkin=lambda: window.show_page(window.index_of("CheckInPage"))
    )
    QTimer.singleShot(2000, _warm_up_charts)
    QTimer.singleShot(0, lambda: maybe_welcome(window, db))  # first start only


def run(argv: list[str]) -> int:
    """Open the window on the chosen data folder; return the exit status."""
    from poems_tracker.ui.shell.crash import install_crash_handler

    mark("run() entered, modules imported")
    protect_files()
    from poems_tracker.ui.shell.startup import check_in_background

    health = check_in_background()  # SQLite checks the file while Qt starts
    app = application(argv)
    crash_handler = install_crash_handler(app)  # a bug shows a calm dialog, not a traceback
    mark("QApplication and crash handler")
    try:
        return _open_window(app, health)
    finally:
        crash_handler.uninstall()


def _open_window(app: QApplication, health: Callable[[], list[str]] | None = None) -> int:
    from poems_tracker import paths, settings
    from poems_tracker.store.database import Database
    from poems_tracker.ui.shell import single_instance, startup
    from poems_tracker.ui.shell.i18n import install_translators
    from poems_tracker.ui.shell.main_window import MainWindow

    mark("window modules imported")
    install_translators(app, settings.get("prefs/language") or QLocale.system().name())
    apply_text_scale(app, int(settings.get("prefs/text_scale")))
    mark("translators and text size")
    first_paint.arm()  # from here, what the first paint does not show waits for it
    first_paint.later(gc.enable, "cycle collector back on")  # off since launch.main
    guard = single_instance.SingleInstance(paths.data_dir())
    claim = guard.claim()  # its listening waits for the paint too, unless a dialog comes first
    mark("single-instance claim")
    if claim is single_instance.Claim.FORWARDED:
        return 0  # the window already open on this folder came forward
    if claim is single_instance.Claim.UNREACHABLE:
        from PySide6.QtWidgets import QMessageBox  # here: a usual start shows none

        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "Startup",
                "POEMS Tracker is already open for this data folder ({folder}) but "
                "does not answer. Close it, then start again.",
            ).format(folder=str(paths.data_dir())),
        )
        return 1
    from poems_tracker.store import cipher
    from poems_tracker.ui.shell.unlock_dialog import unlock_at_start

    if cipher.is_encrypted(paths.db_path()):
        first_paint.before_a_dialog()
    if not unlock_at_start(paths.db_path()):  # encrypted: the passphrase before anything else
        guard.release()
        return 0
    if not startup.check_database(started=health):
        guard.release()
        return 1
    mark("database quick_check")
    try:
        db = Database.open()
    except PoemsError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, APP_NAME, QCoreApplication.translate("errors", exc.template).format(**exc.fields)
        )
        guard.release()
        return 1
    mark("database open")
    window = MainWindow(db)
    mark("main window built")
    watch_first_paint(window)
    first_paint.watch(window)
    guard.attach(window)
    window.restore_state()
    window.show()
    mark("shown")
    first_paint.later(lambda: _after_first_paint(window, db), "reminders, idle lock, welcome")
    if os.environ.get(QUIT_AFTER_SHOWN_ENV):  # tests: a real start, then a clean end
        QTimer.singleShot(int(os.environ[QUIT_AFTER_SHOWN_ENV]), window.close)
    status = app.exec()
    from poems_tracker.ui.shell.workers import finish_all

    finish_all()
    db.close()
    guard.release()
    return status
