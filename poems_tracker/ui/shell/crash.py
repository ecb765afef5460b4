"""The crash dialog: a bug is said calmly, written down, and the window keeps running.

qutebrowser's `crashsignal.py` is the model. `CrashHandler.install` takes over
`sys.excepthook` (an exception in a slot lands there), `threading.excepthook` (a worker
thread's bug is handed to the GUI thread by a queued signal) and Qt's message handler
(a fatal Qt message is written to the log before Qt ends the process). Each crash is
appended to `logs/crash.log` in the data folder: 0600 in a 0700 folder, never through a
symbolic link, rotated at `MAX_LOG_BYTES` with `KEEP_OLD_LOGS` older files, so it stays
small. The patient reads one sentence, "Something went wrong; your saved records are
safe.", and can copy the details. Every record is stored in its own transaction when it
is saved, so a bug after that cannot lose it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from poems_tracker import __version__

if TYPE_CHECKING:  # the dialog's module loads at the first crash (issue 18)
    from poems_tracker.ui.shell.crash_dialog import CrashDialog

log = logging.getLogger(__name__)

LOG_FOLDER = "logs"
LOG_NAME = "crash.log"
MAX_LOG_BYTES = 256 * 1024
KEEP_OLD_LOGS = 2
#: More crash reports than this in one session are only logged (a bug in a paint event
#: would otherwise open dialogs for ever).
MAX_DIALOG_REPORTS = 20

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    from poems_tracker import paths

    return paths.data_dir(create=False) / LOG_FOLDER / LOG_NAME


def details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What a helper needs to find the bug; no record of the patient is in it."""
    import platform  # only when something went wrong: not on every start's path

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"POEMS Tracker {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"Thread: {threading.current_thread().name}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


def _rotate(path: Path) -> None:
    for n in range(KEEP_OLD_LOGS, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        newer = path if n == 1 else path.with_name(f"{path.name}.{n - 1}")
        if newer.is_file() and not newer.is_symlink():
            os.replace(newer, older)


def write_log(text: str, path: Path | None = None) -> Path | None:
    """Append TEXT to the crash log (0600, no link followed, rotated); None when it cannot."""
    path = path or log_path()
    try:
        if not path.parent.parent.is_dir():  # no data folder yet: nothing to write into
            return None
        path.parent.mkdir(mode=0o700, exist_ok=True)
        if path.parent.is_symlink():
            return None
        with contextlib.suppress(OSError):
            if path.stat(follow_symlinks=False).st_size + len(text) > MAX_LOG_BYTES:
                _rotate(path)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, (text.rstrip() + "\n\n" + "-" * 72 + "\n").encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except OSError:
        return None
    return path


class CrashHandler(QObject):
    """Installs the hooks; shows one dialog at a time over the active window."""

    crashed = Signal(str, str)  # details, log path ("" when not written)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None  # built at the first crash, not at start
        self.reports = 0
        self._old_excepthook: Callable[..., Any] | None = None
        self._old_threading_hook: Callable[..., Any] | None = None
        self._old_qt_handler: Any = None
        self._installed = False
        self.crashed.connect(self._show)  # queued when emitted from a worker thread

    def install(self) -> CrashHandler:
        self._old_excepthook = sys.excepthook
        self._old_threading_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._old_qt_handler = qInstallMessageHandler(self._qt_message)
        self._installed = True
        return self

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._old_excepthook or sys.__excepthook__
        threading.excepthook = self._old_threading_hook or threading.__excepthook__
        qInstallMessageHandler(self._old_qt_handler)
        self._installed = False

    # -- the hooks ----------------------------------------------------------------------
    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """sys.excepthook: log, write down, show (on the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            (self._old_excepthook or sys.__excepthook__)(exc_type, exc, tb)
            return
        text = details(exc_type, exc, tb)
        log.error("unexpected error:\n%s", text)
        logged = write_log(text)
        self.crashed.emit(text, "" if logged is None else str(logged))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _qt_message(self, kind: QtMsgType, context: Any, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            write_log(f"POEMS Tracker {__version__}\nQt fatal message: {message}")
        if self._old_qt_handler is not None:
            self._old_qt_handler(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(message + "\n")

    # -- the dialog -----------------------------------------------------------------------
    def _show(self, text: str, logged: str) -> None:
        if QApplication.instance() is None:
            return
        self.reports += 1
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(text)
            return
        if self.reports > MAX_DIALOG_REPORTS:
            return
        from poems_tracker.ui.shell.crash_dialog import CrashDialog

        parent = QApplication.activeWindow()
        if isinstance(parent, CrashDialog):
            parent = None
        self.dialog = CrashDialog(text, Path(logged) if logged else None, parent)
        self.dialog.open()


def install_crash_handler(parent: QObject | None = None) -> CrashHandler:
    """Install the crash dialog for this process (app.run does this once)."""
    return CrashHandler(parent).install()
