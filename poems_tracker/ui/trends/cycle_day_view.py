"""Pain (and every other symptom) by cycle day, for a medicine taken in cycles.

A picture first (a heat-map: cycle day across, symptom down, the medicine days marked),
then the same as a table: one row per cycle day, on or off the medicine, and for each
symptom the average of what was logged on that cycle day over the cycles in the range,
with how many days it rests on (in the tooltip and the row's "days" column). Averages only;
the page says plainly that they do not show causes.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.cycle_days import CycleDaySummary, cycle_day_summary, cycle_medicines
from poems_tracker.domain.models import Medication, Symptom, SymptomKind
from poems_tracker.store import checkins as checkin_repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import CHECKINS, MEDICATIONS, SYMPTOMS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.widgets import MIN_TARGET, TARGET
from poems_tracker.wording import day_format, day_text


def _label(symptom: Symptom) -> str:
    if symptom.builtin:
        return QCoreApplication.translate("symptoms", symptom.label)
    return symptom.label


def _number(value: float) -> str:
    return f"{value:.1f}"


class CycleDayPage(Page):
    """Choose a cycle medicine and a range; read each symptom's average per cycle day."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self._stale = True
        self._courses: list[Medication] = []
        self.summary: CycleDaySummary | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Symptoms by cycle day"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        bar = QHBoxLayout()
        med_label = QLabel(self.tr("&Medicine"))
        self.medicine = QComboBox()
        self.medicine.setMinimumHeight(TARGET)
        self.medicine.setAccessibleName(self.tr("Medicine taken in cycles"))
        med_label.setBuddy(self.medicine)
        self.medicine.activated.connect(self._on_medicine_activated)
        from_label = QLabel(self.tr("Fr&om"))
        self.start_edit = self._date_edit(self.tr("First day of the range"))
        from_label.setBuddy(self.start_edit)
        to_label = QLabel(self.tr("&To"))
        self.end_edit = self._date_edit(self.tr("Last day of the range"))
        to_label.setBuddy(self.end_edit)
        # the medicine on one line, the range on the next: at twice the text size one
        # line cannot hold all six and squeezed "To" to "Tc"
        dates = QHBoxLayout()
        for row, widgets in (
            (bar, (med_label, self.medicine)),
            (dates, (from_label, self.start_edit, to_label, self.end_edit)),
        ):
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        for label in (med_label, from_label, to_label):
            # a letter's room to spare: "To" measured tight lost its "o" to the date field
            label.setMinimumWidth(
                label.sizeHint().width() + label.fontMetrics().averageCharWidth()
            )
            label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

        self.cycles_label = QLabel()
        self.cycles_label.setWordWrap(True)
        self.cycles_label.setAccessibleDescription(self.tr("Cycles in this range"))
        layout.addWidget(self.cycles_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleDescription(self.tr("Summary"))
        layout.addWidget(self.summary_label)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Average of each symptom by cycle day"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
        self.tabs = QTabWidget()
        # the heat-map canvas goes here on the first draw; at twice the text size its rows
        # need more height than the page has, so the picture scrolls (down only)
        self.picture = QScrollArea()
        self.picture.setWidgetResizable(True)
        self.picture.setFrameShape(QScrollArea.Shape.NoFrame)
        self.picture.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picture.setAccessibleName(self.tr("Picture"))
        holder = QWidget()
        self.picture.setWidget(holder)
        self.picture_box = QVBoxLayout(holder)
        self.picture_box.setContentsMargins(0, 0, 0, 0)
        self.canvas: Any = None
        self.figure: Any = None
        self._heat_symptoms: list[Symptom] = []
        self.tabs.addTab(self.picture, self.tr("&Picture"))
        self.tabs.addTab(self.table, self.tr("Ta&ble"))
        self.tabs.currentChanged.connect(lambda _i: self._draw_heatmap())
        layout.addWidget(self.tabs, 1)
        honest = QLabel(
            self.tr(
                "These are averages of what you logged on each day of the cycle, with the number "
                "of days behind each one. They show patterns, not causes; few days make an "
                "average uncertain. Talk to your doctor about what they mean for you."
            )
        )
        honest.setWordWrap(True)
        layout.addWidget(honest)
        events.changed.connect(self._on_events_changed)

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        edit.setMinimumHeight(TARGET)
        edit.setAccessibleName(accessible)
        edit.dateChanged.connect(self._on_range_changed)
        return edit

    # -- data ------------------------------------------------------------------------------
    def shown(self) -> None:
        if self._stale:
            self.reload()
        else:
            self._draw_heatmap()

    def reload(self) -> None:
        """Read the medicines again and recompute the table."""
        from poems_tracker.store.medications import list_medications

        self._stale = False
        self._courses = list_medications(self.db)
        chosen = self.medicine.currentText()
        names = cycle_medicines(self._courses)
        self.medicine.blockSignals(True)
        self.medicine.clear()
        self.medicine.addItems(names)
        if chosen in names:
            self.medicine.setCurrentText(chosen)
        self.medicine.blockSignals(False)
        if chosen not in names:
            self._set_default_range()
        self.recompute()

    def _courses_of(self, name: str) -> list[Medication]:
        return [c for c in self._courses if c.name.casefold() == name.casefold()]

    def _set_default_range(self) -> None:
        """The whole span of the chosen medicine's courses, up to today."""
        courses = self._courses_of(self.medicine.currentText())
        today = clock.today()
        start = min((c.start_date for c in courses), default=today - timedelta(days=180))
        ends = [c.end_date or today for c in courses]
        end = min(max(ends, default=today), today)
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _on_medicine_activated(self, _index: int) -> None:
        self._set_default_range()
        self.recompute()

    def _on_range_changed(self, _qdate: QDate) -> None:
        self.recompute()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(MEDICATIONS, CHECKINS, SYMPTOMS):
            self._stale = True
            if self.isVisible():
                self.reload()

    def recompute(self) -> None:
        name = self.medicine.currentText()
        start: date = self.start_edit.date().toPython()
        end: date = self.end_edit.date().toPython()
        symptoms = checkin_repo.list_symptoms(self.db, include_hidden=False)
        self.summary = None
        if name and start <= end:
            entries = checkin_repo.list_checkins(self.db, start, end)
            self.summary = cycle_day_summary(
                self._courses_of(name), entries, [s.key for s in symptoms], start, end
            )
        self._show(symptoms)

    # -- showing ---------------------------------------------------------------------------
    def _show(self, symptoms: list[Symptom]) -> None:
        summary = self.summary
        self.table.clear()
        if summary is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.cycles_label.setText(
                self.tr(
                    "No medicine taken in cycles in this range. A medicine with a schedule such "
                    'as "cycle 1-21 of 28" appears here.'
                )
                if not self.medicine.count()
                else self.tr("No cycles of this medicine in this range.")
            )
            self.summary_label.clear()
            self._heat_symptoms = []
            self._draw_heatmap()
            return
        # only the symptoms logged in these cycles: a wall of empty columns helps nobody
        symptoms = [s for s in symptoms if any(r.count(s.key) for r in summary.rows)]
        self.cycles_label.setText(self._cycles_text(summary))
        self.summary_label.setText(self._summary_text(summary, symptoms))
        self._heat_symptoms = [s for s in symptoms if s.kind is SymptomKind.SCORE]
        headers = [self.tr("Cycle day"), self.tr("Medicine"), self.tr("Days logged")]
        headers += [_label(s) for s in symptoms]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(summary.rows))
        for r, row in enumerate(summary.rows):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.day)))
            self.table.setItem(
                r, 1, QTableWidgetItem(self.tr("On") if row.on_medicine else self.tr("Off"))
            )
            logged = max((row.count(s.key) for s in symptoms), default=0)
            days = QTableWidgetItem(str(logged))
            days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 2, days)
            for c, symptom in enumerate(symptoms, start=3):
                self.table.setItem(
                    r,
                    c,
                    self._cell(row.day, symptom, row.average(symptom.key), row.count(symptom.key)),
                )
        self.table.resizeColumnsToContents()
        self._draw_heatmap()

    def _draw_heatmap(self) -> None:
        """Draw the picture (only while its tab is shown: matplotlib loads on first use)."""
        if self.tabs.currentWidget() is not self.picture or not self.isVisible():
            return
        from poems_tracker.charts import style
        from poems_tracker.ui.shell.appearance import text_factor

        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.figure = Figure(dpi=style.DPI * text_factor())
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setMinimumHeight(200)
            self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.canvas.setAccessibleName(self.tr("Average score by cycle day, as a picture"))
            self.canvas.mpl_connect("resize_event", lambda _e: self._paint_heatmap())
            self.picture_box.addWidget(self.canvas)
        from poems_tracker.charts.cycle_heatmap import heatmap_height

        self.figure.set_dpi(style.DPI * text_factor())
        self.canvas.setMinimumHeight(heatmap_height(len(self._heat_symptoms), text_factor()))
        self._paint_heatmap()

    def _paint_heatmap(self) -> None:
        from poems_tracker.charts.cycle_heatmap import draw_cycle_heatmap

        if self.figure is None:
            return
        if self.summary is None:
            self.figure.clear()
            self.figure.text(
                0.5, 0.5, self.cycles_label.text()[:80], ha="center", va="center", wrap=True
            )
        else:
            draw_cycle_heatmap(
                self.figure,
                self.summary,
                [(s.key, _label(s)) for s in self._heat_symptoms],
                lambda context, text: QCoreApplication.translate(context, text),
            )
        self.canvas.setAccessibleDescription(self.summary_label.text())
        self.canvas.draw_idle()

    def _cell(self, day: int, symptom: Symptom, average: float | None, n: int) -> QTableWidgetItem:
        name = _label(symptom)
        if average is None:
            item = QTableWidgetItem("—")
            item.setToolTip(
                self.tr("Nothing logged for {name} on cycle day {day}.").format(name=name, day=day)
            )
        elif symptom.kind is SymptomKind.YESNO:
            yes = round(average * n)
            item = QTableWidgetItem(self.tr("{yes} of {n}").format(yes=yes, n=n))
            item.setToolTip(
                self.tr("{name}: yes on {yes} of {n} days that were cycle day {day}.").format(
                    name=name, yes=yes, n=n, day=day
                )
            )
        else:
            item = QTableWidgetItem(_number(average))  # the days are in the tooltip
            item.setToolTip(
                self.tr("Average {name} on cycle day {day} over {n} days: {average}").format(
                    name=name, day=day, n=n, average=_number(average)
                )
            )
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _cycles_text(self, summary: CycleDaySummary) -> str:
        parts = []
        for cycle in summary.cycles:
            text = self.tr("C{n} from {start}").format(n=cycle.number, start=day_text(cycle.start))
            if not cycle.complete:
                text += " " + self.tr("(ended on day {day})").format(
                    day=(cycle.end - cycle.start).days + 1
                )
            parts.append(text)
        head = self.tr(
            "{medicine}, {schedule}: medicine on days {first}–{last} of {length}."
        ).format(
            medicine=summary.medicine,
            schedule=summary.schedule,
            first=summary.first_on,
            last=summary.last_on,
            length=summary.cycle_length,
        )
        return (
            head + " " + self.tr("Cycles in this range: {cycles}.").format(cycles="; ".join(parts))
        )

    def _summary_text(self, summary: CycleDaySummary, symptoms: list[Symptom]) -> str:
        """One sentence for the first score symptom: medicine days against days off."""
        score = next((s for s in symptoms if s.kind is SymptomKind.SCORE), None)
        if score is None:
            return ""
        on, on_n = summary.phase_average(score.key, True)
        off, off_n = summary.phase_average(score.key, False)
        if on is None and off is None:
            return self.tr("Nothing logged for {name} in these cycles.").format(name=_label(score))
        on_text = self.tr("no days") if on is None else _number(on)
        off_text = self.tr("no days") if off is None else _number(off)
        return self.tr(
            "Average {name}: {on} on medicine days (over {on_n} days), {off} on "
            "days off (over {off_n} days)."
        ).format(name=_label(score), on=on_text, on_n=on_n, off=off_text, off_n=off_n)
