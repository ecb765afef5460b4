"""Every check-in, newest first: sort by any column, open a day to edit it, delete with care.

A table model over one list read in two queries, so ten years (3,650 rows) open at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.models import CheckIn, Symptom, SymptomKind
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell.data_events import CHECKINS, SYMPTOMS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, dialogs, roomy_rows
from poems_tracker.wording import day_text, symptom_label

Index = QModelIndex | QPersistentModelIndex


class CheckInTableModel(QAbstractTableModel):
    """Columns: date, each symptom (hidden ones too: their values are kept), weight, note.

    Cells are formatted once per refresh and sorted here in Python, so ten years of rows
    sort and scroll without thousands of calls back into `data()`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CheckIn] = []
        self.symptoms: list[Symptom] = []
        self._cells: list[tuple[str, ...]] = []

    def reset(self, rows: list[CheckIn], symptoms: list[Symptom]) -> None:
        self.beginResetModel()
        self.rows, self.symptoms = rows, symptoms
        self._cells = [self._format(entry) for entry in rows]
        self.endResetModel()

    def _format(self, entry: CheckIn) -> tuple[str, ...]:
        yes, no, locale = self.tr("yes"), self.tr("no"), QLocale()
        cells = [day_text(entry.day)]
        for symptom in self.symptoms:
            value = entry.values.get(symptom.key)
            if value is None:
                cells.append("")
            elif symptom.kind is SymptomKind.YESNO:
                cells.append(yes if value else no)
            else:
                cells.append(str(value))
        cells.append("" if entry.weight_kg is None else locale.toString(entry.weight_kg, "f", 1))
        cells.append(entry.note.replace("\n", " "))
        return tuple(cells)

    def _sort_key(self, entry: CheckIn, column: int) -> tuple[int, object]:
        """Not-recorded values sort below every recorded one, whatever the direction."""
        if column == 0:
            return (1, entry.day)
        if column <= len(self.symptoms):
            value = entry.values.get(self.symptoms[column - 1].key)
        elif column == len(self.symptoms) + 1:
            value = entry.weight_kg
        else:
            return (1, entry.note.casefold())
        return (0, 0) if value is None else (1, value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        order_by = sorted(
            range(len(self.rows)),
            key=lambda i: self._sort_key(self.rows[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [self.rows[i] for i in order_by]
        self._cells = [self._cells[i] for i in order_by]
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.symptoms) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Date")
        if section <= len(self.symptoms):
            return symptom_label(self.symptoms[section - 1])
        return self.tr("Weight (kg)") if section == len(self.symptoms) + 1 else self.tr("Note")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._cells[index.row()][index.column()]


class HistoryPage(Page):
    """All check-ins in a table; Enter or double-click or "Open" edits that day."""

    day_requested = Signal(object)  # date

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = CheckInTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        roomy_rows(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # fast over 10 years
        self.table.setAccessibleName(self.tr("All check-ins, newest first"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open this day"))
        self.delete_button = QPushButton(self.tr("&Delete this day…"))
        for button, name in (
            (self.open_button, self.tr("Open the chosen day to edit it")),
            (self.delete_button, self.tr("Delete the chosen day")),
        ):
            button.setMinimumHeight(TARGET)
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._stale = True
        events.changed.connect(self._on_events_changed)

    def shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        rows = repo.list_checkins(self.db, newest_first=True)
        self.model.reset(rows, repo.list_symptoms(self.db))  # newest first, as stored
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.summary.setText(self.tr("%n day(s) logged.", "", len(rows)))
        self._stale = False
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        else:
            self.summary.setText(
                self.tr(
                    "Nothing logged yet. Your check-ins appear here once you save the first "
                    "one on the Today page."
                )
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        """Open and Delete act on the chosen day: off until a day is chosen."""
        chosen = self.selected_day() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(CHECKINS, SYMPTOMS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def selected_day(self) -> date | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[indexes[0].row()].day

    def open_selected(self) -> None:
        day = self.selected_day()
        if day is not None:
            self.day_requested.emit(day)

    def delete_selected(self) -> None:
        day = self.selected_day()
        if day is None:
            return
        if dialogs.confirm(
            self,
            self.tr("Delete this day?"),
            self.tr("Delete everything logged for {date}? This cannot be undone.").format(
                date=day_text(day)
            ),
            self.tr("Delete"),
        ):
            run_write(self, lambda: repo.delete_checkin(self.db, day), {CHECKINS})
