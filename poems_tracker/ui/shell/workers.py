"""The one way to run long work (import, export, report, backup) off the GUI thread.

The job is a plain function taking `on_progress(done, total)` (and, if it wants, `cancelled()`);
the same function serves the command line. The job must open its own database connection:
SQLite connections belong to one thread. Never touch a widget inside the job.
"""

from __future__ import annotations

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
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)

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
