"""Preferences: language, text size, reminders, the report's first line (name, date of birth,
hospital number), reference ranges, and how often the markers are measured.

Values go through `settings.put` (a value equal to its default is removed). The text size
is applied at once; the language is used from the next start, because pages already
built keep the words they were built with — the dialog says so plainly rather than
leaving half the window in one language and half in another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import settings
from poems_tracker.ui.shell.appearance import apply_text_scale
from poems_tracker.ui.widgets import TARGET
from poems_tracker.ui.widgets.field_error import FieldError

#: Each language named in itself, so a patient who reads only that language finds it.
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ja", "日本語"),
    ("fr", "Français"),
    ("zh_CN", "简体中文"),
)
MIN_HEIGHT = 44
TEXT_SCALE_RANGE = settings.LIMITS["prefs/text_scale"]  # one limit for the dialog and the file


def _tall(widget: QWidget) -> QWidget:
    """Targets at least 44 px high, for numb fingers."""
    widget.setMinimumHeight(MIN_HEIGHT)
    return widget


class PreferencesDialog(QDialog):
    """The patient's choices; OK stores them, Cancel leaves everything as it was."""

    text_scale_applied = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._running_language = settings.get("prefs/language")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self._add_row(form, self.tr("&Language:"), self.language, self.tr("Language"))
        self.language_note = QLabel(
            self.tr("The new language is used the next time you start POEMS Tracker.")
        )
        self.language_note.setWordWrap(True)
        note_width = self.language_note.fontMetrics().averageCharWidth() * 40
        self.language_note.setMinimumWidth(note_width)
        self.language_note.setObjectName("languageNote")
        form.addRow(self.language_note)

        self.text_scale = QSpinBox()
        self.text_scale.setRange(*TEXT_SCALE_RANGE)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self._add_row(
            form,
            self.tr("&Text size:"),
            self.text_scale,
            self.tr("Text size"),
            self.tr("100 % is the computer's usual size; 200 % is twice as large."),
        )

        self.reminder_enabled = QCheckBox(self.tr("&Remind me to fill in the day"))
        self.reminder_enabled.setAccessibleName(self.tr("Daily check-in reminder"))
        form.addRow(_tall(self.reminder_enabled))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self._add_row(
            form, self.tr("Reminder t&ime:"), self.reminder_time, self.tr("Reminder time")
        )
        self.reminder_enabled.toggled.connect(self.reminder_time.setEnabled)

        self.dose_reminders = QCheckBox(self.tr("Remind me of &doses when they are due"))
        self.dose_reminders.setAccessibleName(self.tr("Dose reminders"))
        form.addRow(_tall(self.dose_reminders))

        self.patient_name = QLineEdit()
        self.patient_name.setMaxLength(settings.PATIENT_NAME_MAX)
        self._add_row(
            form,
            self.tr("Your &name (for the report):"),
            self.patient_name,
            self.tr("Your name for the report"),
            self.tr(
                "Printed at the top of the report for your doctor. Leave empty to print no name."
            ),
        )

        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birth_date.setMaxLength(20)
        self._add_row(
            form,
            self.tr("Date of &birth (for the report):"),
            self.birth_date,
            self.tr("Date of birth for the report"),
            self.tr("Year-month-day, for example 1961-04-02. Leave empty to print none."),
        )
        self.hospital_number = QLineEdit()
        self.hospital_number.setMaxLength(80)  # longer than allowed, so the refusal is seen
        self._add_row(
            form,
            self.tr("&Hospital number (for the report):"),
            self.hospital_number,
            self.tr("Hospital number for the report"),
            self.tr("As printed on your hospital letters. Leave empty to print none."),
        )
        self.error = FieldError()
        form.addRow(self.error)

        self.sex = QComboBox()
        self.sex.addItem(self.tr("Not set"), "")
        self.sex.addItem(self.tr("Male"), "male")
        self.sex.addItem(self.tr("Female"), "female")
        self._add_row(
            form,
            self.tr("&Sex for lab reference ranges:"),
            self.sex,
            self.tr("Sex for lab reference ranges"),
            self.tr("Some lab tests have different usual ranges for men and women."),
        )

        self.function_days = QSpinBox()
        self.function_days.setRange(*settings.LIMITS["prefs/function_check_days"])
        self.function_days.setSuffix(self.tr(" days"))
        self._add_row(
            form,
            self.tr("Hand and walking check &every:"),
            self.function_days,
            self.tr("Days between hand and walking checks"),
        )

        self.marker_months = QSpinBox()
        self.marker_months.setRange(*settings.LIMITS["prefs/marker_interval_months"])
        self.marker_months.setSuffix(self.tr(" months"))
        self._add_row(
            form,
            self.tr("Markers are d&ue after:"),
            self.marker_months,
            self.tr("Months after which a marker not measured shows as due"),
            self.tr("Follow-up is at least every 3 months for several years."),
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            _tall(button).setMinimumWidth(110)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        from poems_tracker.ui.shell.privacy import PrivacySection

        self.privacy = PrivacySection(parent, self)  # Preferences ▸ Privacy (issue 19)
        general = QWidget()
        general_box = QVBoxLayout(general)
        general_box.addLayout(form)
        general_box.addStretch(1)
        privacy = QWidget()
        privacy_box = QVBoxLayout(privacy)
        privacy_box.addWidget(self.privacy)
        privacy_box.addStretch(1)
        # Two tabs keep the dialog on a laptop screen at twice the text size; Ctrl+Tab
        # moves between them from the keyboard.
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(privacy, self.tr("Privacy"))
        self.tabs.setAccessibleName(self.tr("Preferences sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Preferences sections"))
        self.tabs.tabBar().setStyleSheet(
            f"QTabBar::tab {{ min-height: {TARGET}px; padding: 0 16px; }}"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.load()
        self.language.currentIndexChanged.connect(self._update_language_note)
        self._update_language_note()

    def _add_row(
        self, form: QFormLayout, label_text: str, field: QWidget, name: str, description: str = ""
    ) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        field.setAccessibleName(name)
        if description:
            field.setAccessibleDescription(description)
            field.setToolTip(description)
        form.addRow(label, _tall(field))

    # -- values -------------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored choices."""
        index = self.language.findData(settings.get("prefs/language"))
        self.language.setCurrentIndex(max(0, index))
        self.text_scale.setValue(int(settings.get("prefs/text_scale")))
        self.reminder_enabled.setChecked(bool(settings.get("prefs/reminder_enabled")))
        time = QTime.fromString(str(settings.get("prefs/reminder_time")), "HH:mm")
        self.reminder_time.setTime(time if time.isValid() else QTime(20, 0))
        self.reminder_time.setEnabled(self.reminder_enabled.isChecked())
        self.dose_reminders.setChecked(bool(settings.get("prefs/dose_reminders")))
        self.patient_name.setText(str(settings.get("prefs/patient_name")))
        self.sex.setCurrentIndex(max(0, self.sex.findData(settings.get("prefs/sex_for_ranges"))))
        self.function_days.setValue(int(settings.get("prefs/function_check_days")))
        self.birth_date.setText(str(settings.get("prefs/birth_date")))
        self.hospital_number.setText(str(settings.get("prefs/hospital_number")))
        self.marker_months.setValue(int(settings.get("prefs/marker_interval_months")))

    def values(self) -> dict[str, object]:
        """The choices on screen, keyed as in settings.DEFAULTS."""
        return {
            "prefs/language": self.language.currentData(),
            "prefs/text_scale": self.text_scale.value(),
            "prefs/reminder_enabled": self.reminder_enabled.isChecked(),
            "prefs/reminder_time": self.reminder_time.time().toString("HH:mm"),
            "prefs/dose_reminders": self.dose_reminders.isChecked(),
            "prefs/patient_name": self.patient_name.text().strip(),
            "prefs/sex_for_ranges": self.sex.currentData(),
            "prefs/function_check_days": self.function_days.value(),
            "prefs/birth_date": self.birth_date.text().strip(),
            "prefs/hospital_number": self.hospital_number.text().strip(),
            "prefs/marker_interval_months": self.marker_months.value(),
        }

    def problem(self) -> tuple[QWidget, str] | None:
        """The first field that cannot be stored as it is, with one sentence; None when all
        can."""
        from poems_tracker.domain.patient_details import (
            MAX_HOSPITAL_NUMBER,
            check_hospital_number,
            parse_birth_date,
        )
        from poems_tracker.ui.shell import clock

        try:
            parse_birth_date(self.birth_date.text(), clock.today())
        except ValueError as exc:
            return self.birth_date, QCoreApplication.translate("errors", str(exc))
        try:
            check_hospital_number(self.hospital_number.text())
        except ValueError as exc:
            text = QCoreApplication.translate("errors", str(exc))
            return self.hospital_number, text.format(limit=MAX_HOSPITAL_NUMBER)
        return None

    def language_changed(self) -> bool:
        return self.language.currentData() != self._running_language

    def _update_language_note(self) -> None:
        self.language_note.setVisible(self.language_changed())

    def accept(self) -> None:
        """Store every choice, then apply the text size to the open window at once; a date of
        birth or hospital number that cannot be stored is refused, and nothing is stored."""
        problem = self.problem()
        if problem is not None:
            field, text = problem
            self.error.show_message(text)
            field.setFocus()
            return
        self.error.clear_message()
        old_scale = int(settings.get("prefs/text_scale"))
        for key, value in self.values().items():
            settings.put(key, value)
        self.privacy.apply()
        new_scale = self.text_scale.value()
        if new_scale != old_scale:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_text_scale(app, new_scale)
            self.text_scale_applied.emit(new_scale)
        super().accept()


def open_preferences(window: QWidget) -> PreferencesDialog:
    """Open the dialog window-modal without blocking (tests can drive it like a patient)."""
    dialog = PreferencesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_preferences_action(window: QMainWindow) -> QAction:
    """Add "Preferences…" to WINDOW's File menu, above Quit, with the standard shortcut; once."""
    existing = getattr(window, "preferences_action", None)
    if isinstance(existing, QAction):
        return existing
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setObjectName("preferencesAction")
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(
        keys or [QKeySequence(QCoreApplication.translate("PreferencesDialog", "Ctrl+,"))]
    )
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_preferences(window))
    from poems_tracker.ui.shell.menus import add_to_file_menu

    add_to_file_menu(window, action)
    window.preferences_action = action  # type: ignore[attr-defined]
    return action
