"""Appointments as an iCalendar (RFC 5545) file for the patient's calendar program.

Built with the `icalendar` package, never by hand. Times are local wall-clock times with
the IANA zone as TZID and its VTIMEZONE, so a 10:30 visit stays at 10:30 in any calendar.

UIDs: each UID is a hash of the visit's natural key (date + time + provider, the key
interfaces.md gives appointments). That makes the UID the same in every export, also after
a backup is restored or the data went through CSV export and import into another folder
(where database ids change), so re-importing updates events instead of doubling them. The
price: when the patient moves a visit to another date or time it is, by the same key, a
new visit; the calendar then shows a new event and keeps the old one until the patient
deletes it. We accept that because a database id would break the stronger promise (the
same appointment gives the same UID in every export, whatever folder it came from).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from poems_tracker.domain.appointments import end_of, start_of
from poems_tracker.domain.models import Appointment, AppointmentStatus, Question
from poems_tracker.domain.numbers import format_time
from poems_tracker.store.appointments import list_appointments, list_questions
from poems_tracker.store.database import Database

#: Fixed namespace so the same natural key always hashes to the same UID.
UID_NAMESPACE = uuid.UUID("6f1c8a52-3b0e-4c8e-9a35-52d0e3c1b7a4")
UID_DOMAIN = "poems-tracker"
PRODID = "-//POEMS Tracker//Appointments//EN"


def local_zone_name() -> str:
    """The system's IANA zone name (e.g. Europe/Paris); UTC when it cannot be found."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - an odd system setup must not stop the export
        name = None
    return name or "UTC"


def appointment_uid(app: Appointment) -> str:
    """The stable UID of APP, from its natural key (see the module docstring)."""
    key = f"{app.day.isoformat()}T{format_time(app.at)}|{app.provider.strip()}"
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@{UID_DOMAIN}"


def summary(app: Appointment) -> str:
    """`Haematology: 3-month follow-up`, or whichever part is given."""
    specialty = app.specialty.strip()
    parts = [specialty[:1].upper() + specialty[1:] if specialty else "", app.purpose.strip()]
    text = ": ".join(p for p in parts if p)
    return text or (f"Visit: {app.provider}" if app.provider else "Medical appointment")


def description(app: Appointment, questions: Iterable[Question]) -> str:
    """Provider, note and the questions to ask (answered ones with their answer)."""
    lines = []
    if app.provider:
        lines.append(f"With: {app.provider}")
    if app.note.strip():
        lines.append(app.note.strip())
    asked = [q for q in questions if q.appointment_id == app.id]
    if asked:
        lines.append("Questions to ask:")
        for q in asked:
            if q.answered:
                answer = f" — answer: {q.answer}" if q.answer else ""
                lines.append(f"[x] {q.question}{answer}")
            else:
                lines.append(f"[ ] {q.question}")
    return "\n".join(lines)


def build_calendar(
    apps: Iterable[Appointment],
    questions: Iterable[Question],
    tz_name: str,
    stamp: datetime | None = None,
):  # -> icalendar.Calendar
    """A Calendar with one VEVENT per visit and the VTIMEZONE its TZID needs."""
    import icalendar

    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    questions = list(questions)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    apps = list(apps)
    for app in apps:
        event = icalendar.Event()
        event.add("uid", appointment_uid(app))
        event.add("dtstamp", stamp)
        event.add("dtstart", start_of(app).replace(tzinfo=zone))
        event.add("dtend", end_of(app).replace(tzinfo=zone))
        event.add("summary", summary(app))
        if app.location.strip():
            event.add("location", app.location.strip())
        text = description(app, questions)
        if text:
            event.add("description", text)
        cancelled = app.status is AppointmentStatus.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        cal.add_component(event)
    if apps:  # rules only for the years the visits span keep the file small
        first = min(a.day for a in apps) - timedelta(days=366)
        last = max(a.day for a in apps) + timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal


def export_ics(db: Database, out_path: str | os.PathLike[str], tz_name: str | None = None) -> int:
    """Write every appointment to OUT_PATH as iCalendar; return how many events were written.

    TZ_NAME is an IANA zone (from Preferences); None means the system's zone. The file is
    written to a temporary name first and then renamed, so a full disk never leaves half a
    calendar behind.
    """
    apps = list_appointments(db)
    cal = build_calendar(apps, list_questions(db), tz_name or local_zone_name())
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".poems-", suffix=".ics", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(cal.to_ical())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return len(apps)
