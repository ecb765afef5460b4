"""Symptoms by cycle day as a picture: one row per symptom, one column per cycle day.

The shade says how bad the average was, and the number is written in the cell when there
is room (colour is never the only signal); a cell with nothing logged is hatched. A strip
above marks the medicine days, hatched too, so "worse in the week off" can be seen at a
glance. Averages only: the page says they show patterns, not causes.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from poems_tracker.charts import style
from poems_tracker.charts.model import Translate, as_written
from poems_tracker.charts.timeline import shorten
from poems_tracker.domain.cycle_days import CycleDaySummary

#: Pixels per symptom row and for the medicine strip, titles and the day axis.
ROW_PX = 30
FRAME_PX = 150
COLOUR_MAP = "YlOrRd"  # light to dark: still ordered when printed in grey


def heatmap_height(rows: int, scale: float = 1.0) -> int:
    """Pixels the heat-map needs for ROWS symptoms at text SCALE."""
    return int((FRAME_PX + ROW_PX * max(1, rows)) * scale)


def draw_cycle_heatmap(
    figure: Figure,
    summary: CycleDaySummary,
    symptoms: Sequence[tuple[str, str]],
    tr: Translate = as_written,
) -> None:
    """Draw SUMMARY for SYMPTOMS ((key, label), score symptoms only) on FIGURE."""
    import numpy as np

    figure.clear()
    figure.set_facecolor("white")
    days = [row.day for row in summary.rows]
    if not days or not symptoms:
        figure.text(
            0.5,
            0.5,
            tr("charts", "Nothing logged in these cycles."),
            ha="center",
            va="center",
            **style.font(style.FONT),
        )
        return
    values = np.full((len(symptoms), len(days)), np.nan)
    for c, row in enumerate(summary.rows):
        for r, (key, _label) in enumerate(symptoms):
            average = row.average(key)
            if average is not None:
                values[r, c] = average
    width_in, height_in = figure.get_size_inches()
    label_in = 0.2 + max(style.text_width(label) for _key, label in symptoms) * 0.095
    left = min(0.45, min(2.2, label_in) / width_in)
    right = 1 - min(0.2, 1.3 / width_in)
    strip_h, top_in, bottom_in = 0.28, 0.55, 0.55
    grid = figure.add_gridspec(
        2,
        2,
        height_ratios=[strip_h, max(0.3, height_in - strip_h - top_in - bottom_in)],
        width_ratios=[1, 0.03],
        left=left,
        right=right,
        top=1 - top_in / height_in,
        bottom=bottom_in / height_in,
        hspace=0.08,
        wspace=0.04,
    )
    strip = figure.add_subplot(grid[0, 0])
    ax = figure.add_subplot(grid[1, 0], sharex=strip)
    bar_ax = figure.add_subplot(grid[1, 1])
    # the medicine days: filled and hatched; days off: empty
    for c, row in enumerate(summary.rows):
        if row.on_medicine:
            strip.add_patch(
                _rect(c - 0.5, 0, 1, 1, style.BLUE, hatch="//", alpha=0.45, gid="on-medicine")
            )
    strip.set_ylim(0, 1)
    strip.set_yticks([0.5], [tr("charts", "Medicine")], **style.font(style.SMALL))
    strip.tick_params(labelbottom=False, length=0)
    for side in ("top", "right", "bottom"):
        strip.spines[side].set_visible(False)
    strip.set_title(
        tr("charts", "Average score by cycle day (0 none – 10 worst)"),
        loc="left",
        **style.font(style.TITLE, fontweight="bold"),
    )
    image = ax.imshow(
        np.ma.masked_invalid(values),
        aspect="auto",
        cmap=COLOUR_MAP,
        vmin=0,
        vmax=10,
        interpolation="nearest",
        extent=(-0.5, len(days) - 0.5, len(symptoms) - 0.5, -0.5),
    )
    for r in range(len(symptoms)):  # nothing logged: hatched, not a colour
        for c in range(len(days)):
            if np.isnan(values[r, c]):
                ax.add_patch(_rect(c - 0.5, r - 0.5, 1, 1, "white", hatch="xx", alpha=1.0))
    cell_px = (right - left) * width_in * figure.dpi / len(days)
    if cell_px >= style.SMALL * 1.6 * figure.dpi / style.DPI:  # room for the number
        for r in range(len(symptoms)):
            for c in range(len(days)):
                if not np.isnan(values[r, c]):
                    value = values[r, c]
                    ax.text(
                        c,
                        r,
                        f"{value:.0f}",
                        ha="center",
                        va="center",
                        color="white" if value >= 7.5 else "black",  # the darker reds
                        **style.font(style.SMALL * 0.85),
                    )
    step = max(1, int(np.ceil(len(days) / max(2, (right - left) * width_in * 2.2))))
    ticks = [c for c in range(len(days)) if c % step == 0]
    ax.set_xticks(ticks, [str(days[c]) for c in ticks], **style.font(style.SMALL))
    ax.set_yticks(
        range(len(symptoms)),
        [shorten(label, 24) for _key, label in symptoms],
        **style.font(style.SMALL),
    )
    ax.set_xlabel(tr("charts", "Cycle day"), **style.font(style.FONT))
    ax.set_xlim(-0.5, len(days) - 0.5)
    bar = figure.colorbar(image, cax=bar_ax)
    bar.set_ticks([0, 5, 10])
    bar.ax.tick_params(labelsize=style.SMALL)
    style.fit_titles(figure)


def _rect(x: float, y: float, w: float, h: float, colour: str, **extra: object):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, h, facecolor=colour, edgecolor=style.GREY, linewidth=0.4, **extra)
