"""The review of a read lab report: every result in an editable table, ticked to be saved.

Nothing is stored until Save, and then only the ticked rows, all in one transaction after
a backup (the `import labs --apply` path). Lines the reader would not read are listed
beneath in plain words, so the patient can type those by hand.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import lab_catalog as catalog
from poems_tracker.domain.lab_catalog import LabTest
from poems_tracker.domain.labs import canonical, check_result, parse_limit, parse_value
from poems_tracker.domain.models import LabResult
from poems_tracker.domain.numbers import parse_date, shortest
from poems_tracker.store.database import Database
from poems_tracker.ui.labs.lab_widgets import display_name, err
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, big_button
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format

if TYPE_CHECKING:
    from poems_tracker.exchange.lab_reports import Candidate, Reading, Unread

SAVE, DATE, TEST, VALUE, UNIT, LOW, HIGH, LINE = range(8)
#: The date field's "nothing chosen yet" (shown as words, never stored).
NO_DATE = QDate(1900, 1, 1)


def reason_text(unread: Unread) -> str:
    """The reason an Unread line was not read, in the window's language."""
    template = QCoreApplication.translate(unread.context, unread.template)
    return template.format(**dict(unread.fields))


def _limit(value: float | None) -> str:
    return "" if value is None else shortest(value)


class LabReportDialog(QDialog):
    """Check what was read from a lab report, change what is wrong, save the ticked rows."""

    saved = Signal(object)  # {"new": n, "updated": n, "unchanged": n}

    def __init__(
        self, db: Database, reading: Reading, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.reading = reading
        self.candidates: list[Candidate] = list(reading.candidates)
        self.setWindowTitle(self.tr("Import lab report"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check each result against your report. Untick a row to leave it out; "
                "change any cell that is wrong. Nothing is saved until you press Save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        # No date until the patient chooses one: a default (today) would be a guess.
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("Choose the date"))
        self.date_edit.setDate(NO_DATE)
        self.date_edit.calendarWidget().setCurrentPage(today.year, today.month)
        self.date_edit.setMinimumHeight(TARGET)
        self.date_edit.setAccessibleName(self.tr("Date the sample was taken"))
        self.date_edit.dateChanged.connect(self._fill_dates)
        undated = [c for c in self.candidates if c.day is None]
        self.date_row = QWidget()
        date_box = QHBoxLayout(self.date_row)
        date_box.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel(self.tr("&Date the sample was taken:"))
        date_label.setBuddy(self.date_edit)
        date_box.addWidget(date_label)
        date_box.addWidget(self.date_edit)
        date_box.addStretch(1)
        self.date_note = QLabel(self._date_note(undated))
        self.date_note.setWordWrap(True)
        layout.addWidget(self.date_note)
        layout.addWidget(self.date_row)
        self.date_row.setVisible(bool(undated))
        self.date_note.setVisible(bool(undated))

        table_label = QLabel(self.tr("&Results read from the report:"))
        self.table = QTableWidget(len(self.candidates), 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Save"),
                self.tr("Date (YYYY-MM-DD)"),
                self.tr("Test"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Range low"),
                self.tr("Range high"),
                self.tr("Line in the report"),
            ]
        )
        self.table.setAccessibleName(self.tr("Results read from the report"))
        self.table.setAccessibleDescription(
            self.tr("Space ticks or unticks a row; F2 or typing changes a cell.")
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(TARGET)
        self.table.verticalHeader().setVisible(False)  # rows are named by their test
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table_label.setBuddy(self.table)
        for row, candidate in enumerate(self.candidates):
            self._fill_row(row, candidate)
        self.table.itemChanged.connect(self._on_item_changed)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 3)
        self._fill_dates()

        unread = reading.unread
        unread_label = QLabel(
            self.tr("Lines &not read (type these by hand if you need them):")
            if unread
            else self.tr("Every line that looked like a result was read.")
        )
        self.unread_view = QPlainTextEdit()
        self.unread_view.setReadOnly(True)
        self.unread_view.setAccessibleName(self.tr("Lines not read, and why"))
        self.unread_view.setPlainText("\n".join(self._unread_line(u) for u in unread))
        self.unread_view.setMinimumHeight(TARGET * 2)
        self.unread_view.setVisible(bool(unread))
        unread_label.setBuddy(self.unread_view)
        layout.addWidget(unread_label)
        layout.addWidget(self.unread_view, 1)

        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = big_button(
            self.tr("&Save ticked results"), self.tr("Save the ticked results"), self.save
        )
        self.save_button.setDefault(True)
        self.cancel_button = big_button(
            self.tr("Cancel"), self.tr("Close without saving anything"), self.reject
        )
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.setTabOrder(self.date_edit, self.table)
        self.setTabOrder(self.table, self.unread_view)
        self.setTabOrder(self.unread_view, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.resize(1000, 620)
        self.table.setFocus()

    def _date_note(self, undated: list[Candidate]) -> str:
        if not undated:
            return ""
        issue = undated[0].date_issue
        if issue[1] and dict(issue[1]).get("date"):
            return self.tr(
                "The report's date {date} could be read in two ways. Choose the date the "
                "sample was taken; it is used for the rows without a date."
            ).format(date=dict(issue[1])["date"])
        return self.tr(
            "The report does not say clearly when the sample was taken. Choose the date; "
            "it is used for the rows without a date."
        )

    def _unread_line(self, unread: Unread) -> str:
        where = unread.source.rpartition(":")[2]
        text = self.tr("Line {line}: {reason}") if where.isdigit() else self.tr("{line}: {reason}")
        shown = text.format(line=where, reason=reason_text(unread))
        return f"{shown} — {unread.line}" if unread.line else shown

    def _fill_row(self, row: int, candidate: Candidate) -> None:
        tick = QTableWidgetItem()
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        tick.setCheckState(Qt.CheckState.Checked)
        tick.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Save this result"))
        self.table.setItem(row, SAVE, tick)
        cells = {
            DATE: candidate.day.isoformat() if candidate.day else "",
            TEST: display_name(candidate.test),
            VALUE: candidate.value_text(),
            UNIT: candidate.unit,
            LOW: _limit(candidate.low),
            HIGH: _limit(candidate.high),
            LINE: candidate.line,
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            if column == LINE:
                item.setToolTip(candidate.source)
            self.table.setItem(row, column, item)

    def _fill_dates(self) -> None:
        """Rows without a date of their own take the date field's date."""
        picked = self.date_edit.date()
        chosen = "" if picked == NO_DATE else picked.toString("yyyy-MM-dd")
        self.table.blockSignals(True)
        for row, candidate in enumerate(self.candidates):
            if candidate.day is None:
                self.table.item(row, DATE).setText(chosen)
        self.table.blockSignals(False)

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self.error.clear_message()

    def ticked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self.table.item(row, SAVE).checkState() == Qt.CheckState.Checked
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _test_named(self, name: str, fallback: LabTest) -> LabTest | None:
        if name == display_name(fallback):
            return fallback
        folded = name.casefold()
        for test in catalog.BUILTIN_TESTS:
            if folded in (test.label.casefold(), display_name(test).casefold()):
                return test
        return None

    def results(self) -> list[LabResult]:
        """The ticked rows as results; raises ValueError with one translated sentence."""
        results = []
        for row in self.ticked_rows():
            try:
                results.append(self._row_result(row))
            except ValueError as exc:
                name = self._cell(row, TEST) or self.tr("row {row}").format(row=row + 1)
                raise ValueError(
                    self.tr("{test}: {problem}").format(test=name, problem=str(exc))
                ) from None
        return results

    def _row_result(self, row: int) -> LabResult:
        candidate = self.candidates[row]
        try:
            day = parse_date(self._cell(row, DATE))
        except ValueError:
            raise ValueError(self.tr("write the date as YYYY-MM-DD, e.g. 2025-03-14.")) from None
        test = self._test_named(self._cell(row, TEST), candidate.test)
        if test is None:
            raise ValueError(self.tr("the test is not one of the program's list."))
        try:
            parsed = parse_value(self._cell(row, VALUE), test.kind)
            low = parse_limit(self._cell(row, LOW))
            high = parse_limit(self._cell(row, HIGH))
        except ValueError as exc:
            raise ValueError(err(str(exc))) from None
        result = canonical(
            LabResult(
                day,
                test.label,
                parsed.value,
                self._cell(row, UNIT),
                parsed.qualifier,
                parsed.text,
                low,
                high,
                candidate.loinc if test is candidate.test else "",
                candidate.note,
            )
        )
        problems = check_result(result, test, self.today)
        if problems:
            first = problems[0]
            raise ValueError(err(first.message).format(**dict(first.fields)))
        return result

    def save(self) -> dict[str, int] | None:
        """Store the ticked rows in one go, after a backup; nothing when any row is wrong."""
        from poems_tracker.exchange.lab_reports import store_results
        from poems_tracker.store.backup import make_backup
        from poems_tracker.store.records import has_records

        undated = {i for i, c in enumerate(self.candidates) if c.day is None}
        if self.date_edit.date() == NO_DATE and undated & set(self.ticked_rows()):
            self.error.show_message(
                self.tr("Choose the date the sample was taken (above the table) first.")
            )
            self.date_edit.setFocus()
            return None
        try:
            results = self.results()
        except ValueError as exc:
            self.error.show_message(str(exc))
            return None
        if not results:
            self.error.show_message(self.tr("No row is ticked; tick the results to save."))
            return None
        keys = [(r.day, r.test.casefold()) for r in results]
        if len(set(keys)) != len(keys):
            self.error.show_message(
                self.tr("Two ticked rows are the same test on the same date; untick one.")
            )
            return None

        def write() -> dict[str, int]:
            if self.db.path is not None and has_records(self.db):
                make_backup(self.db, reason="before-import")
            return store_results(self.db, results)

        stored: dict[str, int] = {}
        # The window's one write path says a full disk or a locked file in one sentence;
        # the review's `saved` signal announces the new results to the pages.
        if not run_write(self, write, (), where=self.error.show_message, on_done=stored.update):
            return None
        self.saved.emit(stored)
        self.accept()
        return stored
