"""The schedule picker: how often a medicine is taken, in large controls instead of typing.

`SchedulePicker.text()` is always in the grammar of interfaces.md (domain/schedules.py);
`describe_schedule` (in wording.py, shared with the report) says a schedule in plain words.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from poems_tracker.domain.schedules import (
    MAX_CYCLE_DAYS,
    MAX_INTERVAL_DAYS,
    MAX_PER_DAY,
    Schedule,
    ScheduleError,
    ScheduleKind,
    format_schedule,
    parse_schedule,
)
from poems_tracker.domain.text import N_
from poems_tracker.ui.widgets import TARGET

_DEFAULT_TIMES = {
    1: ("08:00",),
    2: ("08:00", "20:00"),
    3: ("08:00", "14:00", "20:00"),
    4: ("08:00", "12:00", "16:00", "20:00"),
    5: ("06:00", "10:00", "14:00", "18:00", "22:00"),
    6: ("06:00", "09:00", "12:00", "15:00", "18:00", "21:00"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Schedules", text)


class SchedulePicker(QWidget):
    """How often, in large controls; `text()` is the schedule in the grammar of interfaces.md."""

    changed = Signal(str)

    KINDS = (
        (ScheduleKind.DAILY, N_("Schedules", "Every day")),
        (ScheduleKind.WEEKLY, N_("Schedules", "On certain days of the week")),
        (ScheduleKind.CYCLE, N_("Schedules", "In cycles (e.g. days 1–21 of 28)")),
        (ScheduleKind.EVERY, N_("Schedules", "Every few days")),
        (ScheduleKind.AS_NEEDED, N_("Schedules", "Only when needed")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given = self._given_built = ""
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.how = QComboBox()
        for kind, label in self.KINDS:
            self.how.addItem(_tr(label), str(kind))
        self._add(_tr("&How often:"), self.how, _tr("How often the medicine is taken"))
        self.every = self._spin(2, MAX_INTERVAL_DAYS, 2, _tr(" days"))
        self._add(_tr("E&very:"), self.every, _tr("Number of days from one dose day to the next"))
        self.weekday_buttons: list[QPushButton] = []
        week = QHBoxLayout()
        week.setSpacing(3)
        locale = QLocale()
        for number in range(7):
            button = QPushButton(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.setMinimumSize(TARGET + 8, TARGET)
            button.setAccessibleName(locale.dayName(number + 1))
            button.setStyleSheet(
                "QPushButton:checked { background: palette(highlight); "
                "color: palette(highlighted-text); font-weight: bold; }"
            )
            button.toggled.connect(self._weekday_toggled)
            self.weekday_buttons.append(button)
            week.addWidget(button)
        self.weekdays_box = QWidget()
        self.weekdays_box.setMinimumHeight(TARGET + 6)
        self.weekdays_box.setLayout(week)
        week.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(QLabel(_tr("On:")), self.weekdays_box)
        self.cycle_first = self._spin(1, MAX_CYCLE_DAYS, 1)
        self.cycle_last = self._spin(1, MAX_CYCLE_DAYS, 21)
        self.cycle_length = self._spin(1, MAX_CYCLE_DAYS, 28)
        cycle = QHBoxLayout()
        cycle.setContentsMargins(0, 0, 0, 0)
        for widget, name in (
            (self.cycle_first, _tr("First medicine day of the cycle")),
            (QLabel(_tr("to")), ""),
            (self.cycle_last, _tr("Last medicine day of the cycle")),
            (QLabel(_tr("of a cycle of")), ""),
            (self.cycle_length, _tr("Days in one cycle")),
            (QLabel(_tr("days")), ""),
        ):
            if name:
                widget.setAccessibleName(name)
            cycle.addWidget(widget)
        cycle.addStretch(1)
        self.cycle_box = QWidget()
        self.cycle_box.setMinimumHeight(TARGET + 6)
        self.cycle_box.setLayout(cycle)
        cycle_label = QLabel(_tr("Medicine &days:"))
        cycle_label.setBuddy(self.cycle_first)
        self.form.addRow(cycle_label, self.cycle_box)
        self.per_day = self._spin(1, 6, 1)
        self._add(_tr("&Times a day:"), self.per_day, _tr("Doses on each medicine day"))
        self.set_times = QCheckBox(_tr("At &set times"))
        self.set_times.setMinimumHeight(TARGET)
        self.set_times.setAccessibleName(_tr("Taken at set times of day"))
        self.form.addRow("", self.set_times)
        self.time_edits: list[QTimeEdit] = []
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        for number in range(6):
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumHeight(TARGET)
            edit.setAccessibleName(_tr("Time {n}").format(n=number + 1))
            edit.timeChanged.connect(self._emit)
            self.time_edits.append(edit)
            times.addWidget(edit)
        times.addStretch(1)
        self.times_box = QWidget()
        self.times_box.setMinimumHeight(TARGET + 6)
        self.times_box.setLayout(times)
        self.form.addRow(_tr("At:"), self.times_box)
        self.has_max = QCheckBox(_tr("At &most"))
        self.has_max.setMinimumHeight(TARGET)
        self.has_max.setAccessibleName(_tr("Set a daily maximum"))
        self.max_spin = self._spin(1, MAX_PER_DAY, 4, _tr(" a day"))
        self.max_spin.setAccessibleName(_tr("Most doses in one day"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_max)
        row.addWidget(self.max_spin)
        row.addStretch(1)
        self.max_box = QWidget()
        self.max_box.setMinimumHeight(TARGET + 6)
        self.max_box.setLayout(row)
        self.form.addRow("", self.max_box)
        self.how.currentIndexChanged.connect(self._sync)
        self.per_day.valueChanged.connect(self._per_day_changed)
        self.set_times.toggled.connect(self._sync)
        self.has_max.toggled.connect(self._sync)
        for spin in (
            self.every,
            self.cycle_first,
            self.cycle_last,
            self.cycle_length,
            self.max_spin,
        ):
            spin.valueChanged.connect(self._emit)
        self._per_day_changed(1)

    def _spin(self, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setMinimumSize(90, TARGET)
        spin.setMaximumWidth(180)
        return spin

    def _add(self, label_text: str, widget: QWidget, accessible: str) -> None:
        label = QLabel(label_text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        widget.setMinimumHeight(TARGET)
        self.form.addRow(label, widget)

    def kind(self) -> ScheduleKind:
        return ScheduleKind(self.how.currentData())

    def _forced_times(self) -> bool:
        """More than one dose a day needs set times, except plain `twice daily`."""
        count = self.per_day.value()
        return count > 2 or (count == 2 and self.kind() is not ScheduleKind.DAILY)

    def _per_day_changed(self, count: int) -> None:
        for edit, text in zip(self.time_edits, _DEFAULT_TIMES[count], strict=False):
            edit.blockSignals(True)
            edit.setTime(QTime.fromString(text, "HH:mm"))
            edit.blockSignals(False)
        self._sync()

    def _weekday_toggled(self, on: bool) -> None:
        for button in self.weekday_buttons:  # a tick beside the colour
            name = button.text().removeprefix("✔ ")
            button.setText(("✔ " if button.isChecked() else "") + name)
        self._emit()

    def _sync(self) -> None:
        kind = self.kind()
        needed = kind is ScheduleKind.AS_NEEDED
        forced = self._forced_times()
        if forced and not self.set_times.isChecked():
            self.set_times.blockSignals(True)
            self.set_times.setChecked(True)
            self.set_times.blockSignals(False)
        self.set_times.setEnabled(not forced)
        self.form.setRowVisible(self.every, kind is ScheduleKind.EVERY)
        self.form.setRowVisible(self.weekdays_box, kind is ScheduleKind.WEEKLY)
        self.form.setRowVisible(self.cycle_box, kind is ScheduleKind.CYCLE)
        self.form.setRowVisible(self.per_day, not needed)
        self.form.setRowVisible(self.set_times, not needed)
        self.form.setRowVisible(self.times_box, not needed and self.set_times.isChecked())
        self.form.setRowVisible(self.max_box, needed)
        if kind is ScheduleKind.WEEKLY and not any(b.isChecked() for b in self.weekday_buttons):
            self.weekday_buttons[0].setChecked(True)  # a sensible start: Monday
        for index, edit in enumerate(self.time_edits):
            edit.setVisible(index < self.per_day.value())
        self.max_spin.setEnabled(self.has_max.isChecked())
        self._emit()

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.text())

    def problem(self) -> str:
        """What keeps the choices from being a schedule, in one translated sentence; "" if none."""
        if self.kind() is ScheduleKind.WEEKLY and not any(
            b.isChecked() for b in self.weekday_buttons
        ):
            return _tr("Choose at least one day of the week.")
        try:
            parse_schedule(self.text())
        except ScheduleError as exc:
            return QCoreApplication.translate("errors", exc.template).format(**exc.fields)
        return ""

    def text(self) -> str:
        """The schedule the controls show; a schedule given to set_text comes back exactly as
        given while the controls still mean the same ("twice daily at…" stays so)."""
        built = self._built()
        return self._given if self._given and built == self._given_built else built

    def _built(self) -> str:
        kind = self.kind()
        times: tuple[time, ...] = ()
        if kind is not ScheduleKind.AS_NEEDED and self.set_times.isChecked():
            times = tuple(
                time(e.time().hour(), e.time().minute())
                for e in self.time_edits[: self.per_day.value()]
            )
        return format_schedule(
            kind,
            times=times,
            interval=self.every.value(),
            weekdays={n for n, b in enumerate(self.weekday_buttons) if b.isChecked()},
            cycle=(self.cycle_first.value(), self.cycle_last.value(), self.cycle_length.value()),
            max_per_day=self.max_spin.value() if self.has_max.isChecked() else None,
            twice=self.per_day.value() == 2 and not times,
        )

    def set_text(self, text: str) -> None:
        """Show a stored schedule in the controls (unknown text leaves the defaults)."""
        try:
            schedule: Schedule = parse_schedule(text)
        except ScheduleError:
            return
        self._given = ""
        kind = schedule.kind
        shown = ScheduleKind.DAILY if kind is ScheduleKind.TWICE_DAILY else kind
        self.how.setCurrentIndex(self.how.findData(str(shown)))
        if kind is ScheduleKind.AS_NEEDED:
            self.has_max.setChecked(schedule.max_per_day is not None)
            self.max_spin.setValue(schedule.max_per_day or 4)
            self._remember(text)
            return
        self.per_day.setValue(schedule.per_day)
        self.every.setValue(max(2, schedule.interval))
        for number, button in enumerate(self.weekday_buttons):
            button.setChecked(number in schedule.weekdays)
        if kind is ScheduleKind.CYCLE:
            self.cycle_length.setValue(schedule.cycle_length)
            self.cycle_first.setValue(schedule.cycle_first)
            self.cycle_last.setValue(schedule.cycle_last)
        self.set_times.setChecked(bool(schedule.times))
        for edit, at in zip(self.time_edits, schedule.times, strict=False):
            edit.setTime(QTime(at.hour, at.minute))
        self._sync()
        self._remember(text)

    def _remember(self, text: str) -> None:
        self._given, self._given_built = text, self._built()
        self._emit()
