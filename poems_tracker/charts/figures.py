"""Trend charts as matplotlib Figures: one drawing path for the window and the report.

Nothing here opens a window or touches pyplot (architecture.md rule 4). The Trends page
wraps the figure in a canvas; the report renders `report_figure` to an image. Text the
patient reads comes through TR (the window passes Qt's translate; default: as written).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from poems_tracker.charts import style
from poems_tracker.charts.model import (
    ChartChoice,
    ChartData,
    Panel,
    Series,
    Translate,
    TrendChart,
    as_written,
)
from poems_tracker.charts.panels import (
    adherence_panel,
    function_panel,
    lab_panel,
    symptom_panel,
    weight_panel,
)
from poems_tracker.charts.timeline import (
    draw_course_wash,
    draw_event_wash,
    draw_treatments,
    treatment_rows,
)
from poems_tracker.domain import analysis
from poems_tracker.domain.models import CheckIn, Medication, TreatmentEvent
from poems_tracker.domain.symptoms import BUILTIN_SYMPTOMS
from poems_tracker.domain.text import N_

__all__ = [
    "ChartChoice",
    "ChartData",
    "Panel",
    "Series",
    "TrendChart",
    "build_trends",
    "fit_margins",
    "plan_heights",
    "report_figure",
]

# Relative heights of the stacked panels.
_HEIGHTS = {"symptoms": 3.0, "weight": 2.0, "lab": 2.0, "adherence": 1.8, "function": 2.0}


#: Attribute naming the panel layout a figure's axes were made for, so that a new period or
#: a new medicine row reuses the axes instead of building them again (a third of the time).
_LAYOUT = "_poems_layout"
#: Attribute saying the figure has dates under every panel (they need a wider gap).
_DATES_EVERY = "_poems_dates_every_panel"


def _layout_key(choice: ChartChoice) -> tuple:
    return (
        bool(choice.symptoms),
        choice.weight,
        choice.labs,
        choice.adherence,
        choice.function,
        choice.treatments,
    )


def _axes_for(figure: Figure, key: tuple, heights: list[float]) -> list[Axes]:
    """The stacked axes for KEY: emptied and re-proportioned if the figure has them."""
    if getattr(figure, _LAYOUT, None) == key and len(figure.axes) == len(heights):
        for ax in figure.axes:
            for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.texts]:
                artist.remove()
            if ax.get_legend() is not None:
                ax.get_legend().remove()
            ax.relim()
            ax.ignore_existing_data_limits = True
            ax.set_autoscaley_on(True)
        spec = figure.axes[0].get_subplotspec()
        if spec is not None:
            spec.get_gridspec().set_height_ratios(heights)
        return list(figure.axes)
    figure.clear()
    figure.set_facecolor("white")
    setattr(figure, _LAYOUT, key)
    return list(
        figure.subplots(
            len(heights),
            1,
            sharex=True,
            squeeze=False,
            gridspec_kw={"height_ratios": heights, "hspace": 0.55},
        )[:, 0]
    )


def plan_heights(data: ChartData, choice: ChartChoice, start: date, end: date) -> list[float]:
    """Relative panel heights, so the page can size the canvas before drawing."""
    heights = [_HEIGHTS["symptoms"]] if choice.symptoms else []
    heights += [_HEIGHTS["weight"]] if choice.weight else []
    heights += [_HEIGHTS["lab"]] * len(choice.labs)
    heights += [_HEIGHTS["adherence"]] if choice.adherence else []
    heights += [_HEIGHTS["function"]] if choice.function else []
    if choice.treatments:
        rows = treatment_rows(data.medications, data.events, start, end)
        heights.append(0.6 + 0.38 * max(1, rows))
    return heights


def build_trends(
    data: ChartData,
    choice: ChartChoice,
    start: date,
    end: date,
    *,
    figure: Figure | None = None,
    width_px: int = 1000,
    tr: Translate = as_written,
    dates: style.DateWords | None = None,
) -> TrendChart:
    """Stack the chosen panels on one date axis from START to END (inclusive).

    Points are merged into runs of days so that about one value is drawn per 2 pixels:
    ten years in a 1000-pixel chart draw about 500 points per line, not 3,650.
    """
    figure = figure if figure is not None else Figure(figsize=(10, 7), dpi=style.DPI)
    heights = plan_heights(data, choice, start, end)
    size = analysis.bin_days((end - start).days + 1, max(50, width_px // 2))
    chart = TrendChart(figure, [], start, end, size)
    if not heights:
        figure.clear()
        setattr(figure, _LAYOUT, None)
        figure.text(
            0.5,
            0.5,
            tr("charts", "Choose what to show on the left."),
            ha="center",
            va="center",
            **style.font(style.TITLE),
        )
        return chart
    axes = _axes_for(figure, _layout_key(choice), heights)
    queue = list(axes)
    lab_groups = analysis.lab_series(data.labs)
    if choice.symptoms:
        chart.panels.append(
            symptom_panel(
                queue.pop(0), data, choice.symptoms, start, end, size, tr, choice.daily_points
            )
        )
    if choice.weight:
        chart.panels.append(weight_panel(queue.pop(0), data, start, end, size, tr))
    for test, unit in choice.labs:
        results = [r for r in lab_groups.get((test, unit), []) if start <= r.day <= end]
        chart.panels.append(lab_panel(queue.pop(0), test, unit, results, tr, choice.lab_scale))
    if choice.adherence:
        chart.panels.append(adherence_panel(queue.pop(0), data, tr))
    if choice.function:
        chart.panels.append(function_panel(queue.pop(0), data, start, end, tr))
    setattr(figure, _DATES_EVERY, choice.dates_on_every_panel)
    if choice.treatments:
        ax = queue.pop(0)
        fit_margins(figure)  # the labels on the bars are shortened to the final width
        draw_treatments(ax, data.medications, data.events, start, end, tr)
        title = tr("charts", "Medicines and treatments")
        ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
        chart.panels.append(Panel("treatments", title, ax))
    for panel in chart.panels:
        style.style_axes(
            panel.axes,
            grid=panel.kind != "treatments",
            dates=choice.dates_on_every_panel or panel is chart.panels[-1],
        )
        if panel.kind != "treatments":
            draw_event_wash(panel.axes, data.events, start, end)
            if choice.wash_medicines:
                draw_course_wash(panel.axes, data.medications, start, end)
    fit_margins(figure)
    plot_px = axes[-1].get_position().width * figure.get_size_inches()[0] * style.DPI
    style.format_date_axis(
        axes[-1],
        start,
        end,
        dates
        or style.DateWords(
            [tr("charts", month) for month in style.ENGLISH_MONTHS], tr("charts", "{day} {month}")
        ),
        max_ticks=max(2, int(plot_px // style.TICK_PX)),
    )
    return chart


def panel_gap(dates_every_panel: bool) -> float:
    """Inches between two stacked panels."""
    return 1.0 if dates_every_panel else 0.62


def plan_pixels(
    heights: list[float], per_unit: float, dates_every_panel: bool, dpi: float = style.DPI
) -> int:
    """How tall a figure must be for panels of HEIGHTS (PER_UNIT pixels each) plus the
    gaps between them and the margins, at DPI."""
    if not heights:
        return 0
    gaps = (len(heights) - 1) * panel_gap(dates_every_panel) + 1.05
    return int(sum(heights) * per_unit + gaps * dpi)


def fit_margins(figure: Figure) -> None:
    """Fixed margins in inches (cheap: no layout engine runs on every redraw); the right
    margin holds the legends, so no line is hidden behind one."""
    width, height = figure.get_size_inches()
    texts = [
        t.get_text()
        for ax in figure.axes
        if ax.get_legend() is not None
        for t in ax.get_legend().get_texts()
    ]
    legend_in = style.legend_width(texts) + 0.15
    # Beside the panels when the chart has room for it; on a narrow chart (twice the text
    # size, a small window) the key goes inside each panel where it hides the least.
    inside = bool(texts) and legend_in > width * 0.3
    for ax in figure.axes:
        legend = ax.get_legend()
        if legend is not None:
            if inside:
                legend.set_loc("best")
                legend.set_bbox_to_anchor(None)
                legend.set_frame_on(True)
                legend.get_frame().set_alpha(0.9)
            else:
                legend.set_loc("upper left")
                legend.set_bbox_to_anchor((1.01, 1.0), transform=ax.transAxes)
                legend.set_frame_on(False)
    right = 0.25 if inside else min(max(1.0, legend_in), width * 0.45)
    top, bottom = min(0.2, 0.45 / height), min(0.3, 0.6 / height)
    # The gap between panels in inches, not a share of their height: a title and half a
    # tick label above, half a tick label (and the dates, if every panel has them) below.
    gap = panel_gap(getattr(figure, _DATES_EVERY, False))
    n = max(1, len(figure.axes))
    usable = height * (1 - top - bottom)
    hspace = gap * n / max(0.5, usable - (n - 1) * gap) if n > 1 else 0.0
    figure.subplots_adjust(
        left=min(0.3, 1.15 / width),
        right=1 - right / width,
        top=1 - top,
        bottom=bottom,
        hspace=hspace,
    )
    spec = figure.axes[0].get_subplotspec() if figure.axes else None
    if spec is not None:  # the stack's own grid keeps its spacing unless told
        spec.get_gridspec().update(hspace=hspace)
    style.fit_titles(figure)


def report_figure(
    checkins: Sequence[CheckIn],
    medications: Sequence[Medication],
    events: Sequence[TreatmentEvent],
    start: date,
    end: date,
    *,
    symptom_labels: Mapping[str, str] | None = None,
    tr: Translate = as_written,
    width_in: float = 10.0,
) -> Figure:
    """The report's chart: the built-in symptoms' 7-day lines above the treatments.

    Drawn 10 inches wide with the screen's type sizes; scaled to the page width the text
    comes out at about 9 points, which prints sharp at 150 dpi.
    """
    labels = dict(symptom_labels or {})
    keys = []
    for symptom in BUILTIN_SYMPTOMS:
        labels.setdefault(symptom.key, tr("symptoms", symptom.label))
        if any(symptom.key in c.values for c in checkins if start <= c.day <= end):
            keys.append(symptom.key)
    data = ChartData(
        checkins=checkins, medications=medications, events=events, symptom_labels=labels
    )
    choice = ChartChoice(symptoms=tuple(keys) or ("pain",), treatments=True, daily_points=False)
    heights = plan_heights(data, choice, start, end)
    figure = Figure(figsize=(width_in, min(9.0, 1.1 * sum(heights))), dpi=150)
    build_trends(data, choice, start, end, figure=figure, width_px=int(width_in * 100), tr=tr)
    return figure


# Catalogue text used above, marked so lupdate collects it under the "charts" context.
_TEXTS = (
    N_("charts", "Dots: daily values"),
    N_("charts", "Dots: average of\neach {days} days"),
    N_("charts", "Score 0–10"),
    N_("charts", "Symptoms (lines: 7-day average)"),
    N_("charts", "7-day average"),
    N_("charts", "kg"),
    N_("charts", "Weight"),
    N_("charts", "Reference range\n{low}–{high} {unit}"),
    N_("charts", "Reference range\n(as reported)"),
    N_("charts", "Results"),
    N_("charts", "High (above range)"),
    N_("charts", "Low (below range)"),
    N_("charts", "% taken"),
    N_("charts", "Medicines taken (% of scheduled doses)"),
    N_("charts", "Choose what to show on the left."),
    N_("charts", "Medicines and treatments"),
    N_("charts", "Arms (0–5)"),
    N_("charts", "Legs (0–7)"),
    N_("charts", "Grade"),
    N_("charts", "Nothing recorded in this period."),
    N_("charts", "{day} {month}"),
    # The month names under the dates (short forms).
    N_("charts", "Jan"),
    N_("charts", "Feb"),
    N_("charts", "Mar"),
    N_("charts", "Apr"),
    N_("charts", "May"),
    N_("charts", "Jun"),
    N_("charts", "Jul"),
    N_("charts", "Aug"),
    N_("charts", "Sep"),
    N_("charts", "Oct"),
    N_("charts", "Nov"),
    N_("charts", "Dec"),
    N_("charts", "Arm and leg function (inspired by the ONLS; 0 = not affected)"),
)
