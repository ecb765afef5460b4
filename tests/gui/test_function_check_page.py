"""The function check, done by keyboard alone; impossible answers never reach the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from poems_tracker import settings
from poems_tracker.domain.function_check import with_grades
from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.store import function_checks as repo
from poems_tracker.ui.function_check.function_check_page import FunctionCheckPage
from poems_tracker.ui.function_check.function_check_prompt import FunctionCheckPrompt
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import FUNCTION, DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 3, 10)
U, A, P = TaskAnswer.UNAFFECTED, TaskAnswer.AFFECTED, TaskAnswer.PREVENTED


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def page(qtbot, db):
    events = DataEvents()
    widget = FunctionCheckPage(db, events)
    widget.events_keepalive = events
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.shown()
    return widget


def press(qtbot, *keys):
    """Each key goes to whatever has the keyboard focus, as a real keyboard would."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_whole_check_by_keyboard_alone(qtbot, db, page):
    assert QApplication.focusWidget() is page.symptoms_row
    tab = Qt.Key.Key_Tab
    press(qtbot, "y", tab, "2", tab, "1", tab, "3", tab, "1", tab, "1", tab, "2")
    assert "Arms 3 of 5" in page.grade_label.text()
    assert "Legs 2 of 7" in page.grade_label.text()
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    stored = repo.get_check(db, TODAY)
    assert stored == FunctionCheck(TODAY, True, A, U, P, U, U, legs=2, arms=3)
    assert "10 Mar 2026" in page.past_list.item(0).text()
    assert "Arms 3 of 5" in page.past_list.item(0).text()


def test_all_prevented_asks_about_movement_and_keyboard_reaches_it(qtbot, db, page):
    tab = Qt.Key.Key_Tab
    press(qtbot, "y", tab, "3", tab, "3", tab, "3", tab, "3", tab, "3")
    assert page.movement_row.isVisible()
    press(qtbot, tab)
    assert QApplication.focusWidget() is page.movement_row
    press(qtbot, "n", tab, "7")
    assert "Arms 5 of 5" in page.grade_label.text()
    assert page.save()
    assert repo.get_check(db, TODAY).arms == 5
    assert repo.get_check(db, TODAY).arm_movement is False


def test_movement_question_hidden_unless_all_prevented(qtbot, page):
    for row in page.task_rows.values():
        row.choose(P)
    assert page.movement_row.isVisible()
    page.task_rows["turn_key"].choose(A)
    assert not page.movement_row.isVisible()


def test_no_symptoms_with_a_prevented_task_is_never_saved(qtbot, db, page):
    page.symptoms_row.choose(False)  # answers the open tasks with "not affected"
    page.task_rows["buttons_zips"].choose(P)
    page.legs_row.choose(0)
    assert "do not go together" in page.grade_label.text()
    assert not page.save()
    assert repo.get_check(db, TODAY) is None
    assert page.errors["arm_symptoms"].isVisible()
    assert "no symptoms" in page.errors["arm_symptoms"].text()


def test_all_prevented_without_the_movement_answer_is_not_saved(qtbot, db, page):
    page.symptoms_row.choose(True)
    for row in page.task_rows.values():
        row.choose(P)
    page.legs_row.choose(4)
    assert not page.save()
    assert repo.get_check(db, TODAY) is None
    assert "purposeful arm movement" in page.errors["arm_movement"].text()


def test_unanswered_walking_question_is_named(qtbot, db, page):
    page.symptoms_row.choose(False)
    assert not page.save()
    assert page.errors["legs"].isVisible()
    assert repo.list_checks(db) == []


def test_open_change_and_delete_a_past_check(qtbot, db, page, monkeypatch):
    old = with_grades(FunctionCheck(date(2026, 3, 1), True, A, A, U, U, U, legs=3))
    repo.save_check(db, old)
    page.refresh_list()
    page._on_past_list_item_activated(page.past_list.item(0))
    assert page.task_rows["dress_upper"].value() is A
    page.task_rows["dress_upper"].choose(U)
    page.task_rows["wash_hair"].choose(U)
    assert page.save()
    assert repo.get_check(db, date(2026, 3, 1)).arms == 1
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append(a[2]) or True)
    page.delete()
    assert "1 Mar 2026" in asked[0]
    assert repo.list_checks(db) == []
    assert page.past_list.count() == 0


def test_prompt_shows_when_due_and_hides_after_the_check(qtbot, db):
    settings.put("state/first_use", (TODAY - timedelta(days=7)).isoformat())
    holder = QWidget()
    qtbot.addWidget(holder)
    events = DataEvents()
    prompt = FunctionCheckPrompt(db, events, holder)
    holder.show()
    assert prompt.isVisible()
    assert "weekly function check is due" in prompt.label.text()
    repo.save_check(db, with_grades(FunctionCheck(TODAY, False)))
    events.emit_changed(FUNCTION)
    assert not prompt.isVisible()


def test_no_prompt_on_day_one_only_a_week_after_first_use(qtbot, db, monkeypatch):
    holder = QWidget()
    qtbot.addWidget(holder)
    prompt = FunctionCheckPrompt(db, None, holder)
    holder.show()
    assert not prompt.isVisible()  # a newcomer is not told something is "due" on day one
    monkeypatch.setattr(clock, "today", lambda: TODAY + timedelta(days=6))
    prompt.refresh()
    assert not prompt.isVisible()
    monkeypatch.setattr(clock, "today", lambda: TODAY + timedelta(days=7))
    prompt.refresh()
    assert prompt.isVisible()


def test_prompt_follows_the_interval_and_not_now_waits_a_day(qtbot, db, monkeypatch):
    repo.save_check(db, with_grades(FunctionCheck(date(2026, 3, 1), False)))
    settings.put("prefs/function_check_days", 14)
    holder = QWidget()
    qtbot.addWidget(holder)
    prompt = FunctionCheckPrompt(db, None, holder)
    holder.show()
    assert not prompt.isVisible()
    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 15))
    prompt.refresh()
    assert prompt.isVisible()
    assert "every 14 days" in prompt.label.text()
    with qtbot.waitSignal(prompt.open_requested):
        qtbot.mouseClick(prompt.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompt.dismiss_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    prompt.refresh()
    assert not prompt.isVisible()
    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 16))
    prompt.refresh()
    assert prompt.isVisible()


def test_tab_goes_from_walking_to_note_to_save(qtbot, page):
    page.legs_row.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.note_edit
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_button


def test_moving_a_check_onto_a_date_that_has_one_asks_first(qtbot, db, page, monkeypatch):
    repo.save_check(db, with_grades(FunctionCheck(date(2026, 3, 1), False, legs=0)))
    repo.save_check(db, with_grades(FunctionCheck(date(2026, 3, 8), True, legs=5)))
    page.open_check(date(2026, 3, 8))
    page.date_edit.setDate(date(2026, 3, 1))
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: questions.append(a[2]) or False)
    assert not page.save()
    assert "already a check on 1 Mar 2026" in questions[0]
    assert repo.get_check(db, date(2026, 3, 1)).legs == 0
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    assert page.save()
    assert [(c.day, c.legs) for c in repo.list_checks(db)] == [(date(2026, 3, 1), 5)]


def test_leaving_with_unsaved_answers_asks(qtbot, db, page, monkeypatch):
    page.symptoms_row.choose(False)
    page.legs_row.choose(2)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.Answer.SAVE)
    assert page.may_leave()
    assert repo.get_check(db, TODAY).legs == 2
