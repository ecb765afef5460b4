"""The report's POEMS sections: the markers at a glance and symptoms by cycle day.

Plain values and changes with the dates behind them, facts in words, never a verdict or a
cause. Labels go through Qt's translation like the rest of the report (`kit.tr`).
"""

from __future__ import annotations

from poems_tracker.domain.models import LabResult, SymptomKind
from poems_tracker.report.data import ReportData
from poems_tracker.report.kit import (
    day,
    esc,
    heading,
    one_decimal,
    printed_unit,
    reference_range,
    table,
    tr,
    tr_label,
)

MARKERS_CHART_URL = "poems-report:markers.png"


def _value(result: LabResult, unit: bool = True) -> str:
    from poems_tracker.wording import lab_value_text

    return " ".join(t for t in (lab_value_text(result), _unit(result.unit) if unit else "") if t)


def _unit(unit: str) -> str:
    return printed_unit(unit)


def _moved(change, earlier: LabResult | None) -> str:
    """ "+46 (+69%)" with the earlier value and date; why not, when it cannot be worked out."""
    from poems_tracker.wording import change_text

    if earlier is None:
        return "–"
    since = tr("from {value} on {date}").format(
        value=_value(earlier, unit=False), date=day(earlier.day)
    )
    moved = change_text(change) or tr("not comparable")
    return f"{esc(moved)}<br><small>{esc(since)}</small>"


def fact_text(fact) -> str:
    """One fact in the report's language."""
    text = tr_label("markers", fact.text)
    return text.format(
        date="" if fact.day is None else day(fact.day),
        months="" if fact.months is None else fact.months,
    )


def markers_html(data: ReportData) -> str:
    """Markers at a glance: latest, since the previous value, since before treatment, lowest
    since treatment, the facts in words; a rise since the previous value is never hidden."""
    from poems_tracker.domain.labs import flag

    parts = [heading(tr("Markers at a glance"))]
    if not data.series:
        return "".join(parts) + f"<p><i>{esc(tr('No marker result recorded yet.'))}</i></p>"
    rows = []
    for s in data.series:
        latest = s.latest
        label = f"<b>{esc(tr_label('labs', s.label))}</b>"
        if s.unit:
            label += f" <small>{esc(_unit(s.unit))}</small>"
        if latest.day in s.calculated:
            label += " " + esc(tr("(calculated)"))
        state = flag(latest.value, latest.qualifier, latest.reference_low, latest.reference_high)
        value = esc(_value(latest))
        if state is not None:
            value = f"<b>{value} {esc(tr('High' if state == 'high' else 'Low'))}</b>"
        when = day(latest.day)
        if latest.reference_low is not None or latest.reference_high is not None:
            # the latest result's range under the name: the dates beside it stay on one line
            label += f"<br><small>({esc(reference_range(latest))})</small>"
        text_only = latest.value is None
        nadir = "–"
        if s.nadir is not None and s.start is not None and not s.baseline_is_first:
            nadir = f"{esc(_value(s.nadir, unit=False))}<br><small>{day(s.nadir.day)}</small>"
        rows.append(
            [
                label,
                f"{value}<br><small>{when}</small>",
                "–" if text_only else _moved(s.since_previous, s.previous),
                "–"
                if text_only
                else _moved(s.since_baseline, s.baseline if s.baseline is not latest else None),
                nadir,
            ]
        )
        facts = " ".join(fact_text(f) for f in s.facts)
        if s.six_months is not None:
            facts += " " + tr("At 6 months: {value} on {date}.").format(
                value=_value(s.six_months), date=day(s.six_months.day)
            )
        if facts.strip():
            rows.append([f"<small>{esc(facts.strip())}</small>"])
    parts.append(
        table(
            [
                tr("Marker"),
                tr("Latest"),
                tr("Since the previous value"),
                tr("Since before treatment"),
                tr("Lowest since treatment"),
            ],
            rows,
            (21, 21, 21, 21, 16),
        )
    )
    parts.append(f"<p><small>{esc(_treatment_note(data))}</small></p>")
    return "".join(parts)


def _treatment_note(data: ReportData) -> str:
    from poems_tracker.domain.marker_facts import ONLY_DOCTORS
    from poems_tracker.wording import event_kind_text

    start = next((s.start for s in data.series if s.start is not None), None)
    if start is None:
        note = tr("No treatment is recorded: changes are from the first value.")
    else:
        kind = tr("Medicine") if start.kind == "medicine" else event_kind_text(start.kind)
        what = f"{kind}: {start.name}" if start.name else kind
        note = tr("Before treatment: the last value on or before {date} ({what} began).").format(
            date=day(start.day), what=what
        )
    return note + " " + tr_label("markers", ONLY_DOCTORS)


def cycle_days_html(data: ReportData) -> str:
    """Symptoms by cycle day: medicine days against days off, as plain averages."""
    from poems_tracker.wording import describe_schedule

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
            medicine=summary.medicine, schedule=describe_schedule(summary.schedule), cycles=cycles
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
                    on=one_decimal(on),
                    on_n=on_n,
                    off=one_decimal(off),
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
