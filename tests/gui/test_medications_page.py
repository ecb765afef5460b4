"""The Medicines page as a patient uses it: start from the catalogue, build a schedule with
the picker, see adherence, stop (history kept), delete (asks; offers stopping instead)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from poems_tracker.domain.models import Dose, DoseStatus, Medication
from poems_tracker.store import medications as store
from poems_tracker.ui.medicines.medications_page import MedicationsPage
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import MEDICATIONS
from poems_tracker.ui.widgets import dialogs

TODAY = date(2024, 3, 10)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def page(open_page):
    return open_page(MedicationsPage)


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _aspirin_with_doses(db) -> Medication:
    med = store.save_medication(
        db, Medication("Aspirin", 100, "mg", "daily", TODAY - timedelta(days=10))
    )
    store.add_doses(
        db,
        [
            Dose(
                med.id,
                TODAY - timedelta(days=n),
                time(8),
                100,
                "mg",
                DoseStatus.TAKEN if n % 5 else DoseStatus.MISSED,
            )
            for n in range(1, 9)
        ],
    )
    return med


def test_start_a_medicine_from_the_catalogue(qtbot, page, db, events) -> None:
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_box.lineEdit(), "lenalidomide")
    # The catalogue's note and its source appear at once, and never block.
    assert "blood clots" in dialog.about.text()
    assert "Source: " in dialog.about.text()
    assert "Blood Adv 2020;4:2139" in dialog.about.text()
    assert dialog.save_button.isEnabled()
    # Its usual dose and cycle are suggested.
    assert dialog.dose_edit.text() == "25"
    assert dialog.unit_box.currentText() == "mg"
    assert dialog.schedule.text() == "cycle 1-21 of 28"
    assert "Days 1–21 of each 28-day cycle" in dialog.preview.text()
    dialog.start_edit.setDate(QDate(2024, 2, 10))
    with qtbot.waitSignal(events.changed) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].touches(MEDICATIONS)
    assert not dialog.isVisible()
    [stored] = store.list_medications(db)
    assert (stored.name, stored.dose, stored.unit, stored.schedule, stored.start_date) == (
        "Lenalidomide",
        25,
        "mg",
        "cycle 1-21 of 28",
        date(2024, 2, 10),
    )  # catalogue spelling
    assert _column(page.current_table, 0) == ["Lenalidomide"]
    assert _column(page.current_table, 2) == ["Days 1–21 of each 28-day cycle"]
    # 10 Feb – 9 Mar: days 1–21 of cycle 1 and day 1 of cycle 2 are due up to yesterday.
    assert _column(page.current_table, 4) == ["Not recorded (22 doses due)"]


def test_own_medicine_with_the_schedule_picker(qtbot, page, db) -> None:
    dialog = page.start_medicine()
    qtbot.keyClicks(dialog.name_box.lineEdit(), "Vitamin D")
    assert "Your own medicine" in dialog.about.text()
    qtbot.keyClicks(dialog.dose_edit, "1000")
    dialog.unit_box.setCurrentText("IU")
    picker = dialog.schedule
    picker.how.setCurrentIndex(picker.how.findData("weekly"))
    qtbot.mouseClick(picker.weekday_buttons[3], Qt.MouseButton.LeftButton)  # Thu
    assert picker.weekday_buttons[0].isChecked()  # Monday is chosen to begin with
    assert picker.weekday_buttons[3].text().startswith("✔")  # not colour alone
    picker.per_day.setValue(2)
    assert picker.set_times.isChecked()  # two weekly doses need their times
    assert picker.text() == "weekly on Mon,Thu at 08:00,20:00"
    picker.how.setCurrentIndex(picker.how.findData("as_needed"))
    picker.has_max.setChecked(True)
    picker.max_spin.setValue(3)
    assert picker.text() == "as needed, max 3 per day"
    picker.how.setCurrentIndex(picker.how.findData("daily"))
    picker.per_day.setValue(2)
    picker.set_times.setChecked(False)
    assert picker.text() == "twice daily"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [stored] = store.list_medications(db)
    assert (stored.name, stored.dose, stored.unit, stored.schedule) == (
        "Vitamin D",
        1000,
        "IU",
        "twice daily",
    )


@pytest.mark.parametrize(
    ("setup", "field", "words"),
    [
        (lambda d: d.dose_edit.setText("0"), "dose", "more than 0"),
        (lambda d: d.dose_edit.setText("abc"), "dose", "as a number"),
        (lambda d: d.dose_edit.setText("90000"), "dose", "not believable"),  # 90,000 g
        (lambda d: d.unit_box.setCurrentText("buckets"), "unit", "not a unit"),
        (
            lambda d: (d.stopped.setChecked(True), d.end_edit.setDate(QDate(2024, 1, 1))),
            "end_date",
            "before the first day",
        ),
        (lambda d: d.schedule.cycle_last.setValue(30), "schedule", "outside a 28-day cycle"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    qtbot, page, db, setup, field, words
) -> None:
    dialog = page.start_medicine()
    qtbot.keyClicks(dialog.name_box.lineEdit(), "Lenalidomide")
    dialog.start_edit.setDate(QDate(2024, 2, 1))
    if words == "not believable":
        dialog.unit_box.setCurrentText("g")
    setup(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing the patient typed is lost
    error = dialog.errors[field]
    assert error.isVisible()
    assert words in error.text()
    assert error.text().count(".") >= 1
    assert store.list_medications(db) == []


def test_a_second_overlapping_course_is_refused(qtbot, page, db) -> None:
    _aspirin_with_doses(db)
    dialog = page.start_medicine()
    qtbot.keyClicks(dialog.name_box.lineEdit(), "aspirin")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cannot overlap" in dialog.errors["start_date"].text()
    assert len(store.list_medications(db)) == 1


def test_adherence_shows_counts_and_not_recorded(qtbot, page, db) -> None:
    _aspirin_with_doses(db)
    page.refresh()
    # 10 days due up to yesterday; 8 logged (7 taken, 1 missed); 2 not recorded.
    assert _column(page.current_table, 4) == ["70% taken (7 of 10); 2 not recorded"]
    store.mark_dose(db, Dose(1, TODAY - timedelta(days=40), time(8), 100, "mg", DoseStatus.TAKEN))
    page.period_box.setCurrentIndex(page.period_box.findData(None))
    # "All": the course started 10 days ago, so a dose logged before it does not count.
    assert _column(page.current_table, 4) == ["70% taken (7 of 10); 2 not recorded"]


def test_edit_changes_the_dose(qtbot, page, db) -> None:
    med = _aspirin_with_doses(db)
    page.refresh()
    page.select(med.id)
    dialog = page.edit_selected()
    assert dialog.name_box.currentText() == "Aspirin"
    assert dialog.dose_edit.text() == "100"
    dialog.dose_edit.setText("75")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.get_medication(db, med.id).dose == 75
    assert _column(page.current_table, 1) == ["75 mg"]


def test_stop_keeps_history(qtbot, page, db, monkeypatch) -> None:
    med = _aspirin_with_doses(db)
    page.refresh()
    asked = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes="": (asked.append(text), True)[1]
    )
    page.select(med.id)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert "history are kept" in asked[0]
    assert store.get_medication(db, med.id).end_date == TODAY
    assert page.current_table.rowCount() == 0
    assert _column(page.past_table, 0) == ["Aspirin"]
    assert len(store.list_doses(db, medication_id=med.id)) == 8


def test_buttons_that_need_a_medicine_wait_for_one(qtbot, page, db) -> None:
    assert page.empty_label.isVisible()
    _aspirin_with_doses(db)
    page.refresh()
    assert not page.empty_label.isVisible()
    assert page.current_table.rowCount() == 1
    page.current_table.clearSelection()
    needs_one = (page.edit_button, page.stop_button, page.delete_button)
    assert not any(b.isEnabled() for b in needs_one)
    assert page.start_button.isEnabled()
    page.current_table.selectRow(0)
    assert all(b.isEnabled() for b in needs_one)
    page.current_table.clearSelection()
    page.stop_selected()  # called another way: still one sentence, nothing changed
    assert "choose a medicine" in page.status.text()


def test_no_medicines_yet_says_how_to_add_one(qtbot, page) -> None:
    empty = page
    assert empty.empty_label.isVisible()
    assert "Start a medicine" in empty.empty_label.text()
    assert not empty.edit_button.isEnabled()


@pytest.mark.parametrize(
    ("answer", "left", "doses", "end"), [(None, 1, 8, None), (0, 1, 8, TODAY), (1, 0, 0, None)]
)
def test_delete_with_doses_asks_and_offers_stopping(
    qtbot, page, db, monkeypatch, answer, left, doses, end
) -> None:
    med = _aspirin_with_doses(db)
    page.refresh()
    offered = []
    monkeypatch.setattr(
        dialogs,
        "choose",
        lambda parent, title, text, options: (offered.append((text, options)), answer)[1],
    )
    page.select(med.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    text, options = offered[0]
    assert "8 recorded doses" in text
    assert options[0] == "Stop it instead"
    assert len(store.list_medications(db)) == left
    assert len(store.list_doses(db)) == doses
    if left:
        assert store.get_medication(db, med.id).end_date == end


def test_delete_without_doses_asks_yes_or_no(qtbot, page, db, monkeypatch) -> None:
    med = store.save_medication(db, Medication("Furosemide", 40, "mg", "daily", TODAY))
    page.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: True)
    page.select(med.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert store.list_medications(db) == []
    assert page.current_table.rowCount() == 0


def test_controls_are_large_and_named(page) -> None:
    for button in (page.start_button, page.edit_button, page.stop_button, page.delete_button):
        assert button.minimumHeight() >= 44
        assert button.accessibleName()
    assert page.period_box.accessibleName()
    assert page.current_table.accessibleName() != page.past_table.accessibleName()


def test_the_whole_regimen_by_keyboard_alone(qtbot, page, db) -> None:
    """The issue's regimen, each medicine: type its name, Tab past the suggestions, Enter."""
    for name in ("Lenalidomide", "Dexamethasone", "Aspirin", "Tramadol", "Pregabalin"):
        dialog = page.start_medicine()
        qtbot.keyClicks(dialog.name_box.lineEdit(), name)
        qtbot.keyClick(dialog.name_box.lineEdit(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_Return)  # Save is the default button
        assert not dialog.isVisible(), dialog.errors
    stored = {m.name: (m.dose, m.unit, m.schedule) for m in store.list_medications(db)}
    assert stored == {
        "Lenalidomide": (25, "mg", "cycle 1-21 of 28"),
        "Dexamethasone": (40, "mg", "weekly on Mon"),
        "Aspirin": (100, "mg", "daily"),
        "Tramadol": (50, "mg", "as needed, max 4 per day"),
        "Pregabalin": (75, "mg", "twice daily at 08:00,20:00"),
    }
    assert page.current_table.rowCount() == 5


@pytest.mark.parametrize(
    "schedule",
    [
        "twice daily at 08:00,20:00",
        "daily at 08:00,20:00",
        "twice daily",
        "every 3 days at 09:00",
        "weekly on Mon,Thu",
        "cycle 1-4 of 28",
        "as needed",
        "as needed, max 4 per day",
    ],
)
def test_changing_the_dose_keeps_the_schedule_exactly(qtbot, page, db, schedule) -> None:
    med = store.save_medication(db, Medication("Pregabalin", 75, "mg", schedule, TODAY))
    page.refresh()
    page.select(med.id)
    dialog = page.edit_selected()
    assert dialog.schedule.text() == schedule
    dialog.dose_edit.setText("150")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.get_medication(db, med.id).schedule == schedule
    dialog = page.edit_selected()
    dialog.schedule.how.setCurrentIndex(dialog.schedule.how.findData("every"))
    dialog.schedule.every.setValue(5)
    assert dialog.schedule.text().startswith("every 5 days")


def test_stopping_a_medicine_that_has_not_started_says_why(qtbot, page, db, monkeypatch) -> None:
    planned = store.save_medication(
        db, Medication("Melphalan", 10, "mg", "cycle 1-4 of 28", TODAY + timedelta(days=5))
    )
    page.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: True)
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    page.select(planned.id)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert warned == [f"A medicine cannot stop before it started ({planned.start_date})."]
    assert store.get_medication(db, planned.id).end_date is None
