"""No text of a Trends chart is drawn over another, and no label runs off its chart: at
the sizes the window gives the chart at 1280×800, with many panels or few."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.charts import style
from poems_tracker.charts.timeline import shorten
from tests.chart_checks import cut_by_axes, overprints

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory):
    from poems_tracker import paths
    from poems_tracker.demo import fill
    from poems_tracker.store.database import Database
    from poems_tracker.ui.trends.trends_data import TrendsData

    paths.set_data_dir(tmp_path_factory.mktemp("charts"))
    try:
        db = Database.open()
        fill(db, years=2, seed=3, today=TODAY)
        data = TrendsData.load(db)
        db.close()
    finally:
        paths.set_data_dir(None)
    return data


def _chart(data, choice, days: int, size: tuple[int, int]):
    """The chart as the Trends page draws it in a view of SIZE: as tall as its panels need
    (then it scrolls, with dates under every panel) or as the view, whichever is taller."""
    import dataclasses

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from poems_tracker.charts.figures import ChartData, build_trends, plan_heights, plan_pixels
    from poems_tracker.ui.trends.trends_page import PIXELS_PER_HEIGHT

    start = TODAY - timedelta(days=days - 1)
    chart_data = ChartData(
        data.checkins,
        data.labs,
        data.medications,
        data.events,
        data.adherence(start, TODAY, TODAY),
        data.symptom_labels,
        data.function_checks,
        data.cache,
    )
    heights = plan_heights(chart_data, choice, start, TODAY)
    need = plan_pixels(heights, PIXELS_PER_HEIGHT, False)
    scrolls = need > size[1]
    if scrolls:
        need = plan_pixels(heights, PIXELS_PER_HEIGHT, True)
    height = max(need, size[1])
    choice = dataclasses.replace(choice, dates_on_every_panel=scrolls)
    figure = Figure(figsize=(size[0] / style.DPI, height / style.DPI), dpi=style.DPI)
    FigureCanvasAgg(figure)
    build_trends(chart_data, choice, start, TODAY, figure=figure, width_px=size[0])
    return figure


def _choices(data):
    from poems_tracker.charts.figures import ChartChoice

    vegf = next(k for k in data.lab_keys() if k[0].lower().startswith("vegf"))
    few = ChartChoice(symptoms=("pain",), labs=(vegf,), treatments=True)
    many = ChartChoice(
        symptoms=tuple(data.symptom_labels)[:4],
        weight=True,
        labs=tuple(data.lab_keys())[:2],
        adherence=True,
        treatments=True,
    )
    return {"few": few, "many": many}


@pytest.mark.parametrize("days", [30, 90, 365, 730])
@pytest.mark.parametrize("size", [(860, 560), (1180, 560), (700, 1100)])
@pytest.mark.parametrize("which", ["few", "many"])
def test_no_chart_text_overprints_another(demo_data, days, size, which) -> None:
    figure = _chart(demo_data, _choices(demo_data)[which], days, size)
    problems = overprints(figure) + cut_by_axes(figure)
    assert not problems, "\n".join(problems)


def test_the_check_sees_text_over_text() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.text(0.5, 0.5, "Admitted for tests", transform=ax.transAxes)
    ax.text(0.52, 0.5, "nerve study", transform=ax.transAxes)
    ax.text(0.9, 0.2, "a label running far past the edge")
    assert len(overprints(figure)) >= 1
    assert cut_by_axes(figure)


def test_long_labels_are_shortened_with_an_ellipsis() -> None:
    assert shorten("Aspirin 100 mg", 30) == "Aspirin 100 mg"
    assert shorten("Admitted for tests: nerve study and scans", 20) == "Admitted for tests:…"
    assert style.text_width(shorten("レナリドミド 長い名前の薬", 8)) <= 8
