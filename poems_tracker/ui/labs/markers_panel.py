"""My markers: one small table with the results that follow POEMS, for the Labs page.

Each row: the latest value with its unit and date, "High"/"Low"/"In range" in words (never
colour alone), the change since the first value ever, and the change since the last value
on or before the day the most recent treatment started (named above the table).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.labs import format_change, format_value
from poems_tracker.domain.markers import TREATMENT_WORDS, MarkerRow, markers_rows
from poems_tracker.domain.models import EventKind, LabResult
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import EVENTS, LABS, Changes, DataEvents
from poems_tracker.ui.widgets import roomy_rows


def _value(result: LabResult | None) -> str:
    if result is None:
        return ""
    return f"{format_value(result)} {result.unit}".strip()


class MarkersPanel(QWidget):
    """The markers table; refreshes itself when labs or treatment events change."""

    def __init__(
        self, db: Database, events: DataEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[MarkerRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("My markers"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.treatment_label = QLabel()
        self.treatment_label.setWordWrap(True)
        layout.addWidget(self.treatment_label)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Marker"),
                self.tr("Latest"),
                self.tr("Date"),
                self.tr("Range"),
                self.tr("Since first"),
                self.tr("Since treatment"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        roomy_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("My markers: latest values and their change"))
        layout.addWidget(self.table)
        layout.addStretch(1)
        if events is not None:
            events.changed.connect(self._on_events_changed)
        self.refresh()

    def refresh(self) -> None:
        from poems_tracker.store.labs import list_results
        from poems_tracker.store.medications import list_events

        self.rows = markers_rows(list_results(self.db), list_events(self.db), clock.today())
        treatment = next((r.treatment for r in self.rows if r.treatment), None)
        if treatment is None:
            self.treatment_label.setText(
                self.tr(
                    'No treatment recorded yet; "since treatment" appears once one is added on '
                    "the Medicines page."
                )
            )
        else:
            kind = QCoreApplication.translate("events", TREATMENT_WORDS[EventKind(treatment.kind)])
            what = f"{kind} ({treatment.description})" if treatment.description else kind
            self.treatment_label.setText(
                self.tr(
                    '"Since treatment" compares with the last value taken on or before the day '
                    "the most recent treatment started: {what}, from {date}."
                ).format(what=what, date=treatment.start_date.isoformat())
            )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self._fill(index, row)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + 34 * len(self.rows)
            + 2 * self.table.frameWidth()
        )

    def _fill(self, index: int, row: MarkerRow) -> None:
        label = QCoreApplication.translate("labs", row.label)
        if row.calculated:
            label += " " + self.tr("(calculated)")
        cells = [label, _value(row.latest), "", "", "", ""]
        tips = ["", "", "", "", "", ""]
        if row.latest is None:
            cells[1] = self.tr("none yet")
        else:
            cells[2] = row.latest.day.isoformat()
            cells[3] = QCoreApplication.translate("markers", row.flag_words())
            if row.first is not None:
                cells[4] = format_change(row.since_first) or self.tr("not comparable")
                tips[4] = self.tr("First value: {value} on {date}").format(
                    value=_value(row.first), date=row.first.day.isoformat()
                )
            if row.baseline is not None:
                cells[5] = format_change(row.since_treatment) or (
                    self.tr("no value since")
                    if row.latest.day <= row.treatment.start_date
                    else self.tr("not comparable")
                )
                tips[5] = self.tr("Value before the treatment: {value} on {date}").format(
                    value=_value(row.baseline), date=row.baseline.day.isoformat()
                )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if tips[column]:
                item.setToolTip(tips[column])
            if column == 3 and row.flag is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column in (1, 4, 5):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, column, item)

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(LABS, EVENTS):
            self.refresh()
