"""The .ics file read back with icalendar: what the patient's calendar program will see."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.exchange.ical import export_ics
from poems_tracker.store.appointments import list_appointments, save_appointment, save_question
from poems_tracker.store.database import Database

PARIS = ZoneInfo("Europe/Paris")


def _fill(db) -> tuple[Appointment, Appointment, Appointment]:
    haem = save_appointment(
        db,
        Appointment(
            date(2026, 3, 9),
            time(10, 30),
            "Dr. A. Haematologist",
            "haematology",
            "City Hospital, clinic 4",
            "3-month follow-up",
            end_at=time(11, 0),
        ),
    )
    neuro = save_appointment(
        db,
        Appointment(
            date(2026, 7, 20),
            time(14, 0),
            "Dr. N. Neuro",
            "neurology",
            "",
            "nerve test",
            AppointmentStatus.DONE,
        ),
    )
    physio = save_appointment(
        db,
        Appointment(
            date(2026, 1, 12),
            time(16, 0),
            "Sam Physio",
            "physiotherapy",
            "Market Street",
            status=AppointmentStatus.CANCELLED,
        ),
    )
    save_question(db, Question(date(2026, 2, 1), "Should I keep taking aspirin?", haem.id))
    save_question(db, Question(date(2026, 2, 2), "Is VEGF down?", haem.id, True, "Yes, by half."))
    return haem, neuro, physio


def _events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_every_visit_becomes_one_event_at_local_time_with_its_zone(db, tmp_path):
    _fill(db)
    out = tmp_path / "visits.ics"
    assert export_ics(db, out, "Europe/Paris") == 3
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "Haematology: 3-month follow-up",
        "Neurology: nerve test",
        "Physiotherapy",
    }
    haem = events["Haematology: 3-month follow-up"]
    assert haem["dtstart"].params["TZID"] == "Europe/Paris"
    assert haem.decoded("dtstart") == datetime(2026, 3, 9, 10, 30, tzinfo=PARIS)
    assert haem.decoded("dtend") == datetime(2026, 3, 9, 11, 0, tzinfo=PARIS)
    assert str(haem["location"]) == "City Hospital, clinic 4"
    assert str(haem["status"]) == "CONFIRMED"
    text = str(haem["description"])
    assert "Should I keep taking aspirin?" in text
    assert "Is VEGF down? — answer: Yes, by half." in text
    # No end time: 30 minutes.
    assert events["Neurology: nerve test"].decoded("dtend") == datetime(
        2026, 7, 20, 14, 30, tzinfo=PARIS
    )
    assert str(events["Physiotherapy"]["status"]) == "CANCELLED"
    # The zone the TZID names is in the file, so any calendar reads the times right.
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert cal.get_missing_tzids() == set()
    assert str(cal["version"]) == "2.0"
    assert all("dtstamp" in e for e in cal.walk("VEVENT"))


def test_uids_are_the_same_in_every_export_and_distinct(db, tmp_path):
    haem, _, _ = _fill(db)
    export_ics(db, tmp_path / "a.ics", "Europe/Paris")
    # Changing the purpose and status keeps the visit the same visit.
    save_appointment(
        db,
        Appointment(
            haem.day,
            haem.at,
            haem.provider,
            "haematology",
            purpose="results",
            status=AppointmentStatus.DONE,
            id=haem.id,
        ),
    )
    export_ics(db, tmp_path / "b.ics", "Europe/Paris")
    first = {str(e["uid"]) for e in _events(tmp_path / "a.ics").values()}
    second = {str(e["uid"]) for e in _events(tmp_path / "b.ics").values()}
    assert len(first) == 3
    assert first == second


def test_the_same_visits_in_another_data_folder_keep_their_uids(db, tmp_path):
    _fill(db)
    export_ics(db, tmp_path / "a.ics", "UTC")
    other = Database.in_memory()
    # Stored in the reverse order: other database ids, the same visits.
    for source in reversed(list_appointments(db)):
        save_appointment(other, replace(source, id=None))
    export_ics(other, tmp_path / "b.ics", "UTC")
    assert [a.id for a in list_appointments(other)] != [a.id for a in list_appointments(db)]
    uids = {k: str(e["uid"]) for k, e in _events(tmp_path / "a.ics").items()}
    assert uids == {k: str(e["uid"]) for k, e in _events(tmp_path / "b.ics").items()}


def test_an_empty_database_gives_a_valid_empty_calendar(db, tmp_path):
    out = tmp_path / "none.ics"
    assert export_ics(db, out) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert cal.walk("VEVENT") == []


def test_the_window_start_up_does_not_load_icalendar():
    import os
    import subprocess
    import sys

    code = (
        "import sys, poems_tracker.ui.appointments.calendar_export; "
        "import poems_tracker.ui.shell.reminders; "
        "import "
        "poems_tracker.ui.appointments.appointments_page; "
        "print(sorted(m for m in ('icalendar', 'tzlocal', 'poems_tracker.exchange.ical') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == "[]"
