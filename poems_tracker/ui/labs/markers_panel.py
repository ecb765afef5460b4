"""My markers: the Labs page's tab that reads the markers (domain.md "Reading the markers").

One row per marker series (serum and plasma VEGF apart, one unit each): latest value and
date, "High"/"Low"/"In range" in words (never colour alone), the change since the previous
value, since before treatment, the lowest since treatment, the 6-month value. Below: the
chosen marker's facts in words and small charts of every marker with the treatments
shaded behind. The patient can pick which treatment start the baseline counts from.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import settings
from poems_tracker.domain.labs import format_change, format_value
from poems_tracker.domain.marker_facts import (
    ONLY_DOCTORS,
    SERIES_KEYS,
    Fact,
    MarkerSeries,
    TreatmentStart,
    current_start,
    find_test_label,
    marker_series,
    treatment_starts,
)
from poems_tracker.domain.markers import FLAG_WORDS, NO_RANGE
from poems_tracker.domain.models import LabResult
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import EVENTS, LABS, MEDICATIONS, Changes, DataEvents
from poems_tracker.ui.widgets import TARGET, roomy_rows
from poems_tracker.wording import day_text, event_kind_text

ROW_HEIGHT = 34
COLUMNS = 8


def _value(result: LabResult | None) -> str:
    if result is None:
        return ""
    unit = result.unit.replace("^9", "⁹")
    return f"{format_value(result)} {unit}".strip()


def fact_words(fact: Fact) -> str:
    """One fact in the window's language, its date as the window writes dates."""
    text = QCoreApplication.translate("markers", fact.text)
    return text.format(
        date="" if fact.day is None else day_text(fact.day),
        months="" if fact.months is None else fact.months,
    )


def start_words(start: TreatmentStart) -> str:
    kind = (
        QCoreApplication.translate("MarkersPanel", "Medicine")
        if start.kind == "medicine"
        else event_kind_text(start.kind)
    )
    what = f"{kind}: {start.name}" if start.name else kind
    return f"{day_text(start.day)} — {what}"


class MarkersPanel(QWidget):
    """The markers tab; refreshes itself when labs, treatments or medicines change."""

    def __init__(
        self, db: Database, events: DataEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.series: list[MarkerSeries] = []
        self.rows: list[MarkerSeries | str] = []  # a series, or the key of a marker with none
        self._chart_key: tuple | None = None
        self._chart_job = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()  # large text or a small screen: scroll, never cut off
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        content = QWidget()
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("My markers"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        pick = QHBoxLayout()
        pick_label = QLabel(self.tr("Compare &with the value before:"))
        self.baseline = QComboBox()
        self.baseline.setMinimumHeight(TARGET)
        self.baseline.setAccessibleName(self.tr("Treatment the change is counted from"))
        self.baseline.setToolTip(
            self.tr("The latest treatment start counts unless you pick another one.")
        )
        pick_label.setBuddy(self.baseline)
        pick.addWidget(pick_label)
        pick.addWidget(self.baseline, 1)
        layout.addLayout(pick)
        self.treatment_label = QLabel()
        self.treatment_label.setWordWrap(True)
        layout.addWidget(self.treatment_label)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Marker"),
                self.tr("Latest"),
                self.tr("Date"),
                self.tr("Range"),
                self.tr("Since the previous value"),
                self.tr("Since before treatment"),
                self.tr("Lowest since treatment"),
                self.tr("At 6 months"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        roomy_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("My markers: latest values and their change"))
        self.table.itemSelectionChanged.connect(self._show_facts)
        layout.addWidget(self.table)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("markerFacts")
        self.facts.setAccessibleName(self.tr("What the chosen marker shows, in words"))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.facts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.facts)
        self.only_doctors = QLabel(QCoreApplication.translate("markers", ONLY_DOCTORS))
        self.only_doctors.setWordWrap(True)
        layout.addWidget(self.only_doctors)
        self.chart = QLabel()
        self.chart.setObjectName("markerCharts")
        self.chart.setAccessibleName(self.tr("Charts of each marker, treatments shaded behind"))
        self.chart.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.chart)
        self.chart_note = QLabel(
            self.tr(
                "Grey: treatment. Dashed: top of the lab's range. A log scale where values span "
                "more than tenfold."
            )
        )
        self.chart_note.setWordWrap(True)
        self.chart_note.hide()
        layout.addWidget(self.chart_note)
        layout.addStretch(1)
        self.setTabOrder(self.baseline, self.table)
        self.setTabOrder(self.table, self.facts)
        self.baseline.currentIndexChanged.connect(lambda _i: self.refresh())
        if events is not None:
            events.changed.connect(self._on_events_changed)
        self.refresh()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        from poems_tracker.store.labs import list_results
        from poems_tracker.store.medications import list_events, list_medications

        today = clock.today()
        events, courses = list_events(self.db), list_medications(self.db)
        starts = treatment_starts(events, courses, today)
        chosen = self._fill_starts(starts)
        self.series = marker_series(
            list_results(self.db),
            events,
            courses,
            today,
            settings.get("prefs/marker_interval_months"),
            baseline_day=chosen,
        )
        start = current_start(starts, chosen)
        if start is None:
            self.treatment_label.setText(
                self.tr(
                    "No treatment recorded: changes are from the first value. A treatment added "
                    "on the Medicines page is the start they are counted from."
                )
            )
        else:
            self.treatment_label.setText(
                self.tr('"Before treatment" is the last value taken on or before {start}.').format(
                    start=start_words(start)
                )
            )
        seen = {s.key for s in self.series}
        self.rows = [*self.series, *(k for k in SERIES_KEYS if k not in seen)]
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self._fill(index, row)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * len(self.rows)
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        if self.series and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_facts()
        self._chart_key = None
        if self.isVisible():
            self._draw_chart()

    def _fill_starts(self, starts: list[TreatmentStart]) -> date | None:
        """Offer every start; keep the patient's choice when it still exists."""
        chosen = self.baseline.currentData()
        self.baseline.blockSignals(True)
        self.baseline.clear()
        if not starts:
            self.baseline.addItem(self.tr("No treatment recorded"), None)
            self.baseline.setEnabled(False)
        else:
            self.baseline.setEnabled(True)
            for number, start in enumerate(reversed(starts)):
                words = start_words(start)
                if number == 0:
                    words = self.tr("{start} (the latest)").format(start=words)
                self.baseline.addItem(words, start.day.isoformat())
            index = self.baseline.findData(chosen) if chosen else 0
            self.baseline.setCurrentIndex(max(0, index))
        self.baseline.blockSignals(False)
        data = self.baseline.currentData()
        return date.fromisoformat(data) if data else None

    def _fill(self, index: int, row: MarkerSeries | str) -> None:
        if isinstance(row, str):
            cells = [QCoreApplication.translate("labs", find_test_label(row)), self.tr("none yet")]
            cells += [""] * (COLUMNS - 2)
            self._set_row(index, cells, bold_flag=False)
            return
        latest = row.latest
        label = QCoreApplication.translate("labs", row.label)
        if latest.day in row.calculated:
            label += " " + self.tr("(calculated)")
        flag = self._flag(row)
        when = day_text(latest.day)
        if row.due:
            when += " " + self.tr("(due)")
        nadir = ""
        if row.nadir is not None and row.start is not None and not row.baseline_is_first:
            nadir = self.tr("{value} on {date}").format(
                value=_value(row.nadir), date=day_text(row.nadir.day)
            )
        six = ""
        if row.six_months is not None:
            six = self.tr("{value} on {date}").format(
                value=_value(row.six_months), date=day_text(row.six_months.day)
            )
        cells = [
            label,
            _value(latest),
            when,
            flag,
            self._change(row.since_previous, row.previous, latest),
            self._change(
                row.since_baseline, row.baseline if row.baseline is not latest else None, latest
            ),
            nadir,
            six,
        ]
        self._set_row(index, cells, bold_flag=row.within_range is False)

    def _flag(self, row: MarkerSeries) -> str:
        from poems_tracker.domain.labs import flag

        latest = row.latest
        if latest.value is None:
            return ""
        state = flag(latest.value, latest.qualifier, latest.reference_low, latest.reference_high)
        if state is None and latest.reference_low is None and latest.reference_high is None:
            return QCoreApplication.translate("markers", NO_RANGE)
        return QCoreApplication.translate("markers", FLAG_WORDS[state])

    def _change(self, change, earlier: LabResult | None, latest: LabResult) -> str:
        if earlier is None or latest.value is None:
            return ""
        return format_change(change) or self.tr("not comparable")

    def _set_row(self, index: int, cells: list[str], bold_flag: bool) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 3 and bold_flag:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column in (1, 4, 5):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, column, item)

    def _show_facts(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.series):
            self.facts.setText("")
            return
        chosen = self.series[rows[0].row()]
        words = " ".join(fact_words(f) for f in chosen.facts)
        name = QCoreApplication.translate("labs", chosen.label)
        self.facts.setText(f"{name}: {words}" if words else name)

    # -- chart -------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw_chart()

    def _draw_chart(self) -> None:
        """The small charts, drawn off the GUI thread when the tab is first seen and after a
        change (matplotlib loads only then, never at start-up); the table is there at once."""
        from poems_tracker.ui.shell import workers

        key = (len(self.series), tuple(s.latest.day for s in self.series), self.width() // 100)
        if key == self._chart_key:
            return
        self._chart_key = key
        if not any(s.latest.value is not None for s in self.series):
            self.chart.clear()
            self.chart.hide()
            self.chart_note.hide()
            return
        self.chart.setText(self.tr("Drawing the charts…"))
        self.chart.show()
        width_in = max(6.0, min(12.0, (self.scroll.viewport().width() or 900) / 100 - 0.2))
        job = workers.Job(
            chart_png,
            series=list(self.series),
            spans=self._spans(),
            today=clock.today(),
            width_in=width_in,
            key=key,
        )
        # bound methods: Qt drops the connection if the panel is gone before the drawing
        job.signals.succeeded.connect(self._show_chart)
        job.signals.failed.connect(self._chart_failed)
        self._chart_job = workers.start(job)

    def _chart_failed(self, _exc: object) -> None:
        self.chart.setText(self.tr("The charts could not be drawn."))

    def _show_chart(self, result: tuple[tuple, bytes]) -> None:
        key, png = result
        if key != self._chart_key:
            return  # the data changed meanwhile; a newer drawing is on its way
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.chart.setPixmap(pixmap)
        self.chart_note.show()

    def _spans(self) -> list:
        """The treatments drawn behind the values: treatment events and POEMS-directed
        courses."""
        from poems_tracker.charts.markers import Span
        from poems_tracker.domain.marker_facts import is_poems_medicine
        from poems_tracker.domain.markers import TREATMENT_KINDS
        from poems_tracker.domain.models import EventKind
        from poems_tracker.store.medications import list_events, list_medications

        today = clock.today()
        spans = [
            Span(e.start_date, e.end_date or e.start_date)
            for e in list_events(self.db)
            if EventKind(e.kind) in TREATMENT_KINDS and e.start_date <= today
        ]
        spans += [
            Span(m.start_date, m.end_date or today)
            for m in list_medications(self.db)
            if is_poems_medicine(m.name) and m.start_date <= today
        ]
        return spans

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(LABS, EVENTS, MEDICATIONS):
            self.refresh()


def chart_png(
    series: list[MarkerSeries],
    spans: list,
    today: date,
    width_in: float,
    key: tuple,
    **_job: object,
) -> tuple[tuple, bytes]:
    """KEY and the small charts as PNG bytes (a worker job: no widget, no database)."""
    import io

    from poems_tracker.charts.markers import markers_figure

    figure = markers_figure(series, spans, today, tr=QCoreApplication.translate, width_in=width_in)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return key, buffer.getvalue()
