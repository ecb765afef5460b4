"""The words beside the Trends chart: summaries, the read-out, the side-by-side note.

Numbers and dates follow the patient's locale (QLocale); wording stays neutral ("lower",
"higher"), never "better" or "caused by": the program shows, the doctor interprets.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from poems_tracker.domain import analysis
from poems_tracker.wording import day_text as day_text_in_locale

if TYPE_CHECKING:
    from poems_tracker.ui.trends.trends_data import TrendsData

_CONTEXT = "TrendsPage"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def number(value: float, decimals: int | None = 1) -> str:
    """VALUE in the locale's style: rounded to DECIMALS (None: as recorded, shortest form),
    without a needless ".0"."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    if decimals is None:
        return QLocale().toString(
            float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )
    return QLocale().toString(float(value), "f", decimals)


def day_text(day: date) -> str:
    return day_text_in_locale(day)


def summary_line(label: str, summary: analysis.Summary, unit: str = "") -> str:
    """ "Nerve pain: average 4.2 (lowest 1, highest 8), 85 days recorded. Previous period: 5.6
    (1.4 lower)." One sentence a patient can read aloud to the doctor."""
    if summary.mean is None:
        return tr("{label}: nothing recorded in this period.").format(label=label)
    unit_text = f" {unit}" if unit else ""
    line = tr(
        "{label}: average {mean}{unit} (lowest {low}, highest {high}); days recorded: {days}."
    ).format(
        label=label,
        mean=number(summary.mean),
        unit=unit_text,
        days=summary.count,
        low=number(summary.minimum or 0.0),
        high=number(summary.maximum or 0.0),
    )
    change = summary.change
    if change is None or summary.previous_mean is None:
        return line + " " + tr("Nothing recorded in the period before.")
    if abs(change) < 0.05:
        words = tr("about the same")
    elif change < 0:
        words = tr("{amount} lower").format(amount=number(abs(change)))
    else:
        words = tr("{amount} higher").format(amount=number(change))
    return (
        line
        + " "
        + tr("Period before: {mean} ({change}).").format(
            mean=number(summary.previous_mean), change=words
        )
    )


def symptom_summaries(
    labels: Mapping[str, str], points: Mapping[str, Mapping[date, float]], start: date, end: date
) -> list[str]:
    lines = []
    for key, label in labels.items():
        series = points.get(key, {})
        summary = analysis.summarise(series, start, end)
        if summary.count or summary.previous_count:
            unit = tr("kg") if key == "weight_kg" else ""
            lines.append(summary_line(label, summary, unit))
    return lines


def lab_change_line(change: analysis.LabChange, label: str) -> str:
    """ "VEGF (serum): 2,840 → 410 pg/mL (−86 %), 9 Mar 2023 to 1 Dec 2023, 4 results."""
    if change.count == 1:
        return tr("{label}: {value} {unit} on {day}; one result in this period.").format(
            label=label,
            value=number(change.first, None),
            unit=analysis.pretty_unit(change.unit),
            day=day_text(change.first_day),
        )
    percent = change.percent
    percent_text = (
        ""
        if percent is None
        else " ("
        + ("+" if percent > 0 else "−" if percent < 0 else "")
        + number(abs(percent), 0)
        + " %)"
    )
    return tr(
        "{label}: {first} → {last} {unit}{percent} from {start} to {end}; results: {count}."
    ).format(
        count=change.count,
        label=label,
        first=number(change.first, None),
        last=number(change.last, None),
        unit=analysis.pretty_unit(change.unit),
        percent=percent_text,
        start=day_text(change.first_day),
        end=day_text(change.last_day),
    )


def series_readout(
    panel_title: str,
    series_label: str,
    unit: str,
    points: Mapping[date, float],
    trend: Mapping[date, float | None] | None,
    flags: Mapping[date, str],
    day: date,
) -> str:
    """The exact value on DAY (a recorded day) as one sentence."""
    value = points[day]
    unit_text = f" {analysis.pretty_unit(unit)}" if unit else ""
    text = tr("{label}, {day}: {value}{unit}").format(
        label=series_label or panel_title,
        day=day_text(day),
        value=number(value, None),
        unit=unit_text,
    )
    mean = trend.get(day) if trend else None
    if mean is not None:
        text += " " + tr("(7-day average {mean})").format(mean=number(mean))
    flag = flags.get(day, "")
    if flag == "high":
        text += " — " + tr("High (above range)")
    elif flag == "low":
        text += " — " + tr("Low (below range)")
    return text


def compare_lines(
    symptom_label: str,
    points: Mapping[date, float],
    medicine: str,
    courses: Sequence[tuple[date, date | None]],
) -> list[str]:
    """Averages in the 90 days before and after each course of MEDICINE started."""
    lines = []
    for first, _last in courses:
        before, after = analysis.before_after(points, first)
        if before.mean is None and after.mean is None:
            continue
        lines.append(
            tr(
                "{symptom}: average {before} in the 90 days before {medicine} "
                "started on {day}; {after} in the 90 days from then."
            ).format(
                symptom=symptom_label,
                medicine=medicine,
                day=day_text(first),
                before="–" if before.mean is None else number(before.mean),
                after="–" if after.mean is None else number(after.mean),
            )
        )
    return lines


def caution() -> str:
    return tr(
        "Shown side by side on the same dates, for you and your doctor to look at. "
        "Two things changing at the same time does not show that one caused the other."
    )


def period_summary(data: TrendsData, start: date, end: date) -> str:
    """The summary beside the chart (rich text; the patient's own words are escaped)."""
    from poems_tracker.ui.trends.trends_data import lab_label

    points = {key: data.points(key) for key in data.symptom_labels}
    points["weight_kg"] = data.points("weight_kg")
    labels = {**data.symptom_labels, "weight_kg": tr("Weight")}
    lines = [
        "<b>"
        + html.escape(
            tr("{start} to {end}, compared with the same number of days before:").format(
                start=day_text(start), end=day_text(end)
            )
        )
        + "</b>"
    ]
    lines += [html.escape(line) for line in symptom_summaries(labels, points, start, end)]
    changes = analysis.lab_changes(data.labs, start, end)
    if len(lines) == 1 and not changes:
        lines.append(
            html.escape(
                tr(
                    "Nothing recorded in this period yet; your check-ins and "
                    "lab results will be summed up here."
                )
            )
        )
    if changes:
        lines.append(
            "<b>"
            + html.escape(tr("Lab results: change from the first value in the period"))
            + "</b>"
        )
        lines += [html.escape(lab_change_line(c, lab_label(c.test))) for c in changes]
    return "<br>".join(lines)


def values_at(chart: Any, day: date, panels: Sequence | None = None) -> str:
    """Exact values nearest to DAY in each panel of CHART (a charts TrendChart)."""
    reach = max(1, (chart.end - chart.start).days // 100)
    parts = []
    for panel in panels if panels is not None else chart.panels:
        for series in panel.series:
            near = analysis.nearest_day(series.points, day, reach)
            if near is not None:
                parts.append(
                    series_readout(
                        panel.title,
                        series.label,
                        series.unit,
                        series.points,
                        series.trend,
                        series.flags,
                        near,
                    )
                )
    if not parts:
        return tr("{day}: nothing recorded near this date.").format(day=day_text(day))
    return "; ".join(parts)


def treatments_on(medications: Sequence[Any], events: Sequence[Any], day: date) -> str:
    """The medicines and events of DAY in full words (the bars' labels may be shortened)."""
    from poems_tracker.charts.timeline import event_span

    names = [
        f"{m.name} {m.dose:g} {m.unit}"
        for m in medications
        if m.start_date <= day and (m.end_date is None or day <= m.end_date)
    ]
    for event in events:
        first, last = event_span(event, day)
        if first <= day <= last:
            words = event.description.strip().splitlines()
            names.append(words[0] if words else str(event.kind))
    if not names:
        return ""
    return tr("Medicines and treatments on {day}: {names}").format(
        day=day_text(day), names=", ".join(names)
    )


def date_words() -> Any:
    """Month names and the day pattern of the patient's locale, for the date axis."""
    from poems_tracker.charts.style import DateWords

    locale = QLocale()
    months = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
    return DateWords(months, QCoreApplication.translate("TrendsPage", "{day} {month}"))
