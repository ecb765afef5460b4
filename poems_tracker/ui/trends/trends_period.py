"""The period buttons of the Trends page: 30 days, 90 days, 1 year, all, or custom dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.text import N_
from poems_tracker.ui.shell import clock
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format

#: (key, button text, days) — None days = from the first record, or the custom dates.
RANGES = (
    ("30", N_("PeriodBar", "&30 days"), 30),
    ("90", N_("PeriodBar", "&90 days"), 90),
    ("365", N_("PeriodBar", "&1 year"), 365),
    ("all", N_("PeriodBar", "All &dates"), None),
    ("custom", N_("PeriodBar", "Cu&stom…"), None),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodBar(QWidget):
    """Large period buttons; "Custom…" opens two date fields in place (no dialog)."""

    changed = Signal()

    def __init__(self, first_day: Callable[[date], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = first_day
        self.range_key = "90"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:")))
        # No QButtonGroup: Qt 6.12 makes a group a single Tab stop, and keyboard users must
        # reach every period with Tab. set_range keeps exactly one checked.
        self.range_buttons: dict[str, QPushButton] = {}
        for key, text, _days in RANGES:
            button = QPushButton(QCoreApplication.translate("PeriodBar", text))
            button.setCheckable(True)
            button.setMinimumSize(96, 44)
            button.setAccessibleName(button.text().replace("&", ""))
            self.range_buttons[key] = button
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            row.addWidget(button)
        self.range_buttons[self.range_key].setChecked(True)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self._custom_row())

    def _custom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = clock.today()
        self.custom_widgets: list[QWidget] = []
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=89)))
        self.to_edit = QDateEdit(_qdate(today))
        for text, edit in ((self.tr("Fr&om:"), self.from_edit), (self.tr("To:"), self.to_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setCalendarPopup(True)
            edit.setMinimumHeight(44)
            edit.setDisplayFormat(day_format())
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            row.addWidget(label)
            row.addWidget(edit)
            self.custom_widgets += [label, edit]
        self.custom_apply = QPushButton(self.tr("Sho&w"))
        self.custom_apply.setMinimumHeight(44)
        self.custom_apply.setAccessibleName(self.tr("Show these dates"))
        self.custom_apply.clicked.connect(self._apply_custom)
        self.custom_error = FieldError()
        self.custom_error.setAccessibleName(self.tr("Problem with the dates"))
        row.addWidget(self.custom_apply)
        row.addWidget(self.custom_error, 1)
        self.custom_widgets += [self.custom_apply, self.custom_error]
        for widget in self.custom_widgets:
            widget.setVisible(False)
        return row

    def period(self) -> tuple[date, date]:
        """The first and last day to show (both included)."""
        today = clock.today()
        if self.range_key == "custom":
            return self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if self.range_key == "all":
            return self.first_day(today), today
        days = {k: d for k, _, d in RANGES}[self.range_key] or 90
        return today - timedelta(days=days - 1), today

    def set_range(self, key: str) -> None:
        for widget in self.custom_widgets:
            widget.setVisible(key == "custom")
        for other, button in self.range_buttons.items():
            button.setChecked(other == key)
        if key == "custom":
            start, end = self.period()
            self.from_edit.setDate(_qdate(start))
            self.to_edit.setDate(_qdate(end))
            self.from_edit.setFocus()
        self.range_key = key
        self.custom_error.clear_message()
        self.changed.emit()

    def _apply_custom(self) -> None:
        if self.from_edit.date() > self.to_edit.date():
            self.custom_error.show_message(
                self.tr("The first date must be on or before the last.")
            )
            self.from_edit.setFocus()
            return
        self.custom_error.clear_message()
        self.changed.emit()
