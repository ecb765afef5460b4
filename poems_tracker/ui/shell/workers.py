"""The one way to run long work (import, export, report, backup) off the GUI thread.

The job is a plain function taking `on_progress(done, total)` (and, if it wants, `cancelled()`);
the same function serves the command line. The job must open its own database connection:
SQLite connections belong to one thread. Never touch a widget inside the job.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception; the GUI words it


class Job(QRunnable):
    """Runs FN(on_progress=..., cancelled=..., **kwargs) on the global thread pool."""

    def __init__(self, fn: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self._fn = fn
        self._kwargs = kwargs

    def run(self) -> None:  # worker thread: never touch a widget here
        try:
            result = self._fn(
                on_progress=self.signals.progress.emit,
                cancelled=self.cancel_event.is_set,
                **self._kwargs,
            )
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.succeeded, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone (program ending)
            signal.emit(value)

    def cancel(self) -> None:
        self.cancel_event.set()


_running: set[Job] = set()


def start(job: Job) -> Job:
    """Start JOB and keep a reference to it until it reports (Qt would otherwise lose it)."""
    _running.add(job)
    job.signals.succeeded.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _exc: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job


class JobRunner(QObject):
    """The main window's one runner: one job at a time, failures said in one sentence.

    Every action that starts a job is `guard`-ed: all of them are disabled while any job
    runs (a restore can no longer start during an import), and `DataEvents.busy` makes
    the pages' own writes wait with a sentence (`shell/write_path.py`). The job's own
    failure (`PoemsError`, a file that cannot be written) is shown in a message box; any
    other exception is a bug and is raised again on the GUI thread, where the crash
    dialog (`shell/crash.py`) catches it.
    """

    busy_changed = Signal(bool)

    def __init__(self, events: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.job: Job | None = None
        self._actions: list[Any] = []
        self._succeeded: Callable[[Any], None] = lambda _result: None
        self._failed: Callable[[BaseException], None] | None = None
        self._finished: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def guard(self, *actions: Any) -> None:
        """ACTIONS start jobs or write: disabled while a job runs."""
        self._actions.extend(actions)
        for action in actions:
            action.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        for action in self._actions:
            action.setEnabled(not busy)
        if self.events is not None:
            self.events.set_busy(busy)
        self.busy_changed.emit(busy)

    def start(
        self,
        job: Job,
        on_succeeded: Callable[[Any], None],
        *,
        on_failed: Callable[[BaseException], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Job | None:
        """Run JOB unless another job runs (then None). ON_FINISHED runs first on either end,
        then ON_SUCCEEDED(result) or ON_FAILED(exc) (default: a message box or the crash
        dialog)."""
        if self.job is not None:
            return None
        self.job = job
        self._succeeded, self._failed, self._finished = on_succeeded, on_failed, on_finished
        job.signals.succeeded.connect(self._on_job_succeeded)
        job.signals.failed.connect(self._on_job_failed)
        self._set_busy(True)
        return start(job)

    def _end(self) -> None:
        self.job = None
        self._set_busy(False)
        if self._finished is not None:
            self._finished()

    def _on_job_succeeded(self, result: object) -> None:
        self._end()
        self._succeeded(result)

    def _on_job_failed(self, exc: BaseException) -> None:
        self._end()
        if self._failed is not None:
            self._failed(exc)
        else:
            self.report_failure(exc)

    def report_failure(self, exc: BaseException, title: str = "") -> None:
        """One sentence in a message box for the program's own error; a bug goes on up."""
        from PySide6.QtCore import QCoreApplication

        from poems_tracker.ui.shell.write_path import as_poems_error, error_sentence
        from poems_tracker.ui.widgets import dialogs

        error = as_poems_error(exc)
        if error is None:
            raise exc
        parent = self.parent()
        dialogs.warn(
            parent,  # type: ignore[arg-type]
            title or QCoreApplication.translate("JobRunner", "Nothing was changed"),
            error_sentence(error),
        )


def finish_all(timeout_ms: int = 30000) -> bool:
    """At exit: ask running jobs to stop, then wait for them (a backup or import half
    written must end, or roll back, before the database is closed)."""
    for job in list(_running):
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def runner_of(window: Any) -> JobRunner:
    """The job runner WINDOW owns (made on first use for a window built without one)."""
    runner = getattr(window, "jobs", None)
    if not isinstance(runner, JobRunner):
        runner = JobRunner(getattr(window, "events", None), window)
        window.jobs = runner
    return runner
