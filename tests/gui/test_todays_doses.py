"""Today's doses: one click per dose, the whole day in one click, as-needed doses with their
time, and a plain warning over the patient's own daily maximum."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime

from poems_tracker.domain.models import DoseStatus, Medication
from poems_tracker.store import medications as store
from poems_tracker.ui.medicines.todays_doses import TodaysDosesPanel
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DOSES, DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2024, 3, 4)  # a Monday
NOW = datetime(2024, 3, 4, 9, 41)


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


@pytest.fixture
def events():
    return DataEvents()


@pytest.fixture
def regimen(db):
    start = TODAY - timedelta(days=7)
    return {
        "lenalidomide": store.save_medication(
            db, Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", start)
        ),
        "dexamethasone": store.save_medication(
            db, Medication("Dexamethasone", 40, "mg", "weekly on Mon", start)
        ),
        "aspirin": store.save_medication(db, Medication("Aspirin", 100, "mg", "daily", start)),
        "pregabalin": store.save_medication(
            db, Medication("Pregabalin", 75, "mg", "twice daily at 08:00,20:00", start)
        ),
        "tramadol": store.save_medication(
            db, Medication("Tramadol", 50, "mg", "as needed, max 2 per day", start)
        ),
        "stopped": store.save_medication(
            db, Medication("Furosemide", 40, "mg", "daily", start, TODAY - timedelta(days=1))
        ),
    }


@pytest.fixture
def panel(qtbot, db, events, regimen):
    widget = TodaysDosesPanel(db, events)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def _names(panel) -> list[str]:
    return [row["name"].text() for row in panel.rows]


def test_the_days_doses_come_from_every_active_schedule(panel) -> None:
    assert _names(panel) == [
        "Aspirin 100 mg · any time",
        "Dexamethasone 40 mg · any time",
        "Lenalidomide 25 mg · any time",
        "Pregabalin 75 mg · 08:00",
        "Pregabalin 75 mg · 20:00",
    ]
    assert all(row["state"].text() == "Not recorded yet" for row in panel.rows)
    panel.set_day(TODAY + timedelta(days=1))  # Tuesday: no dexamethasone
    assert "Dexamethasone" not in " ".join(_names(panel))


def test_one_click_marks_a_dose_and_a_second_click_changes_it(qtbot, panel, db, events) -> None:
    row = panel.rows[3]  # pregabalin 08:00
    with qtbot.waitSignal(events.changed) as signal:
        qtbot.mouseClick(row["taken"], Qt.MouseButton.LeftButton)
    assert signal.args[0].touches(DOSES)
    [dose] = store.list_doses(db)
    assert (dose.at, dose.status, dose.dose, dose.unit) == (time(8), DoseStatus.TAKEN, 75, "mg")
    assert row["state"].text() == "Taken at 08:00"  # in words, not colour alone
    assert row["taken"].isChecked()
    assert row["taken"].text().startswith("✔")
    qtbot.mouseClick(panel.rows[3]["missed"], Qt.MouseButton.LeftButton)
    [dose] = store.list_doses(db)
    assert dose.status is DoseStatus.MISSED
    assert panel.rows[3]["state"].text() == "Missed at 08:00"
    assert not panel.rows[3]["taken"].isChecked()


def test_a_dose_without_set_time_gets_the_time_it_was_marked(qtbot, panel, db) -> None:
    qtbot.mouseClick(panel.rows[0]["skipped"], Qt.MouseButton.LeftButton)
    [dose] = store.list_doses(db)
    assert (dose.at, dose.status) == (time(9, 41), DoseStatus.SKIPPED)


def test_the_whole_day_in_one_click(qtbot, panel, db) -> None:
    qtbot.mouseClick(panel.rows[1]["skipped"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.all_taken_button, Qt.MouseButton.LeftButton)
    doses = store.list_doses(db)
    assert len(doses) == 5
    assert sorted(d.status for d in doses).count(DoseStatus.TAKEN) == 4
    assert all(row["state"].text() != "Not recorded yet" for row in panel.rows)
    assert not panel.all_taken_button.isEnabled()
    panel.set_day(TODAY)  # reopened: the same state comes back from the database
    assert [r["state"].text().split(" at ")[0] for r in panel.rows] == [
        "Taken",
        "Skipped",
        "Taken",
        "Taken",
        "Taken",
    ]


def test_two_untimed_doses_marked_in_one_minute_keep_both(qtbot, panel, db) -> None:
    med = store.save_medication(db, Medication("Paracetamol", 1, "g", "twice daily", TODAY))
    panel.set_day(TODAY)
    rows = [i for i, due in enumerate(panel.due) if due.medication.id == med.id]
    assert len(rows) == 2
    for index in rows:
        qtbot.mouseClick(panel.rows[index]["taken"], Qt.MouseButton.LeftButton)
    assert [d.at for d in store.list_doses(db, medication_id=med.id)] == [time(9, 41), time(9, 42)]


def test_as_needed_dose_with_its_time_and_the_daily_maximum(qtbot, panel, db, monkeypatch) -> None:
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes="": (asked.append(text), answer[0])[1]
    )
    assert panel.needed_widget.isVisible()
    assert panel.needed_box.currentText() == "Tramadol 50 mg"
    panel.needed_time.setTime(QTime(7, 15))
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)
    panel.needed_time.setTime(QTime(13, 0))
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert "2 of at most 2 taken (07:15, 13:00)" in panel.needed_list.text()
    panel.needed_time.setTime(QTime(21, 30))
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)  # a third: warned
    assert "dose 3 of Tramadol" in asked[0]
    assert "most you set is 2" in asked[0]
    assert len(store.list_doses(db)) == 2
    assert panel.message.text() == "Nothing was recorded."
    answer[0] = True
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)
    assert [d.at for d in store.list_doses(db)] == [time(7, 15), time(13), time(21, 30)]


def test_a_future_day_cannot_be_marked(panel) -> None:
    panel.set_day(TODAY + timedelta(days=2))
    assert panel.rows
    assert not any(row["taken"].isEnabled() for row in panel.rows)
    assert not panel.all_taken_button.isEnabled()
    assert not panel.needed_button.isEnabled()
    assert "still to come" in panel.message.text()


def test_changes_elsewhere_refresh_the_panel(panel, db, events) -> None:
    store.save_medication(db, Medication("Levothyroxine", 50, "µg", "daily at 07:00", TODAY))
    events.emit_changed("medications")
    assert "Levothyroxine 50 µg · 07:00" in _names(panel)


def test_buttons_are_large_and_say_what_they_do(panel) -> None:
    for row in panel.rows:
        for key in ("taken", "missed", "skipped"):
            assert row[key].minimumHeight() >= 44
            assert row[key].accessibleName().endswith(row[key].text().lstrip("✔ "))
    assert panel.rows[3]["taken"].accessibleName() == "Pregabalin at 08:00: Taken"


def test_a_dose_after_stopping_is_recorded_only_after_confirming(
    qtbot, db, events, monkeypatch
) -> None:
    tramadol = store.save_medication(
        db,
        Medication(
            "Tramadol",
            50,
            "mg",
            "as needed",
            TODAY - timedelta(days=20),
            TODAY - timedelta(days=3),
        ),
    )
    panel = TodaysDosesPanel(db, events)
    qtbot.addWidget(panel)
    assert panel.needed_box.currentText() == "Tramadol 50 mg (not taken on this day)"
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "confirm",
        lambda parent, title, text, yes="": (asked.append(text), answers.pop(0))[1],
    )
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)
    assert "Tramadol was not being taken on 2024-03-04" in asked[0]
    assert store.list_doses(db) == []
    qtbot.mouseClick(panel.needed_button, Qt.MouseButton.LeftButton)
    [dose] = store.list_doses(db)
    assert (dose.medication_id, dose.day, dose.at) == (tramadol.id, TODAY, time(9, 41))
