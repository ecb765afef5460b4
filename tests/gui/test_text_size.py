"""Text size 100–200 % (Preferences) reaches everything the patient reads: the score
digits, the day heading and the charts' words, also when changed while the window is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from poems_tracker.ui.shell import appearance
from poems_tracker.ui.shell.appearance import apply_text_scale
from poems_tracker.ui.shell.main_window import MainWindow


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    font = QFont(qapp.font())
    base = appearance._base_point_size
    yield
    qapp.setFont(font)
    appearance._base_point_size = base


def _today_with_doses(
    qtbot, db, qapp: QApplication, scale: int, size: tuple[int, int], medicines: tuple[str, ...]
) -> tuple[MainWindow, object]:
    """The window on Today at SCALE % text and SIZE, with MEDICINES due twice a day."""
    from datetime import date

    from poems_tracker.domain.models import Medication
    from poems_tracker.store.medications import save_medication

    for name in medicines:
        save_medication(db, Medication(name, 75, "mg", "twice daily", date(2020, 1, 1)))
    apply_text_scale(qapp, scale)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window, window.current_page()


def test_score_digits_day_heading_and_chart_text_follow_the_text_size(
    qtbot, db, qapp: QApplication, app_font
) -> None:
    apply_text_scale(qapp, 100)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    digit = next(iter(page.selectors.values())).group.button(7)
    before = (digit.font().pointSizeF(), page.day_title.font().pointSizeF())
    trends = window.page(window.index_of("TrendsPage"))
    window.show_page(window.index_of("TrendsPage"))
    qtbot.waitUntil(lambda: trends.figure is not None, timeout=10_000)
    dpi_before = trends.figure.get_dpi()
    window.show_page(0)
    apply_text_scale(qapp, 150)  # as Preferences does, with the window open
    QApplication.processEvents()
    assert digit.font().pointSizeF() == pytest.approx(before[0] * 1.5)
    assert page.day_title.font().pointSizeF() == pytest.approx(before[1] * 1.5)
    assert page.day_title.font().bold()
    assert trends.figure.get_dpi() == pytest.approx(dpi_before * 1.5)


def test_at_twice_the_text_size_today_never_scrolls_sideways(
    qtbot, db, qapp: QApplication, app_font
) -> None:
    """With medicines due, a focused score row once scrolled the page sideways and hid the
    symptom names: the doses' words now wrap instead of widening the page."""
    from poems_tracker.ui.shell import clock

    # 1100×760: the window's size on a first start
    _, page = _today_with_doses(qtbot, db, qapp, 200, (1100, 760), ("Levothyroxine", "Pregabalin"))
    assert len(page.doses_panel.rows) == 4 and page.day == clock.today()  # two a day each
    bar = page.scroll.horizontalScrollBar()
    assert bar.maximum() == 0
    second = list(page.selectors.values())[1]
    second.setFocus()
    QApplication.processEvents()
    assert bar.value() == 0  # the symptom names stay in sight


def test_on_an_800_by_600_screen_the_names_go_above_the_scores_and_nothing_is_hidden(
    qtbot, db, qapp: QApplication, app_font
) -> None:
    """On a small screen the names beside eleven 48 px targets were wider than the page: it
    scrolled sideways and hid the "10"s. Now each name sits above its row there, with the
    same Tab order and the same name for each field; on a wider window they are side by side
    again."""
    from PySide6.QtCore import QPoint

    window, page = _today_with_doses(qtbot, db, qapp, 100, (800, 600), ("Pregabalin",))
    form, view = page.form, page.scroll.viewport()
    order = [page.weight.nextInFocusChain(), page.note.previousInFocusChain()]
    assert form.narrow
    QApplication.processEvents()
    assert page.scroll.horizontalScrollBar().maximum() == 0
    for selector in page.selectors.values():
        last = selector.group.buttons()[-1]  # "10", or "No"
        right = last.mapTo(view, QPoint(last.width(), 0)).x()
        assert right <= view.width(), selector.accessibleName()
    label = form.grid.itemAtPosition(1, 0).widget()
    assert label.buddy() is next(iter(page.selectors.values()))
    assert form.grid.getItemPosition(form.grid.indexOf(label))[3] == 2  # across the form

    window.resize(1100, 760)
    qtbot.waitUntil(lambda: not form.narrow)
    assert form.grid.getItemPosition(form.grid.indexOf(label))[:2] == (2, 0)  # beside
    assert [page.weight.nextInFocusChain(), page.note.previousInFocusChain()] == order
    assert page.scroll.horizontalScrollBar().maximum() == 0


def test_at_150_percent_on_an_800_by_600_screen_the_day_name_goes_above_its_buttons(
    qtbot, db, qapp: QApplication, app_font
) -> None:
    """The large day name squeezed between the day buttons became five one-word lines and
    the page still scrolled sideways; there it now has a line of its own above them."""
    window, page = _today_with_doses(qtbot, db, qapp, 150, (800, 600), ("Pregabalin",))
    qtbot.waitUntil(lambda: page.day_bar.stacked)
    line = page.day_title.fontMetrics().height()
    # the name above the buttons, in fewer than three lines (it was five)
    qtbot.waitUntil(lambda: page.day_title.y() < page.prev_button.y())
    qtbot.waitUntil(lambda: page.day_title.height() < 3 * line)
    QApplication.processEvents()
    assert window.page_area.horizontalScrollBar().maximum() == 0
    assert page.scroll.horizontalScrollBar().maximum() == 0  # the doses fit too
    chain = [page.prev_button.nextInFocusChain(), page.date_edit.nextInFocusChain()]

    apply_text_scale(qapp, 100)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: page.day_bar.stacked is False)
    qtbot.waitUntil(lambda: page.day_title.y() <= page.prev_button.y() + page.prev_button.height())
    assert [page.prev_button.nextInFocusChain(), page.date_edit.nextInFocusChain()] == chain
