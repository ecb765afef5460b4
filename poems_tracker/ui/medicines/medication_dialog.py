"""Starting or changing a medicine: name (from the catalogue or the patient's own), dose,
a schedule built with large controls, dates, reason and note.

The catalogue's informational note and its source appear as soon as a built-in medicine
is chosen; it informs and never blocks. The dialog stores the course itself, so a problem
is shown as one sentence next to its field and nothing the patient typed is lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.medication_catalog import MEDICINES, find_medicine
from poems_tracker.domain.medication_rules import UNITS, check_medication, normalise_unit
from poems_tracker.domain.models import Medication
from poems_tracker.domain.numbers import parse_typed_number
from poems_tracker.store.database import Database
from poems_tracker.store.medications import list_medications, save_medication
from poems_tracker.ui.medicines.schedule_picker import SchedulePicker
from poems_tracker.ui.shell.data_events import MEDICATIONS
from poems_tracker.ui.shell.write_path import FieldSay, run_write
from poems_tracker.ui.widgets import TARGET
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format, describe_schedule

__all__ = ["MedicationDialog"]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class MedicationDialog(QDialog):
    """Shown with `open()`, never a blocking `exec()`; `saved` carries the stored course."""

    saved = Signal(object)  # Medication

    def __init__(
        self, db: Database, med: Medication | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._med = med
        self.setObjectName("MedicationDialog")
        self.setWindowTitle(self.tr("Change a medicine") if med else self.tr("Start a medicine"))
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.addItems([m.name for m in MEDICINES])
        self.name_box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_box.setCurrentIndex(-1)
        self.name_box.setEditText(med.name if med else "")
        self.name_box.lineEdit().setPlaceholderText(self.tr("Pick from the list or type a name"))
        self._row(
            form,
            self.tr("&Medicine:"),
            self.name_box,
            self.tr("Medicine name; pick one from the list or type your own"),
            "name",
        )
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setFrameShape(QLabel.Shape.StyledPanel)
        self.about.setAccessibleName(self.tr("About this medicine"))
        self.about.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        form.addRow("", self.about)
        self.dose_edit = QLineEdit()
        self.dose_edit.setPlaceholderText("25")
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.addItems(list(UNITS))
        self.unit_box.setAccessibleName(self.tr("Unit of the dose"))
        self.unit_box.setMinimumHeight(TARGET)
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose_edit, 1)
        dose_row.addWidget(self.unit_box, 1)
        dose_widget = QWidget()
        dose_widget.setLayout(dose_row)
        dose_row.setContentsMargins(0, 0, 0, 0)
        self._row(
            form,
            self.tr("&Dose each time:"),
            self.dose_edit,
            self.tr("Amount of one dose"),
            "dose",
            holder=dose_widget,
        )
        self.errors["unit"] = self.errors["dose"]
        self.schedule = SchedulePicker()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("The schedule in words"))
        box = QVBoxLayout()
        box.addWidget(self.schedule)
        box.addWidget(self.preview)
        schedule_widget = QWidget()
        schedule_widget.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Schedule:"), schedule_widget)
        self.errors["schedule"] = FieldError()
        form.addRow("", self.errors["schedule"])
        self.start_edit = self._date_edit(med.start_date if med else today)
        self._row(
            form,
            self.tr("S&tarted on:"),
            self.start_edit,
            self.tr("First day of this medicine"),
            "start_date",
        )
        self.stopped = QCheckBox(self.tr("It has s&topped; last day:"))
        self.stopped.setMinimumHeight(TARGET)
        self.end_edit = self._date_edit(med.end_date if med and med.end_date else today)
        self.end_edit.setAccessibleName(self.tr("Last day of this medicine"))
        self.stopped.setChecked(bool(med and med.end_date))
        self.end_edit.setEnabled(self.stopped.isChecked())
        self.stopped.toggled.connect(self.end_edit.setEnabled)
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.stopped)
        end_row.addWidget(self.end_edit, 1)
        end_widget = QWidget()
        end_widget.setLayout(end_row)
        form.addRow("", end_widget)
        self.errors["end_date"] = FieldError()
        form.addRow("", self.errors["end_date"])
        self.reason_edit = QLineEdit(med.reason if med else "")
        self.reason_edit.setPlaceholderText(self.tr("e.g. nerve pain"))
        self._row(
            form, self.tr("&Reason:"), self.reason_edit, self.tr("Why you take it"), "reason"
        )
        self.note_edit = QLineEdit(med.note if med else "")
        self._row(
            form, self.tr("N&ote:"), self.note_edit, self.tr("A note about this medicine"), "note"
        )
        self.general_error = FieldError()
        self.save_button = QPushButton(self.tr("&Save medicine"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save medicine"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        for button in (self.save_button, self.cancel_button):
            button.setMinimumSize(150, TARGET)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        content = QWidget()
        content.setLayout(form)
        self.scroll = QScrollArea()  # large text settings can make the form taller than a screen
        self.scroll.setAccessibleName(self.tr("Medicine details"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(660)
        self.schedule.changed.connect(self._show_schedule)
        self.name_box.currentTextChanged.connect(self._name_changed)
        if med:
            self.dose_edit.setText(f"{med.dose:g}")
            self.unit_box.setCurrentText(med.unit)
            self.schedule.set_text(med.schedule)
        self._name_changed(self.name_box.currentText(), suggest=med is None)
        self._show_schedule(self.schedule.text())
        self.name_box.setFocus()
        self._fit()

    def _fit(self) -> None:
        """As large as the form needs, within the screen (the rest scrolls)."""
        self._fit_about()
        screen = self.screen().availableGeometry() if self.screen() else None
        hint = self.scroll.widget().sizeHint()
        width = max(660, hint.width() + self.scroll.verticalScrollBar().sizeHint().width() + 30)
        height = hint.height() + 140
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _fit_about(self) -> None:
        """A wrapped label in a form gets too little height unless told what it needs."""
        width = max(self.about.width(), 480)
        self.about.setMinimumHeight(self.about.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_about()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        edit.setMinimumHeight(TARGET)
        return edit

    def _row(
        self,
        form: QFormLayout,
        label_text: str,
        widget: QWidget,
        accessible: str,
        key: str,
        holder: QWidget | None = None,
    ) -> None:
        label = QLabel(label_text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        widget.setMinimumHeight(TARGET)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(holder or widget)
        error = FieldError()
        box.addWidget(error)
        self.errors[key] = error
        form.addRow(label, box)

    def _name_changed(self, text: str, suggest: bool = True) -> None:
        """Show what the catalogue says; fill its usual dose and schedule into empty fields."""
        medicine = find_medicine(text)
        if medicine is None:
            self.about.setText(
                self.tr("Your own medicine: no catalogue note.")
                if text.strip()
                else self.tr("Choose a medicine to see what it is for.")
            )
            self._fit_about()
            return
        parts = [
            QCoreApplication.translate("medicines", medicine.drug_class)
            + " — "
            + QCoreApplication.translate("medicines", medicine.role)
        ]
        if medicine.note:
            parts.append(
                self.tr("Note: {note} (Source: {source})").format(
                    note=QCoreApplication.translate("medicines", medicine.note),
                    source=QCoreApplication.translate("medicines", medicine.source),
                )
            )
        parts.append(self.tr("For information only; follow your doctor's advice."))
        self.about.setText("\n".join(parts))
        self._fit_about()
        if suggest and not self.dose_edit.text().strip():
            if medicine.dose is not None:
                self.dose_edit.setText(f"{medicine.dose:g}")
            self.unit_box.setCurrentText(medicine.unit)
            self.schedule.set_text(medicine.schedule)

    def _show_schedule(self, text: str) -> None:
        self.errors["schedule"].clear_message()
        problem = self.schedule.problem()
        if problem:
            self.preview.setText("")
            self.errors["schedule"].show_message(problem)
            return
        self.preview.setText(self.tr("In words: {words}").format(words=describe_schedule(text)))

    def _show(self, field: str, message: str) -> None:
        (self.errors.get(field) or self.general_error).show_message(message)

    def medication(self) -> Medication | None:
        """The course as the form now says, or None when the dose is not a number."""
        try:
            dose = parse_typed_number(self.dose_edit.text())
        except ValueError:
            return None
        unit = self.unit_box.currentText().strip()
        name = self.name_box.currentText().strip()
        builtin = find_medicine(name)  # "aspirin" is the catalogue's Aspirin, as on import
        return Medication(
            builtin.name if builtin else name,
            dose,
            normalise_unit(unit) or unit,
            self.schedule.text(),
            _pydate(self.start_edit.date()),
            _pydate(self.end_edit.date()) if self.stopped.isChecked() else None,
            self.reason_edit.text().strip(),
            self.note_edit.text().strip(),
            self._med.id if self._med else None,
        )

    def save(self) -> Medication | None:
        """Check and store the course; on a problem say it in one sentence, keep the dialog."""
        for error in {*self.errors.values(), self.general_error}:
            error.clear_message()
        med = self.medication()
        if self.schedule.problem():
            self._show("schedule", self.schedule.problem())
            return None
        if med is None:
            self._show("dose", self.tr("Write the dose as a number, like 25 or 2.5."))
            return None
        problems = check_medication(med, list_medications(self.db))
        if problems:
            for problem in problems:
                self._show(
                    problem.field,
                    QCoreApplication.translate("errors", problem.message).format(
                        **dict(problem.fields)
                    ),
                )
            return None
        kept: list[Medication] = []
        if not run_write(
            self,
            lambda: save_medication(self.db, med),
            {MEDICATIONS},
            where=FieldSay(self._show),
            on_done=kept.append,
        ):
            return None
        stored = kept[0]
        self.saved.emit(replace(stored))
        self.accept()
        return stored
