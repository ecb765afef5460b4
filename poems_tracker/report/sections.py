"""The report's sections as HTML for QTextDocument: plain tables that read in black and white.

Out-of-range values say "High" or "Low" in words (and bold), never by colour alone. Text
the patient typed is escaped, never translated; labels go through Qt's translation. Each
section reads `report.data` and writes with `report.kit`; no section imports another.
"""

from __future__ import annotations

from poems_tracker.domain.models import FunctionCheck, LabResult, SymptomKind
from poems_tracker.report.data import ReportData
from poems_tracker.report.kit import (
    day,
    empty,
    esc,
    heading,
    num,
    one_decimal,
    printed_unit,
    reference_range,
    signed,
    table,
    tr,
    tr_label,
)

MAX_NOTES = 12
MAX_LAB_VALUES = 4


def header_html(data: ReportData) -> str:
    """Who and when: the name, date of birth and hospital number when set, the period."""
    days = (data.end - data.start).days + 1
    name = esc(data.patient_name) if data.patient_name.strip() else "______________________"
    who = f"<b>{esc(tr('Patient:'))}</b> {name}"
    if data.birth_date is not None:
        who += f"&nbsp;&nbsp;&nbsp; <b>{esc(tr('Born:'))}</b> {day(data.birth_date)}"
    if data.hospital_number.strip():
        who += f"&nbsp;&nbsp;&nbsp; <b>{esc(tr('Hospital number:'))}</b> " + esc(
            data.hospital_number.strip()
        )
    return (
        f"<h1>{esc(tr('POEMS Tracker: report for the doctor'))}</h1>"
        f"<p>{who}<br>"
        f"<b>{esc(tr('Period:'))}</b> {day(data.start)} – {day(data.end)} "
        + esc(
            tr("({days} days; {checkins} days with a check-in)").format(
                days=days, checkins=data.checkin_days
            )
        )
        + "&nbsp;&nbsp;&nbsp; "
        + esc(
            tr("Printed on {today}. Every value was recorded by the patient.").format(
                today=day(data.today)
            )
        )
        + "</p>"
    )


def symptoms_html(data: ReportData) -> str:
    parts = [heading(tr("Neuropathy and symptoms (0 = none, 10 = worst imaginable)"))]
    lines = [s for s in data.symptoms if s.days]
    if not lines and data.weight is None:
        return "".join(parts) + empty(tr("No check-ins in this period."))
    rows = []
    never = [
        line.label
        for line in lines
        if line.symptom.kind is SymptomKind.YESNO and not line.yes_days
    ]
    for line in lines:
        if line.symptom.kind is SymptomKind.YESNO and line.yes_days:
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
        if line.symptom.kind is not SymptomKind.YESNO:
            rows.append(_score_row(esc(line.label), line, 0))
    if never:
        rows.append([esc(tr("No on every day recorded: {signs}").format(signs=", ".join(never)))])
    if data.weight is not None and data.weight.days:
        rows.append(_score_row(esc(tr("Weight (kg)")), data.weight, 1))
    parts.append(
        table(
            [
                tr("Symptom"),
                tr("Days recorded"),
                tr("Average"),
                tr("Lowest–highest"),
                tr("Same number of days before"),
                tr("Change"),
            ],
            rows,
            (28, 12, 18, 14, 14, 14),
        )
    )
    return "".join(parts)


def _score_row(label: str, line, digits: int) -> list[str]:
    moved = None if line.mean is None or line.previous is None else line.mean - line.previous
    return [
        label,
        str(line.days),
        num(line.mean),
        f"{num(line.low, digits)}–{num(line.high, digits)}",
        num(line.previous),
        signed(moved),
    ]


def monthly_html(data: ReportData) -> str:
    """The symptoms over the last year as monthly means: slow change shows, noise does not."""
    if not data.monthly:
        return ""
    from PySide6.QtCore import QLocale

    from poems_tracker.wording import month_text

    months = data.monthly_months
    locale = QLocale()
    span = tr("Monthly means {first} – {last}").format(
        first=month_text(months[0].year, months[0].month),
        last=month_text(months[-1].year, months[-1].month),
    )
    heads = [esc(span)] + [
        locale.monthName(m.month, QLocale.FormatType.ShortFormat) for m in months
    ]
    rows = [
        [esc(label)] + [one_decimal(means.get(m)) for m in months] for label, means in data.monthly
    ]
    first_width = 100 - 6 * len(months)
    return table(heads, rows, (first_width, *([6] * len(months))))


def medications_html(data: ReportData) -> str:
    from poems_tracker.wording import describe_schedule

    parts = [heading(tr("Medicines"))]
    if not data.medications:
        return "".join(parts) + empty(tr("No medicine was taken in this period."))
    rows = []
    for med, adherence in data.medications:
        dates = (
            day(med.start_date) + " – " + (day(med.end_date) if med.end_date else tr("ongoing"))
        )
        rows.append(
            [
                f"<b>{esc(med.name)}</b>",
                esc(f"{num(med.dose, 4)} {med.unit}"),
                esc(describe_schedule(med.schedule)),
                esc(dates),
                esc(adherence),
            ]
        )
    parts.append(
        table(
            [tr("Medicine"), tr("Dose"), tr("Schedule"), tr("Course"), tr("Taken in this period")],
            rows,
            (14, 8, 19, 24, 35),
        )
    )
    return "".join(parts)


def _value(result: LabResult, flag: str | None) -> str:
    from poems_tracker.domain.labs import HIGH, LOW
    from poems_tracker.wording import lab_value_text

    text = esc(lab_value_text(result))
    if flag == HIGH:
        return f"<b>{text} {esc(tr('High'))}</b>"
    if flag == LOW:
        return f"<b>{text} {esc(tr('Low'))}</b>"
    return text


def labs_html(data: ReportData) -> str:
    """Other results out of range in the period (the markers have their own section)."""
    from poems_tracker.domain.labs import result_flag

    parts = [heading(tr("Other results out of range"))]
    if not data.labs:
        return "".join(parts) + empty(tr("No lab results in this period."))
    rows = []
    for (test, unit), results in data.labs.items():
        flagged = [r for r in results if result_flag(r) is not None]
        if not flagged:
            continue
        shown = flagged if len(flagged) <= MAX_LAB_VALUES else [flagged[0], *flagged[-3:]]
        values = []
        for i, result in enumerate(shown):
            if i == 1 and len(flagged) > len(shown):
                values.append(esc(tr("… {n} more …").format(n=len(flagged) - len(shown))))
            values.append(f"{day(result.day)}: {_value(result, result_flag(result))}")
        rows.append(
            [
                f"<b>{esc(tr_label('labs', test))}</b>",
                esc(printed_unit(unit)) or "–",
                "<br>".join(values),
                esc(reference_range(results[-1])),
                esc(tr("{n} of {total}").format(n=len(flagged), total=len(results))),
            ]
        )
    if not rows:
        return "".join(parts) + empty(tr("No other result was outside its range in this period."))
    parts.append(
        table(
            [
                tr("Test"),
                tr("Unit"),
                tr("Results (High/Low = outside the range)"),
                tr("Reference range"),
                tr("Out of range"),
            ],
            rows,
            (22, 10, 40, 14, 14),
        )
    )
    return "".join(parts)


def events_html(data: ReportData) -> str:
    """Treatment history, whatever the period: every event and every POEMS-directed course."""
    from poems_tracker.wording import describe_schedule, event_kind_text

    parts = [heading(tr("Treatment history"))]
    items: list[tuple] = []
    for e in data.events:
        dates = day(e.start_date) + (f" – {day(e.end_date)}" if e.end_date else "")
        what = esc(e.description)
        if str(e.kind) == "transplant":
            what += " " + esc(tr("(day 0: {day})").format(day=day(e.start_date)))
        items.append((e.start_date, esc(dates), esc(event_kind_text(str(e.kind))), what))
    for med, cycles in data.courses:
        end = day(med.end_date) if med.end_date else tr("ongoing")
        what = esc(f"{med.name} {num(med.dose, 4)} {med.unit}, {describe_schedule(med.schedule)}")
        if cycles:
            what += " " + esc(tr("({n} cycles begun)").format(n=cycles))
        items.append(
            (
                med.start_date,
                esc(f"{day(med.start_date)} – {end}"),
                esc(tr("Medicine")),
                what,
            )
        )
    if not items:
        return "".join(parts) + empty(tr("No treatment is recorded."))
    rows = [list(item[1:]) for item in sorted(items, key=lambda item: item[0])]
    parts.append(table([tr("Dates"), tr("Kind"), tr("Description")], rows, (30, 14, 56)))
    return "".join(parts)


def function_html(data: ReportData) -> str:
    """Function-check grades over time (the last year), the latest in the patient's words."""
    from poems_tracker.wording import grades_text

    if not data.function_checks:
        return ""
    in_period = [c for c in data.function_checks if c.day >= data.start]
    last = data.function_checks[-1]
    text = tr("Latest ({day}): arms {arms} of 5, legs {legs} of 7.").format(
        day=day(last.day), arms=last.arms, legs=last.legs
    )
    if len(in_period) > 1:
        first = in_period[0]
        text += " " + tr("First in the period ({day}): arms {arms}, legs {legs}.").format(
            day=day(first.day), arms=first.arms, legs=first.legs
        )
    text += " " + tr("Inspired by the ONLS; a record, not an assessment.")
    over_time = _grades_over_time(data.function_checks)
    return (
        heading(tr("Function check"))
        + f"<p>{esc(text)}<br><small>"
        + esc(grades_text(last))
        + "</small>"
        + (f"<br><small>{esc(over_time)}</small>" if over_time else "")
        + "</p>"
    )


def _grades_over_time(checks: list[FunctionCheck]) -> str:
    """One grade pair per month (the month's last check), oldest first."""
    monthly: dict[tuple[int, int], FunctionCheck] = {}
    for check in checks:
        monthly[(check.day.year, check.day.month)] = check
    if len(monthly) < 2:
        return ""
    from poems_tracker.wording import month_text

    pairs = "; ".join(
        f"{month_text(c.day.year, c.day.month)} {c.arms}/{c.legs}"
        for c in list(monthly.values())[-8:]
    )
    return tr("Grades over time (arms/legs): {pairs}").format(pairs=pairs)


def appointments_html(data: ReportData) -> str:
    """The next appointments first (never the oldest), then the period's last visits."""
    from poems_tracker.wording import specialty_text, status_text

    if not data.appointments:
        return ""
    rows = [
        [
            esc(f"{day(a.day)} {a.at.strftime('%H:%M')}"),
            esc(a.provider),
            esc(specialty_text(a.specialty)),
            esc(a.purpose),
            esc(status_text(str(a.status))),
        ]
        for a in data.appointments
    ]
    return heading(tr("Next appointments")) + table(
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
    cells = [f"<b>{day(c.day)}</b>: {esc(c.note.strip())}" for c in shown]
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
