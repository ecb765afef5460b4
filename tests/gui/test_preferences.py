"""Preferences: what the patient chooses is kept, Cancel keeps nothing, text size is at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from poems_tracker import settings
from poems_tracker.ui.shell import appearance, main_window
from poems_tracker.ui.shell.preferences_dialog import (
    PreferencesDialog,
    install_preferences_action,
)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """Give the shared application its font back after a test that changes the text size."""
    font = QFont(qapp.font())
    base = appearance._base_point_size
    yield font
    qapp.setFont(font)
    appearance._base_point_size = base


@pytest.fixture
def dialog(qtbot) -> PreferencesDialog:
    dlg = PreferencesDialog()
    qtbot.addWidget(dlg)
    return dlg


def test_shows_the_stored_choices(qtbot) -> None:
    settings.put("prefs/patient_name", "Aiko Tanaka")
    settings.put("prefs/language", "ja")
    settings.put("prefs/reminder_time", "08:30")
    settings.put("prefs/sex_for_ranges", "female")
    dlg = PreferencesDialog()
    qtbot.addWidget(dlg)
    assert dlg.patient_name.text() == "Aiko Tanaka"
    assert dlg.language.currentText() == "日本語"
    assert dlg.reminder_time.time() == QTime(8, 30)
    assert dlg.sex.currentData() == "female"
    assert dlg.text_scale.value() == 100


def test_ok_keeps_every_choice(dialog: PreferencesDialog, app_font: QFont) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.text_scale.setValue(150)
    dialog.reminder_enabled.setChecked(True)
    dialog.reminder_time.setTime(QTime(7, 45))
    dialog.dose_reminders.setChecked(False)
    dialog.patient_name.setText("  Marie Curie  ")
    dialog.sex.setCurrentIndex(dialog.sex.findData("male"))
    dialog.function_days.setValue(14)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.get("prefs/language") == "fr"
    assert settings.get("prefs/text_scale") == 150
    assert settings.get("prefs/reminder_time") == "07:45"
    assert settings.get("prefs/dose_reminders") is False
    assert settings.get("prefs/patient_name") == "Marie Curie"
    assert settings.get("prefs/sex_for_ranges") == "male"
    assert settings.get("prefs/function_check_days") == 14


def test_cancel_keeps_nothing(dialog: PreferencesDialog) -> None:
    dialog.patient_name.setText("Someone Else")
    dialog.function_days.setValue(30)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert settings.get("prefs/patient_name") == ""
    assert settings.get("prefs/function_check_days") == 7
    assert not settings.settings().contains("prefs/patient_name")


def test_text_size_grows_at_once(
    dialog: PreferencesDialog, qapp: QApplication, app_font: QFont
) -> None:
    before = qapp.font().pointSizeF()
    dialog.text_scale.setValue(200)
    dialog.accept()
    assert qapp.font().pointSizeF() == pytest.approx(before * 2)
    label = QLabel("Numbness")
    assert label.font().pointSizeF() == pytest.approx(before * 2)


def test_text_size_stays_between_100_and_200(dialog: PreferencesDialog) -> None:
    dialog.text_scale.setValue(500)
    assert dialog.text_scale.value() == 200
    dialog.text_scale.setValue(10)
    assert dialog.text_scale.value() == 100


def test_language_change_says_it_needs_a_restart(dialog: PreferencesDialog) -> None:
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert not dialog.language_note.isHidden()
    assert "next time you start" in dialog.language_note.text()
    dialog.language.setCurrentIndex(0)
    assert dialog.language_note.isHidden()


def test_reminder_time_off_when_reminder_off(dialog: PreferencesDialog) -> None:
    dialog.reminder_enabled.setChecked(False)
    assert not dialog.reminder_time.isEnabled()
    dialog.reminder_enabled.setChecked(True)
    assert dialog.reminder_time.isEnabled()


def test_keyboard_only_name_then_enter(qtbot, dialog: PreferencesDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.patient_name.setFocus()
    qtbot.keyClicks(dialog.patient_name, "Ken Sato")
    qtbot.keyClick(dialog.patient_name, Qt.Key.Key_Return)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert settings.get("prefs/patient_name") == "Ken Sato"


def test_every_control_is_named_labelled_and_large(dialog: PreferencesDialog) -> None:
    dialog.show()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if widget.parent() is not dialog and widget.parentWidget() in buddies:
            continue  # the line edit inside a spin box or combo box
        assert widget.accessibleName() or widget.property("text"), widget
        assert widget.height() >= 44, (widget, widget.height())
    for field in (
        dialog.language,
        dialog.text_scale,
        dialog.reminder_time,
        dialog.patient_name,
        dialog.sex,
        dialog.function_days,
    ):
        assert field in buddies


def test_menu_action_opens_preferences(qtbot, monkeypatch: pytest.MonkeyPatch, db) -> None:
    monkeypatch.setattr(
        main_window,
        "PAGES",
        (main_window.PageSpec("&Blank", "poems_tracker.ui.shell.page:Page", "Blank page"),),
    )
    window = main_window.MainWindow(db)
    qtbot.addWidget(window)
    action = install_preferences_action(window)
    actions = window.file_menu.actions()
    assert actions.index(action) < actions.index(window.quit_action)
    assert not action.shortcut().isEmpty()
    assert (
        action.shortcut() == QKeySequence("Ctrl+,")
        or action.shortcut() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)[0]
    )
    action.trigger()
    dialogs = window.findChildren(PreferencesDialog)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    dialogs[0].reject()


def test_report_details_and_marker_interval_are_kept(dialog: PreferencesDialog) -> None:
    dialog.birth_date.setText(" 1961-04-02 ")
    dialog.hospital_number.setText("RX-001234")
    dialog.marker_months.setValue(6)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.get("prefs/birth_date") == "1961-04-02"
    assert settings.get("prefs/hospital_number") == "RX-001234"
    assert settings.get("prefs/marker_interval_months") == 6


@pytest.mark.parametrize(
    ("field", "typed", "sentence"),
    [
        ("birth_date", "2999-01-01", "The date of birth is in the future; check the year."),
        ("birth_date", "02/04/1961", "Write the date of birth as year-month-day"),
        ("hospital_number", "X" * 41, "The hospital number is longer than 40 characters"),
    ],
)
def test_a_bad_date_of_birth_or_hospital_number_is_refused_with_one_sentence(
    qtbot, dialog: PreferencesDialog, field: str, typed: str, sentence: str
) -> None:
    dialog.show()
    dialog.patient_name.setText("Marie Curie")
    getattr(dialog, field).setText(typed)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # still open: nothing was stored
    assert dialog.error.isVisible() and sentence in dialog.error.text()
    assert dialog.error.text().count(".") <= 2
    assert settings.get("prefs/patient_name") == ""
    assert settings.get(f"prefs/{field}") == ""
    assert dialog.focusWidget() is getattr(dialog, field) or not dialog.isActiveWindow()
    getattr(dialog, field).setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.get("prefs/patient_name") == "Marie Curie"
    assert not dialog.error.isVisible()


def test_forty_characters_are_enough_for_a_hospital_number(dialog: PreferencesDialog) -> None:
    dialog.hospital_number.setText("9" * 40)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.get("prefs/hospital_number") == "9" * 40
