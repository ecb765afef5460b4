"""A month calendar with the days of visits marked in bold and underlined, never by colour
alone, and the visits of the chosen day written out below it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.models import Appointment
from poems_tracker.domain.numbers import format_time
from poems_tracker.ui.appointments.appointment_dialog import (
    day_text,
    specialty_label,
    status_label,
)
from poems_tracker.ui.widgets import TARGET


class VisitCalendar(QWidget):
    """`day_chosen(date)` when the patient picks a day."""

    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apps: list[Appointment] = []
        self._marked: list[QDate] = []
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(
            self.tr("Month calendar; days with a visit are bold and underlined")
        )
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        self.calendar.setMinimumHeight(260)
        self._name_inner_controls()
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        label = QLabel(
            self.tr("Days with a visit are bold and underlined; pick one to see its visits.")
        )
        label.setWordWrap(True)
        label.setBuddy(self.calendar)
        self.day_visits = QLabel()
        self.day_visits.setObjectName("DayVisits")
        self.day_visits.setWordWrap(True)
        self.day_visits.setAccessibleName(self.tr("Visits on the chosen day"))
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(self.calendar, 1)
        box.addWidget(self.day_visits)

    def _name_inner_controls(self) -> None:
        """Qt's own month/year buttons are small and unnamed: make them big and speakable."""
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose the month"),
            "qt_calendar_yearbutton": self.tr("Choose the year"),
        }
        for button in self.calendar.findChildren(QToolButton):
            if button.objectName() in names:
                button.setAccessibleName(names[button.objectName()])
                button.setMinimumSize(TARGET, TARGET)
        for view in self.calendar.findChildren(QAbstractItemView):
            view.setAccessibleName(self.tr("Days of the month; use the arrow keys"))
        for widget in self.calendar.findChildren(QWidget, "qt_calendar_yearedit"):
            widget.setAccessibleName(self.tr("Year"))
            widget.setMinimumHeight(TARGET)

    def selected_day(self) -> date:
        return self.calendar.selectedDate().toPython()

    def set_selected_day(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def visits_on_selected_day(self) -> list[Appointment]:
        day = self.selected_day()
        return [a for a in self._apps if a.day == day]

    def show_visits(self, apps: list[Appointment]) -> None:
        """Mark every visit day: bold, underlined and a tooltip that names the visit."""
        self._apps = apps
        for qdate in self._marked:
            self.calendar.setDateTextFormat(qdate, QTextCharFormat())
        self._marked = []
        by_day: dict[date, list[Appointment]] = {}
        for app in apps:
            by_day.setdefault(app.day, []).append(app)
        for day, on_day in by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontUnderline(True)
            fmt.setToolTip(
                "\n".join(
                    f"{format_time(a.at)} {specialty_label(a.specialty)} "
                    f"({status_label(a.status)})"
                    for a in on_day
                )
            )
            qdate = QDate(day.year, day.month, day.day)
            self.calendar.setDateTextFormat(qdate, fmt)
            self._marked.append(qdate)
        self._describe_day()

    def _describe_day(self) -> None:
        day = self.selected_day()
        on_day = self.visits_on_selected_day()
        if not on_day:
            self.day_visits.setText(self.tr("No visit on {day}.").format(day=day_text(day)))
            return
        lines = [self.tr("Visits on {day}:").format(day=day_text(day))]
        lines += [
            f"{format_time(a.at)} {specialty_label(a.specialty)} · {a.provider} "
            f"({status_label(a.status)})"
            for a in on_day
        ]
        self.day_visits.setText("\n".join(lines))

    def _on_calendar_selection_changed(self) -> None:
        self._describe_day()
        self.day_chosen.emit(self.selected_day())
