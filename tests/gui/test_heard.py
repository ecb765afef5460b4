"""What a screen reader is told: changing messages are exposed as text, the page buttons
are page tabs, and "saved" is announced. Checked here through Qt's accessibility
interface; the same was measured with a real AT-SPI client under Xvfb (see
tests/benchmarks/atspi_probe.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 25)


def spoken(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def window(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_page_buttons_are_page_tabs_and_the_shown_one_is_selected(window: MainWindow) -> None:
    first = QAccessible.queryAccessibleInterface(window.nav.button(0))
    second = QAccessible.queryAccessibleInterface(window.nav.button(1))
    assert first.role() == QAccessible.Role.PageTab
    assert first.state().selected and not second.state().selected
    assert not first.state().checkable  # not "check box, checked"
    assert first.text(QAccessible.Text.Name) == "Today's check-in"
    column = QAccessible.queryAccessibleInterface(window.nav_column)
    assert column.role() == QAccessible.Role.PageTabList
    window.show_page(1)
    assert QAccessible.queryAccessibleInterface(window.nav.button(1)).state().selected
    assert not QAccessible.queryAccessibleInterface(window.nav.button(0)).state().selected


def test_score_buttons_are_radio_buttons_and_the_chosen_one_is_checked(qtbot) -> None:
    """A screen reader says "radio button, 7, checked", not "check box"."""
    from poems_tracker.ui.widgets.score_selector import ScoreSelector

    row = ScoreSelector("Nerve pain")
    qtbot.addWidget(row)
    row.show()
    row.set_value(7)
    seven = QAccessible.queryAccessibleInterface(row.group.button(7))
    six = QAccessible.queryAccessibleInterface(row.group.button(6))
    assert seven.role() == six.role() == QAccessible.Role.RadioButton
    assert seven.text(QAccessible.Text.Name) == "Nerve pain: 7"
    assert seven.state().checked and not six.state().checked
    six.actionInterface().doAction(six.actionInterface().actionNames()[0])
    assert row.value() == 6
    assert six.state().checked and not seven.state().checked


def test_answer_buttons_are_radio_buttons_too(qtbot) -> None:
    """The Taken / Missed / Skipped answers of a dose are one choice of three."""
    from poems_tracker.ui.widgets.choice_row import ChoiceRow

    row = ChoiceRow("Aspirin", [("taken", "T", "Taken"), ("missed", "M", "Missed")])
    qtbot.addWidget(row)
    row.show()
    taken = QAccessible.queryAccessibleInterface(row.buttons[0])
    assert taken.role() == QAccessible.Role.RadioButton
    assert taken.text(QAccessible.Text.Name) == "Aspirin: Taken"
    assert not taken.state().checked
    row.buttons[0].click()
    assert taken.state().checked


def test_the_save_message_is_what_a_screen_reader_reads(qtbot, window: MainWindow) -> None:
    page = window.current_page()
    assert spoken(page.status) == "Not logged yet."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert spoken(page.status).startswith("✔ Saved at")


@pytest.mark.parametrize(
    ("class_name", "attributes"),
    [
        ("TrendsPage", ("readout", "summary")),
        ("CycleDayPage", ("cycles_label", "summary_label")),
        ("FunctionCheckPage", ("grade_label", "status")),
        ("MedicationsPage", ("status",)),
    ],
)
def test_labels_that_change_expose_their_text(
    window: MainWindow, class_name: str, attributes: tuple[str, ...]
) -> None:
    page = window.page_by_class(class_name)
    for name in attributes:
        label = getattr(page, name)
        assert isinstance(label, QLabel)
        label.setText("A sentence that tells the patient something.")
        assert spoken(label) == "A sentence that tells the patient something.", name


def test_announce_is_quiet_without_a_screen_reader_and_never_fails(window: MainWindow) -> None:
    from poems_tracker.ui.widgets.announce import SpokenLabel, announce

    announce(window, "Saved.")  # no assistive technology listening: nothing happens
    label = SpokenLabel()
    label.setText("⚠ Not saved: the disk is full.")
    assert spoken(label) == "⚠ Not saved: the disk is full."
    QAccessible.setActive(True)  # as when a screen reader listens: the event is sent
    try:
        announce(window, "Saved.")
        label.setText("✔ Saved at 20:15.")
    finally:
        QAccessible.setActive(False)
    assert spoken(label) == "✔ Saved at 20:15."
