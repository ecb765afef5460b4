"""File ▸ Export to calendar…: every visit into the patient's calendar program (.ics).

Kept apart from the Appointments page so the menu action costs nothing at start-up: the
`icalendar` package is imported only when the patient exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from poems_tracker import settings
from poems_tracker.store.database import Database
from poems_tracker.ui.widgets import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExport", text)


class CalendarExport(QObject):
    """Holds the one counted sentence: lupdate sees plural forms only in `self.tr`."""

    def written(self, count: int, path: str) -> str:
        return self.tr(
            "%n visit(s) written to {path}. Open this file with your calendar program; "
            "exporting again later updates the same visits instead of adding them twice.",
            "",
            count,
        ).format(path=path)


def export_to_calendar(parent: QWidget, db: Database) -> int | None:
    """Ask for a file and write every visit to it; the count, or None when cancelled/failed.

    Runs on the GUI thread: ten years of visits (~150 events) take a few milliseconds.
    """
    from poems_tracker.exchange.ical import export_ics

    start = str(Path(settings.get("state/last_export_dir") or Path.home()) / "visits.ics")
    path = dialogs.save_path(
        parent, _tr("Export visits to a calendar file"), start, _tr("Calendar files (*.ics)")
    )
    if not path:
        return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        count = export_ics(db, path)
    except OSError as exc:
        dialogs.warn(
            parent,
            _tr("Export to calendar"),
            _tr("The file {path} could not be written: {reason}.").format(
                path=path, reason=exc.strerror or str(exc)
            ),
        )
        return None
    settings.put("state/last_export_dir", str(Path(path).parent))
    dialogs.inform_exported(
        parent,
        _tr("Export to calendar"),
        CalendarExport().written(count, path),
    )
    return count


def install_calendar_export_action(window: QMainWindow) -> QAction:
    """Add "Export to calendar…" to WINDOW's File menu, above the Quit group; once."""
    existing = getattr(window, "calendar_export_action", None)
    if isinstance(existing, QAction):
        return existing
    action = QAction(_tr("Export to &calendar…"), window)
    action.setObjectName("calendarExportAction")
    action.setStatusTip(_tr("Write all visits to a file your calendar program can open"))
    action.triggered.connect(lambda: export_to_calendar(window, window.db))  # type: ignore[attr-defined]
    from poems_tracker.ui.shell.menus import add_to_file_menu

    add_to_file_menu(window, action)
    window.calendar_export_action = action  # type: ignore[attr-defined]
    return action
