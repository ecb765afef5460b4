"""The cycle-day page and the markers panel show the numbers the domain computes, in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.domain.models import CheckIn, EventKind, LabResult, Medication, TreatmentEvent
from poems_tracker.store.checkins import save_checkin
from poems_tracker.store.labs import save_result
from poems_tracker.store.medications import save_event, save_medication
from poems_tracker.ui.labs.markers_panel import MarkersPanel
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import LABS, MEDICATIONS, DataEvents
from poems_tracker.ui.trends.cycle_day_view import CycleDayPage

START = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 4, 1))


def test_cycle_day_page_shows_averages_with_days_behind_them(qtbot, db):
    save_medication(
        db,
        Medication(
            "Lenalidomide", 25, "mg", "cycle 1-21 of 28", START, START + timedelta(days=2 * 28 - 1)
        ),
    )
    for n in range(2 * 28):
        day = START + timedelta(days=n)
        save_checkin(db, CheckIn(day, {"pain": 7 if n % 28 >= 21 else 3}))
    events = DataEvents()
    page = CycleDayPage(db, events)
    qtbot.addWidget(page)
    page.show()
    page.shown()
    assert page.medicine.currentText() == "Lenalidomide"
    assert page.table.rowCount() == 28
    assert page.table.item(0, 1).text() == "On"
    assert page.table.item(21, 1).text() == "Off"
    assert page.table.horizontalHeaderItem(2).text() == "Days logged"
    assert page.table.item(21, 2).text() == "2"
    assert page.table.horizontalHeaderItem(3).text() == "Nerve pain"
    assert page.table.item(21, 3).text() == "7.0"
    assert "on cycle day 22 over 2 days" in page.table.item(21, 3).toolTip()
    assert "C1 from 5 Jan 2026; C2 from 2 Feb 2026" in page.cycles_label.text()
    assert (
        "3.0 on medicine days (over 42 days), 7.0 on days off (over 14 days)"
        in page.summary_label.text()
    )


def test_cycle_day_page_without_a_cycle_medicine_says_how_to_get_one(qtbot, db):
    events = DataEvents()
    page = CycleDayPage(db, events)
    qtbot.addWidget(page)
    page.show()
    page.shown()
    assert page.table.rowCount() == 0
    assert "cycle 1-21 of 28" in page.cycles_label.text()
    save_medication(db, Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", START))
    events.emit_changed(MEDICATIONS)
    assert page.table.rowCount() == 28


def test_markers_panel_names_the_treatment_and_flags_in_words(qtbot, db):
    for day, value in (
        (date(2025, 11, 1), 2400),
        (date(2026, 1, 10), 1800),
        (date(2026, 3, 20), 600),
    ):
        save_result(
            db, LabResult(day, "VEGF (serum)", value, "pg/mL", reference_low=9, reference_high=86)
        )
    save_event(db, TreatmentEvent(date(2025, 12, 1), EventKind.CHEMOTHERAPY, "Len/Dex"))
    save_event(db, TreatmentEvent(date(2026, 2, 1), EventKind.HOSPITAL, "infection"))
    events = DataEvents()
    panel = MarkersPanel(db, events)
    qtbot.addWidget(panel)
    assert "1 Dec 2025 — Chemotherapy: Len/Dex" in panel.treatment_label.text()
    row = [panel.table.item(0, c).text() for c in range(7)]
    assert row == [
        "VEGF (serum)",
        "600 pg/mL",
        "20 Mar 2026",
        "High",
        "−1200 (−67%)",  # since the previous value
        "−1800 (−75%)",  # since the last value before the treatment
        "600 pg/mL on 20 Mar 2026",  # the lowest since treatment
    ]
    assert panel.table.item(1, 1).text() == "none yet"
    assert "Half or less of the value before treatment." in panel.facts.text()
    save_result(
        db,
        LabResult(
            date(2026, 3, 25), "Platelets", 450, "10^9/L", reference_low=150, reference_high=410
        ),
    )
    events.emit_changed(LABS)
    platelets = [panel.table.item(1, c).text() for c in range(4)]
    assert platelets == ["Platelets", "450 10⁹/L", "25 Mar 2026", "High"]


def test_cycle_days_heat_map_shows_each_day_in_words_and_shade(qtbot, db):
    """The picture: one cell per symptom and cycle day, the average written in it, the
    medicine days hatched in a strip above, and no text of it over another."""
    from tests.chart_checks import overprints

    save_medication(
        db,
        Medication(
            "Lenalidomide", 25, "mg", "cycle 1-21 of 28", START, START + timedelta(days=2 * 28 - 1)
        ),
    )
    for n in range(2 * 28):
        day = START + timedelta(days=n)
        if n % 7 != 3:  # some days not logged: hatched cells
            save_checkin(db, CheckIn(day, {"pain": 7 if n % 28 >= 21 else 3, "fatigue": 5}))
    page = CycleDayPage(db, DataEvents())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.shown()
    assert page.tabs.currentWidget() is page.picture
    qtbot.waitUntil(lambda: page.canvas is not None and page.canvas.width() > 900)
    page._paint_heatmap()
    page.canvas.draw()
    heat = page.figure.axes[1]
    written = {
        (round(t.get_position()[0]), round(t.get_position()[1])): t.get_text() for t in heat.texts
    }
    assert written[(21, 0)] == "7" and written[(0, 0)] == "3"  # pain: row 0, cycle day 22
    hatched = [p for p in heat.patches if p.get_hatch() == "xx"]
    assert hatched  # days with nothing logged are marked by a pattern, not a colour
    strip = page.figure.axes[0]
    assert len([p for p in strip.patches if p.get_gid() == "on-medicine"]) == 21
    labels = [t.get_text() for t in heat.get_yticklabels()]
    assert labels[:2] == ["Nerve pain", "Tiredness"]
    assert overprints(page.figure) == []
    assert "7.0 on days off" in page.canvas.accessibleDescription()
