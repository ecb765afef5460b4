"""The one way the window writes records (Anki's `CollectionOp` shape, synchronous).

A page hands `run_write` a short function that writes, the kinds of record it changes and
where to say a failure. The write either succeeds, and then `DataEvents.changed` fires
with those kinds, or fails with the program's own error (`PoemsError`; a full disk or a
read-only folder the store did not word yet is worded here), and then the patient reads
one translated sentence and nothing is announced. Bugs are not caught here: they reach
the crash dialog (`shell/crash.py`). While a background job writes (import, restore) a
window write is refused with a sentence instead of waiting on the database lock with a
frozen window.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from poems_tracker.domain.text import N_
from poems_tracker.errors import DatabaseError, PoemsError
from poems_tracker.store.sqlite_files import is_damage, storage_error
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.widgets import dialogs

log = logging.getLogger(__name__)
T = TypeVar("T")


class FieldSay:
    """A form's `show(field, sentence)`: the sentence goes beside the field the error names."""

    def __init__(self, show: Callable[[str, str], object]) -> None:
        self.show = show


#: Where a failure is said: a status line of the page, a function taking the sentence, a
#: form's `show` wrapped in `FieldSay` (a `ValidationError` names its field), or None for
#: a message box over PARENT.
Say = QLabel | Callable[[str], object] | FieldSay | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("WritePath", text)


def as_poems_error(exc: BaseException) -> PoemsError | None:
    """EXC as the program's own error when the patient can act on it; None for a bug."""
    if isinstance(exc, PoemsError):
        return exc
    if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
        return storage_error(exc)  # SQLite says the file is damaged: say so, never a traceback
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        if any(w in text for w in ("full", "disk i/o", "readonly", "read-only", "locked")):
            if "locked" in text:
                return DatabaseError(
                    N_(
                        "errors",
                        "The records are in use by another program; nothing of this was "
                        "saved. Try again in a moment.",
                    )
                )
            return storage_error(exc)
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO):
            return DatabaseError(
                N_(
                    "errors",
                    "The disk is full or cannot be written; nothing of this was "
                    "saved, and what was saved before is safe. Free some space and "
                    "try again.",
                )
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DatabaseError(
                N_("errors", "The data folder cannot be written to; nothing of this was saved.")
            )
    return None


def error_sentence(exc: PoemsError) -> str:
    """The translated sentence of one of the program's errors."""
    return QCoreApplication.translate("errors", exc.template).format(**exc.fields)


def say(parent: QWidget | None, where: Say, text: str, field: str = "") -> None:
    """Show TEXT where the page wants failures said (a box over PARENT by default)."""
    if isinstance(where, FieldSay):
        where.show(field, text)
    elif isinstance(where, QLabel):
        where.setText("⚠ " + text)
        where.setAccessibleDescription(text)
    elif where is not None:
        where(text)
    else:
        dialogs.warn(parent, _tr("Not saved"), text)  # type: ignore[arg-type]


def events_near(widget: QWidget | None) -> DataEvents | None:
    """The DataEvents of WIDGET or of the nearest widget that holds it (None if none)."""
    while widget is not None:
        found = getattr(widget, "events", None)
        if isinstance(found, DataEvents):
            return found
        widget = widget.parentWidget()
    return None


def busy_sentence() -> str:
    return _tr(
        "Please wait until the import, backup or restore has finished; nothing of this "
        "was saved yet."
    )


def run_write(
    parent: QWidget | None,
    fn: Callable[[], T],
    kinds: Iterable[str] | Callable[[T], Iterable[str]],
    *,
    where: Say = None,
    on_done: Callable[[T], Any] | None = None,
    events: DataEvents | None = None,
) -> bool:
    """Run the write FN now; on success call ON_DONE(result), then announce KINDS.

    KINDS may be a function of the result when what changed depends on it. The
    announcement goes to EVENTS, by default the `events` of PARENT or of the nearest
    widget above it (a dialog's page; every page and panel has one). On the program's
    own error: say it WHERE, announce nothing and return False. ON_DONE runs before the
    announcement so a page can note what it stored before its own refresh runs.
    """
    if events is None:
        events = events_near(parent)
    if events is not None and events.busy:
        say(parent, where, busy_sentence())
        return False
    try:
        result = fn()
    except (PoemsError, sqlite3.DatabaseError, OSError) as exc:
        error = as_poems_error(exc)
        if error is None:
            raise
        log.warning("write refused: %s", type(exc).__name__)
        say(parent, where, error_sentence(error), getattr(error, "field", ""))
        return False
    if on_done is not None:
        on_done(result)
    changed = frozenset(kinds(result) if callable(kinds) else kinds)
    if events is not None and changed:
        events.emit_changed(*changed)
    return True
