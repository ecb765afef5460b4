"""The period buttons of the Trends page: 30 days, 90 days, 1 year, all, or custom dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.text import N_
from poems_tracker.ui.shell import clock
from poems_tracker.ui.widgets import side_by_side_width
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
        self.buttons_row = QGridLayout()
        self.period_label = QLabel(self.tr("Period:"))
        self.buttons_row.addWidget(self.period_label, 0, 0)
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
        self.range_buttons[self.range_key].setChecked(True)
        self.columns = 0
        self._place_buttons(len(RANGES))
        layout.addLayout(self.buttons_row)
        self.custom_row = self._custom_row()
        layout.addLayout(self.custom_row)

    # -- one row of buttons, or two when the page is narrow -------------------------------
    def _row_width(self, columns: int) -> int:
        """The least width of the label and the COLUMNS widest buttons side by side."""
        buttons = sorted(self.range_buttons.values(), key=lambda b: b.minimumSizeHint().width())
        return side_by_side_width(
            [self.period_label, *buttons[-columns:]], self.buttons_row.horizontalSpacing()
        )

    def _place_buttons(self, columns: int) -> None:
        """The buttons in COLUMNS columns beside the label: all five in one row where the
        page has room, else in two rows, so that an 800×600 screen need not scroll
        sideways. The Tab order stays the buttons' order."""
        if columns == self.columns:
            return
        self.columns = columns
        for index, button in enumerate(self.range_buttons.values()):
            self.buttons_row.removeWidget(button)
            self.buttons_row.addWidget(button, index // columns, 1 + index % columns)
        for column in range(1, len(RANGES) + 2):
            self.buttons_row.setColumnStretch(column, 1 if column == columns + 1 else 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as three buttons a row allow; `resizeEvent` puts all five in one row
        when there is room for them."""
        hint = super().minimumSizeHint()
        least = max(self._row_width(3), self.custom_row.minimumSize().width())
        return QSize(min(hint.width(), least), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self._row_width(len(RANGES))
        self._place_buttons(len(RANGES) if wide else 3)

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
