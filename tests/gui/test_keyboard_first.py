"""A newcomer checks in with the keyboard alone, from the very first key.

The help line promises "press Tab to move and a digit to choose"; on a fresh start the
first score must already have focus, Tab must follow the screen from top to bottom, and
no digit may ever land in the date field.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from poems_tracker.store import checkins as repo
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 25)


@pytest.fixture
def window(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window as a new user first sees it: an empty data folder, 1280×800."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def test_fresh_start_typed_scores_and_ctrl_s_save_today(qtbot, window: MainWindow, db) -> None:
    page = window.current_page()
    first = next(iter(page.selectors.values()))
    assert QApplication.focusWidget() is first
    # The focused row is framed in the highlight colour, the others in a quiet one.
    highlight = first.palette().color(QPalette.ColorRole.Highlight)
    second = list(page.selectors.values())[1]
    assert first.grab().toImage().pixelColor(1, first.height() // 2) == highlight
    assert second.grab().toImage().pixelColor(1, second.height() // 2) != highlight
    for digit in (7, 6, 5, 4, 3, 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + digit))
        if digit != 2:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = repo.get_checkin(db, TODAY)
    assert stored is not None
    assert list(stored.values.values()) == [7, 6, 5, 4, 3, 2]
    assert list(stored.values) == list(page.selectors)[:6]
    assert repo.list_checkins(db) == [stored]  # no other day was touched


def _tab_walk(start: QWidget, qtbot, steps: int) -> list[QWidget]:
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_order_is_screen_order_on_today(qtbot, window: MainWindow) -> None:
    page = window.current_page()
    stops = [*page.selectors.values(), page.weight, page.note]
    stops += [
        w
        for w in page.function_prompt.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    stops += [page.manage_button, page.save_button]
    walked = _tab_walk(QApplication.focusWidget(), qtbot, len(stops) - 1)
    assert walked == stops
    tops = [w.mapTo(window, w.rect().topLeft()).y() for w in walked]
    assert tops == sorted(tops), "Tab jumps up the screen"
    # The day bar, above the scores, is one Shift+Tab away from the first score.
    page.focus_first_score()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.today_button  # Next day is off on today


def test_digits_never_move_the_day(qtbot, window: MainWindow, db) -> None:
    page = window.current_page()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.date_edit
    qtbot.keyClick(page.date_edit, Qt.Key.Key_0)
    qtbot.keyClick(page.date_edit, Qt.Key.Key_4)
    assert page.day == TODAY  # nothing moves while the patient is still typing
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert page.day == date(2026, 11, 4)
    assert repo.list_checkins(db) == []


def test_focus_returns_to_the_first_score(qtbot, window: MainWindow) -> None:
    page = window.current_page()
    first = next(iter(page.selectors.values()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == date(2026, 11, 24)
    assert QApplication.focusWidget() is first
    window.show_page(1)
    window.show_page(0)
    assert QApplication.focusWidget() is first


def test_the_reminder_banner_leaves_the_keyboard_on_the_first_score(
    qtbot, window: MainWindow, db
) -> None:
    from poems_tracker.ui.shell.reminders import CHECKIN, attach_reminders

    page = window.current_page()
    service = attach_reminders(window, db)
    service.stop()
    service.banner.show_message(CHECKIN, "Time for today's check-in")
    QApplication.processEvents()
    assert QApplication.focusWidget() is next(iter(page.selectors.values()))
    from tests.gui.test_alt_letters import clashes

    assert clashes(window) == []
