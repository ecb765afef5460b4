"""The Trends page driven like a patient would: periods, choices, reading values, saving."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from poems_tracker.domain.models import LabResult
from poems_tracker.store import labs
from poems_tracker.ui.shell import clock, data_events
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.trends.trends_page import TrendsPage
from poems_tracker.ui.widgets import dialogs
from tests.gui.trends_fill import fill

TODAY = date(2026, 11, 20)


@pytest.fixture
def page(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> TrendsPage:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    fill(db, 1, TODAY)
    widget = TrendsPage(db, DataEvents())
    qtbot.addWidget(widget)
    widget.resize(1150, 820)
    widget.show()
    qtbot.waitUntil(lambda: widget.chart is not None, timeout=5000)
    return widget


def kinds(page: TrendsPage) -> list[str]:
    return [p.kind for p in page.chart.panels]


def test_placeholder_at_once_then_the_chart(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    widget = TrendsPage(db, DataEvents())
    qtbot.addWidget(widget)
    assert widget.canvas is None
    assert widget.placeholder.text() == "Drawing your chart…"
    qtbot.waitUntil(lambda: widget.canvas is not None, timeout=5000)
    assert widget.chart_scroll.widget() is widget.canvas


def test_opens_on_pain_vegf_and_treatments_for_90_days(page: TrendsPage) -> None:
    assert kinds(page) == ["symptoms", "lab", "treatments"]
    assert page.chart.panels[1].title == "VEGF (serum)"
    assert (page.chart.start, page.chart.end) == (TODAY - timedelta(days=89), TODAY)
    assert page.period_bar.range_buttons["90"].isChecked()


def test_range_buttons_change_the_period(qtbot, page: TrendsPage) -> None:
    qtbot.mouseClick(page.period_bar.range_buttons["30"], Qt.MouseButton.LeftButton)
    assert page.chart.start == TODAY - timedelta(days=29)
    trend = next(a for a in page.chart.panels[0].axes.lines if a.get_gid() == "trend")
    assert len(trend.get_xdata()) == 30
    qtbot.mouseClick(page.period_bar.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert page.chart.start == TODAY - timedelta(days=364)  # the first check-in
    qtbot.mouseClick(page.period_bar.range_buttons["365"], Qt.MouseButton.LeftButton)
    assert page.chart.start == TODAY - timedelta(days=364)
    assert page.period_bar.range_buttons["365"].isChecked()


def test_custom_period_refuses_a_start_after_the_end(qtbot, page: TrendsPage) -> None:
    qtbot.mouseClick(page.period_bar.range_buttons["custom"], Qt.MouseButton.LeftButton)
    assert page.period_bar.from_edit.isVisible() and page.period_bar.to_edit.isVisible()
    before = (page.chart.start, page.chart.end)
    page.period_bar.from_edit.setDate(page.period_bar.to_edit.date().addDays(5))
    qtbot.mouseClick(page.period_bar.custom_apply, Qt.MouseButton.LeftButton)
    assert page.period_bar.custom_error.text() == "⚠ The first date must be on or before the last."
    assert (page.chart.start, page.chart.end) == before
    page.period_bar.from_edit.setDate(page.period_bar.to_edit.date().addDays(-13))
    qtbot.mouseClick(page.period_bar.custom_apply, Qt.MouseButton.LeftButton)
    assert page.period_bar.custom_error.text() == ""
    assert (page.chart.end - page.chart.start).days == 13


def test_series_toggles_stack_and_remove_panels(qtbot, page: TrendsPage) -> None:
    page.checkboxes["sym:pain"].setChecked(False)
    page.checkboxes["weight"].setChecked(True)
    page.checkboxes["lab:Platelets|10^9/L"].setChecked(True)
    page.checkboxes["adherence"].setChecked(True)
    assert kinds(page) == ["weight", "lab", "lab", "adherence", "treatments"]
    assert [p.title for p in page.chart.panels[1:3]] == ["VEGF (serum)", "Platelets"]
    adherence = page.chart.panels[3]
    assert [s.label for s in adherence.series] == ["Aspirin", "Lenalidomide"]
    for key in (
        "weight",
        "lab:VEGF (serum)|pg/mL",
        "lab:Platelets|10^9/L",
        "adherence",
        "treatments",
    ):
        page.checkboxes[key].setChecked(False)
    assert page.chart.panels == []
    page.checkboxes["sym:fatigue"].setChecked(True)
    assert [s.label for s in page.chart.panels[0].series] == ["Tiredness"]


def test_click_and_arrow_keys_read_out_exact_values(qtbot, page: TrendsPage) -> None:
    page.checkboxes["lab:VEGF (serum)|pg/mL"].setChecked(False)
    day = TODAY - timedelta(days=10)
    page.select_day(day)
    pain = page.chart.panels[0].series[0]
    near = min(pain.points, key=lambda d: abs((d - day).days))
    assert f"{pain.points[near]:g}" in page.readout.text()
    assert "Nerve pain" in page.readout.text()
    page.canvas.setFocus()
    qtbot.keyClick(page.canvas, Qt.Key.Key_Left)
    assert page.selected_day == day - timedelta(days=1)
    qtbot.keyClick(page.canvas, Qt.Key.Key_End)
    assert page.selected_day == TODAY
    assert [a for a in page.chart.panels[0].axes.lines if a.get_gid() == "cursor"]


def test_hover_shows_the_value_under_the_pointer(page: TrendsPage) -> None:
    from matplotlib.backend_bases import MouseEvent

    from poems_tracker.charts.style import day_number

    panel = page.chart.panels[1]  # VEGF
    result = max(panel.series[0].points)
    page.canvas.draw()
    x, y = panel.axes.transData.transform((day_number(result), panel.series[0].points[result]))
    page.canvas.callbacks.process(
        "motion_notify_event", MouseEvent("motion_notify_event", page.canvas, x, y)
    )
    text = page.readout.text()
    assert text.startswith("VEGF (serum), ")
    assert "pg/mL" in text and "High (above range)" in text


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_save_chart_writes_a_real_file(
    qtbot, page: TrendsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    asked = []

    def fake_save_path(parent, title, start, filters):
        asked.append((title, filters))
        return str(tmp_path / f"my-chart.{suffix}")

    monkeypatch.setattr(dialogs, "save_path", fake_save_path)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / f"my-chart.{suffix}").read_bytes()
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[suffix]
    assert data.startswith(magic)
    assert len(data) > 5000
    assert "PNG" in asked[0][1] and "SVG" in asked[0][1] and "PDF" in asked[0][1]


def test_save_without_a_known_ending_gives_png(
    page: TrendsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(tmp_path / "chart"))
    page.save_chart()
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_save_into_a_missing_folder_says_so(
    page: TrendsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = []
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(tmp_path / "no" / "x.png"))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    page.save_chart()
    assert len(warnings) == 1
    assert warnings[0].startswith("The chart could not be saved")


def test_summary_gives_symptom_averages_and_vegf_change(qtbot, page: TrendsPage) -> None:
    qtbot.mouseClick(page.period_bar.range_buttons["all"], Qt.MouseButton.LeftButton)
    text = page.summary.text()
    assert "Nerve pain: average" in text
    assert "VEGF (serum): 2,800 →" in text or "VEGF (serum): 2800 →" in text
    assert text.index("VEGF (serum)") < text.index("Platelets")
    assert "%" in text


def test_new_lab_result_appears_after_the_change_signal(page: TrendsPage, db) -> None:
    labs.save_result(db, LabResult(TODAY, "VEGF (plasma)", 150, "pg/mL", reference_high=96.2))
    page.events.emit_changed(data_events.LABS)
    assert "lab:VEGF (plasma)|pg/mL" in page.checkboxes
    page.checkboxes["lab:VEGF (plasma)|pg/mL"].setChecked(True)
    titles = [p.title for p in page.chart.panels]
    assert "VEGF (plasma)" in titles and "VEGF (serum)" in titles  # two lines, never one


def test_compare_shows_pain_before_and_after_a_medicine(qtbot, page: TrendsPage) -> None:
    page.tabs.setCurrentWidget(page.compare)
    compare = page.compare
    compare.other_combo.setCurrentIndex(compare.other_combo.findData("med:Lenalidomide"))
    qtbot.mouseClick(page.period_bar.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert "in the 90 days before Lenalidomide started" in compare.text.text()
    assert "does not show that one caused the other" in compare.caution.text()
    washes = [a for a in compare.figure.axes[0].patches if a.get_gid() == "course-wash"]
    assert len(washes) == 1


def test_numbers_tab_lists_the_charted_values(page: TrendsPage) -> None:
    page.tabs.setCurrentWidget(page.table)
    model = page.table_model
    pain_days = page.chart.panels[0].series[0].points
    vegf_days = page.chart.panels[1].series[0].points
    assert model.rowCount() == len(set(pain_days) | set(vegf_days))
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nerve pain"
    high = [
        model.data(model.index(r, 2))
        for r in range(model.rowCount())
        if model.data(model.index(r, 2))
    ]
    assert high and all(t.endswith("High") for t in high)
    assert not page.save_button.isEnabled()


def test_keyboard_alone_changes_the_period_and_adds_a_panel(qtbot, page: TrendsPage) -> None:
    button = page.period_bar.range_buttons["365"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.chart.start == TODAY - timedelta(days=364)
    check = page.checkboxes["function"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert "function" in kinds(page)


def test_every_control_is_big_enough_and_named(page: TrendsPage) -> None:
    for button in [*page.period_bar.range_buttons.values(), page.save_button]:
        assert button.minimumHeight() >= 44
        assert button.accessibleName()
    for check in page.checkboxes.values():
        assert check.minimumHeight() >= 44
    assert page.canvas.accessibleName() == "Trends chart"
    assert "arrow keys" in page.canvas.accessibleDescription()


def test_a_new_patient_with_no_records_sees_a_calm_empty_chart(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    widget = TrendsPage(db, DataEvents())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.chart is not None, timeout=5000)
    assert [p.kind for p in widget.chart.panels] == ["symptoms", "treatments"]
    texts = [t.get_text() for t in widget.chart.panels[0].axes.texts]
    assert texts == ["Nothing recorded in this period."]
    qtbot.mouseClick(widget.period_bar.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert widget.chart.start == TODAY - timedelta(days=89)
    assert "Nothing recorded in this period yet" in widget.summary.text()
    widget.canvas.draw()


def test_alt_letters_do_not_clash_with_each_other_or_the_window(page: TrendsPage) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from poems_tracker.ui.shell.main_window import PAGES

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        return found.group(1).lower() if found else None

    window = {letter(spec.title) for spec in PAGES} | {"f", "g", "h", "e"}  # menus; Tr&ends
    page.period_bar.set_range("custom")  # every control that can be on screen at once
    page.tabs.setCurrentWidget(page.compare)
    texts = [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in page.findChildren(QLabel) if w.isVisible() and w.buddy()]
    texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    letters = [found for found in map(letter, texts) if found]
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & window, set(letters) & window


def test_the_page_opens_as_the_patient_left_it(qtbot, page: TrendsPage, db) -> None:
    qtbot.mouseClick(page.period_bar.range_buttons["365"], Qt.MouseButton.LeftButton)
    page.checkboxes["weight"].setChecked(True)
    page.checkboxes["lab:VEGF (serum)|pg/mL"].setChecked(False)
    again = TrendsPage(db, DataEvents())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.chart is not None, timeout=5000)
    assert again.period_bar.range_buttons["365"].isChecked()
    assert again.chart.start == TODAY - timedelta(days=364)
    assert [p.kind for p in again.chart.panels] == ["symptoms", "weight", "treatments"]


def test_side_by_side_offers_the_poems_treatment_first(page: TrendsPage) -> None:
    combo = page.compare.other_combo
    names = [combo.itemData(i) for i in range(combo.count())]
    assert names[0] == "med:Lenalidomide"  # not Aspirin, which comes first by name
    assert sorted(names[:3]) == ["med:Aspirin", "med:Lenalidomide", "med:Tramadol"]
    assert combo.currentData() == "med:Lenalidomide"


def test_a_marker_spanning_over_tenfold_is_drawn_on_a_log_scale_the_patient_can_undo(
    page: TrendsPage, db
) -> None:
    from poems_tracker.domain.models import LabResult
    from poems_tracker.store import labs
    from poems_tracker.ui.trends.trends_page import LOG_KEY

    for days, value in ((80, 4000.0), (50, 900.0), (20, 120.0)):  # treated: 33-fold fall
        labs.save_result(db, LabResult(TODAY - timedelta(days=days), "IgA", value, "mg/L"))
    page.refresh()
    page.checkboxes["lab:IgA|mg/L"].setChecked(True)
    lab = next(p for p in page.chart.panels if p.kind == "lab" and "IgA" in p.title)
    assert lab.axes.get_yscale() == "log"
    assert "log scale" in lab.axes.get_title(loc="left")
    page.checkboxes[LOG_KEY].setChecked(False)
    lab = next(p for p in page.chart.panels if p.kind == "lab" and "IgA" in p.title)
    assert lab.axes.get_yscale() == "linear"


def test_a_shortened_bar_label_is_read_in_full_words(page: TrendsPage, db) -> None:
    from poems_tracker.domain.models import EventKind, TreatmentEvent
    from poems_tracker.store.medications import save_event

    words = "Admitted for tests: nerve conduction study, bone marrow biopsy and a PET scan"
    day = TODAY - timedelta(days=20)
    save_event(db, TreatmentEvent(day, EventKind.HOSPITAL, words, day + timedelta(days=3)))
    page.refresh()
    drawn = [
        t.get_text()
        for p in page.chart.panels
        if p.kind == "treatments"
        for t in p.axes.texts
        if "Admitted" in t.get_text()
    ]
    assert drawn and all(words not in text for text in drawn)  # the bar's label is short
    page.select_day(day + timedelta(days=1))
    assert words in page.readout.text()  # the readout has every word
