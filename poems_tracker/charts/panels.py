"""The panels of the trend chart, one function each; every one returns what it drew."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from poems_tracker.charts import style
from poems_tracker.charts.model import ChartData, Panel, Series, Translate
from poems_tracker.domain import analysis
from poems_tracker.domain.models import LabResult


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def _xs(days: Sequence[date]) -> list[float]:
    return [style.day_number(d) for d in days]


def _daily_and_trend(
    ax: Axes,
    data: ChartData,
    key: str,
    start: date,
    end: date,
    size: int,
    colour: str,
    line_style: str,
    label: str,
    dots: bool = True,
) -> Series:
    """Light points for the recorded values and the 7-day line with gaps as NaN breaks."""
    points, whole = data.series(key)
    # A trailing mean depends only on the days before it, so slicing the whole-data trend
    # gives exactly the trend of the period; days outside the data stay gaps.
    trend = {d: whole.get(d) for d in analysis.days_between(start, end)} if points else {}
    if dots:
        shown = analysis.bin_points(points, start, end, size)
        ax.plot(
            _xs(list(shown)),
            list(shown.values()),
            linestyle="none",
            marker="o",
            markersize=4.5 if size == 1 else 3.5,
            color=colour,
            alpha=0.35,
            markeredgewidth=0,
            gid="daily",
        )
    days, values = analysis.downsample(list(trend), list(trend.values()), size)
    ax.plot(
        _xs(days),
        _nan(values),
        color=colour,
        linestyle=line_style,
        linewidth=style.LINE_WIDTH,
        label=style.wrap(label),
        gid="trend",
    )
    return Series(label, "", {d: v for d, v in points.items() if start <= d <= end}, trend)


def _legend(ax: Axes, tr: Translate, handles: list | None = None, empty: bool = False) -> None:
    """The key to the right of the panel; a panel with nothing to show says so instead."""
    if handles is None:
        handles = ax.get_legend_handles_labels()[0]
    if empty or not handles:
        ax.text(
            0.5,
            0.5,
            tr("charts", "Nothing recorded in this period."),
            transform=ax.transAxes,
            ha="center",
            va="center",
            **style.font(style.FONT),
            color=style.GREY,
            gid="nothing",
        )
        ax.set_yticks([])  # no scale for nothing (and no "−0.10" to collide with)
        return
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        prop={"size": style.SMALL, "family": style.font_families()},
        frameon=False,
        borderaxespad=0.0,
        handlelength=2.6,
    )


def _daily_note(tr: Translate, size: int) -> Line2D:
    text = (
        tr("charts", "Dots: daily values")
        if size == 1
        else tr("charts", "Dots: average of\neach {days} days").format(days=size)
    )
    return Line2D([], [], linestyle="none", marker="o", color=style.GREY, alpha=0.5, label=text)


def symptom_panel(
    ax: Axes,
    data: ChartData,
    keys: Sequence[str],
    start: date,
    end: date,
    size: int,
    tr: Translate,
    dots: bool = True,
) -> Panel:
    series = []
    for i, key in enumerate(keys):
        label = data.symptom_labels.get(key, key)
        series.append(
            _daily_and_trend(
                ax,
                data,
                key,
                start,
                end,
                size,
                style.colour_for(key, i),
                style.style_for(i),
                label,
                dots,
            )
        )
    ax.set_ylim(-0.4, 10.4)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(tr("charts", "Score 0–10"), **style.font(style.FONT))
    title = tr("charts", "Symptoms (lines: 7-day average)")
    ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
    handles, _ = ax.get_legend_handles_labels()
    _legend(
        ax,
        tr,
        [*handles, _daily_note(tr, size)] if dots else handles,
        empty=not any(s.points for s in series),
    )
    return Panel("symptoms", title, ax, tuple(series))


def weight_panel(
    ax: Axes, data: ChartData, start: date, end: date, size: int, tr: Translate
) -> Panel:
    label = tr("charts", "7-day average")
    one = _daily_and_trend(ax, data, "weight_kg", start, end, size, style.BLACK, "-", label)
    ax.set_ylabel(tr("charts", "kg"), **style.font(style.FONT))
    title = tr("charts", "Weight")
    ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
    handles, _ = ax.get_legend_handles_labels()
    _legend(ax, tr, [*handles, _daily_note(tr, size)], empty=not one.points)
    return Panel("weight", title, ax, (Series(title, "kg", one.points, one.trend),))


def _range_band(ax: Axes, results: Sequence[LabResult], unit: str, tr: Translate) -> None:
    """The stored reference range as a shaded band (inclusive limits, domain.md)."""
    ranges = {
        (r.reference_low, r.reference_high)
        for r in results
        if r.reference_low is not None or r.reference_high is not None
    }
    if not ranges:
        return
    if len(ranges) == 1:
        low, high = next(iter(ranges))
        values = [r.value or 0.0 for r in results]
        bottom = low if low is not None else min(0.0, *values)
        top = high if high is not None else max(values) * 1.1
        text = tr("charts", "Reference range\n{low}–{high} {unit}").format(
            low="" if low is None else f"{low:g}",
            high="" if high is None else f"{high:g}",
            unit=analysis.pretty_unit(unit),
        )
        ax.axhspan(
            bottom, top, color=style.RANGE_COLOUR, alpha=0.16, linewidth=0, label=text, gid="range"
        )
        return
    xs = _xs([r.day for r in results])
    lows = [math.nan if r.reference_low is None else r.reference_low for r in results]
    highs = [math.nan if r.reference_high is None else r.reference_high for r in results]
    ax.fill_between(
        xs,
        lows,
        highs,
        step="post",
        color=style.RANGE_COLOUR,
        alpha=0.16,
        linewidth=0,
        label=tr("charts", "Reference range\n(as reported)"),
        gid="range",
    )


#: Values spanning more than this factor get a log scale when the scale is "auto".
LOG_SPAN = 10.0


def wants_log(values: Sequence[float], scale: str = "auto") -> bool:
    """Whether a lab panel with VALUES is drawn on a log scale (SCALE: auto, linear, log)."""
    positive = [v for v in values if v > 0]
    if scale == "linear" or not positive or len(positive) < len(values):
        return False
    return scale == "log" or max(positive) > LOG_SPAN * min(positive)


def lab_panel(
    ax: Axes,
    label: str,
    unit: str,
    results: Sequence[LabResult],
    tr: Translate,
    scale: str = "auto",
) -> Panel:
    _range_band(ax, results, unit, tr)
    xs = _xs([r.day for r in results])
    values = [float(r.value or 0.0) for r in results]
    ax.plot(
        xs,
        values,
        color=style.BLUE,
        linewidth=2.0,
        marker="o",
        markersize=7,
        label=tr("charts", "Results"),
        gid="lab",
    )
    flags = {r.day: analysis.out_of_range(r) for r in results}
    for flag, colour, marker, text in (
        ("high", style.HIGH_COLOUR, style.HIGH_MARKER, tr("charts", "High (above range)")),
        ("low", style.LOW_COLOUR, style.LOW_MARKER, tr("charts", "Low (below range)")),
    ):
        marked = [
            (x, v) for x, v, r in zip(xs, values, results, strict=True) if flags[r.day] == flag
        ]
        if marked:
            ax.plot(
                [m[0] for m in marked],
                [m[1] for m in marked],
                linestyle="none",
                marker=marker,
                markersize=13,
                color=colour,
                markeredgecolor="black",
                markeredgewidth=1.0,
                label=text,
                gid=flag,
            )
    ax.margins(y=0.15)  # room above and below for the large High/Low markers
    title = label
    if wants_log(values, scale):
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        ax.set_yscale("log")
        low, high = ax.get_ylim()  # the reference band may reach beyond the values
        decades = math.log10(max(high, 1e-9) / max(low, 1e-9))
        subs = (1.0,) if decades > 2 else (1.0, 2.0, 5.0)  # a few round values, none crowded
        ax.yaxis.set_major_locator(LogLocator(subs=subs, numticks=6))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))  # 1000, not 10³
        ax.yaxis.set_minor_formatter(NullFormatter())
        title = tr("charts", "{test} (log scale)").format(test=label)
    else:
        ax.set_yscale("linear")
        if values and min(values) >= 0:  # no negative ticks under values that cannot be
            ax.set_ylim(bottom=0)
    ax.set_ylabel(analysis.pretty_unit(unit), **style.font(style.FONT))
    ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
    _legend(ax, tr, empty=not results)
    points = {r.day: float(r.value or 0.0) for r in results}
    return Panel(
        "lab",
        label,
        ax,
        (Series(label, unit, points, flags={d: f for d, f in flags.items() if f}),),
    )


def adherence_panel(ax: Axes, data: ChartData, tr: Translate) -> Panel:
    series = []
    for i, (name, weeks) in enumerate(sorted(data.adherence.items())):
        xs = _xs([d for d, _ in weeks])
        ax.plot(
            xs,
            _nan([v for _, v in weeks]),
            drawstyle="steps-post",
            color=style.CYCLE[i % len(style.CYCLE)],
            linestyle=style.style_for(i),
            linewidth=style.LINE_WIDTH,
            marker=style.marker_for(i),
            markersize=5,
            label=style.wrap(name),
            gid="adherence",
        )
        series.append(Series(name, "%", {d: v for d, v in weeks if v is not None}))
    ax.set_ylim(-5, 105)
    ax.set_yticks([0, 50, 100])
    ax.set_ylabel(tr("charts", "% taken"), **style.font(style.FONT))
    title = tr("charts", "Medicines taken (% of scheduled doses)")
    ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
    _legend(ax, tr)
    return Panel("adherence", title, ax, tuple(series))


def function_panel(ax: Axes, data: ChartData, start: date, end: date, tr: Translate) -> Panel:
    """Arm grade (0–5) and leg grade (0–7) as steps: a grade holds until the next check."""
    checks = [c for c in data.function_checks if start <= c.day <= end]
    series = []
    for i, (label, attribute, colour, marker) in enumerate(
        (
            (tr("charts", "Arms (0–5)"), "arms", style.BLUE, "s"),
            (tr("charts", "Legs (0–7)"), "legs", style.VERMILLION, "D"),
        )
    ):
        points = {c.day: float(getattr(c, attribute)) for c in checks}
        ax.plot(
            _xs(list(points)),
            list(points.values()),
            drawstyle="steps-post",
            color=colour,
            linestyle=style.style_for(i),
            linewidth=style.LINE_WIDTH,
            marker=marker,
            markersize=7,
            label=label,
            gid="function",
        )
        series.append(Series(label, "", points))
    ax.set_ylim(-0.4, 7.4)
    ax.set_yticks(range(0, 8, 2))
    ax.set_ylabel(tr("charts", "Grade"), **style.font(style.FONT))
    title = tr("charts", "Arm and leg function (inspired by the ONLS; 0 = not affected)")
    ax.set_title(title, loc="left", **style.font(style.TITLE, fontweight="bold"))
    _legend(ax, tr, empty=not checks)
    return Panel("function", title, ax, tuple(series))
