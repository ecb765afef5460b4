"""Ways into the lab report review: File ▸ Import lab report…, a file dropped on the Labs
page, and Ctrl+V of copied report text (or a copied file) on the Labs page.

Kept apart from the Labs page so that the page only installs the hooks; the reader (and
pypdf) is imported when a report is read, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from poems_tracker import settings
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import LABS, DataEvents
from poems_tracker.ui.widgets import dialogs

SUFFIXES = (".pdf", ".txt", ".json")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabReportImport", text)


def open_lab_report(
    parent: QWidget,
    db: Database,
    events: DataEvents,
    paths: list[str] | None = None,
    text: str | None = None,
):
    """Read PATHS (asked for when neither PATHS nor TEXT is given) and open the review.

    Returns the dialog, or None when nothing could be shown (cancelled, refused, empty).
    """
    if not paths and text is None:
        start = str(settings.get("state/last_export_dir") or Path.home())
        chosen = dialogs.open_path(
            parent,
            _tr("Import lab report"),
            start,
            _tr("Lab reports (*.pdf *.txt *.json);;All files (*)"),
        )
        if not chosen:
            return None
        paths = [chosen]
    from poems_tracker.exchange.lab_reports import read_reports
    from poems_tracker.ui.labs.lab_report_dialog import LabReportDialog

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        reading = read_reports(
            paths or [],
            today=clock.today(),
            sex=str(settings.get("prefs/sex_for_ranges") or ""),
            pasted=text,
        )
    finally:
        QApplication.restoreOverrideCursor()
    if reading.refused:
        lines = [
            f"{Path(shown).name}: "
            + QCoreApplication.translate("lab_reports", template).format(**dict(fields))
            for shown, template, fields in reading.refused
        ]
        dialogs.warn(parent, _tr("Import lab report"), "\n".join(lines))
        return None
    if not reading.candidates:
        dialogs.inform(
            parent,
            _tr("Import lab report"),
            _tr(
                "No lab result was recognised, so nothing was saved. Results of tests the "
                "program does not know, or lines it was not sure of, can be typed in with "
                '"Enter results".'
            )
            + ("\n\n" + "\n".join(_unread_lines(reading.unread)) if reading.unread else ""),
        )
        return None
    dialog = LabReportDialog(db, reading, clock.today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(lambda _counts: events.emit_changed(LABS))
    dialog.open()
    return dialog


def _unread_lines(unread) -> list[str]:
    from poems_tracker.ui.labs.lab_report_dialog import reason_text

    return [f"{u.line or u.source}: {reason_text(u)}" for u in unread[:10]]


def install_lab_report_action(window: QMainWindow) -> QAction:
    """Add "Import lab report…" to WINDOW's File menu, above the Quit group."""
    action = QAction(_tr("Import &lab report…"), window)
    action.setObjectName("labReportAction")
    action.setStatusTip(_tr("Read lab results from a PDF, text or FHIR file and check them"))
    action.triggered.connect(
        lambda: open_lab_report(window, window.db, window.events)  # type: ignore[attr-defined]
    )
    from poems_tracker.ui.shell.menus import add_to_file_menu

    add_to_file_menu(window, action)
    window.lab_report_action = action  # type: ignore[attr-defined]
    return action


def _report_paths(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    found = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in found if Path(p).suffix.lower() in SUFFIXES]


class _DropFilter(QObject):
    """Lets the Labs page take a dropped report file (PDF, text, FHIR JSON)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _report_paths(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = _report_paths(event.mimeData())  # type: ignore[attr-defined]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.page.report_dialog = open_lab_report(
                    self.page, self.page.db, self.page.events, paths=paths
                )
                return True
        return super().eventFilter(watched, event)


def paste_report(page) -> object:
    """Ctrl+V on the Labs page: copied report files, or copied report text, into the review."""
    mime = QGuiApplication.clipboard().mimeData()
    paths = _report_paths(mime) if mime is not None else []
    text = mime.text() if mime is not None and mime.hasText() else ""
    if not paths and not text.strip():
        return None
    page.report_dialog = open_lab_report(
        page, page.db, page.events, paths=paths or None, text=None if paths else text
    )
    return page.report_dialog


def install_report_hooks(page) -> None:
    """Drop and paste on PAGE open the review (the page stays the owner of its widgets)."""
    page.report_dialog = None
    page.setAcceptDrops(True)
    page.report_drop_filter = _DropFilter(page)
    page.installEventFilter(page.report_drop_filter)
    paste = QShortcut(QKeySequence.StandardKey.Paste, page, activated=lambda: paste_report(page))
    paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
