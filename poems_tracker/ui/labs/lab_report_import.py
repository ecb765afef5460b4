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
from poems_tracker.ui.shell import clock, workers
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
) -> ReportReading | None:
    """Read PATHS (asked for when neither PATHS nor TEXT is given) and open the review.

    The reading runs off the GUI thread (a 50-page PDF takes seconds); the review appears
    as `parent.report_dialog` when it is done. None when the patient cancels the picker.
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
    reading = ReportReading(parent, db, events)
    reading.start(paths or [], text)
    return reading


def _read_job(on_progress, cancelled, paths, text, sex, today):
    """The worker's part: files in, a Reading out (no database, no widget)."""
    from poems_tracker.exchange.lab_reports import read_reports

    return read_reports(paths, today=today, sex=sex, pasted=text)


class ReportReading(QObject):
    """One report being read; on the GUI thread it then opens the review or says why not."""

    def __init__(self, parent: QWidget, db: Database, events: DataEvents) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = db
        self.events = events
        self.job: workers.Job | None = None
        parent.report_dialog = None  # type: ignore[attr-defined]

    def start(self, paths: list[str], text: str | None) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.job = workers.Job(
            _read_job,
            paths=paths,
            text=text,
            sex=str(settings.get("prefs/sex_for_ranges") or ""),
            today=clock.today(),
        )
        # Bound methods of this GUI-thread object: Qt queues the worker's signals to them.
        self.job.signals.succeeded.connect(self._on_read)
        self.job.signals.failed.connect(self._on_failed)
        workers.start(self.job)

    def _on_failed(self, exc: object) -> None:
        QApplication.restoreOverrideCursor()
        dialogs.warn(
            self.parent_widget,
            _tr("Import lab report"),
            _tr("The report could not be read ({reason}); nothing was saved.").format(
                reason=str(exc)
            ),
        )
        self.deleteLater()

    def _on_read(self, reading) -> None:
        QApplication.restoreOverrideCursor()
        self.parent_widget.report_dialog = self.review(reading)  # type: ignore[attr-defined]
        self.deleteLater()

    def review(self, reading):
        from poems_tracker.ui.labs.lab_report_dialog import LabReportDialog

        parent = self.parent_widget
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
        dialog = LabReportDialog(self.db, reading, clock.today(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        events = self.events  # this reader is gone once the review is open
        dialog.saved.connect(lambda _counts: events.emit_changed(LABS))
        dialog.open()
        return dialog


def _unread_lines(unread) -> list[str]:
    from poems_tracker.ui.labs.lab_report_dialog import reason_text

    return [f"{u.line or u.source}: {reason_text(u)}" for u in unread[:10]]


def install_lab_report_action(window: QMainWindow) -> QAction:
    """Add "Import lab report…" to WINDOW's File menu, above the Quit group; once."""
    existing = getattr(window, "lab_report_action", None)
    if isinstance(existing, QAction):
        return existing
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
                open_lab_report(self.page, self.page.db, self.page.events, paths=paths)
                return True
        return super().eventFilter(watched, event)


def paste_report(page) -> object:
    """Ctrl+V on the Labs page: copied report files, or copied report text, into the review."""
    mime = QGuiApplication.clipboard().mimeData()
    paths = _report_paths(mime) if mime is not None else []
    text = mime.text() if mime is not None and mime.hasText() else ""
    if not paths and not text.strip():
        return None
    return open_lab_report(
        page, page.db, page.events, paths=paths or None, text=None if paths else text
    )


def install_report_hooks(page) -> None:
    """Drop and paste on PAGE open the review (the page stays the owner of its widgets)."""
    page.report_dialog = None
    page.setAcceptDrops(True)
    page.report_drop_filter = _DropFilter(page)
    page.installEventFilter(page.report_drop_filter)
    paste = QShortcut(QKeySequence.StandardKey.Paste, page, activated=lambda: paste_report(page))
    paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
