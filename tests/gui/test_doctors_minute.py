"""The doctor's minute (issue 16): the report read back from the PDF with pypdf.

Markers first with their movement since the previous value, the treatment history whatever
the period, adherence whose counts add up, the next appointments, the patient's details,
units as printed, and a Japanese report with no English schedule words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from poems_tracker import demo, settings
from poems_tracker.domain.models import (
    Appointment,
    AppointmentStatus,
    EventKind,
    LabResult,
    TreatmentEvent,
)
from poems_tracker.report.document import build_report
from poems_tracker.report.pdf import write_pdf
from poems_tracker.report.period import default_period, report_period, since_last_visit
from poems_tracker.store.appointments import list_appointments, save_appointment
from poems_tracker.store.database import Database
from poems_tracker.store.labs import save_result
from poems_tracker.store.medications import save_event
from poems_tracker.ui.shell import i18n
from poems_tracker.wording import day_text

TODAY = date(2026, 11, 25)
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl"})


def _pdf(db: Database, start: date, end: date, path: Path, name: str = "Jane Doe"):
    pages = write_pdf(build_report(db, start, end, name, "A4", today=TODAY), path)
    reader = PdfReader(path)
    text = " ".join(p.extract_text() for p in reader.pages).translate(LIGATURES)
    return re.sub(r"\s+", " ", text), reader, pages


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.fill(db, years=2, seed=1, today=TODAY)
    return db


def test_a_rise_since_the_previous_value_is_shown_first(qapp, db, tmp_path: Path) -> None:
    """The case of the issue: a fall since the first value hid a rise since the previous."""
    save_event(db, TreatmentEvent(date(2025, 1, 10), EventKind.CHEMOTHERAPY, "Len/Dex"))
    for day, value in ((date(2025, 1, 5), 2100), (date(2026, 6, 1), 67), (date(2026, 9, 1), 113)):
        save_result(
            db, LabResult(day, "VEGF (serum)", value, "pg/mL", reference_low=9, reference_high=86)
        )
    text, _reader, _pages = _pdf(db, *default_period(TODAY), tmp_path / "r.pdf")
    assert text.index("Markers at a glance") < text.index("Treatment history")
    assert text.index("Treatment history") < text.index("Neuropathy and symptoms")
    assert "113 pg/mL High" in text
    assert "+46 (+69%) from 67 on 1 Jun 2026" in text  # since the previous value
    assert "−1,987 (−95%) from 2,100 on 5 Jan 2025" in text  # since before treatment
    assert "Half or less of the value before treatment." in text
    assert "Only your doctors can say what this means for you." in text
    assert "response" not in text.casefold()


def test_adherence_counts_add_up(qapp, demo_db, tmp_path: Path) -> None:
    text, _reader, pages = _pdf(demo_db, *default_period(TODAY), tmp_path / "r.pdf")
    assert pages <= 2  # a quarter fits two pages
    found = re.findall(
        r"(\d+) taken, (\d+) missed, (\d+) skipped, (\d+) not recorded = (\d+) scheduled", text
    )
    assert len(found) >= 3
    for taken, missed, skipped, not_recorded, scheduled in found:
        assert int(taken) + int(missed) + int(skipped) + int(not_recorded) == int(scheduled)
    assert any(int(f[2]) > 0 for f in found)  # skipped doses are counted, not dropped


def test_a_course_started_before_the_period_is_in_the_treatment_history(
    qapp, demo_db, tmp_path: Path
) -> None:
    """Lenalidomide ran from 2025-01-25 to 2025-10-03, long before this quarter."""
    text, _reader, _pages = _pdf(demo_db, *default_period(TODAY), tmp_path / "r.pdf")
    history = text[text.index("Treatment history") : text.index("Function check")]
    assert "25 Jan 2025 – 3 Oct 2025" in history
    assert "Lenalidomide 25 mg, Days 1–21 of each 28-day cycle (9 cycles begun)" in history
    assert "POEMS syndrome confirmed" in history  # the diagnosis, whatever the period


def test_ten_years_list_the_next_appointment_first(qapp, db, tmp_path: Path) -> None:
    demo.fill(db, years=10, seed=3, today=TODAY)
    upcoming = [
        a for a in list_appointments(db, start=TODAY) if a.status is AppointmentStatus.PLANNED
    ]
    assert upcoming
    text, _reader, _pages = _pdf(db, TODAY - timedelta(days=3652), TODAY, tmp_path / "ten.pdf")
    section = text[text.index("Next appointments") :]
    first = upcoming[0]
    assert section.index(day_text(first.day)) < section.index("Questions for the doctor")
    oldest = list_appointments(db)[0]
    assert day_text(oldest.day) not in section


def test_who_when_title_and_units(qapp, demo_db, tmp_path: Path) -> None:
    settings.put("prefs/birth_date", "1961-04-02")
    settings.put("prefs/hospital_number", "RX-001234")
    start, end = default_period(TODAY)
    text, reader, _pages = _pdf(demo_db, start, end, tmp_path / "r.pdf")
    assert "Patient: Jane Doe Born: 2 Apr 1961 Hospital number: RX-001234" in text
    assert reader.metadata.title == (
        f"POEMS Tracker report {day_text(start)} to {day_text(end)}: Jane Doe"
    )
    assert "10⁹/L" in text and "10^9/L" not in text


def test_the_default_period_is_since_the_last_visit_marked_done(db) -> None:
    assert since_last_visit([], TODAY) == default_period(TODAY)
    visits = [
        (date(2026, 9, 1), "done"),
        (date(2026, 10, 12), "done"),
        (date(2026, 11, 1), "cancelled"),
        (TODAY, "done"),  # today's visit is the one the report is for
        (date(2027, 1, 5), "planned"),
    ]
    assert since_last_visit(visits, TODAY) == (date(2026, 10, 12), TODAY)
    save_appointment(db, Appointment(date(2026, 10, 12), time(10, 30), "Dr A", status="done"))
    assert report_period(db, TODAY) == (date(2026, 10, 12), TODAY)


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    i18n.install_translators(qapp, "ja")
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_japanese_report_has_no_english_schedule_words(
    qapp, japanese, demo_db, tmp_path: Path
) -> None:
    text, _reader, _pages = _pdf(demo_db, date(2025, 3, 1), date(2025, 5, 31), tmp_path / "ja.pdf")
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    assert "レナリドミド" in flat or "Lenalidomide" in flat  # the medicine as the patient typed it
    for english in (
        "cycle1-21of28",
        "Days1–21",
        "Everyday",
        "Twiceaday",
        "taken,",
        "scheduled",
        "Markersataglance",
        "Treatmenthistory",
        "nothingwasdue",
    ):
        assert english not in flat, english


def test_report_command_defaults_to_since_the_last_visit(qapp, db, tmp_path: Path) -> None:
    """`poems-tracker report --out` with no --from: the period starts at the last visit."""
    from click.testing import CliRunner

    from poems_tracker.cli import main
    from poems_tracker.cli.exchange import register

    register(main)
    today = date.today()
    visit = today - timedelta(days=40)
    save_appointment(db, Appointment(visit, time(9, 0), "Dr A", status="done"))
    out = tmp_path / "visit.pdf"
    result = CliRunner().invoke(main, ["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Report for {visit} to {today} written to {out}.\n"
    assert PdfReader(out).metadata.title == (
        f"POEMS Tracker report {day_text(visit)} to {day_text(today)}"
    )


@pytest.fixture
def french(qapp) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    i18n.install_translators(qapp, "fr")
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_french_report_writes_numbers_and_dates_in_french(
    qapp, french, db, tmp_path: Path
) -> None:
    """A decimal comma, grouped thousands and French dates in the body and the PDF title."""
    save_event(db, TreatmentEvent(date(2025, 1, 10), EventKind.CHEMOTHERAPY, "Len/Dex"))
    for day, value in (
        (date(2025, 1, 5), 2100.5),
        (date(2026, 6, 1), 67),
        (date(2026, 9, 1), 113),
    ):
        save_result(
            db,
            LabResult(day, "VEGF (serum)", value, "pg/mL", reference_low=9.5, reference_high=86),
        )
    text, reader, pages = _pdf(db, date(2026, 8, 26), TODAY, tmp_path / "fr.pdf")
    flat = unicodedata.normalize("NFKC", text)
    assert "2 100,5" in flat.replace("\u202f", " ")  # grouped, with a decimal comma
    assert "9,5–86" in flat  # the range as a French lab writes it
    assert "2100.5" not in flat and "9.5" not in flat
    assert "1 sept. 2026" in flat  # the latest value's date
    assert "2026-09-01" not in flat and "2026-08-26" not in flat
    assert "26 août 2026" in reader.metadata.title and "25 nov. 2026" in reader.metadata.title
    assert pages <= 2


def test_the_japanese_report_writes_japanese_dates(
    qapp, japanese, demo_db, tmp_path: Path
) -> None:
    text, reader, _pages = _pdf(demo_db, date(2025, 3, 1), date(2025, 5, 31), tmp_path / "ja.pdf")
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    assert "2025年3月1日" in flat and "2025年5月31日" in flat
    assert "2025-03-01" not in flat and "2025-05-31" not in flat
    assert "2025年5月31日" in reader.metadata.title
