"""Work that waits for the window's first paint, so the patient sees the window sooner.

`app.run()` calls `arm()` before it builds the main window; from then on `later(step)`
keeps STEP (the File menu's further actions, the Today panels, reminders, the welcome…)
until `watch(window)` sees the window's first Paint event, then runs the steps in order
right after that paint has reached the screen. Triggered by the paint itself, never by a
0 ms timer, which on xcb can fire before the window is exposed. When nothing is armed
(tests that build a window directly, dialogs) `later` runs the step at once, so the
window is the same either way, only sooner on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from poems_tracker.ui.shell.startup_timing import report_later

log = logging.getLogger(__name__)

#: If no paint comes (a window shown minimised, a platform that never exposes it), the
#: steps still run after this long.
FALLBACK_MS = 3000

_pending: list[tuple[str, Callable[[], None]]] | None = None
#: True once the watched window has had its first Paint event (tests read it).
painted = False


def arm() -> None:
    """From now until the first paint, `later` keeps its steps instead of running them
    (arming again keeps what is already kept)."""
    global _pending, painted
    if _pending is None:
        _pending = []
        painted = False


def armed() -> bool:
    return _pending is not None


def later(step: Callable[[], None], name: str = "") -> None:
    """Run STEP after the first paint (at once when nothing waits for one)."""
    if _pending is None:
        step()
    else:
        _pending.append((name or getattr(step, "__name__", "step"), step))


def run_pending() -> None:
    """Run every kept step, in the order they were asked for (steps may add more)."""
    global _pending
    while _pending:
        name, step = _pending.pop(0)
        try:
            step()
        except Exception:  # one failing step must not keep the others from running
            log.exception("deferred start-up step failed: %s", name)
        report_later(name)
    _pending = None


def before_a_dialog() -> None:
    """A dialog comes before the window (passphrase, damaged journal): run at once what
    waits (listening for a second start, so it is answered meanwhile, as before); what is
    asked for later still waits for the first paint."""
    if _pending is not None:
        run_pending()
        arm()


class _Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            global painted
            watched.removeEventFilter(self)
            painted = True
            # Posted from the paint: it runs once this paint is done and flushed.
            QTimer.singleShot(0, run_pending)
        return False


def watch(window: QWidget) -> None:
    """Run the kept steps right after WINDOW's first paint (or after FALLBACK_MS)."""
    window.installEventFilter(_Watcher(window))
    QTimer.singleShot(FALLBACK_MS, window, run_pending)
