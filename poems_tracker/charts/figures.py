"""Trend charts as matplotlib Figures: one drawing path for the window and the report.

Nothing here opens a window or touches pyplot (architecture.md rule 4). The Trends page
wraps the figure in a canvas; the report renders `report_figure` to an image. Text the
patient reads comes through TR (the window passes Qt's translate; default: as written).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from poems_tracker.charts import style
from poems_tracker.charts.timeline import (
    draw_course_wash,
    draw_event_wash,
    draw_treatments,
    treatment_rows,
)
from poems_tracker.domain import analysis
from poems_tracker.domain.models import CheckIn, LabResult, Medication, TreatmentEvent
from poems_tracker.domain.text import N_

Translate = Callable[[str, str], str]


def as_written(context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ChartData:
    """What the chart may draw, as domain objects (the page reads them from the store)."""

    checkins: Sequence[CheckIn] = ()
    labs: Sequence[LabResult] = ()
    medications: Sequence[Medication] = ()
    events: Sequence[TreatmentEvent] = ()
    #: medicine name -> (week's first day, % taken or None = not recorded)
    adherence: Mapping[str, Sequence[tuple[date, float | None]]] = field(default_factory=dict)
    #: symptom key -> label as the patient reads it (already translated)
    symptom_labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChartChoice:
    """Which panels to stack, top to bottom in this order."""

    symptoms: tuple[str, ...] = ("pain",)
    weight: bool = False
    labs: tuple[tuple[str, str], ...] = ()   # (test, unit)
    adherence: bool = False
    treatments: bool = True
    daily_points: bool = True   # the report leaves them out: six lines of dots are noise
    wash_medicines: bool = False  # shade the medicines' courses behind every panel


@dataclass(frozen=True, slots=True)
class Series:
    """One drawn series with its exact values, for the read-out and the numbers table."""

    label: str
    unit: str
    points: dict[date, float]
    trend: dict[date, float | None] | None = None
    flags: dict[date, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Panel:
    kind: str              # "symptoms", "weight", "lab", "adherence", "treatments"
    title: str
    axes: Axes
    series: tuple[Series, ...] = ()


@dataclass
class TrendChart:
    figure: Figure
    panels: list[Panel]
    start: date
    end: date
    bin_size: int = 1


# Relative heights of the stacked panels.
_HEIGHTS = {"symptoms": 3.0, "weight": 2.0, "lab": 2.0, "adherence": 1.8}


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def _xs(days: Sequence[date]) -> list[float]:
    return [style.day_number(d) for d in days]


def _daily_and_trend(ax: Axes, points: Mapping[date, float], start: date, end: date,
                     size: int, colour: str, line_style: str, label: str,
                     dots: bool = True) -> Series:
    """Light points for the recorded values and the 7-day line with gaps as NaN breaks."""
    trend = analysis.rolling_mean(points, start=start, end=end) if points else {}
    if dots:
        shown = analysis.bin_points(points, start, end, size)
        ax.plot(_xs(list(shown)), list(shown.values()), linestyle="none", marker="o",
                markersize=4.5 if size == 1 else 3.5, color=colour, alpha=0.35,
                markeredgewidth=0, gid="daily")
    days, values = analysis.downsample(list(trend), list(trend.values()), size)
    ax.plot(_xs(days), _nan(values), color=colour, linestyle=line_style,
            linewidth=style.LINE_WIDTH, label=label, gid="trend")
    return Series(label, "", {d: v for d, v in points.items() if start <= d <= end}, trend)


def _legend(ax: Axes, handles: list | None = None) -> None:
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              fontsize=style.SMALL, frameon=False, borderaxespad=0.0, handlelength=2.6)


def _daily_note(tr: Translate, size: int) -> Line2D:
    text = (tr("charts", "Dots: each day's value") if size == 1 else
            tr("charts", "Dots: average of\neach {days} days").format(days=size))
    return Line2D([], [], linestyle="none", marker="o", color=style.GREY, alpha=0.5,
                  label=text)


def _symptom_panel(ax: Axes, data: ChartData, keys: Sequence[str], start: date, end: date,
                   size: int, tr: Translate, dots: bool = True) -> Panel:
    series = []
    for i, key in enumerate(keys):
        label = data.symptom_labels.get(key, key)
        points = analysis.series_from_checkins(data.checkins, key)
        series.append(_daily_and_trend(ax, points, start, end, size, style.colour_for(key, i),
                                       style.style_for(i), label, dots))
    ax.set_ylim(-0.4, 10.4)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(tr("charts", "Score 0–10"), fontsize=style.FONT)
    title = tr("charts", "Symptoms (lines: 7-day average)")
    ax.set_title(title, loc="left", fontsize=style.TITLE, fontweight="bold")
    handles, _ = ax.get_legend_handles_labels()
    _legend(ax, [*handles, _daily_note(tr, size)] if dots else handles)
    return Panel("symptoms", title, ax, tuple(series))


def _weight_panel(ax: Axes, data: ChartData, start: date, end: date, size: int,
                  tr: Translate) -> Panel:
    points = analysis.series_from_checkins(data.checkins, "weight_kg")
    label = tr("charts", "Weight, 7-day average")
    one = _daily_and_trend(ax, points, start, end, size, style.BLACK, "-", label)
    ax.set_ylabel(tr("charts", "kg"), fontsize=style.FONT)
    title = tr("charts", "Weight")
    ax.set_title(title, loc="left", fontsize=style.TITLE, fontweight="bold")
    handles, _ = ax.get_legend_handles_labels()
    _legend(ax, [*handles, _daily_note(tr, size)])
    return Panel("weight", title, ax, (Series(title, "kg", one.points, one.trend),))


def _range_band(ax: Axes, results: Sequence[LabResult], unit: str, tr: Translate) -> None:
    """The stored reference range as a shaded band (inclusive limits, domain.md)."""
    ranges = {(r.reference_low, r.reference_high) for r in results
              if r.reference_low is not None or r.reference_high is not None}
    if not ranges:
        return
    if len(ranges) == 1:
        low, high = next(iter(ranges))
        values = [r.value or 0.0 for r in results]
        bottom = low if low is not None else min(0.0, *values)
        top = high if high is not None else max(values) * 1.1
        text = tr("charts", "Reference range\n{low}–{high} {unit}").format(
            low="" if low is None else f"{low:g}", high="" if high is None else f"{high:g}",
            unit=unit)
        ax.axhspan(bottom, top, color=style.RANGE_COLOUR, alpha=0.16, linewidth=0,
                   label=text, gid="range")
        return
    xs = _xs([r.day for r in results])
    lows = [math.nan if r.reference_low is None else r.reference_low for r in results]
    highs = [math.nan if r.reference_high is None else r.reference_high for r in results]
    ax.fill_between(xs, lows, highs, step="post", color=style.RANGE_COLOUR, alpha=0.16,
                    linewidth=0, label=tr("charts", "Reference range\n(as reported)"),
                    gid="range")


def _lab_panel(ax: Axes, label: str, unit: str, results: Sequence[LabResult],
               tr: Translate) -> Panel:
    _range_band(ax, results, unit, tr)
    xs = _xs([r.day for r in results])
    values = [float(r.value or 0.0) for r in results]
    ax.plot(xs, values, color=style.BLUE, linewidth=2.0, marker="o", markersize=7,
            label=tr("charts", "Each result ({unit})").format(unit=unit), gid="lab")
    flags = {r.day: analysis.out_of_range(r) for r in results}
    for flag, colour, marker, text in (
            ("high", style.HIGH_COLOUR, style.HIGH_MARKER, tr("charts", "High (above range)")),
            ("low", style.LOW_COLOUR, style.LOW_MARKER, tr("charts", "Low (below range)"))):
        marked = [(x, v) for x, v, r in zip(xs, values, results, strict=True)
                  if flags[r.day] == flag]
        if marked:
            ax.plot([m[0] for m in marked], [m[1] for m in marked], linestyle="none",
                    marker=marker, markersize=13, color=colour, markeredgecolor="black",
                    markeredgewidth=1.0, label=text, gid=flag)
    ax.set_ylabel(unit, fontsize=style.FONT)
    ax.set_title(label, loc="left", fontsize=style.TITLE, fontweight="bold")
    _legend(ax)
    points = {r.day: float(r.value or 0.0) for r in results}
    return Panel("lab", label, ax, (Series(label, unit, points,
                                           flags={d: f for d, f in flags.items() if f}),))


def _adherence_panel(ax: Axes, data: ChartData, tr: Translate) -> Panel:
    series = []
    for i, (name, weeks) in enumerate(sorted(data.adherence.items())):
        xs = _xs([d for d, _ in weeks])
        ax.plot(xs, _nan([v for _, v in weeks]), drawstyle="steps-post",
                color=style.CYCLE[i % len(style.CYCLE)], linestyle=style.style_for(i),
                linewidth=style.LINE_WIDTH, marker=style.marker_for(i), markersize=5,
                label=name, gid="adherence")
        series.append(Series(name, "%", {d: v for d, v in weeks if v is not None}))
    ax.set_ylim(-5, 105)
    ax.set_yticks([0, 50, 100])
    ax.set_ylabel(tr("charts", "% taken"), fontsize=style.FONT)
    title = tr("charts", "Medicines taken (% per week)")
    ax.set_title(title, loc="left", fontsize=style.TITLE, fontweight="bold")
    _legend(ax)
    return Panel("adherence", title, ax, tuple(series))


def plan_heights(data: ChartData, choice: ChartChoice, start: date, end: date) -> list[float]:
    """Relative panel heights, so the page can size the canvas before drawing."""
    heights = [_HEIGHTS["symptoms"]] if choice.symptoms else []
    heights += [_HEIGHTS["weight"]] if choice.weight else []
    heights += [_HEIGHTS["lab"]] * len(choice.labs)
    heights += [_HEIGHTS["adherence"]] if choice.adherence else []
    if choice.treatments:
        rows = treatment_rows(data.medications, data.events, start, end)
        heights.append(0.6 + 0.38 * max(1, rows))
    return heights


def build_trends(data: ChartData, choice: ChartChoice, start: date, end: date, *,
                 figure: Figure | None = None, width_px: int = 1000,
                 tr: Translate = as_written) -> TrendChart:
    """Stack the chosen panels on one date axis from START to END (inclusive).

    Points are merged into runs of days so that about one value is drawn per 2 pixels:
    ten years in a 1000-pixel chart draw about 500 points per line, not 3,650.
    """
    figure = figure if figure is not None else Figure(figsize=(10, 7), dpi=style.DPI)
    figure.clear()
    figure.set_facecolor("white")
    heights = plan_heights(data, choice, start, end)
    size = analysis.bin_days((end - start).days + 1, max(50, width_px // 2))
    chart = TrendChart(figure, [], start, end, size)
    if not heights:
        figure.text(0.5, 0.5, tr("charts", "Choose what to show on the left."),
                    ha="center", va="center", fontsize=style.TITLE)
        return chart
    axes = figure.subplots(len(heights), 1, sharex=True, squeeze=False,
                           gridspec_kw={"height_ratios": heights, "hspace": 0.7})[:, 0]
    queue = list(axes)
    lab_groups = analysis.lab_series(data.labs)
    if choice.symptoms:
        chart.panels.append(_symptom_panel(queue.pop(0), data, choice.symptoms, start, end,
                                           size, tr, choice.daily_points))
    if choice.weight:
        chart.panels.append(_weight_panel(queue.pop(0), data, start, end, size, tr))
    for test, unit in choice.labs:
        results = [r for r in lab_groups.get((test, unit), []) if start <= r.day <= end]
        chart.panels.append(_lab_panel(queue.pop(0), test, unit, results, tr))
    if choice.adherence:
        chart.panels.append(_adherence_panel(queue.pop(0), data, tr))
    if choice.treatments:
        ax = queue.pop(0)
        draw_treatments(ax, data.medications, data.events, start, end, tr)
        title = tr("charts", "Medicines and treatments")
        ax.set_title(title, loc="left", fontsize=style.TITLE, fontweight="bold")
        chart.panels.append(Panel("treatments", title, ax))
    for panel in chart.panels:
        style.style_axes(panel.axes, grid=panel.kind != "treatments")
        if panel.kind != "treatments":
            draw_event_wash(panel.axes, data.events, start, end)
            if choice.wash_medicines:
                draw_course_wash(panel.axes, data.medications, start, end)
    style.format_date_axis(axes[-1], start, end)
    fit_margins(figure)
    return chart


def fit_margins(figure: Figure) -> None:
    """Fixed margins in inches (cheap: no layout engine runs on every redraw); the right
    margin holds the legends, so no line is hidden behind one."""
    width, height = figure.get_size_inches()
    right = min(3.3, width * 0.33)
    figure.subplots_adjust(left=min(0.3, 1.0 / width), right=1 - right / width,
                           top=1 - min(0.2, 0.45 / height), bottom=min(0.3, 0.6 / height))


def report_figure(checkins: Sequence[CheckIn], medications: Sequence[Medication],
                  events: Sequence[TreatmentEvent], start: date, end: date, *,
                  symptom_labels: Mapping[str, str] | None = None,
                  tr: Translate = as_written, width_in: float = 10.0) -> Figure:
    """The report's chart: the built-in symptoms' 7-day lines above the treatments.

    Drawn 10 inches wide with the screen's type sizes; scaled to the page width the text
    comes out at about 9 points, which prints sharp at 150 dpi.
    """
    from poems_tracker.domain.symptoms import BUILTIN_SYMPTOMS

    labels = dict(symptom_labels or {})
    keys = []
    for symptom in BUILTIN_SYMPTOMS:
        labels.setdefault(symptom.key, tr("symptoms", symptom.label))
        if any(symptom.key in c.values for c in checkins if start <= c.day <= end):
            keys.append(symptom.key)
    data = ChartData(checkins=checkins, medications=medications, events=events,
                     symptom_labels=labels)
    choice = ChartChoice(symptoms=tuple(keys) or ("pain",), treatments=True,
                         daily_points=False)
    heights = plan_heights(data, choice, start, end)
    figure = Figure(figsize=(width_in, min(9.0, 1.1 * sum(heights))), dpi=150)
    build_trends(data, choice, start, end, figure=figure, width_px=int(width_in * 100), tr=tr)
    return figure


# Catalogue text used above, marked so lupdate collects it under the "charts" context.
_TEXTS = (N_("charts", "Dots: each day's value"),
          N_("charts", "Dots: average of\neach {days} days"),
          N_("charts", "Score 0–10"), N_("charts", "Symptoms (lines: 7-day average)"),
          N_("charts", "Weight, 7-day average"), N_("charts", "kg"), N_("charts", "Weight"),
          N_("charts", "Reference range\n{low}–{high} {unit}"),
          N_("charts", "Reference range\n(as reported)"), N_("charts", "Each result ({unit})"),
          N_("charts", "High (above range)"), N_("charts", "Low (below range)"),
          N_("charts", "% taken"), N_("charts", "Medicines taken (% per week)"),
          N_("charts", "Choose what to show on the left."),
          N_("charts", "Medicines and treatments"))
