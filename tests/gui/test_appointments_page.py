"""The Appointments page as a patient uses it: next visit, booking, questions, calendar."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.store.appointments import (
    list_appointments,
    list_questions,
    save_appointment,
    save_question,
)
from poems_tracker.ui.appointments.appointments_page import AppointmentsPage
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import APPOINTMENTS, DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def visits(db):
    done = save_appointment(
        db,
        Appointment(
            date(2026, 8, 31),
            time(10, 30),
            "Dr. A",
            "haematology",
            "Clinic 4",
            "3-month follow-up",
            AppointmentStatus.DONE,
            end_at=time(11, 0),
        ),
    )
    nxt = save_appointment(
        db,
        Appointment(
            date(2026, 11, 30),
            time(10, 30),
            "Dr. A",
            "haematology",
            "Clinic 4",
            "3-month follow-up",
            end_at=time(11, 0),
        ),
    )
    later = save_appointment(
        db,
        Appointment(
            date(2027, 1, 20), time(14, 0), "Dr. N", "neurology", "Neuro wing", "nerve test"
        ),
    )
    save_question(db, Question(date(2026, 11, 1), "Can I drive with numb feet?", nxt.id))
    save_question(db, Question(date(2026, 8, 1), "Is VEGF down?", done.id, True, "Yes."))
    return done, nxt, later


@pytest.fixture
def page(qtbot, db, visits):
    events = DataEvents()
    widget = AppointmentsPage(db, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 850)
    widget.show()
    widget.shown()
    return widget


def _rows(table) -> list[str]:
    return [
        table.item(r, 0).text() + " " + table.item(r, 3).text() for r in range(table.rowCount())
    ]


def test_the_next_visit_and_its_questions_are_shown_first(page):
    assert "30 Nov 2026" in page.next_title.text()
    assert "10:30" in page.next_title.text()
    assert "Haematology" in page.next_title.text()
    assert "Can I drive with numb feet?" in page.next_questions.text()
    assert "Is VEGF down?" not in page.next_questions.text()
    assert page.next_title.font().bold()
    assert page.upcoming_table.rowCount() == 2
    assert page.past_table.rowCount() == 1
    assert page.past_table.item(0, 2).text() == "Done"  # status in words


def test_book_follow_up_in_two_clicks(qtbot, page, db, visits):
    _, _nxt, _ = visits
    qtbot.mouseClick(page.follow_up_next, Qt.MouseButton.LeftButton)  # click 1
    dialog = page.dialog
    assert dialog.isVisible()
    assert dialog.date_edit.date() == QDate(2027, 2, 28)  # 30 Nov + 3 months
    assert dialog.provider_edit.text() == "Dr. A"
    with qtbot.waitSignal(page.events.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # click 2
    assert not dialog.isVisible()
    booked = [a for a in list_appointments(db) if a.day == date(2027, 2, 28)]
    assert len(booked) == 1
    assert (booked[0].at, booked[0].end_at, booked[0].status) == (
        time(10, 30),
        time(11, 0),
        AppointmentStatus.PLANNED,
    )
    assert page.upcoming_table.rowCount() == 3
    assert "30 Nov 2026" in page.next_title.text()  # the next visit is still the next one


def test_follow_up_date_can_be_changed_before_saving(qtbot, page, db):
    page.tabs.setCurrentWidget(page.past_table)
    page.past_table.selectRow(0)
    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.date_edit.date() == QDate(2026, 11, 30)  # 31 Aug + 3 months
    dialog.date_edit.setDate(QDate(2026, 12, 7))
    dialog.time_edit.setText("09:00")
    dialog.end_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert any(a.day == date(2026, 12, 7) and a.at == time(9, 0) for a in list_appointments(db))


def test_add_a_visit_by_keyboard(qtbot, page, db):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.date_edit.setDate(QDate(2026, 12, 15))
    dialog.time_edit.selectAll()
    qtbot.keyClicks(dialog.time_edit, "15:45")
    qtbot.keyClicks(dialog.provider_edit, "Sam Physio")
    dialog.specialty_box.setCurrentText("Physiotherapy")
    qtbot.keyClicks(dialog.purpose_edit, "hand exercises")
    qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return)
    stored = [a for a in list_appointments(db) if a.provider == "Sam Physio"]
    assert len(stored) == 1
    assert (stored[0].day, stored[0].at, stored[0].specialty) == (
        date(2026, 12, 15),
        time(15, 45),
        "physiotherapy",
    )


@pytest.mark.parametrize(
    ("time_text", "end_text", "field", "message"),
    [
        ("25:61", "", "time", "The time 25:61 is not a time of day; write it like 10:30."),
        ("", "", "time", "Give the time of the visit, like 10:30."),
        ("10:30", "10:00", "end_time", "The visit ends before it starts; check the end time."),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_is_stored(
    qtbot, page, db, time_text, end_text, field, message
):
    before = list_appointments(db)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.time_edit.setText(time_text)
    dialog.end_edit.setText(end_text)
    dialog.provider_edit.setText("Dr. Z")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open with what was typed
    assert dialog.errors[field].isVisible()
    assert dialog.errors[field].text() == "⚠ " + message
    assert list_appointments(db) == before


def test_a_second_visit_at_the_same_time_with_the_same_doctor_is_refused(qtbot, page, db):
    before = list_appointments(db)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.date_edit.setDate(QDate(2026, 11, 30))
    dialog.time_edit.setText("10:30")
    dialog.provider_edit.setText("Dr. A")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already a visit with Dr. A" in dialog.errors["time"].text()
    assert list_appointments(db) == before


def test_questions_are_noted_for_the_next_visit_and_ticked_off(qtbot, page, db, visits):
    _, nxt, later = visits
    qtbot.mouseClick(page.ask_next, Qt.MouseButton.LeftButton)
    panel = page.questions
    assert page.tabs.currentWidget() is panel
    assert panel.new_edit.hasFocus() or panel.new_edit.isVisible()
    qtbot.keyClicks(panel.new_edit, "Should I keep taking aspirin?")
    qtbot.keyClick(panel.new_edit, Qt.Key.Key_Return)
    stored = [q for q in list_questions(db) if q.question == "Should I keep taking aspirin?"]
    assert [q.appointment_id for q in stored] == [nxt.id]
    assert stored[0].added == TODAY
    assert "Should I keep taking aspirin?" in page.next_questions.text()

    # Attach another to the later visit.
    panel.visit_box.setCurrentIndex(panel.visit_box.findData(later.id))
    qtbot.keyClicks(panel.new_edit, "Would splints help?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [
        q.appointment_id for q in list_questions(db) if q.question == "Would splints help?"
    ] == [later.id]

    # Tick off the aspirin question with the answer.
    panel.select(stored[0].id)
    panel.answer_edit.setText("Yes, keep going.")
    qtbot.mouseClick(panel.tick_button, Qt.MouseButton.LeftButton)
    answered = next(q for q in list_questions(db) if q.id == stored[0].id)
    assert answered.answered
    assert answered.answer == "Yes, keep going."
    assert "Should I keep taking aspirin?" not in page.next_questions.text()
    row = next(
        r
        for r in range(panel.table.rowCount())
        if panel.table.item(r, 1).text() == "Should I keep taking aspirin?"
    )
    assert panel.table.item(row, 0).text() == "✓ Answered"  # in words, not colour


def test_an_empty_question_says_so(qtbot, page, db):
    panel = page.questions
    page.tabs.setCurrentWidget(panel)
    before = list_questions(db)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.new_error.isVisible()
    assert panel.new_error.text() == "⚠ Write the question first."
    assert list_questions(db) == before


def test_unanswered_questions_of_a_past_visit_roll_over_when_the_page_is_shown(qtbot, db, visits):
    done, nxt, _ = visits
    forgotten = save_question(db, Question(date(2026, 8, 2), "Forgot to ask this", done.id))
    page = AppointmentsPage(db, DataEvents())
    qtbot.addWidget(page)
    page.shown()
    moved = next(q for q in list_questions(db) if q.id == forgotten.id)
    assert moved.appointment_id == nxt.id
    assert "Forgot to ask this" in page.next_questions.text()


def test_status_is_set_and_cancelled_questions_roll_over(qtbot, page, db, visits):
    _, nxt, _later = visits
    page.select(nxt.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert [a.status for a in list_appointments(db) if a.id == nxt.id] == [
        AppointmentStatus.CANCELLED
    ]
    assert "20 Jan 2027" in page.next_title.text()
    assert "Can I drive with numb feet?" in page.next_questions.text()


def test_calendar_marks_visit_days_in_bold_with_words(qtbot, page, db):
    grid = page.calendar.calendar
    fmt = grid.dateTextFormat(QDate(2026, 11, 30))
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert fmt.fontUnderline()
    assert "Haematology" in fmt.toolTip()
    assert grid.dateTextFormat(QDate(2026, 11, 29)).fontWeight() != QFont.Weight.Bold
    page.tabs.setCurrentWidget(page.calendar)
    grid.setSelectedDate(QDate(2027, 1, 20))
    assert "Neurology" in page.calendar.day_visits.text()
    assert page.selected().provider == "Dr. N"
    # The visit buttons act on the visit of the chosen day.
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert [a.status for a in list_appointments(db) if a.provider == "Dr. N"] == [
        AppointmentStatus.DONE
    ]
    grid.setSelectedDate(QDate(2027, 1, 21))
    assert page.calendar.day_visits.text() == "No visit on Thu 21 Jan 2027."
    assert not page.edit_button.isEnabled()


def test_delete_asks_first_and_keeps_the_questions(qtbot, page, db, visits, monkeypatch):
    _, nxt, _ = visits
    asked = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes_text="": asked.append(text) or True
    )
    page.select(nxt.id)
    with qtbot.waitSignal(page.events.changed) as signal:
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].touches(APPOINTMENTS)
    assert "Its questions are kept" in asked[0]
    assert nxt.id not in {a.id for a in list_appointments(db)}
    assert "Can I drive with numb feet?" in {q.question for q in list_questions(db)}


def test_export_to_calendar_writes_the_file(qtbot, page, tmp_path, monkeypatch):
    import icalendar

    target = tmp_path / "my visits"
    told = []
    monkeypatch.setattr(dialogs, "save_path", lambda *args: str(target))
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "my visits.ics"
    assert len(icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == 3
    assert told and told[0].startswith("3 visits written to")


def test_buttons_are_large_and_named(page):
    for button in (
        page.add_button,
        page.follow_up_next,
        page.ask_next,
        page.export_button,
        page.questions.add_button,
        page.questions.tick_button,
    ):
        assert button.minimumHeight() >= 44
        assert button.accessibleName()


def test_file_menu_export_to_calendar(qtbot, db, visits, tmp_path, monkeypatch):
    from poems_tracker.ui.shell.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    action = window.calendar_export_action  # the one the real window put in its File menu
    actions = window.file_menu.actions()
    assert actions.index(action) < actions.index(window.quit_action)
    monkeypatch.setattr(dialogs, "save_path", lambda *args: "")  # cancelled: nothing written
    action.trigger()
    assert list(tmp_path.glob("*.ics")) == []
    monkeypatch.setattr(dialogs, "save_path", lambda *args: str(tmp_path / "v.ics"))
    monkeypatch.setattr(dialogs, "inform", lambda *args: None)
    action.trigger()
    assert (tmp_path / "v.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
