"""The report's POEMS sections: my markers and symptoms by cycle day.

Plain averages and changes with the days and dates behind them; never a cause. Labels go
through Qt's translation like the rest of the report (`sections.tr`).
"""

from __future__ import annotations

from poems_tracker.domain.markers import MarkerRow
from poems_tracker.domain.models import LabResult, SymptomKind
from poems_tracker.report.sections import (
    ReportData,
    esc,
    heading,
    reference_range,
    table,
    tr,
    tr_label,
)


def _one_decimal(value: float | None) -> str:
    """5.0, not 5: averages side by side read alike."""
    return "–" if value is None else f"{value:.1f}"


def _since_treatment(row: MarkerRow) -> str:
    """The change since the last value before the latest treatment, or why there is none."""
    from poems_tracker.domain.labs import format_change

    if row.treatment is None:
        return "–"
    if row.baseline is None:
        return esc(tr("no value before it"))
    if row.latest is not None and row.latest.day <= row.treatment.start_date:
        return esc(tr("no value since"))
    return esc(format_change(row.since_treatment) or _was(row.baseline))


def _was(result: LabResult) -> str:
    """For a change that cannot be worked out (a `<` value, another unit): the earlier value."""
    from poems_tracker.domain.labs import format_value

    value = " ".join(t for t in (format_value(result), result.unit) if t)
    return tr("was {value}").format(value=value)


def markers_html(data: ReportData) -> str:
    """My markers: latest VEGF, M-protein, light chains, platelets, with where they started.

    Built from every result ever recorded, so "since first" reaches back past the period.
    """
    from poems_tracker.domain.labs import format_change, format_value
    from poems_tracker.domain.markers import TREATMENT_WORDS
    from poems_tracker.domain.models import EventKind

    shown = [row for row in data.markers if row.latest is not None]
    if not shown:
        return ""
    rows = []
    for row in shown:
        latest = row.latest
        label = esc(tr_label("labs", row.label))
        if row.calculated:
            label += " " + esc(tr("(calculated)"))
        value = esc(" ".join(t for t in (format_value(latest), latest.unit) if t))
        flag = esc(tr_label("markers", row.flag_words()))
        if row.flag is not None:
            flag = f"<b>{flag}</b>"
        if row.has_range:
            flag += f" ({esc(reference_range(latest))})"
        since_first = (
            "–" if row.first is None else esc(format_change(row.since_first) or _was(row.first))
        )
        rows.append(
            [
                f"<b>{label}</b>",
                value,
                latest.day.isoformat(),
                flag,
                since_first,
                _since_treatment(row),
            ]
        )
    treatment = next((r.treatment for r in shown if r.treatment is not None), None)
    if treatment is None:
        note = tr("No treatment is recorded, so there is no change since treatment.")
    else:
        note = tr("Since treatment: from the last value up to {date} ({kind} began).").format(
            kind=tr_label("events", TREATMENT_WORDS[EventKind(treatment.kind)]),
            date=treatment.start_date.isoformat(),
        )
    note += " " + tr("Since first: from the first value ever.")
    return (
        table(
            [
                tr("My markers"),
                tr("Latest"),
                tr("Date"),
                tr("Flag (range)"),
                tr("Since first"),
                tr("Since treatment"),
            ],
            rows,
            (21, 12, 12, 21, 16, 18),
        )
        + f"<p><small>{esc(note)}</small></p>"
    )


def cycle_days_html(data: ReportData) -> str:
    """Symptoms by cycle day: medicine days against days off, as plain averages."""
    if not data.cycle_summaries:
        return ""
    labels = [
        (line.symptom.key, line.label)
        for line in data.symptoms
        if line.symptom.kind is SymptomKind.SCORE
    ]
    explain = tr("Averages of the days logged; they show a pattern, not its cause.")
    parts = [heading(tr("Symptoms by cycle day"))]
    for summary in data.cycle_summaries:
        numbers = [c.number for c in summary.cycles]
        cycles = f"C{numbers[0]}" if len(numbers) == 1 else f"C{numbers[0]}–C{numbers[-1]}"
        lead = tr("{medicine} ({schedule}), {cycles}:").format(
            medicine=summary.medicine, schedule=summary.schedule, cycles=cycles
        )
        items = []
        for key, label in labels:
            on, on_n = summary.phase_average(key, True)
            off, off_n = summary.phase_average(key, False)
            if on is None and off is None:
                continue
            items.append(
                tr(
                    "{symptom}: average {on} on medicine days (over {on_n} days), "
                    "{off} on days off (over {off_n} days)."
                ).format(
                    symptom=label,
                    on=_one_decimal(on),
                    on_n=on_n,
                    off=_one_decimal(off),
                    off_n=off_n,
                )
            )
        if not items:
            items.append(tr("No symptom was logged on these cycle days."))
        parts.append(
            f"<p><b>{esc(lead)}</b> <small>{esc(explain)}</small><br>"
            + "<br>".join(esc(i) for i in items)
            + "</p>"
        )
    return "".join(parts)
