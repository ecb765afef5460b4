"""The markers tab driven like a patient: pick the baseline, read the facts, see the charts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from poems_tracker.domain.models import EventKind, LabQualifier, LabResult, TreatmentEvent
from poems_tracker.store.labs import save_result
from poems_tracker.store.medications import save_event
from poems_tracker.ui.labs.markers_panel import MarkersPanel
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import LABS, DataEvents

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def vegf(day: date, value: float, unit: str = "pg/mL", qualifier=LabQualifier.EXACT):
    return LabResult(
        day, "VEGF (serum)", value, unit, qualifier, reference_low=9, reference_high=86
    )


@pytest.fixture
def panel(qtbot, db) -> MarkersPanel:
    save_event(db, TreatmentEvent(date(2024, 3, 1), EventKind.CHEMOTHERAPY, "Len/Dex"))
    save_event(db, TreatmentEvent(date(2025, 6, 1), EventKind.TRANSPLANT, "ASCT"))
    for day, value in (
        (date(2024, 2, 20), 3000),
        (date(2025, 5, 20), 900),
        (date(2025, 12, 1), 60),
        (date(2026, 3, 1), 40),
        (date(2026, 9, 1), 70),
    ):
        save_result(db, vegf(day, value))
    save_result(
        db,
        LabResult(
            date(2026, 5, 1), "Platelets", 300, "10^9/L", reference_low=150, reference_high=410
        ),
    )
    widget = MarkersPanel(db, DataEvents())
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    return widget


def _row(panel: MarkersPanel, index: int) -> list[str]:
    return [panel.table.item(index, c).text() for c in range(8)]


def test_latest_start_counts_and_the_patient_can_pick_another(qtbot, panel) -> None:
    assert panel.baseline.count() == 2
    assert panel.baseline.currentText().startswith("1 Jun 2025 — Stem cell transplant: ASCT")
    row = _row(panel, 0)
    assert row[4] == "+30 (+75%)"  # since the previous value: a rise, shown
    assert row[5] == "−830 (−92%)"  # since 900 on 2025-05-20, before the transplant
    assert row[6] == "40 pg/mL on 1 Mar 2026"
    assert row[7] == "60 pg/mL on 1 Dec 2025"  # nearest 6 months after 2025-06-01
    panel.baseline.setFocus()
    qtbot.keyClick(panel.baseline, Qt.Key.Key_Down)
    assert panel.baseline.currentText().startswith("1 Mar 2024 — Chemotherapy")
    assert _row(panel, 0)[5] == "−2930 (−98%)"  # now since 3000 before chemotherapy
    assert "1 Mar 2024" in panel.treatment_label.text()


def test_facts_of_the_chosen_marker_in_words(qtbot, panel) -> None:
    panel.table.setFocus()
    panel.table.selectRow(0)
    facts = panel.facts.text()
    assert facts.startswith("VEGF (serum): ")
    assert "Back within the lab's range." in facts
    assert "Half or less of the value before treatment." in facts
    assert "Up by half or more" not in facts  # 70 is within the range: no rise fact
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.facts.text().startswith("Platelets: One result so far.")
    assert panel.only_doctors.text() == "Only your doctors can say what this means for you."


def test_a_rise_above_the_range_and_a_due_marker(qtbot, db, panel) -> None:
    save_result(db, vegf(date(2026, 10, 1), 120))
    panel.refresh()
    panel.table.selectRow(0)
    assert "a repeat test confirms a rise" in panel.facts.text()
    assert _row(panel, 0)[3] == "High"
    assert _row(panel, 0)[2] == "1 Oct 2026"
    assert _row(panel, 1)[2] == "1 May 2026 (due)"  # platelets: more than 3 months ago


def test_a_unit_change_is_a_new_row_and_below_limit_says_so(qtbot, db, panel) -> None:
    save_result(db, vegf(date(2026, 11, 1), 50, unit="ng/L"))
    save_result(
        db,
        LabResult(date(2026, 11, 2), "M-protein (SPEP)", 0.1, "g/dL", LabQualifier.BELOW),
    )
    events = DataEvents()
    fresh = MarkersPanel(db, events)
    qtbot.addWidget(fresh)
    names = [fresh.table.item(i, 0).text() for i in range(fresh.table.rowCount())]
    assert names[:2] == ["VEGF (serum)", "VEGF (serum)"]  # one row per unit, never mixed
    units = [fresh.table.item(i, 1).text() for i in range(2)]
    assert units == ["50 ng/L", "70 pg/mL"]
    m_row = names.index("M-protein (SPEP)")
    fresh.table.selectRow(m_row)
    assert "Below the limit of measurement." in fresh.facts.text()
    assert "Too small to measure a change." in fresh.facts.text()


def test_the_charts_are_drawn_when_the_tab_is_seen(qtbot, panel) -> None:
    assert panel.chart.pixmap().isNull()  # nothing drawn before it is seen
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.table.rowCount() >= 7  # the table is there at once; the charts follow
    qtbot.waitUntil(lambda: not panel.chart.pixmap().isNull(), timeout=20000)
    assert panel.chart_note.isVisible()
    assert panel.chart.pixmap().width() >= 600


def test_no_treatment_and_no_results_say_so(qtbot, db) -> None:
    widget = MarkersPanel(db, DataEvents())
    qtbot.addWidget(widget)
    assert "No treatment recorded" in widget.treatment_label.text()
    assert not widget.baseline.isEnabled()
    assert all(
        widget.table.item(i, 1).text() == "none yet" for i in range(widget.table.rowCount())
    )
    save_result(db, vegf(date(2026, 11, 1), 500))
    save_result(db, vegf(date(2026, 11, 20), 200))
    widget.refresh()
    widget.table.selectRow(0)
    assert "No treatment recorded: change since the first value." in widget.facts.text()


def test_today_shows_due_markers_as_one_quiet_line(qtbot, db) -> None:
    from poems_tracker import settings
    from poems_tracker.ui.checkin.checkin_page import CheckInPage

    save_result(db, vegf(date(2026, 7, 1), 60))
    save_result(db, LabResult(date(2026, 11, 1), "Platelets", 300, "10^9/L"))
    events = DataEvents()
    page = CheckInPage(db, events)
    qtbot.addWidget(page)
    page.show()
    line = page.markers_due
    assert line.isVisible()
    assert line.label.text() == "Markers not measured for more than 3 months: VEGF (serum)."
    assert not line.findChildren(type(page.save_button))  # words only, no button to nag
    settings.put("prefs/marker_interval_months", 6)
    line.refresh()
    assert not line.isVisible()
    settings.put("prefs/marker_interval_months", 3)
    save_result(db, vegf(date(2026, 11, 20), 50))
    events.emit_changed(LABS)
    assert not line.isVisible()


def test_a_course_and_an_event_on_one_day_name_the_same_start(qtbot, db) -> None:
    from poems_tracker.domain.models import Medication
    from poems_tracker.store.medications import save_medication

    day = date(2025, 1, 25)
    save_event(db, TreatmentEvent(day, EventKind.CHEMOTHERAPY, "Len/Dex"))
    save_medication(db, Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", day))
    save_result(db, vegf(date(2025, 1, 20), 900))
    widget = MarkersPanel(db, DataEvents())
    qtbot.addWidget(widget)
    chosen = widget.baseline.currentText().removesuffix(" (the latest)")
    assert chosen in widget.treatment_label.text()
