"""File ▸ Export CSV…, Import CSV…, Export FHIR…, Print…, Print preview…, Save report as PDF….

The work runs off the GUI thread through `ui/workers.py` with a progress dialog; the window
never freezes. Import first runs as a dry run and shows "n new, n updated" per file; only
when the patient agrees is it run for real (after a backup). Problems are listed in full.
The report is prepared in the worker (reading, chart) and turned into the one document
that Print, Preview and PDF all use on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressDialog

from poems_tracker import settings
from poems_tracker.ui.data.exchange_dialogs import ProblemsDialog, ReportPeriodDialog
from poems_tracker.ui.shell import clock, workers
from poems_tracker.ui.shell.write_path import busy_sentence
from poems_tracker.ui.widgets import dialogs


def _source(db: Any) -> Any:
    """A connection for the worker thread: its own when the database is a file."""
    from poems_tracker.store.database import Database

    return Database.open(db.path) if db.path is not None else db


def _in_worker(db: Any, work: Callable[[Any], Any]) -> Any:
    own = _source(db)
    try:
        return work(own)
    finally:
        if own is not db:
            own.close()


def export_csv_job(db: Any, out_dir: Path, on_progress: Callable, cancelled: Callable) -> Any:
    from poems_tracker.exchange.csv_export import export_csv

    return _in_worker(db, lambda own: export_csv(own, out_dir, on_progress))


def import_csv_job(
    db: Any, paths: list[str], dry_run: bool, on_progress: Callable, cancelled: Callable
) -> Any:
    from poems_tracker.exchange.csv_import import import_csv

    def work(own: Any) -> Any:
        if not dry_run:
            from poems_tracker.store.backup import make_backup
            from poems_tracker.store.records import has_records

            if own.path is not None and has_records(own):
                make_backup(own, reason="before-import")
        return import_csv(own, paths, on_progress, cancelled, dry_run=dry_run)

    return _in_worker(db, work)


def export_fhir_job(
    db: Any, out: Path, name: str, on_progress: Callable, cancelled: Callable
) -> Any:
    from poems_tracker.exchange.fhir import export_fhir

    return _in_worker(db, lambda own: export_fhir(own, out, patient_name=name))


def report_job(
    db: Any,
    start: date,
    end: date,
    name: str,
    page_size: str,
    today: date,
    on_progress: Callable,
    cancelled: Callable,
) -> Any:
    from poems_tracker.report.document import prepare_report

    return _in_worker(db, lambda own: prepare_report(own, start, end, name, page_size, today))


class ExchangeActions(QObject):
    """The actions and the jobs they start; `finished` fires when a job has reported."""

    finished = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: workers.Job | None = None
        self.progress: QProgressDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.preview_dialog: QDialog | None = None
        self._preview_parts: tuple[Any, Any] | None = None
        self._handler: Callable[[Any], None] = lambda _result: None
        self.actions: list[QAction] = []
        for text, slot in (
            (self.tr("&Export CSV…"), self.export_csv),
            (self.tr("&Import CSV…"), self.import_csv),
            (self.tr("Export &FHIR…"), self.export_fhir),
            (self.tr("&Print report…"), self.print_report),
            (self.tr("Print pre&view…"), self.preview_report),
            (self.tr("Save report as P&DF…"), self.save_pdf),
        ):
            action = QAction(text, window)
            action.triggered.connect(lambda _=False, run=slot: run())
            self.actions.append(action)
        self.actions[3].setShortcut(QKeySequence.StandardKey.Print)
        group_end = QAction(window)
        group_end.setSeparator(True)
        from poems_tracker.ui.shell.menus import add_to_file_menu

        add_to_file_menu(window, *self.actions, group_end)
        workers.runner_of(window).guard(*self.actions)

    # -- running jobs ---------------------------------------------------------------------
    def _run(
        self,
        label: str,
        fn: Callable[..., Any],
        done: Callable[[Any], None],
        cancellable: bool = False,
        **kwargs: Any,
    ) -> None:
        job = workers.Job(fn, db=self.window.db, **kwargs)
        runner = workers.runner_of(self.window)
        if runner.busy:
            dialogs.inform(self.window, self.tr("Please wait"), busy_sentence())
            return
        progress = QProgressDialog(
            label, self.tr("Cancel") if cancellable else "", 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Please wait"))
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        # Bound methods of this GUI-thread object: Qt queues the worker's signals to them.
        job.signals.progress.connect(self._on_job_progress)
        self.job, self.progress, self._handler = job, progress, done
        runner.start(
            job,
            self._on_job_succeeded,
            on_failed=self._on_job_failed,
            on_finished=self._close_progress,
        )

    def _on_job_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress, self.job = None, None

    def _on_job_succeeded(self, result: object) -> None:
        try:
            self._handler(result)
        finally:
            self.finished.emit()

    def _on_job_failed(self, exc: BaseException) -> None:
        try:
            self._failed(exc)
        finally:
            self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        """The program's own error or an unwritable file: one sentence; a bug goes on up."""
        if isinstance(exc, OSError):
            dialogs.warn(
                self.window,
                self.tr("Could not write the file"),
                self.tr("The file could not be written: {reason}.").format(
                    reason=exc.strerror or str(exc)
                ),
            )
            return
        workers.runner_of(self.window).report_failure(exc, self.tr("POEMS Tracker"))

    # -- CSV and FHIR ----------------------------------------------------------------------
    def export_csv(self) -> None:
        folder = dialogs.open_dir(
            self.window,
            self.tr("Export CSV into which folder?"),
            settings.get("state/last_export_dir"),
        )
        if not folder:
            return
        settings.put("state/last_export_dir", folder)
        self._run(
            self.tr("Writing the CSV files…"), export_csv_job, self._exported, out_dir=Path(folder)
        )

    def _exported(self, written: list[Path]) -> None:
        folder = str(written[0].parent) if written else ""
        dialogs.inform_exported(
            self.window,
            self.tr("Export CSV"),
            self.tr("{count} files were written to {folder}.").format(
                count=len(written), folder=folder
            ),
        )

    def import_csv(self) -> None:
        choice = dialogs.choose(
            self.window,
            self.tr("Import CSV"),
            self.tr("Import a whole folder of exported files, or one file?"),
            [self.tr("A &folder"), self.tr("One &file")],
        )
        start = settings.get("state/last_export_dir")
        if choice == 0:
            path = dialogs.open_dir(self.window, self.tr("Folder to import"), start)
        elif choice == 1:
            path = dialogs.open_path(
                self.window, self.tr("File to import"), start, self.tr("CSV files (*.csv)")
            )
        else:
            return
        if path:
            self.start_import([path])

    def start_import(self, paths: list[str]) -> None:
        """Check PATHS with a dry run; the preview then asks before anything is stored."""
        self._run(
            self.tr("Checking the files…"),
            import_csv_job,
            lambda result: self._previewed(paths, result),
            cancellable=True,
            paths=paths,
            dry_run=True,
        )

    def _summary(self, result: Any) -> str:
        lines = [
            self.tr("{file}: {new} new, {updated} updated").format(
                file=name, new=c.new, updated=c.updated
            )
            for name, c in result.counts.items()
        ]
        lines += [
            self.tr("Left alone (not a POEMS Tracker file): {path}").format(path=p)
            for p in result.unknown_files
        ]
        return "\n".join(lines)

    def _problem_lines(self, result: Any) -> list[str]:
        from PySide6.QtCore import QCoreApplication

        return [
            f"{p.path}:{p.line}: "
            + QCoreApplication.translate("errors", p.message).format(**dict(p.fields))
            for p in result.problems
        ]

    def _show_problems(self, result: Any) -> None:
        self.problems_dialog = ProblemsDialog(self._problem_lines(result), self.window)
        self.problems_dialog.open()

    def _previewed(self, paths: list[str], result: Any) -> None:
        if result.problems:
            self._show_problems(result)
            return
        text = (
            self.tr("These changes will be made:")
            + "\n\n"
            + self._summary(result)
            + "\n\n"
            + self.tr("Import them now? A backup is kept first.")
        )
        if dialogs.confirm(self.window, self.tr("Import CSV"), text, self.tr("&Import")):
            self._run(
                self.tr("Importing…"),
                import_csv_job,
                self._imported,
                cancellable=True,
                paths=paths,
                dry_run=False,
            )

    def _imported(self, result: Any) -> None:
        if not result.committed:
            self._show_problems(result)
            return
        from poems_tracker.ui.shell.data_events import ALL

        self.window.events.emit_changed(*ALL)
        dialogs.inform(
            self.window,
            self.tr("Import CSV"),
            self.tr("Imported:") + "\n\n" + self._summary(result),
        )

    def export_fhir(self) -> None:
        path = dialogs.save_path(
            self.window,
            self.tr("Export FHIR"),
            "poems-tracker-fhir.json",
            self.tr("FHIR JSON (*.json)"),
        )
        if not path:
            return
        self._run(
            self.tr("Writing the FHIR file…"),
            export_fhir_job,
            lambda count: dialogs.inform_exported(
                self.window,
                self.tr("Export FHIR"),
                self.tr("{count} records were written to {path}.").format(count=count, path=path),
            ),
            out=Path(path),
            name=settings.get("prefs/patient_name"),
        )

    # -- the report --------------------------------------------------------------------------
    def ask_period(self) -> tuple[date, date, str] | None:
        """The period and paper size, or None when the patient cancels."""
        from poems_tracker.report.document import default_page_size
        from poems_tracker.report.period import report_period

        today = clock.today()
        first = report_period(self.window.db, today)[0]
        dialog = ReportPeriodDialog(today, default_page_size(), self.window, first=first)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _report(self, then: Callable[[Any], None]) -> None:
        chosen = self.ask_period()
        if chosen is None:
            return
        start, end, paper = chosen
        self._run(
            self.tr("Preparing the report…"),
            report_job,
            then,
            start=start,
            end=end,
            name=settings.get("prefs/patient_name"),
            page_size=paper,
            today=clock.today(),
        )

    def save_pdf(self) -> None:
        def write(parts: Any) -> None:
            from poems_tracker.report.document import document_from
            from poems_tracker.report.pdf import write_pdf

            path = dialogs.save_path(
                self.window,
                self.tr("Save report as PDF"),
                "poems-report.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                pages = write_pdf(document_from(parts), Path(path))
            except OSError as exc:
                self._failed(exc)
                return
            dialogs.inform_exported(
                self.window,
                self.tr("Save report as PDF"),
                self.tr("The report (%n page(s)) was saved as {path}.", "", pages).format(
                    path=path
                ),
            )

        self._report(write)

    def _printer(self, parts: Any) -> tuple[Any, Any]:
        from PySide6.QtPrintSupport import QPrinter

        from poems_tracker.report.document import document_from
        from poems_tracker.report.pdf import prepare_device

        document = document_from(parts)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(parts.title)
        prepare_device(document, printer)
        return document, printer

    def print_report(self) -> None:
        def show(parts: Any) -> None:
            from PySide6.QtPrintSupport import QPrintDialog

            from poems_tracker.report.pdf import paint_document

            document, printer = self._printer(parts)
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                paint_document(document, printer)

        self._report(show)

    def preview_report(self) -> None:
        def show(parts: Any) -> None:
            from PySide6.QtPrintSupport import QPrintPreviewDialog

            from poems_tracker.report.pdf import paint_document

            document, printer = self._printer(parts)
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setWindowTitle(self.tr("Print preview: report for the doctor"))
            dialog.paintRequested.connect(lambda device: paint_document(document, device))
            # The dialog keeps only pointers: the document and printer must outlive it.
            self._preview_parts = (document, printer)
            self.preview_dialog = dialog
            dialog.open()

        self._report(show)


def install_exchange_actions(window: QMainWindow) -> ExchangeActions:
    """Add the exchange and report actions to WINDOW's File menu (before Quit), once."""
    existing = getattr(window, "exchange_actions", None)
    if isinstance(existing, ExchangeActions):
        return existing
    actions = ExchangeActions(window)
    window.exchange_actions = actions
    return actions
