"""The report a patient hands to both clinics: function grades, my markers, symptoms by cycle day.

Every expected number is worked out here from the stored records, independently of the
report code, and looked for in the PDF's real text.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from poems_tracker import demo
from poems_tracker.domain.function_check import ARM_GRADE_TEXT, LEG_ANSWERS
from poems_tracker.domain.labs import change
from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.report.document import build_report
from poems_tracker.report.pdf import write_pdf
from poems_tracker.report.period import default_period
from poems_tracker.store.checkins import list_checkins
from poems_tracker.store.database import Database
from poems_tracker.store.function_checks import list_checks
from poems_tracker.store.labs import list_results
from poems_tracker.store.medications import list_medications
from poems_tracker.wording import change_text, day_text
from poems_tracker.wording import exact_number_text as localised

TODAY = date(2026, 11, 25)
#: Three months in the middle of the demo's lenalidomide cycles (they start 2025-01-25).
ON_TREATMENT = (date(2025, 3, 1), date(2025, 5, 31))
SAMPLE = Path(__file__).parents[1] / "data" / "one-year"
#: The PDF sets "ff", "fi", "fl" as one glyph each; read them back as letters.
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.fill(db, years=2, seed=1, today=TODAY)
    return db


HEADINGS = (
    "Markers at a glance",
    "Treatment history",
    "Neuropathy and symptoms (0 = none, 10 = worst imaginable)",
    "Medicines",
    "Other results out of range",
    "Function check",
    "Symptoms by cycle day",
    "Next appointments",
    "Questions for the doctor",
    "Notes from the check-ins",
)


def _no_page_ends_with_a_heading(path: Path) -> None:
    """A section title is never left alone at the foot of a page, its content overleaf."""
    reader = PdfReader(path)
    for number, page in enumerate(reader.pages, start=1):
        text = re.sub(r"\s+", " ", page.extract_text().translate(LIGATURES))
        footer = f"Patient-recorded data; not medical advice Page {number} of {len(reader.pages)}"
        body = text.replace(footer, "").strip()
        assert not body.endswith(HEADINGS), (number, body[-80:])


def _report(db: Database, start: date, end: date, path: Path) -> tuple[str, int]:
    """The PDF's text (white space runs as one space) and its number of pages."""
    pages = write_pdf(build_report(db, start, end, "Jane Doe", "A4", today=TODAY), path)
    reader = PdfReader(path)
    assert pages == len(reader.pages)
    text = " ".join(page.extract_text() for page in reader.pages).translate(LIGATURES)
    return re.sub(r"\s+", " ", text), pages


def _vegf_row(db: Database, until: date) -> str:
    """What the markers row for serum VEGF must say: the range under the name, the latest
    value, flag and date, then the change since the previous value with its value and date."""

    results = [r for r in list_results(db, end=until) if r.test == "VEGF (serum)"]
    previous, latest = results[-2], results[-1]
    high = latest.reference_high
    flag = " High" if high is not None and latest.value > high else ""
    moved = change_text(change(latest, previous))
    return (
        f"VEGF (serum) pg/mL ({localised(latest.reference_low)}–{localised(high)}) "
        f"{localised(latest.value)} pg/mL{flag} {day_text(latest.day)} {moved} from "
        f"{localised(previous.value)} on {day_text(previous.day)}"
    )


def test_three_months_hold_grades_and_markers_on_two_pages(
    qapp, demo_db: Database, tmp_path: Path
) -> None:
    start, end = default_period(TODAY)
    text, pages = _report(demo_db, start, end, tmp_path / "visit.pdf")
    assert pages <= 2
    _no_page_ends_with_a_heading(tmp_path / "visit.pdf")
    checks = list_checks(demo_db, start, end)
    assert len(checks) >= 2
    first, last = checks[0], checks[-1]
    assert f"Latest ({day_text(last.day)}): arms {last.arms} of 5, legs {last.legs} of 7." in text
    assert (
        f"First in the period ({day_text(first.day)}): arms {first.arms}, "
        f"legs {first.legs}." in text
    )
    # the latest grades in the words the patient chose, for a doctor who does not know the scale
    assert (
        f"Arm grade {last.arms}: {ARM_GRADE_TEXT[last.arms]}. Leg grade {last.legs}: "
        f"“{LEG_ANSWERS[last.legs]}”."
    ) in text
    assert _vegf_row(demo_db, end) in text
    # the most recent treatment is named with its start, so "since treatment" can be judged
    assert "(Medicine: Lenalidomide began)" in text
    assert "Only your doctors can say what this means for you." in text
    # no cycle medicine in these three months: no cycle-day section
    assert "Symptoms by cycle day" not in text


def _pain_by_phase(db: Database, start: date, end: date) -> tuple[float, int, float, int]:
    """Nerve pain on lenalidomide days (1–21 of 28) and days off, counted by hand."""
    course = next(m for m in list_medications(db) if m.name == "Lenalidomide")
    on: list[int] = []
    off: list[int] = []
    for entry in list_checkins(db, start, end):
        pain = entry.values.get("pain")
        if (
            pain is None
            or entry.day < course.start_date
            or (course.end_date is not None and entry.day > course.end_date)
        ):
            continue
        cycle_day = (entry.day - course.start_date).days % 28 + 1
        (on if cycle_day <= 21 else off).append(pain)
    return sum(on) / len(on), len(on), sum(off) / len(off), len(off)


def test_cycle_day_sentence_while_lenalidomide_was_taken(
    qapp, demo_db: Database, tmp_path: Path
) -> None:
    start, end = ON_TREATMENT
    text, _pages = _report(demo_db, start, end, tmp_path / "treatment.pdf")
    on, on_n, off, off_n = _pain_by_phase(demo_db, start, end)
    assert on_n > 3 * off_n // 2 > 0
    assert "Symptoms by cycle day" in text
    assert "Lenalidomide (Days 1–21 of each 28-day cycle), C2–C5:" in text
    assert (
        f"Nerve pain: average {on:.1f} on medicine days (over {on_n} days), {off:.1f} on "
        f"days off (over {off_n} days)."
    ) in text
    assert "a pattern, not its cause" in text
    # a report for an earlier period shows the markers as they stood at its end
    assert _vegf_row(demo_db, end) in text


def test_sample_year_on_treatment_fits_two_pages(qapp, db: Database, tmp_path: Path) -> None:
    """The project's sample year: lenalidomide ends inside the period, then radiotherapy."""
    start, end = date(2023, 12, 5), date(2024, 3, 4)
    assert import_csv(db, [SAMPLE], today=end).committed
    text, pages = _report(db, start, end, tmp_path / "sample.pdf")
    assert pages <= 2
    _no_page_ends_with_a_heading(tmp_path / "sample.pdf")
    assert "Lenalidomide (Days 1–21 of each 28-day cycle), C8–C9:" in text
    assert "(Radiotherapy: line one line two began)" in text
    # since treatment: from the last value on or before radiotherapy began (2024-01-30)
    before = [r for r in list_results(db, end=date(2024, 1, 30)) if r.test == "VEGF (serum)"]
    latest = [r for r in list_results(db, end=end) if r.test == "VEGF (serum)"][-1]
    assert before[-1].day < date(2024, 1, 30) < latest.day
    since_treatment = change_text(change(latest, before[-1]))
    assert since_treatment != change_text(change(latest, before[0]))
    assert f"{_vegf_row(db, end)} {since_treatment} from {localised(before[-1].value)} on" in text


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next(qapp) -> None:
    """Qt has no "keep with next": the report adds it, so no title ends a page alone."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from poems_tracker.report.document import keep_headings_with_next

    for filler_lines, moves in ((17, True), (2, False)):
        document = QTextDocument()
        document.setPageSize(QSizeF(400, 300))
        document.setHtml(
            "<p>" + "<br>".join(["line"] * filler_lines) + "</p>"
            "<h2>Lab results</h2><p>VEGF (serum) 98 pg/mL</p>"
        )
        heading = document.findBlockByNumber(1)
        assert heading.text() == "Lab results"
        layout = document.documentLayout()
        before = layout.blockBoundingRect(heading).top()
        assert before < 300
        keep_headings_with_next(document)
        after = layout.blockBoundingRect(heading).top()
        assert (after >= 300) is moves, (filler_lines, before, after)
        assert document.pageCount() == (2 if moves else 1)
