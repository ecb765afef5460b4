"""Small marker charts: one panel per marker series, treatment spans shaded behind.

Black line with points (readable in black and white); a log scale where the values span
more than tenfold, so the fall after treatment and a later rise both show. Used by the
report (as one image) and by the markers page (one figure per series).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from poems_tracker.charts import style
from poems_tracker.charts.model import Translate, as_written
from poems_tracker.domain.marker_facts import MarkerSeries
from poems_tracker.domain.models import LabQualifier

#: The least time a chart covers, back from the latest value (domain.md: two years or more).
MIN_SPAN = timedelta(days=2 * 365)


@dataclass(frozen=True, slots=True)
class Span:
    """A treatment drawn behind the values: first and last day (inclusive)."""

    start: date
    end: date


def needs_log_scale(values: Sequence[float]) -> bool:
    """More than tenfold between the lowest and highest positive value."""
    positive = [v for v in values if v > 0]
    return len(positive) > 1 and max(positive) > 10 * min(positive)


def draw_marker(
    ax: Axes,
    series: MarkerSeries,
    spans: Sequence[Span],
    end: date,
    tr: Translate = as_written,
    size: float = 6,
    decimal_point: str = ".",
) -> None:
    """SERIES on AX from two years (or more: from the treatment start) before END; the
    value axis writes DECIMAL_POINT (a comma in a French report)."""
    first = end - MIN_SPAN
    if series.start is not None and series.start.day - timedelta(days=60) < first:
        first = series.start.day - timedelta(days=60)
    points = [
        r for r in series.results if r.value is not None and first <= r.day <= end and r.value > 0
    ]
    for span in spans:
        if span.end >= first and span.start <= end:
            ax.axvspan(
                style.day_number(max(span.start, first)),
                style.day_number(min(span.end, end)),
                facecolor="#d9d9d9",
                edgecolor="none",
                zorder=0,
            )
    xs = [style.day_number(r.day) for r in points]
    ys = [r.value for r in points]
    ax.plot(xs, ys, color="black", linewidth=1.2, marker="o", markersize=3, zorder=3)
    below = [
        (x, y) for x, y, r in zip(xs, ys, points, strict=True) if r.qualifier == LabQualifier.BELOW
    ]
    if below:
        ax.plot(*zip(*below, strict=True), "v", color="black", markersize=4, zorder=4)
    high = series.latest.reference_high
    if high is not None:
        ax.axhline(high, color="black", linewidth=0.8, linestyle="--", zorder=2)
    if needs_log_scale(ys):
        from matplotlib.ticker import NullFormatter

        ax.set_yscale("log")
        ax.yaxis.set_minor_formatter(NullFormatter())
    elif decimal_point != ".":
        from matplotlib.ticker import ScalarFormatter

        class Localised(ScalarFormatter):
            def __call__(self, x: float, pos: int | None = None) -> str:
                return super().__call__(x, pos).replace(".", decimal_point)

        ax.yaxis.set_major_formatter(Localised())
    ax.set_xlim(style.day_number(first), style.day_number(end))
    unit = series.unit.replace("^9", "⁹")
    ax.set_title(
        f"{tr('labs', series.label)} ({unit})" if unit else tr("labs", series.label),
        **style.font(size, fontweight="bold"),
        loc="left",
    )
    ax.tick_params(labelsize=size - 1)
    for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
        label.set_fontfamily(style.font_families())
    import matplotlib.dates as mdates

    years = max(1, (end - first).days // 365)
    ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, -(-years // 4))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(True, color="#bbbbbb", linewidth=0.4)


def markers_figure(
    series: Sequence[MarkerSeries],
    spans: Sequence[Span],
    end: date,
    *,
    tr: Translate = as_written,
    width_in: float = 7.0,
    columns: int = 4,
    decimal_point: str = ".",
) -> Figure:
    """Small multiples of SERIES (numeric ones only), COLUMNS to a row."""
    numeric = [s for s in series if any(r.value is not None for r in s.results)]
    rows = max(1, -(-len(numeric) // columns))
    figure = Figure(figsize=(width_in, 0.95 * rows), dpi=150)
    for index, one in enumerate(numeric):
        ax = figure.add_subplot(rows, columns, index + 1)
        draw_marker(ax, one, spans, end, tr, decimal_point=decimal_point)
    figure.subplots_adjust(left=0.06, right=0.99, top=0.88, bottom=0.12, wspace=0.35, hspace=0.85)
    return figure
