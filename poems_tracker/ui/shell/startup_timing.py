"""Where start-up time goes, when someone asks (tests/benchmarks/bench_startup.py does).

`POEMS_TRACKER_STARTUP_LOG=1` prints each step between entering `run()` and the window's
first paint, and the deferred steps after it, to standard error. With
`POEMS_TRACKER_FIRST_PAINT_FILE=PATH` the wall-clock time of the first paint is written to
PATH, so a benchmark can time a launch to the moment the patient sees the window; with
`POEMS_TRACKER_LAUNCHED_AT=<wall-clock seconds>` the log's first line says how long the
interpreter and the imports took before `run()`. None is set for a patient: then `mark`
costs one dictionary look-up.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_ENABLED = os.environ.get("POEMS_TRACKER_STARTUP_LOG") == "1"
_steps: list[tuple[str, float]] = []


def mark(step: str) -> None:
    """Note that STEP has just finished (only when the log was asked for)."""
    if _ENABLED:
        _steps.append((step, time.perf_counter()))


def _report() -> None:
    if not _ENABLED or not _steps:
        return
    start = previous = _steps[0][1]
    launched = os.environ.get("POEMS_TRACKER_LAUNCHED_AT")  # wall clock, set by the benchmark
    if launched:
        before = time.time() - (time.perf_counter() - start) - float(launched)
        sys.stderr.write(f"startup {-before * 1000:8.1f} ms  launched (interpreter, imports)\n")
    for step, at in _steps:
        sys.stderr.write(
            f"startup {(at - start) * 1000:8.1f} ms  (+{(at - previous) * 1000:6.1f})  {step}\n"
        )
        previous = at
    sys.stderr.flush()


class _FirstPaint(QObject):
    """Sees the window's first Paint event, notes it, then steps out of the way."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            mark("first paint")
            path = os.environ.get("POEMS_TRACKER_FIRST_PAINT_FILE")
            if path:
                with open(path, "w", encoding="utf-8") as out:
                    out.write(repr(time.time()))
            _report()
        return False


def watch_first_paint(window: QWidget) -> None:
    """Note the first paint of WINDOW when a log or a first-paint file was asked for."""
    if _ENABLED or os.environ.get("POEMS_TRACKER_FIRST_PAINT_FILE"):
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)


def report_later(step: str) -> None:
    """Mark a deferred STEP and print it at once (after the first paint's report)."""
    if _ENABLED:
        mark(step)
        at = _steps[-1][1] - _steps[0][1]
        sys.stderr.write(f"startup {at * 1000:8.1f} ms  (deferred)  {step}\n")
        sys.stderr.flush()
