"""Lab and hormone results: what is out of range and where each test is heading, VEGF first.

The top table has one line per test (latest value, its date, "High"/"Low" in words and
colour, change since the previous and the first result, what the test is). Choosing a
line lists all its results below, where one can be edited or deleted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import settings
from poems_tracker.domain import lab_catalog as catalog
from poems_tracker.domain.lab_catalog import LabTest
from poems_tracker.domain.labs import (
    HIGH,
    LOW,
    TestSummary,
    format_change,
    format_value,
    result_flag,
    summarise,
)
from poems_tracker.domain.models import LabResult
from poems_tracker.domain.numbers import shortest
from poems_tracker.store import labs as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.labs.lab_panel_dialog import LabPanelDialog
from poems_tracker.ui.labs.lab_widgets import TARGET, display_about, display_name
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import LABS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import big_button, dialogs
from poems_tracker.wording import day_text

#: Default rows of a first panel: the tests a POEMS haematologist usually orders.
FIRST_PANEL = (
    "VEGF (serum)",
    "M-protein (SPEP)",
    "Immunofixation (serum)",
    "Free kappa light chains",
    "Free lambda light chains",
    "Kappa/lambda FLC ratio",
    "Platelets",
    "Haemoglobin",
    "TSH",
    "Free T4",
    "Testosterone (total)",
)
_FLAG_COLOURS = {HIGH: QColor("#f6c9c9"), LOW: QColor("#c9daf6")}


def range_text(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    if low is None:
        return "≤ " + shortest(high or 0)
    if high is None:
        return "≥ " + shortest(low)
    return f"{shortest(low)}–{shortest(high)}"


def show_date(day: date) -> str:
    return day_text(day)


class LabsPage(Page):
    """Enter a lab sheet, see what is out of range and how each value has moved."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.panel: LabPanelDialog | None = None
        self.summaries: list[TestSummary] = []
        self.history: list[LabResult] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Lab and hormone results"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                'Ranges are the lab\'s own, copied from the report; "High" or '
                '"Low" is information for you and your doctor, not a '
                "diagnosis."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        bar = QHBoxLayout()
        self.enter_button = big_button(
            self.tr("&Enter results…  (Ctrl+N)"), self.tr("Enter the results of a lab report")
        )
        self.enter_button.clicked.connect(self.enter_results)
        self.edit_button = big_button(self.tr("E&dit result…"), self.tr("Edit the chosen result"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = big_button(
            self.tr("Delete re&sult"), self.tr("Delete the chosen result")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.enter_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        self.empty_label = QLabel(
            self.tr(
                'No results yet. Press "Enter results" and copy the values from your lab report.'
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        summary_label = QLabel(self.tr("Latest &value of each test:"))
        self.table = self._table(
            [
                self.tr("Test"),
                self.tr("Latest"),
                self.tr("Unit"),
                self.tr("Date"),
                self.tr("Range check"),
                self.tr("Reference range"),
                self.tr("Since previous"),
                self.tr("Since first"),
                self.tr("What it is"),
            ]
        )
        self.table.setAccessibleName(self.tr("Latest result of each test"))
        summary_label.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        all_tests = QWidget()
        all_box = QVBoxLayout(all_tests)
        all_box.addWidget(summary_label)
        all_box.addWidget(self.table, 3)

        self.history_label = QLabel(self.tr("All &results of the chosen test:"))
        self.history_table = self._table(
            [
                self.tr("Date"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Range check"),
                self.tr("Reference range"),
                self.tr("Note"),
            ]
        )
        self.history_table.setAccessibleName(self.tr("All results of the chosen test"))
        self.history_label.setBuddy(self.history_table)
        self.history_table.itemSelectionChanged.connect(self._update_buttons)
        all_box.addWidget(self.history_label)
        all_box.addWidget(self.history_table, 2)

        from poems_tracker.ui.labs.markers_panel import MarkersPanel

        self.markers = MarkersPanel(db, events)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Lab views"))
        self.tabs.addTab(all_tests, self.tr("All tests"))
        self.tabs.addTab(self.markers, self.tr("My markers (VEGF, M-protein, light chains)"))
        layout.addWidget(self.tabs, 1)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.enter_results)
        delete_key = QShortcut(
            QKeySequence.StandardKey.Delete, self.history_table, activated=self.delete_selected
        )
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only in the results list
        self.history_table.activated.connect(lambda _index: self.edit_selected())
        events.changed.connect(self._on_events_changed)
        from poems_tracker.ui.labs.lab_report_import import install_report_hooks

        install_report_hooks(self)  # a report dropped here, or pasted with Ctrl+V
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(TARGET)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        return table

    # -- showing ------------------------------------------------------------------------------
    def _sex(self) -> str:
        return str(settings.get("prefs/sex_for_ranges") or "")

    def _test(self, name: str) -> LabTest:
        return (
            catalog.find_test(name)
            or repo.get_user_test(self.db, name)
            or LabTest("", name, "", "", "", "", builtin=False)
        )

    def refresh(self) -> None:
        chosen = self.chosen_test()
        by_test: dict[str, list[LabResult]] = defaultdict(list)
        for result in repo.list_results(self.db):
            by_test[result.test.casefold()].append(result)  # "Zinc" and "zinc": one test
        groups = sorted(by_test.values(), key=lambda group: catalog.order_key(group[-1].test))
        self.summaries = [summarise(group) for group in groups]
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            latest, test = summary.latest, self._test(summary.test)
            about = display_about(test)
            cells = [
                display_name(test),
                format_value(latest),
                latest.unit,
                show_date(latest.day),
                self.flag_text(summary.flag, latest),
                range_text(latest.reference_low, latest.reference_high),
                format_change(summary.since_previous),
                format_change(summary.since_first),
                about,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(about)
                self.table.setItem(row, column, item)
            self._mark_flag(self.table, row, 4, summary.flag)
        self.empty_label.setVisible(not self.summaries)
        names = [s.test for s in self.summaries]
        if names:
            self.table.blockSignals(True)
            self.table.selectRow(names.index(chosen) if chosen in names else 0)
            self.table.blockSignals(False)
        self._show_history(self.chosen_test())

    def flag_text(self, flag: str | None, result: LabResult | None = None) -> str:
        """ "High"/"Low" in words; "In range" only when there is a range to be in."""
        if flag is not None:
            return {HIGH: self.tr("High"), LOW: self.tr("Low")}[flag]
        if (
            result is not None
            and result.value is not None
            and (result.reference_low is not None or result.reference_high is not None)
        ):
            return self.tr("In range")
        return ""

    def _mark_flag(self, table: QTableWidget, row: int, column: int, flag: str | None) -> None:
        """Out of range: the word, bold, and a tint on the whole line (never colour alone)."""
        if flag is None:
            return
        for col in range(table.columnCount()):
            item = table.item(row, col)
            if item is not None:
                item.setBackground(QBrush(_FLAG_COLOURS[flag]))
                item.setForeground(QBrush(QColor("#000000")))
        item = table.item(row, column)
        bold = QFont(item.font())
        bold.setBold(True)
        item.setFont(bold)
        arrow = "▲ " if flag == HIGH else "▼ "
        item.setText(arrow + item.text())

    def chosen_test(self) -> str | None:
        row = self.table.currentRow()
        return self.summaries[row].test if 0 <= row < len(self.summaries) else None

    def chosen_result(self) -> LabResult | None:
        row = self.history_table.currentRow()
        return self.history[row] if 0 <= row < len(self.history) else None

    def _on_table_selection_changed(self) -> None:
        self._show_history(self.chosen_test())

    def _show_history(self, name: str | None) -> None:
        self.history = list(reversed(repo.list_results(self.db, test=name))) if name else []
        test = self._test(name) if name else None
        self.history_label.setText(
            self.tr("All &results of {test}:").format(test=display_name(test))
            if test
            else self.tr("All &results of the chosen test:")
        )
        self.history_table.setRowCount(len(self.history))
        for row, result in enumerate(self.history):
            flag = result_flag(result)
            cells = [
                show_date(result.day),
                format_value(result),
                result.unit,
                self.flag_text(flag, result),
                range_text(result.reference_low, result.reference_high),
                result.note,
            ]
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
            self._mark_flag(self.history_table, row, 3, flag)
        if self.history:
            self.history_table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.chosen_result() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(LABS):
            self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def panel_tests(self) -> list[LabTest]:
        """The tests this patient has had (catalogue order), or the usual POEMS panel."""
        seen = {r.test.casefold(): r.test for r in repo.list_results(self.db)}
        names = sorted(seen.values(), key=catalog.order_key)
        if not names:
            names = list(FIRST_PANEL)
        return [self._test(name) for name in names]

    def enter_results(self) -> LabPanelDialog:
        """Open the panel entry (window-modal, so the page stays drawn behind it)."""
        return self._open(
            LabPanelDialog(self.db, clock.today(), self.panel_tests(), self._sex(), parent=self)
        )

    def edit_selected(self) -> LabPanelDialog | None:
        result = self.chosen_result()
        if result is None:
            return None
        return self._open(
            LabPanelDialog(
                self.db,
                clock.today(),
                [self._test(result.test)],
                self._sex(),
                editing=result,
                parent=self,
            )
        )

    def _open(self, dialog: LabPanelDialog) -> LabPanelDialog:
        self.panel = dialog
        dialog.saved.connect(self._on_panel_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_panel_saved(self, _stored: list[LabResult]) -> None:
        """The dialog stored and announced the panel (run_write); the refresh came with it."""

    def delete_selected(self) -> None:
        result = self.chosen_result()
        if result is None:
            return
        name = display_name(self._test(result.test))
        if dialogs.confirm(
            self,
            self.tr("Delete this result?"),
            self.tr("Delete the {test} result of {day} ({value})? This cannot be undone.").format(
                test=name, day=show_date(result.day), value=format_value(result)
            ),
            self.tr("Delete"),
        ):
            result_id = result.id or 0
            run_write(self, lambda: repo.delete_result(self.db, result_id), {LABS})
