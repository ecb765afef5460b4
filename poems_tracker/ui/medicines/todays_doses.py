"""The doses due on a day, each marked Taken / Missed / Skipped with one large click.

A day's doses come from every schedule active that day (domain/adherence.due_doses).
"Mark the rest taken" does a whole day in one click. As-needed medicines are recorded with
their time; going over the patient's own daily maximum asks first, and is recorded if
they confirm. The state of each dose is written in words, never shown by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.adherence import DueDose, due_doses
from poems_tracker.domain.medication_rules import (
    dose_outside_course,
    free_minute,
    over_daily_maximum,
    recently_stopped,
)
from poems_tracker.domain.models import Dose, DoseStatus, Medication
from poems_tracker.domain.numbers import format_time
from poems_tracker.domain.schedules import parse_schedule
from poems_tracker.domain.text import N_
from poems_tracker.store import medications as store
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DOSES, MEDICATIONS, Changes, DataEvents
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, dialogs
from poems_tracker.ui.widgets.announce import SpokenLabel
from poems_tracker.ui.widgets.radio_role import as_radio

STATUS_WORDS = {
    DoseStatus.TAKEN: N_("TodaysDosesPanel", "Taken"),
    DoseStatus.MISSED: N_("TodaysDosesPanel", "Missed"),
    DoseStatus.SKIPPED: N_("TodaysDosesPanel", "Skipped"),
}
_CHECKED = (
    "QPushButton:checked { background: palette(highlight); "
    "color: palette(highlighted-text); font-weight: bold; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodaysDosesPanel", text)


def _dose_label(med: Medication) -> str:
    return f"{med.name} {QLocale().toString(med.dose, 'g', 6)} {med.unit}"


class TodaysDosesPanel(QWidget):
    """Embedded in the check-in page; `set_day` shows another day's doses."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.setObjectName("TodaysDosesPanel")
        self.day = clock.today()
        self._writing = False
        self.due: list[DueDose] = []
        self.rows: list[dict[str, QWidget]] = []
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # at twice the text size the date takes two lines
        self.all_taken_button = QPushButton(self.tr("Mar&k the rest taken"))
        self.all_taken_button.setMinimumHeight(TARGET)
        self.all_taken_button.setAccessibleName(
            self.tr("Mark every dose not yet recorded as taken")
        )
        self.all_taken_button.clicked.connect(self.mark_rest_taken)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.all_taken_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid_box = QFrame()
        self.grid_box.setLayout(self.grid)
        self.message = SpokenLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Doses message"))

        self.needed_box = QComboBox()
        self.needed_box.setMinimumHeight(TARGET)
        self.needed_box.setAccessibleName(self.tr("As-needed medicine"))
        self.needed_time = QTimeEdit()
        self.needed_time.setDisplayFormat("HH:mm")
        self.needed_time.setMinimumHeight(TARGET)
        self.needed_time.setAccessibleName(self.tr("Time the as-needed dose was taken"))
        self.needed_button = QPushButton(self.tr("Took an as-ne&eded dose"))
        self.needed_button.setMinimumHeight(TARGET)
        self.needed_button.setAccessibleName(self.tr("Record the as-needed dose at that time"))
        self.needed_button.clicked.connect(self.record_as_needed)
        needed_label = QLabel(self.tr("As nee&ded:"))
        needed_label.setBuddy(self.needed_box)
        at_label = QLabel(self.tr("at"))  # no mnemonic: T is the Today page's
        needed_row = QHBoxLayout()
        for widget in (
            needed_label,
            self.needed_box,
            at_label,
            self.needed_time,
            self.needed_button,
        ):
            needed_row.addWidget(widget)
        needed_row.addStretch(1)
        self.needed_widget = QWidget()
        self.needed_widget.setLayout(needed_row)
        needed_row.setContentsMargins(0, 0, 0, 0)
        self.needed_list = QLabel()
        self.needed_list.setWordWrap(True)
        self.needed_list.setAccessibleName(self.tr("As-needed doses recorded this day"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.needed_widget)
        layout.addWidget(self.needed_list)
        layout.addWidget(self.message)
        self.events.changed.connect(self._data_changed)
        self.set_day(self.day)

    # -- loading ------------------------------------------------------------------------
    def set_day(self, day: date) -> None:
        self.day = day
        self.message.clear()
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if not self._writing and changes.touches(MEDICATIONS, DOSES):
            self.refresh()

    def _meds(self) -> list[Medication]:
        return [m for m in store.list_medications(self.db) if m.active_on(self.day)]

    def _as_needed_courses(self) -> list[tuple[Medication, bool]]:
        """As-needed courses to offer, each with whether it covers self.day. One stopped in
        the month before is still offered, so a dose taken after stopping can be kept once
        the patient confirms (it belongs to that course, as interfaces.md says)."""
        courses = [
            m for m in store.list_medications(self.db) if parse_schedule(m.schedule).as_needed
        ]
        active = [m for m in courses if m.active_on(self.day)]
        names = {m.name.casefold() for m in active}
        recent: dict[str, Medication] = {}
        for med in sorted(courses, key=lambda m: m.start_date):
            if med.name.casefold() not in names and recently_stopped(med, self.day):
                recent[med.name.casefold()] = med  # the latest such course
        return [(m, True) for m in active] + [(m, False) for m in recent.values()]

    def refresh(self) -> None:
        """Rebuild the rows for self.day from the stored courses and doses."""
        meds = self._meds()
        doses = store.list_doses(self.db, self.day, self.day)
        self.due = due_doses(meds, doses, self.day)
        future = self.day > clock.today()
        self.title.setText(
            self.tr("Doses for {day}").format(
                day=QLocale().toString(
                    QDate(self.day.year, self.day.month, self.day.day),
                    QLocale.FormatType.LongFormat,
                )
            )
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.rows = []
        for index, due in enumerate(self.due):
            self._add_row(index, due, future)
        if not self.due:
            empty = QLabel(self.tr("No doses are due from your schedules on this day."))
            self.grid.addWidget(empty, 0, 0, 1, 5)
        self.all_taken_button.setEnabled(not future and any(d.logged is None for d in self.due))
        offered = self._as_needed_courses()
        needed = [m for m, _ in offered]
        self.needed_box.clear()
        for med, active in offered:
            label = _dose_label(med)
            self.needed_box.addItem(
                label
                if active
                else self.tr("{medicine} (not taken on this day)").format(medicine=label),
                med.id,
            )
        self.needed_widget.setVisible(bool(offered))
        self.needed_button.setEnabled(not future)
        now = clock.now()
        at = now.time() if self.day == now.date() else time(12, 0)
        self.needed_time.setTime(QTime(at.hour, at.minute))
        self._show_needed(needed, doses)
        if future:
            self.message.setText(
                self.tr("This day is still to come; doses can be marked on the day.")
            )

    def _add_row(self, index: int, due: DueDose, future: bool) -> None:
        when = format_time(due.at) if due.at else self.tr("any time")
        name = QLabel(f"{_dose_label(due.medication)} · {when}")
        name.setWordWrap(True)  # wrapped, not cut off or pushing the page sideways
        state = QLabel()
        state.setWordWrap(True)
        state.setMinimumWidth(120)  # wider words wrap: three buttons fit an 800 px screen
        row: dict[str, QWidget] = {"name": name, "state": state}
        self.grid.addWidget(name, index, 0)
        self.grid.addWidget(state, index, 1)
        for column, status in enumerate(DoseStatus, start=2):
            button = QPushButton(_tr(STATUS_WORDS[status]))
            button.setCheckable(True)
            as_radio(button)  # one of Taken / Missed / Skipped: "radio button"
            button.setMinimumSize(100, TARGET)  # the three fit an 800 px wide screen
            button.setStyleSheet(_CHECKED)
            button.setAccessibleName(
                self.tr("{dose} at {when}: {status}").format(
                    dose=due.medication.name, when=when, status=_tr(STATUS_WORDS[status])
                )
            )
            button.setEnabled(not future)
            button.clicked.connect(lambda _=False, i=index, s=status: self.mark(i, s))
            row[str(status)] = button
            self.grid.addWidget(button, index, column)
        self.rows.append(row)
        self._show_state(index)

    def _show_state(self, index: int) -> None:
        due, row = self.due[index], self.rows[index]
        status = None if due.logged is None else DoseStatus(due.logged.status)
        if status is None:
            text = self.tr("Not recorded yet")
        else:
            text = self.tr("{status} at {time}").format(
                status=_tr(STATUS_WORDS[status]), time=format_time(due.logged.at)
            )  # type: ignore[union-attr]
        row["state"].setText(text)  # type: ignore[attr-defined]
        for each in DoseStatus:
            button = row[str(each)]
            button.setChecked(each == status)  # type: ignore[attr-defined]
            button.setText(("✔ " if each == status else "") + _tr(STATUS_WORDS[each]))  # type: ignore[attr-defined]

    def _show_needed(self, needed: list[Medication], doses: list[Dose]) -> None:
        lines = []
        for med in needed:
            taken = [
                d for d in doses if d.medication_id == med.id and d.status == DoseStatus.TAKEN
            ]
            if not taken:
                continue
            most = parse_schedule(med.schedule).max_per_day
            times = ", ".join(format_time(d.at) for d in taken)
            if most is None:
                lines.append(
                    self.tr("{name}: {count} taken ({times})").format(
                        name=med.name, count=len(taken), times=times
                    )
                )
            else:
                lines.append(
                    self.tr("{name}: {count} of at most {most} taken ({times})").format(
                        name=med.name, count=len(taken), most=most, times=times
                    )
                )
        self.needed_list.setText("\n".join(lines))
        self.needed_list.setVisible(bool(lines))

    # -- writing ------------------------------------------------------------------------
    def _free_time(self, med_id: int, wanted: time) -> time:
        """WANTED, or the next free minute: two doses of one course never share a time."""
        used = (d.at for d in store.list_doses(self.db, self.day, self.day, med_id))
        return free_minute(self.day, wanted, used)

    def _new_dose(self, due: DueDose, status: DoseStatus) -> Dose:
        med = due.medication
        if due.at is not None:
            at = due.at
        else:
            now = clock.now()
            at = self._free_time(med.id, time(now.hour, now.minute))  # type: ignore[arg-type]
        return Dose(med.id, self.day, at, med.dose, med.unit, status)  # type: ignore[arg-type]

    def mark(self, index: int, status: DoseStatus) -> None:
        """One click: record dose INDEX with STATUS (a second status replaces the first)."""
        due = self.due[index]
        dose = (
            replace(due.logged, status=status)
            if due.logged is not None
            else self._new_dose(due, status)
        )

        def done(stored: Dose) -> None:
            self.due[index] = replace(due, logged=stored)
            self._show_state(index)
            self.all_taken_button.setEnabled(any(d.logged is None for d in self.due))

        self._write(lambda: store.mark_dose(self.db, dose), done)

    def mark_rest_taken(self) -> None:
        """Every dose of the day that has nothing recorded yet becomes taken (one transaction)."""

        def write() -> list[DueDose]:
            marked = list(self.due)
            with self.db.transaction():
                for index, due in enumerate(marked):
                    if due.logged is None:
                        stored = store.mark_dose(self.db, self._new_dose(due, DoseStatus.TAKEN))
                        marked[index] = replace(due, logged=stored)
            return marked

        def done(marked: list[DueDose]) -> None:
            self.due = marked
            for index in range(len(self.due)):
                self._show_state(index)
            self.all_taken_button.setEnabled(False)
            self.message.setText(self.tr("All doses of this day are recorded."))

        self._write(write, done)

    def record_as_needed(self) -> None:
        med_id = self.needed_box.currentData()
        med = next((m for m, _ in self._as_needed_courses() if m.id == med_id), None)
        if med is None:
            return
        outside = dose_outside_course(med, self.day)
        if outside is not None and not dialogs.confirm(
            self,
            self.tr("Not taken on this day"),
            QCoreApplication.translate("errors", outside.message).format(**dict(outside.fields)),
            self.tr("Record it"),
        ):
            self.message.setText(self.tr("Nothing was recorded."))
            return
        taken = sum(
            1
            for d in store.list_doses(self.db, self.day, self.day, med.id)
            if d.status == DoseStatus.TAKEN
        )
        warning = over_daily_maximum(med, taken)
        if warning is not None and not dialogs.confirm(
            self,
            self.tr("More than your daily maximum"),
            QCoreApplication.translate("errors", warning.message).format(**dict(warning.fields)),
            self.tr("Record it"),
        ):
            self.message.setText(self.tr("Nothing was recorded."))
            return
        qtime = self.needed_time.time()
        at = self._free_time(med.id, time(qtime.hour(), qtime.minute()))  # type: ignore[arg-type]
        dose = Dose(
            med.id,
            self.day,
            at,
            med.dose,
            med.unit,  # type: ignore[arg-type]
            DoseStatus.TAKEN,
        )

        def done(_stored: Dose) -> None:
            self.message.setText(
                self.tr("{name} at {time} is recorded.").format(
                    name=med.name, time=format_time(at)
                )
            )
            self._show_needed(
                [m for m, _ in self._as_needed_courses()],
                store.list_doses(self.db, self.day, self.day),
            )

        self._write(lambda: store.mark_dose(self.db, dose), done)

    def _write(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        """Write through the window's one path; a failure is said in the message line."""
        self._writing = True  # our own announcement must not rebuild the panel under us
        try:
            return run_write(self, fn, {DOSES}, where=self.message, on_done=done)
        finally:
            self._writing = False
