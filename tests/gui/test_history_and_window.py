"""History lists every day, opens one for editing and deletes with confirmation;
the main window shows only working pages, remembers its size and says it is not advice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from poems_tracker.domain.models import CheckIn
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.main_window import PAGES, MainWindow
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    for n in range(10):
        repo.save_checkin(db, CheckIn(TODAY - timedelta(days=n), {"pain": n % 11}))
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.restore_state()
    win.show()
    return win


def history(window: MainWindow):
    window.show_page(1)
    return window.current_page()


def test_title_and_pages(window: MainWindow) -> None:
    assert "POEMS Tracker" in window.windowTitle()
    assert window.current_page().__class__.__name__ == "CheckInPage"
    assert len(window.nav.buttons()) == len(PAGES)


@pytest.fixture
def english(qapp):
    """English as start-up installs it (with its plural forms); the locale comes back."""
    from PySide6.QtCore import QLocale

    from poems_tracker.ui.shell.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(before)


def test_history_lists_newest_first(english, window: MainWindow) -> None:
    page = history(window)  # English counts: "10 days", "1 day", never "day(s)"
    assert page.model.rowCount() == 10
    assert page.model.index(0, 0).data() == "25 Nov 2026"  # dates as the window writes them
    assert page.model.index(9, 0).data() == "16 Nov 2026"
    assert page.summary.text() == "10 days logged."
    repo.delete_checkin(window.db, TODAY - timedelta(days=1))
    for n in range(2, 10):
        repo.delete_checkin(window.db, TODAY - timedelta(days=n))
    page.refresh()
    assert page.summary.text() == "1 day logged."


def test_sorting_by_date_sorts_by_date_not_by_text(english, window: MainWindow) -> None:
    """ "30 Oct" comes before "16 Nov" in time, though "3" sorts after "1" as text."""
    repo.save_checkin(window.db, CheckIn(date(2026, 10, 30), {"pain": 1}))
    page = history(window)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    days = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert days[:2] == ["30 Oct 2026", "16 Nov 2026"] and days[-1] == "25 Nov 2026"
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.index(10, 0).data() == "30 Oct 2026"


def test_sorting_by_pain(window: MainWindow) -> None:
    page = history(window)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 1).data() == "9"


def test_open_selected_day_edits_it_on_the_checkin_page(window: MainWindow) -> None:
    page = history(window)
    page.table.selectRow(3)
    page.open_selected()
    checkin = window.current_page()
    assert checkin.__class__.__name__ == "CheckInPage"
    assert checkin.day == TODAY - timedelta(days=3)
    assert checkin.selectors["pain"].value() == 3


def test_saving_a_day_updates_history(qtbot, window: MainWindow, db) -> None:
    page = history(window)
    window.show_page(0)
    checkin = window.current_page()
    checkin.go_to(TODAY - timedelta(days=20))
    qtbot.mouseClick(checkin.selectors["pain"].group.button(8), Qt.MouseButton.LeftButton)
    assert checkin.save()
    window.show_page(1)
    assert page.model.rowCount() == 11


def test_delete_asks_first_and_no_keeps_the_day(window: MainWindow, db, monkeypatch) -> None:
    page = history(window)
    page.table.selectRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    page.delete_selected()
    assert repo.get_checkin(db, TODAY) is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.delete_selected()
    assert repo.get_checkin(db, TODAY) is None
    assert page.model.rowCount() == 9


def test_window_remembers_its_size(qtbot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.restore_state()
    first.resize(760, 560)  # the offscreen screen is 800×600
    first.show()
    size = (first.width(), first.height())
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    second.restore_state()
    assert second.height() == size[1] == 560  # the default would fill the 600 px screen


def test_the_first_window_fits_the_screen(qtbot, db: Database) -> None:
    """1100×760 at first, but never larger than the screen (offscreen: 800×600)."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.restore_state()
    room = window.screen().availableGeometry()
    assert window.width() == min(1100, room.width())
    assert window.height() == min(760, room.height())


def test_on_an_800_by_600_screen_no_page_scrolls_sideways(qtbot, window) -> None:
    """Trends needed more width than an 800×600 screen gives (five period buttons in a
    row), and once it had been visited every other page scrolled sideways too: the page
    stack asked for its widest page. Now the period buttons take two rows there, and each
    page asks only for itself."""
    window.resize(800, 600)
    bar = window.page_area.horizontalScrollBar()
    trends = window.page(window.index_of("TrendsPage"))
    for index in [window.index_of("TrendsPage"), *range(len(PAGES))]:
        window.show_page(index)
        qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=3000)
        page = window.current_page()
        assert page.minimumSizeHint().width() <= window.page_area.viewport().width(), page
    buttons = list(trends.period_bar.range_buttons.values())
    assert trends.period_bar.columns == 3
    assert [buttons[i].nextInFocusChain() for i in range(4)] == buttons[1:]  # Tab order

    window.resize(1100, 760)
    window.show_page(window.index_of("TrendsPage"))
    qtbot.waitUntil(lambda: trends.period_bar.columns == len(buttons))  # one row again
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)


def test_unsaved_changes_stop_the_window_closing(qtbot, window: MainWindow, monkeypatch) -> None:
    checkin = window.current_page()
    qtbot.mouseClick(checkin.selectors["pain"].group.button(2), Qt.MouseButton.LeftButton)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.Answer.CANCEL)
    assert window.close() is False
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.Answer.DISCARD)
    assert window.close() is True


def test_about_says_version_and_not_medical_advice(window: MainWindow) -> None:
    text = window.about_text()
    assert "not medical advice" in text
    assert "0.1.0" in text
    assert "LOINC" in text


def test_empty_history_says_how_to_fill_it_and_its_buttons_wait(qtbot, db: Database) -> None:
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    page = history(win)
    assert "Nothing logged yet" in page.summary.text()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()


def test_history_buttons_follow_the_selection(window: MainWindow) -> None:
    page = history(window)
    assert page.delete_button.isEnabled()
    page.table.clearSelection()
    assert not page.delete_button.isEnabled() and not page.open_button.isEnabled()


def test_counted_messages_say_one_problem_not_problems(english, qtbot) -> None:
    """Plural forms through Qt's %n: "1 problem", "2 problems", never "problem(s)"."""
    from poems_tracker.ui.appointments.calendar_export import CalendarExport
    from poems_tracker.ui.data.exchange_dialogs import ProblemsDialog

    one = ProblemsDialog(["a.csv:2: no date"])
    qtbot.addWidget(one)
    two = ProblemsDialog(["a.csv:2: no date", "a.csv:3: no value"])
    qtbot.addWidget(two)
    words = [label.text() for d in (one, two) for label in d.findChildren(QLabel)]
    assert any("Fix the 1 problem below" in text for text in words)
    assert any("Fix the 2 problems below" in text for text in words)
    assert not any("(s)" in text for text in words)
    assert CalendarExport().written(1, "v.ics").startswith("1 visit written to v.ics.")
    assert CalendarExport().written(3, "v.ics").startswith("3 visits written to v.ics.")
