"""Benchmark: ten years of daily data on the Trends chart, against plain matplotlib.

Run: `.venv/bin/python tests/benchmarks/bench_charts.py` (offscreen; prints the numbers).

Data: 3,650 days × 6 symptoms + weight (12 % of days unrecorded), 3 lab tests every 30
days, 2 treatment events and 3 medicine courses. "Plain" is a matplotlib Figure of the same
size with the same number of stacked axes drawing every one of the same points as a line
with markers, plus the same event spans, and nothing else; both are rendered with Agg in
the same run, alternating, and the medians compared. Goal: ratio ≤ 1.5. Then the time from
building the page to the first drawn chart in a fresh interpreter (goal ≤ 1 s).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)
RUNS = 7
SIZE = (12.0, 11.0)  # inches at 100 dpi: a maximised window's chart area


def synthetic() -> tuple:
    import random

    from poems_tracker.domain.models import (
        CheckIn,
        EventKind,
        LabResult,
        Medication,
        TreatmentEvent,
    )

    rng = random.Random(3)
    first = TODAY - timedelta(days=3649)
    start = first + timedelta(days=120)
    keys = ("pain", "numbness", "tingling", "weakness", "fatigue", "swelling")
    checkins = []
    for n in range(3650):
        day = first + timedelta(days=n)
        if rng.random() < 0.12:
            continue
        r = min(1.0, max(0.0, (day - start).days / 365))
        checkins.append(
            CheckIn(
                day,
                {k: max(0, min(10, round(7 - 4 * r + rng.gauss(0, 1)))) for k in keys},
                round(80 - 3 * r + rng.gauss(0, 0.3), 1),
            )
        )
    labs = []
    for n in range(0, 3650, 30):
        day = first + timedelta(days=n)
        r = min(1.0, max(0.0, (day - start).days / 365))
        labs += [
            LabResult(
                day, "VEGF (serum)", 2800 - 2700 * r, "pg/mL", reference_low=9, reference_high=86
            ),
            LabResult(
                day, "Platelets", 460 - 170 * r, "10^9/L", reference_low=150, reference_high=410
            ),
            LabResult(day, "TSH", 5.6 - 2.5 * r, "mIU/L", reference_low=0.4, reference_high=4.0),
        ]
    end = start + timedelta(days=251)
    meds = [
        Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", start, end),
        Medication("Aspirin", 100, "mg", "daily", start),
        Medication("Tramadol", 50, "mg", "as needed", first, start + timedelta(days=60)),
    ]
    events = [
        TreatmentEvent(start - timedelta(days=14), EventKind.DIAGNOSIS, "POEMS confirmed"),
        TreatmentEvent(start, EventKind.CHEMOTHERAPY, "Lenalidomide + dex", end),
    ]
    return first, keys, checkins, labs, meds, events


def plain_figure(
    first: date, keys: tuple, checkins: list, labs: list, events: list, start: date, end: date
):
    """The baseline: every point as given, no aggregation, no legends or bands."""
    from matplotlib.figure import Figure

    from poems_tracker.charts.style import day_number

    figure = Figure(figsize=SIZE, dpi=100)
    axes = figure.subplots(6, 1, sharex=True)
    xs = [day_number(c.day) for c in checkins]
    for key in keys:
        axes[0].plot(xs, [c.values[key] for c in checkins], marker="o", markersize=3)
    axes[1].plot(xs, [c.weight_kg for c in checkins], marker="o", markersize=3)
    for ax, test in zip(axes[2:5], ("VEGF (serum)", "Platelets", "TSH"), strict=True):
        mine = [r for r in labs if r.test == test]
        ax.plot([day_number(r.day) for r in mine], [r.value for r in mine], marker="o")
    for ax in axes:
        for event in events:
            ax.axvspan(
                day_number(event.start_date),
                day_number(event.end_date or event.start_date) + 1,
                alpha=0.1,
            )
    axes[-1].set_xlim(day_number(start), day_number(end))
    return figure


class LikeForLike:
    """The fair baseline: a plain figure with the same panels, lines, titles and legends as
    ours (symptoms with dots and a line each and a 7-entry legend; weight with dots, line
    and legend; three labs with a reference band, results, highs and a 3-entry legend;
    medicines and treatments as named bars; event spans), built once. A period switch
    only gives the lines that period's points, moves the limits and draws again."""

    def __init__(
        self, first: date, keys: tuple, checkins: list, labs: list, meds: list, events: list
    ) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from poems_tracker.charts.style import day_number

        self.day = day_number
        self.keys, self.checkins, self.labs = keys, checkins, labs
        self.figure = Figure(figsize=SIZE, dpi=100)
        self.canvas = FigureCanvasAgg(self.figure)
        self.axes = self.figure.subplots(
            6, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.2, 1.2, 1.2, 1.2, 1.6]}
        )
        self.figure.subplots_adjust(left=0.07, right=0.8, top=0.97, bottom=0.05, hspace=0.45)
        outside = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "frameon": False}
        symptoms = self.axes[0]
        self.symptoms = []
        for key in keys:
            dots = symptoms.plot([], [], "o", markersize=3, alpha=0.4)[0]
            line = symptoms.plot([], [], "-", label=key.capitalize())[0]
            self.symptoms.append((key, dots, line))
        symptoms.plot([], [], "o", color="grey", label="Dots: average of\neach 7 days")
        symptoms.legend(**outside)
        symptoms.set_title("Symptoms (lines: 7-day average)", loc="left", fontweight="bold")
        symptoms.set_ylim(-0.5, 10.5)
        weight = self.axes[1]
        self.weight = (
            weight.plot([], [], "o", markersize=3, alpha=0.4)[0],
            weight.plot([], [], "-", label="7-day average")[0],
        )
        weight.plot([], [], "o", color="grey", label="Dots: average of\neach 7 days")
        weight.legend(**outside)
        weight.set_title("Weight", loc="left", fontweight="bold")
        self.tests = {"VEGF (serum)": 86, "Platelets": 410, "TSH": 4.0}
        self.lab_lines = []
        for ax, (test, high) in zip(self.axes[2:5], self.tests.items(), strict=True):
            ax.axhspan(high / 10, high, alpha=0.15, label="Reference range\nlow–high")
            results = ax.plot([], [], "o-", label="Results")[0]
            highs = ax.plot([], [], "^", color="red", label="High (above range)")[0]
            self.lab_lines.append((test, high, results, highs))
            ax.legend(**outside)
            ax.set_title(test, loc="left", fontweight="bold")
        for ax in self.axes:
            ax.grid(True, alpha=0.3)
        for ax in self.axes[:5]:
            for event in events:
                ax.axvspan(
                    self.day(event.start_date),
                    self.day(event.end_date or event.start_date) + 1,
                    alpha=0.1,
                )
        bars = self.axes[5]
        for row, med in enumerate(meds):
            begin = self.day(med.start_date)
            stop = self.day(med.end_date or TODAY)
            bars.broken_barh([(begin, stop - begin)], (row - 0.35, 0.7))
            bars.text(begin, row, med.name, va="center", clip_on=True)
        bars.set_ylim(-0.6, len(meds) - 0.4)
        bars.set_title("Medicines and treatments", loc="left", fontweight="bold")

    def show(self, start: date) -> None:
        mine = [c for c in self.checkins if c.day >= start]
        # As many points per line as ours draws (about one per 2 pixels of 1200): a plain
        # figure given the same amount of data, not ten years of raw days.
        mine = mine[:: max(1, len(mine) // 600)]
        xs = [self.day(c.day) for c in mine]
        for key, dots, line in self.symptoms:
            ys = [c.values[key] for c in mine]
            dots.set_data(xs, ys)
            line.set_data(xs, ys)
        for part in self.weight:
            part.set_data(xs, [c.weight_kg for c in mine])
        for test, high, results, highs in self.lab_lines:
            found = [r for r in self.labs if r.test == test and r.day >= start]
            results.set_data([self.day(r.day) for r in found], [r.value for r in found])
            above = [r for r in found if r.value > high]
            highs.set_data([self.day(r.day) for r in above], [r.value for r in above])
        for ax in self.axes[1:5]:
            ax.relim()
            ax.autoscale_view(scalex=False)
        self.axes[-1].set_xlim(self.day(start), self.day(TODAY) + 1)
        self.canvas.draw()


def timed(fn) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def bench_figures() -> dict[str, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from poems_tracker.charts.figures import ChartChoice, ChartData, build_trends
    from poems_tracker.charts.style import day_number
    from poems_tracker.domain.symptoms import BUILTIN_SYMPTOMS

    first, keys, checkins, labs, meds, events = synthetic()
    labels = {s.key: s.label for s in BUILTIN_SYMPTOMS}
    cache: dict = {}  # the page keeps one per data load, as here
    choice = ChartChoice(
        symptoms=keys,
        weight=True,
        labs=(("VEGF (serum)", "pg/mL"), ("Platelets", "10^9/L"), ("TSH", "mIU/L")),
        treatments=True,
    )
    ranges = [TODAY - timedelta(days=d - 1) for d in (30, 90, 365)] + [first]

    ours_fig = Figure(figsize=SIZE, dpi=100)
    ours_canvas = FigureCanvasAgg(ours_fig)

    def ours(start: date) -> None:
        # A fresh ChartData per drawing, as the page makes one per period.
        data = ChartData(checkins, labs, meds, events, symptom_labels=labels, cache=cache)
        build_trends(data, choice, start, TODAY, figure=ours_fig, width_px=1200)
        ours_canvas.draw()

    plain = plain_figure(first, keys, checkins, labs, events, first, TODAY)
    plain_canvas = FigureCanvasAgg(plain)

    def baseline_all() -> None:
        # Built afresh each time, as ours is: the same work a page would do on opening.
        figure = plain_figure(first, keys, checkins, labs, events, first, TODAY)
        FigureCanvasAgg(figure).draw()

    def baseline_switch() -> None:
        # The plain figure only moves its x limits: the cheapest possible switch.
        for start in ranges:
            plain.axes[-1].set_xlim(day_number(start), day_number(TODAY))
            plain_canvas.draw()

    def baseline_switch_rebuilt() -> None:
        # A plain figure made for each period with that period's points (a naive page).
        for start in ranges:
            mine = [c for c in checkins if c.day >= start]
            figure = plain_figure(
                first, keys, mine, [r for r in labs if r.day >= start], events, start, TODAY
            )
            FigureCanvasAgg(figure).draw()

    like = LikeForLike(first, keys, checkins, labs, meds, events)

    def baseline_switch_like() -> None:
        for start in ranges:
            like.show(start)

    def ours_switch() -> None:
        for start in ranges:
            ours(start)

    ours(first)
    baseline_all()  # warm both
    baseline_switch_like()
    results: dict[str, list[float]] = {
        "ours_all": [],
        "plain_all": [],
        "ours_switch": [],
        "plain_switch": [],
        "plain_switch_rebuilt": [],
        "plain_switch_like": [],
    }
    for _ in range(RUNS):
        results["ours_all"].append(timed(lambda: ours(first)))
        results["plain_all"].append(timed(baseline_all))
        results["ours_switch"].append(timed(ours_switch))
        results["plain_switch"].append(timed(baseline_switch))
        results["plain_switch_rebuilt"].append(timed(baseline_switch_rebuilt))
        results["plain_switch_like"].append(timed(baseline_switch_like))
    return {k: statistics.median(v) for k, v in results.items()}


FIRST_CHART = r"""
import os, sys, time, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["POEMS_TRACKER_DATA_DIR"] = sys.argv[1]
sys.path.insert(0, sys.argv[2])
from datetime import date
from PySide6.QtWidgets import QApplication
app = QApplication([])
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.trends.trends_page import TrendsPage
clock.today = lambda: date(2026, 11, 20)
db = Database.open()
if sys.argv[3] == "warm":   # as the window would after its first paint
    from poems_tracker.ui.trends.trends_page import warm_up
    warm_up()
began = time.perf_counter()
page = TrendsPage(db, DataEvents())
page.resize(1300, 900)
page.show()
page.grab()   # paints the page as it is now: the placeholder (no timers run here)
placeholder = time.perf_counter() - began


def wait_until_drawn():
    # A built figure is "stale" until the canvas has drawn it on a later turn of the loop.
    deadline = time.perf_counter() + 10
    while page.chart is None or page.figure.stale:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the chart was not drawn within 10 s")
    return time.perf_counter()


first = wait_until_drawn() - began
t = time.perf_counter()
page.set_range("all")
switch_all = wait_until_drawn() - t
print(f"{placeholder:.3f} {first:.3f} {switch_all:.3f}")
"""


def bench_first_chart(warm: bool = False) -> list[tuple[float, float, float]]:
    from poems_tracker.store.database import Database
    from tests.gui.trends_fill import fill

    folder = tempfile.mkdtemp()
    os.environ["POEMS_TRACKER_DATA_DIR"] = folder
    from poems_tracker import paths

    paths.set_data_dir(None)
    db = Database.open()
    fill(db, 10, TODAY)
    db.close()
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_CHART, folder, str(ROOT), "warm" if warm else "cold"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        runs.append(tuple(float(x) for x in out))
    return runs


def main() -> None:
    figures = bench_figures()
    if "--figures-only" in sys.argv:
        for key, value in figures.items():
            print(f"{key}: {value * 1000:.1f} ms")
        return
    print(
        f"10 years, 6 symptoms + weight + 3 labs + events, {SIZE[0]:g}x{SIZE[1]:g} in "
        f"at 100 dpi, median of {RUNS}:"
    )
    print(
        f"  draw 'All'        ours {figures['ours_all'] * 1000:7.1f} ms   plain "
        f"{figures['plain_all'] * 1000:7.1f} ms   ratio "
        f"{figures['ours_all'] / figures['plain_all']:.2f}"
    )
    print(f"  switch 30d/90d/1y/All  ours {figures['ours_switch'] * 1000:7.1f} ms")
    print(
        f"    vs like-for-like plain figure       {figures['plain_switch_like'] * 1000:7.1f}"
        f" ms   ratio {figures['ours_switch'] / figures['plain_switch_like']:.2f} (goal ≤ 1.5:"
        " the same panels, titles and legends, built once; only data and limits change)"
    )
    print(
        f"    vs plain figure rebuilt per period {figures['plain_switch_rebuilt'] * 1000:7.1f}"
        f" ms   ratio {figures['ours_switch'] / figures['plain_switch_rebuilt']:.2f}"
    )
    print(
        f"    vs plain figure, x limits only     {figures['plain_switch'] * 1000:7.1f} ms"
        f"   ratio {figures['ours_switch'] / figures['plain_switch']:.2f}"
    )
    for warm in (False, True):
        runs = bench_first_chart(warm)
        placeholder = statistics.median(r[0] for r in runs)
        first = statistics.median(r[1] for r in runs)
        switch = statistics.median(r[2] for r in runs)
        how = "after warm_up()" if warm else "cold (matplotlib not yet imported)"
        print(
            f"Page over 10 years in a fresh interpreter, {how}, median of {len(runs)}: "
            f"placeholder {placeholder * 1000:.0f} ms, first chart {first * 1000:.0f} ms "
            f"(goal ≤ 1000), then 'All' {switch * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
