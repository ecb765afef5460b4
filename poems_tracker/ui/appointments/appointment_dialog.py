"""Adding or changing one visit: date, times, who, where, why, status and notes.

The dialog stores the visit itself, so a problem (a time like 25:61, an end before the
start, a second visit at the same time with the same doctor) is shown as one sentence next
to its field and the dialog stays open with everything the patient typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.appointments import SPECIALTIES, STATUS_LABELS, parse_appointment_fields
from poems_tracker.domain.models import Appointment, AppointmentStatus
from poems_tracker.domain.numbers import format_time
from poems_tracker.store.appointments import save_appointment
from poems_tracker.store.database import Database
from poems_tracker.ui.shell.data_events import APPOINTMENTS
from poems_tracker.ui.shell.write_path import FieldSay, run_write
from poems_tracker.ui.widgets import TARGET
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format
from poems_tracker.wording import day_text as _day_text


def specialty_label(key: str) -> str:
    """A built-in specialty in the window's language; the patient's own words as typed."""
    if key not in SPECIALTIES:
        return key
    text = QCoreApplication.translate("specialty", key)
    return text[:1].upper() + text[1:]


def status_label(status: AppointmentStatus) -> str:
    return QCoreApplication.translate("status", STATUS_LABELS[status])


def day_text(day: date) -> str:
    """`Mon 9 Mar 2026` in the window's language."""
    return _day_text(day, weekday=True)


def visit_short(app: Appointment) -> str:
    """`Mon 11 Jan 2027 · Haematology`: enough to tell visits apart in a narrow column."""
    return " · ".join(p for p in (day_text(app.day), specialty_label(app.specialty)) if p)


def visit_line(app: Appointment) -> str:
    """One line naming a visit: date, time, specialty and provider."""
    parts = [day_text(app.day), format_time(app.at), specialty_label(app.specialty), app.provider]
    return " · ".join(p for p in parts if p)


class AppointmentDialog(QDialog):
    """Shown with `open()` (never a blocking `exec()`), so the page and tests stay in charge;
    `saved` carries the stored visit."""

    saved = Signal(object)  # Appointment

    def __init__(
        self, db: Database, app: Appointment, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._app = app
        self.setObjectName("AppointmentDialog")
        self.setWindowTitle(title)
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setDate(QDate(app.day.year, app.day.month, app.day.day))
        self._row(form, self.tr("&Date:"), self.date_edit, self.tr("Date of the visit"), "date")
        self.time_edit = QLineEdit(format_time(app.at))
        self.time_edit.setPlaceholderText("10:30")
        self._row(
            form,
            self.tr("&Time:"),
            self.time_edit,
            self.tr("Time of the visit, hours and minutes"),
            "time",
        )
        self.end_edit = QLineEdit(format_time(app.end_at) if app.end_at else "")
        self.end_edit.setPlaceholderText(self.tr("optional, e.g. 11:00"))
        self._row(
            form,
            self.tr("&Ends at:"),
            self.end_edit,
            self.tr("End time of the visit, may be left empty"),
            "end_time",
        )
        self.provider_edit = QLineEdit(app.provider)
        self.provider_edit.setPlaceholderText(self.tr("e.g. Dr. Smith"))
        self._row(
            form,
            self.tr("&With (doctor or therapist):"),
            self.provider_edit,
            self.tr("Doctor or therapist"),
            "provider",
        )
        self.specialty_box = QComboBox()
        self.specialty_box.setEditable(True)
        for key in SPECIALTIES:
            self.specialty_box.addItem(specialty_label(key), key)
        self.specialty_box.setCurrentText(specialty_label(app.specialty))
        self._row(
            form,
            self.tr("&Specialty:"),
            self.specialty_box,
            self.tr("Specialty; pick one or type your own"),
            "specialty",
        )
        self.location_edit = QLineEdit(app.location)
        self.location_edit.setPlaceholderText(self.tr("e.g. City Hospital, clinic 4"))
        self._row(
            form, self.tr("&Place:"), self.location_edit, self.tr("Place of the visit"), "location"
        )
        self.purpose_edit = QLineEdit(app.purpose)
        self.purpose_edit.setPlaceholderText(self.tr("e.g. 3-month follow-up"))
        self._row(
            form,
            self.tr("&Reason for the visit:"),
            self.purpose_edit,
            self.tr("Reason for the visit"),
            "purpose",
        )
        self.status_box = QComboBox()
        for status in AppointmentStatus:
            self.status_box.addItem(status_label(status), str(status))
        self.status_box.setCurrentIndex(self.status_box.findData(str(app.status)))
        self._row(
            form,
            self.tr("S&tatus:"),
            self.status_box,
            self.tr("Planned, done or cancelled"),
            "status",
        )
        self.note_edit = QPlainTextEdit(app.note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self._row(
            form, self.tr("&Notes:"), self.note_edit, self.tr("Notes about the visit"), "note"
        )

        self.general_error = FieldError()
        self.save_button = QPushButton(self.tr("&Save visit"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save visit"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        for button in (self.save_button, self.cancel_button):
            button.setMinimumHeight(TARGET)
            button.setMinimumWidth(150)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.date_edit.setFocus()

    def _row(
        self, form: QFormLayout, label_text: str, widget: QWidget, accessible: str, key: str
    ) -> None:
        label = QLabel(label_text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        if not isinstance(widget, QPlainTextEdit):
            widget.setMinimumHeight(TARGET)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        error = FieldError()
        box.addWidget(error)
        self.errors[key] = error
        form.addRow(label, box)

    def _specialty(self) -> str:
        text = self.specialty_box.currentText().strip()
        index = self.specialty_box.findText(text)
        return str(self.specialty_box.itemData(index)) if index >= 0 else text

    def _show(self, field: str, message: str) -> None:
        (self.errors.get(field) or self.general_error).show_message(message)

    def save(self) -> Appointment | None:
        """Check and store the visit; on a problem say it in one sentence and keep the dialog."""
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()
        qdate = self.date_edit.date()
        date_text = qdate.toString("yyyy-MM-dd") if qdate.isValid() else ""
        values, problems = parse_appointment_fields(
            date_text, self.time_edit.text(), self.end_edit.text()
        )
        if problems or values is None:
            for problem in problems:
                self._show(
                    problem.field,
                    QCoreApplication.translate("errors", problem.message).format(
                        **dict(problem.fields)
                    ),
                )
            return None
        day, at, end_at = values
        app = Appointment(
            day,
            at,
            self.provider_edit.text(),
            self._specialty(),
            self.location_edit.text(),
            self.purpose_edit.text(),
            AppointmentStatus(self.status_box.currentData()),
            self.note_edit.toPlainText().strip(),
            end_at,
            self._app.id,
        )
        kept: list[Appointment] = []
        if not run_write(
            self,
            lambda: save_appointment(self.db, app, update_same_key=False),
            {APPOINTMENTS},
            where=FieldSay(self._show),
            on_done=kept.append,
        ):
            return None
        stored = kept[0]
        self.saved.emit(stored)
        self.accept()
        return stored

    def day(self) -> date:
        return self.date_edit.date().toPython()
