"""The daily check-in driven as a patient would: by mouse and by keyboard alone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from poems_tracker.domain.models import CheckIn, SymptomKind
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.checkin.checkin_page import CheckInPage
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> CheckInPage:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    events = DataEvents()
    widget = CheckInPage(db, events)
    widget._test_events = events  # keep it alive with the page
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def click_score(qtbot, page: CheckInPage, key: str, value: int) -> None:
    qtbot.mouseClick(page.selectors[key].group.button(value), Qt.MouseButton.LeftButton)


def test_opens_on_today_with_nothing_logged(page: CheckInPage) -> None:
    assert page.day == TODAY
    assert "Today" in page.day_title.text()
    assert page.status.text() == "Not logged yet."
    assert not page.next_button.isEnabled()  # no logging the future


def test_mouse_scores_weight_note_save_and_reload(qtbot, page: CheckInPage, db) -> None:
    click_score(qtbot, page, "pain", 7)
    click_score(qtbot, page, "numbness", 4)
    qtbot.keyClicks(page.weight, "78.4")
    page.note.setPlainText("Feet burning at night")
    assert page.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("✔ Saved")
    assert repo.get_checkin(db, TODAY) == CheckIn(
        TODAY, {"pain": 7, "numbness": 4}, 78.4, "Feet burning at night"
    )
    page.previous_day()
    assert page.selectors["pain"].value() is None
    page.next_day()
    assert page.selectors["pain"].value() == 7 and page.weight.text() == "78.4"


def test_second_click_on_the_chosen_score_clears_it(qtbot, page: CheckInPage) -> None:
    click_score(qtbot, page, "pain", 3)
    click_score(qtbot, page, "pain", 3)
    assert page.selectors["pain"].value() is None


def test_keyboard_alone_digits_tab_and_ctrl_s(qtbot, page: CheckInPage, db) -> None:
    first = page.selectors["pain"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_1)
    qtbot.keyClick(first, Qt.Key.Key_0)  # 1 then 0 quickly: ten
    assert first.value() == 10
    for key, digit in (("numbness", Qt.Key.Key_5), ("tingling", Qt.Key.Key_3)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.selectors[key]
        qtbot.keyClick(page.selectors[key], digit)
    qtbot.keyClick(page.selectors["tingling"], Qt.Key.Key_Right)  # arrows step the score
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_checkin(db, TODAY).values == {"pain": 10, "numbness": 5, "tingling": 4}


def test_tab_reaches_weight_and_note_after_the_scores(qtbot, page: CheckInPage) -> None:
    page.selectors["swelling"].setFocus()
    qtbot.keyClick(page.selectors["swelling"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.weight
    qtbot.keyClick(page.weight, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.note


@pytest.mark.parametrize(
    ("weight", "message"),
    [
        ("heavy", "Type the weight as a number, like 72.5."),
        ("-3", "Weight must be between 20 and 300 kg."),
        ("900", "Weight must be between 20 and 300 kg."),
        ("1,500", "Type the weight as a number, like 72.5."),  # 1.5 or 1500: never guessed
    ],
)
def test_bad_weight_is_one_sentence_next_to_the_field_and_nothing_stored(
    qtbot, page: CheckInPage, db, weight: str, message: str
) -> None:
    click_score(qtbot, page, "pain", 5)
    qtbot.keyClicks(page.weight, weight)
    assert page.save() is False
    assert page.errors["weight_kg"].isVisible()
    assert page.errors["weight_kg"].text() == "⚠ " + message
    assert repo.get_checkin(db, TODAY) is None


def test_a_decimal_comma_in_the_weight_is_read_as_a_point(qtbot, page: CheckInPage, db) -> None:
    click_score(qtbot, page, "pain", 5)
    qtbot.keyClicks(page.weight, "72,5")
    assert page.save() is True
    assert repo.get_checkin(db, TODAY).weight_kg == 72.5


def test_leaving_with_unsaved_changes_asks_and_can_save(qtbot, page, db, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_changes", lambda parent, text: asked.append(text) or dialogs.Answer.SAVE
    )
    click_score(qtbot, page, "fatigue", 6)
    page.previous_day()
    assert asked and "25 Nov 2026" in asked[0]
    assert page.day == TODAY - timedelta(days=1)
    assert repo.get_checkin(db, TODAY).values == {"fatigue": 6}


def test_cancel_keeps_the_patient_on_the_unsaved_day(qtbot, page, db, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.Answer.CANCEL)
    click_score(qtbot, page, "fatigue", 6)
    page.previous_day()
    assert page.day == TODAY and page.selectors["fatigue"].value() == 6
    assert repo.get_checkin(db, TODAY) is None
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.Answer.DISCARD)
    assert page.may_leave()


def test_existing_day_shows_its_values(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    repo.save_checkin(db, CheckIn(TODAY - timedelta(days=3), {"swelling": 2}, 70.0, "old"))
    page = CheckInPage(db, DataEvents())
    qtbot.addWidget(page)
    page.go_to(TODAY - timedelta(days=3))
    assert page.selectors["swelling"].value() == 2
    assert page.note.toPlainText() == "old"
    assert page.status.text().startswith("Logged")


def test_custom_symptoms_appear_and_hidden_values_are_kept(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    fall = repo.add_custom_symptom(db, "A fall", SymptomKind.YESNO)
    sweats = repo.add_custom_symptom(db, "Night sweats", SymptomKind.YESNO)
    repo.save_checkin(db, CheckIn(TODAY, {sweats.key: 1}))
    repo.set_symptom_hidden(db, sweats.key, True)
    page = CheckInPage(db, DataEvents())
    qtbot.addWidget(page)
    assert fall.key in page.selectors and sweats.key not in page.selectors
    qtbot.mouseClick(page.selectors[fall.key].group.button(1), Qt.MouseButton.LeftButton)
    assert page.save()
    assert repo.get_checkin(db, TODAY).values == {fall.key: 1, sweats.key: 1}


def test_adding_a_symptom_in_the_dialog_adds_a_row(qtbot, page: CheckInPage) -> None:
    from poems_tracker.ui.checkin.symptoms_dialog import SymptomsDialog

    dialog = SymptomsDialog(page.db, page.events, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Cramps")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "cramps" in page.selectors
    qtbot.keyClicks(dialog.name, "cramps")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "⚠ You already have a symptom with that name."
