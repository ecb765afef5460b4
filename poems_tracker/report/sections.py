"""The report's sections as HTML for QTextDocument: plain tables that read in black and white.

Out-of-range values say "High" or "Low" in words (and bold), never by colour alone. Text
the patient typed is escaped, never translated; labels go through Qt's translation.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from poems_tracker.domain.models import (
    Appointment,
    CheckIn,
    FunctionCheck,
    LabResult,
    Medication,
    Question,
    Symptom,
    SymptomKind,
    TreatmentEvent,
)
from poems_tracker.domain.numbers import shortest

if TYPE_CHECKING:
    from poems_tracker.domain.cycle_days import CycleDaySummary
    from poems_tracker.domain.markers import MarkerRow

MAX_NOTES = 12
MAX_LAB_VALUES = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else shortest(round(value, digits))


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    rounded = round(value, 1)
    if rounded == 0:
        return "±0"
    return ("+" if rounded > 0 else "−") + shortest(abs(rounded))


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int] = ()
) -> str:
    """A bordered table; CELLS are HTML already. WIDTHS are percentages per column."""
    sizes = [f' width="{w}%"' for w in widths] or [""] * len(headers)
    head = "".join(
        f'<th align="left"{size}>{h}</th>' for size, h in zip(sizes, headers, strict=True)
    )
    body = "".join("<tr>" + _cells(row, len(headers)) + "</tr>" for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
        f'style="border-collapse: collapse; border-color: #555;"><thead><tr>{head}</tr>'
        f"</thead>{body}</table>"
    )


def _cells(row: Sequence[str], columns: int) -> str:
    """The cells of one row; a row shorter than the header spans its last cell to the end."""
    cells = [f"<td>{c}</td>" for c in row[:-1]]
    span = columns - len(row) + 1
    cells.append(f'<td colspan="{span}">{row[-1]}</td>' if span > 1 else f"<td>{row[-1]}</td>")
    return "".join(cells)


def heading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def empty(text: str) -> str:
    return f"<p><i>{esc(text)}</i></p>"


@dataclass(frozen=True, slots=True)
class SymptomLine:
    symptom: Symptom
    label: str
    days: int
    mean: float | None = None
    low: float | None = None
    high: float | None = None
    previous: float | None = None
    yes_days: int = 0


@dataclass
class ReportData:
    """Everything the report shows, gathered once from the store."""

    start: date
    end: date
    today: date
    patient_name: str
    symptoms: list[SymptomLine] = field(default_factory=list)
    weight: SymptomLine | None = None
    checkin_days: int = 0
    medications: list[tuple[Medication, str]] = field(default_factory=list)
    labs: dict[tuple[str, str], list[LabResult]] = field(default_factory=dict)
    events: list[TreatmentEvent] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    notes: list[CheckIn] = field(default_factory=list)
    function_checks: list[FunctionCheck] = field(default_factory=list)
    chart_html: str = ""
    #: My markers from every result ever recorded (change is from the first value ever)
    markers: list[MarkerRow] = field(default_factory=list)
    #: Symptoms by cycle day, one summary per cycle medicine active in the period
    cycle_summaries: list[CycleDaySummary] = field(default_factory=list)


def header_html(data: ReportData) -> str:
    days = (data.end - data.start).days + 1
    name = esc(data.patient_name) if data.patient_name.strip() else "______________________"
    return (
        f"<h1>{esc(tr('POEMS Tracker: report for the doctor'))}</h1>"
        f"<p><b>{esc(tr('Patient:'))}</b> {name}&nbsp;&nbsp;&nbsp; "
        f"<b>{esc(tr('Period:'))}</b> {data.start.isoformat()} – {data.end.isoformat()} "
        + esc(
            tr("({days} days; {checkins} days with a check-in)").format(
                days=days, checkins=data.checkin_days
            )
        )
        + "<br>"
        + esc(
            tr("Printed on {today}. Every value was recorded by the patient.").format(
                today=data.today.isoformat()
            )
        )
        + "</p>"
    )


def symptoms_html(data: ReportData) -> str:
    parts = [heading(tr("Symptoms (0 = none, 10 = worst imaginable)"))]
    lines = [s for s in data.symptoms if s.days]
    if not lines and data.weight is None:
        return "".join(parts) + empty(tr("No check-ins in this period."))
    rows = []
    for line in lines:
        if line.symptom.kind is SymptomKind.YESNO:
            rows.append(
                [
                    esc(line.label),
                    str(line.days),
                    esc(
                        tr("yes on {yes} of {days} days").format(yes=line.yes_days, days=line.days)
                    ),
                ]
            )
            continue
        rows.append(
            [
                esc(line.label),
                str(line.days),
                _num(line.mean),
                f"{_num(line.low, 0)}–{_num(line.high, 0)}",
                _num(line.previous),
                _signed(
                    None
                    if line.mean is None or line.previous is None
                    else line.mean - line.previous
                ),
            ]
        )
    if data.weight is not None and data.weight.days:
        w = data.weight
        rows.append(
            [
                esc(tr("Weight (kg)")),
                str(w.days),
                _num(w.mean),
                f"{_num(w.low)}–{_num(w.high)}",
                _num(w.previous),
                _signed(None if w.mean is None or w.previous is None else w.mean - w.previous),
            ]
        )
    parts.append(
        table(
            [
                tr("Symptom"),
                tr("Days recorded"),
                tr("Average"),
                tr("Lowest–highest"),
                tr("Previous period"),
                tr("Change"),
            ],
            rows,
            (28, 12, 18, 14, 14, 14),
        )
    )
    explain = tr(
        "Previous period: the same number of days just before this one. "
        "Change: this average minus that one."
    )
    parts.append(f"<p><small>{esc(explain)}</small></p>")
    return "".join(parts)


def medications_html(data: ReportData) -> str:
    parts = [heading(tr("Medicines"))]
    if not data.medications:
        return "".join(parts) + empty(tr("No medicine was taken in this period."))
    rows = []
    for med, adherence in data.medications:
        dates = (
            med.start_date.isoformat()
            + " – "
            + (med.end_date.isoformat() if med.end_date else tr("ongoing"))
        )
        rows.append(
            [
                f"<b>{esc(med.name)}</b>",
                esc(f"{shortest(med.dose)} {med.unit}"),
                esc(med.schedule),
                esc(dates),
                esc(adherence),
            ]
        )
    parts.append(
        table(
            [tr("Medicine"), tr("Dose"), tr("Schedule"), tr("Course"), tr("Taken in this period")],
            rows,
            (20, 10, 20, 22, 28),
        )
    )
    return "".join(parts)


def _value(result: LabResult, flag: str | None) -> str:
    from poems_tracker.domain.labs import HIGH, LOW, format_value

    text = esc(format_value(result))
    if flag == HIGH:
        return f"<b>{text} {esc(tr('High'))}</b>"
    if flag == LOW:
        return f"<b>{text} {esc(tr('Low'))}</b>"
    return text


def reference_range(result: LabResult) -> str:
    low, high = result.reference_low, result.reference_high
    if low is None and high is None:
        return "–"
    if low is None:
        return f"≤ {shortest(high)}"
    if high is None:
        return f"≥ {shortest(low)}"
    return f"{shortest(low)}–{shortest(high)}"


def labs_html(data: ReportData) -> str:
    from poems_tracker.domain.labs import change, format_change, result_flag
    from poems_tracker.report.poems_sections import markers_html

    markers = markers_html(data)
    parts = [heading(tr("Lab results")), markers]
    if not data.labs:
        return "".join(parts) + empty(tr("No lab results in this period."))
    in_markers = [m.latest for m in data.markers if m.latest is not None]
    groups = {
        key: results
        for key, results in data.labs.items()
        if not (len(results) == 1 and results[0] in in_markers)
    }
    first_header = tr("Tests in this period") if markers else tr("Test")
    if len(groups) < len(data.labs):  # a lone marker value would only repeat the table above
        if not groups:
            return "".join(parts)
        first_header = tr("Other tests in this period")
    rows = []
    for (test, unit), results in groups.items():
        shown = results if len(results) <= MAX_LAB_VALUES else [results[0], *results[-3:]]
        values = []
        for i, result in enumerate(shown):
            if i == 1 and len(results) > len(shown):
                values.append(esc(tr("… {n} more …").format(n=len(results) - len(shown))))
            values.append(f"{result.day.isoformat()}: {_value(result, result_flag(result))}")
        first, last = results[0], results[-1]
        moved = format_change(change(last, first)) if len(results) > 1 else ""
        rows.append(
            [
                f"<b>{esc(tr_label('labs', test))}</b>",
                esc(unit) or "–",
                "<br>".join(values),
                esc(reference_range(last)),
                esc(moved) or "–",
            ]
        )
    parts.append(
        table(
            [
                first_header,
                tr("Unit"),
                tr("Results (High/Low = outside the range)"),
                tr("Reference range"),
                tr("Change from first"),
            ],
            rows,
            (22, 10, 38, 14, 16),
        )
    )
    return "".join(parts)


def tr_label(context: str, text: str) -> str:
    """A built-in catalogue label in the window's language; the patient's own as typed."""
    return QCoreApplication.translate(context, text)


def events_html(data: ReportData) -> str:
    if not data.events:
        return ""
    rows = [
        [
            esc(e.start_date.isoformat() + (f" – {e.end_date.isoformat()}" if e.end_date else "")),
            esc(tr_label("events", str(e.kind))),
            esc(e.description),
        ]
        for e in data.events
    ]
    return heading(tr("Treatments and events")) + table(
        [tr("Dates"), tr("Kind"), tr("Description")], rows, (26, 16, 58)
    )


def function_html(data: ReportData) -> str:
    if not data.function_checks:
        return ""
    first, last = data.function_checks[0], data.function_checks[-1]
    text = tr("Latest ({day}): arms {arms} of 5, legs {legs} of 7.").format(
        day=last.day.isoformat(), arms=last.arms, legs=last.legs
    )
    if len(data.function_checks) > 1:
        text += " " + tr("First in the period ({day}): arms {arms}, legs {legs}.").format(
            day=first.day.isoformat(), arms=first.arms, legs=first.legs
        )
    text += " " + tr("Inspired by the ONLS; a record, not an assessment.")
    return (
        heading(tr("Function check"))
        + f"<p>{esc(text)}<br><small>"
        + esc(_grade_words(last))
        + "</small></p>"
    )


def _grade_words(check: FunctionCheck) -> str:
    """What the latest grades mean, in the words the patient answered with."""
    from poems_tracker.domain.function_check import ARM_GRADE_TEXT, LEG_ANSWERS

    arms = (
        tr_label("function", ARM_GRADE_TEXT[check.arms])
        if 0 <= check.arms < len(ARM_GRADE_TEXT)
        else "–"
    )
    legs = (
        tr_label("function", LEG_ANSWERS[check.legs])
        if 0 <= check.legs < len(LEG_ANSWERS)
        else "–"
    )
    return tr("Arm grade {arms}: {arm_words}. Leg grade {legs}: “{leg_words}”.").format(
        arms=check.arms, arm_words=arms, legs=check.legs, leg_words=legs
    )


def appointments_html(data: ReportData) -> str:
    if not data.appointments:
        return ""
    rows = [
        [
            esc(f"{a.day.isoformat()} {a.at.strftime('%H:%M')}"),
            esc(a.provider),
            esc(a.specialty),
            esc(a.purpose),
            esc(tr_label("appointments", str(a.status))),
        ]
        for a in data.appointments
    ]
    return heading(tr("Appointments")) + table(
        [tr("When"), tr("With"), tr("Specialty"), tr("Purpose"), tr("Status")],
        rows,
        (20, 24, 18, 26, 12),
    )


def questions_html(data: ReportData) -> str:
    if not data.questions:
        return ""
    items = "".join(f"<li>{esc(q.question)}</li>" for q in data.questions)
    return heading(tr("Questions for the doctor")) + f"<ol>{items}</ol>"


def notes_html(data: ReportData) -> str:
    if not data.notes:
        return ""
    shown = data.notes[-MAX_NOTES:]
    cells = [f"<b>{c.day.isoformat()}</b>: {esc(c.note.strip())}" for c in shown]
    half = (len(cells) + 1) // 2  # two columns, read down the left one first
    left, right = cells[:half], cells[half:] + [""] * (2 * half - len(cells))
    items = "".join(
        f'<tr><td width="50%">{a}</td><td width="50%">{b}</td></tr>'
        for a, b in zip(left, right, strict=True)
    )
    more = ""
    if len(data.notes) > len(shown):
        more = empty(
            tr("{n} earlier notes are in the program.").format(n=len(data.notes) - len(shown))
        )
    return (
        heading(tr("Notes from the check-ins"))
        + f'<table width="100%" cellspacing="0" cellpadding="1">{items}</table>'
        + more
    )
