"""The chart builders, checked without a window: the right lines, bands, spans and gaps."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from poems_tracker.charts import style
from poems_tracker.charts.figures import ChartChoice, ChartData, build_trends, report_figure
from poems_tracker.domain import analysis
from poems_tracker.domain.models import (
    CheckIn,
    EventKind,
    FunctionCheck,
    LabResult,
    Medication,
    TreatmentEvent,
)

D0 = date(2025, 1, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def by_gid(ax, gid: str) -> list:
    return [a for a in ax.get_children() if a.get_gid() == gid]


def legend_texts(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


def pain_checkins() -> list[CheckIn]:
    # 20 days kept, 10 days away (no check-ins), 20 days kept again.
    return [
        CheckIn(day(n), {"pain": 7 if n < 20 else 3}, 80.0 + n / 10)
        for n in range(50)
        if not 20 <= n < 30
    ]


def test_symptom_line_is_the_7_day_mean_with_nan_where_days_are_missing() -> None:
    data = ChartData(checkins=pain_checkins(), symptom_labels={"pain": "Nerve pain"})
    chart = build_trends(data, ChartChoice(symptoms=("pain",), treatments=False), day(0), day(49))
    ax = chart.panels[0].axes
    (line,) = by_gid(ax, "trend")
    ys = list(line.get_ydata())
    xs = list(line.get_xdata())
    assert len(ys) == 50
    assert xs[0] == style.day_number(day(0))
    assert all(math.isnan(y) for y in ys[:3])  # fewer than 4 days yet
    assert ys[3] == pytest.approx(7.0)
    assert math.isnan(ys[24]) and math.isnan(ys[32])  # the 10 days away: a gap
    assert ys[33] == pytest.approx(3.0)  # days 30-33 recorded: four of seven
    assert line.get_label() == "Nerve pain"
    (dots,) = by_gid(ax, "daily")
    assert len(dots.get_xdata()) == 40  # every recorded day, none invented
    assert dots.get_alpha() < 0.5  # light points
    assert ax.get_ylim() == pytest.approx((-0.4, 10.4))
    assert "Nerve pain" in legend_texts(ax)


def test_each_symptom_differs_by_line_style_not_only_colour() -> None:
    checkins = [CheckIn(day(n), {"pain": 5, "fatigue": 4, "numbness": 3}) for n in range(10)]
    chart = build_trends(
        ChartData(checkins=checkins),
        ChartChoice(symptoms=("pain", "fatigue", "numbness"), treatments=False),
        day(0),
        day(9),
    )
    styles = {line.get_linestyle() for line in by_gid(chart.panels[0].axes, "trend")}
    assert len(styles) == 3


def test_lab_panel_has_the_reference_band_and_marks_high_and_low_in_words() -> None:
    labs = [
        LabResult(day(0), "VEGF (serum)", 2840, "pg/mL", reference_low=9, reference_high=86),
        LabResult(day(60), "VEGF (serum)", 50, "pg/mL", reference_low=9, reference_high=86),
        LabResult(day(90), "VEGF (serum)", 5, "pg/mL", reference_low=9, reference_high=86),
    ]
    chart = build_trends(
        ChartData(labs=labs),
        ChartChoice(symptoms=(), labs=(("VEGF (serum)", "pg/mL"),), treatments=False),
        day(0),
        day(120),
    )
    panel = chart.panels[0]
    ax = panel.axes
    (band,) = by_gid(ax, "range")
    assert (band.get_y(), band.get_y() + band.get_height()) == (9, 86)
    (high,) = by_gid(ax, "high")
    (low,) = by_gid(ax, "low")
    assert list(high.get_ydata()) == [2840]
    assert list(low.get_ydata()) == [5]
    assert high.get_marker() != low.get_marker()
    texts = legend_texts(ax)
    assert "High (above range)" in texts
    assert "Low (below range)" in texts
    assert any("9–86 pg/mL" in t for t in texts)
    assert panel.series[0].flags == {day(0): "high", day(90): "low"}


def test_serum_and_plasma_vegf_are_never_one_line() -> None:
    labs = [
        LabResult(day(0), "VEGF (serum)", 900, "pg/mL"),
        LabResult(day(10), "VEGF (plasma)", 90, "pg/mL"),
        LabResult(day(20), "VEGF (serum)", 600, "pg/mL"),
    ]
    choice = ChartChoice(
        symptoms=(), treatments=False, labs=(("VEGF (serum)", "pg/mL"), ("VEGF (plasma)", "pg/mL"))
    )
    chart = build_trends(ChartData(labs=labs), choice, day(0), day(30))
    lines = [by_gid(p.axes, "lab")[0] for p in chart.panels]
    assert [list(line.get_ydata()) for line in lines] == [[900, 600], [90]]


def test_medicine_courses_and_events_share_the_date_axis() -> None:
    meds = [
        Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", day(10), day(40)),
        Medication("Aspirin", 100, "mg", "daily", day(10)),
    ]
    events = [
        TreatmentEvent(day(5), EventKind.DIAGNOSIS, "POEMS confirmed"),
        TreatmentEvent(day(10), EventKind.CHEMOTHERAPY, "Cycle 1", day(37)),
    ]
    checkins = [CheckIn(day(n), {"pain": 5}) for n in range(60)]
    chart = build_trends(
        ChartData(checkins=checkins, medications=meds, events=events),
        ChartChoice(symptoms=("pain",), treatments=True),
        day(0),
        day(59),
    )
    symptoms, treatments = chart.panels
    assert treatments.axes.get_shared_x_axes().joined(symptoms.axes, treatments.axes)
    bars = {
        tuple(map(tuple, c.get_paths()[0].vertices[:1]))
        for c in by_gid(treatments.axes, "medicine")
    }
    assert len(bars) == 2
    labels = [t.get_text().strip() for t in by_gid(treatments.axes, "medicine-label")]
    assert sorted(labels) == ["Aspirin 100 mg", "Lenalidomide 25 mg"]
    events_text = [t.get_text().strip() for t in by_gid(treatments.axes, "event-label")]
    assert sorted(events_text) == ["Cycle 1", "POEMS confirmed"]
    # The ongoing aspirin course runs to the end of the range, not beyond.
    aspirin = [
        c
        for c in by_gid(treatments.axes, "medicine")
        if c.get_paths()[0].vertices[:, 0].max() > style.day_number(day(45))
    ]
    assert aspirin[0].get_paths()[0].vertices[:, 0].max() == pytest.approx(
        style.day_number(day(59)) + 0.5
    )
    # The events also show as a wash behind the symptom panel.
    assert len(by_gid(symptoms.axes, "event-wash")) == 2


def test_ten_years_are_drawn_with_about_one_point_per_two_pixels() -> None:
    checkins = [CheckIn(day(n), {"pain": n % 10}) for n in range(3650)]
    chart = build_trends(
        ChartData(checkins=checkins),
        ChartChoice(symptoms=("pain",), treatments=False),
        day(0),
        day(3649),
        width_px=1000,
    )
    (line,) = by_gid(chart.panels[0].axes, "trend")
    assert chart.bin_size == 8
    assert len(line.get_xdata()) <= 500
    # The read-out still has every exact day.
    assert len(chart.panels[0].series[0].points) == 3650
    legend = legend_texts(chart.panels[0].axes)
    assert any("average of\neach 8 days" in t for t in legend)


@pytest.mark.parametrize(
    ("days", "locator"), [(30, "DayLocator"), (90, "MonthLocator"), (3650, "YearLocator")]
)
def test_dates_are_ticked_for_the_span(days: int, locator: str) -> None:
    checkins = [CheckIn(day(n), {"pain": 4}) for n in range(days)]
    chart = build_trends(
        ChartData(checkins=checkins), ChartChoice(treatments=False), day(0), day(days - 1)
    )
    ax = chart.panels[-1].axes
    assert type(ax.xaxis.get_major_locator()).__name__ == locator
    assert ax.get_xlim()[0] == pytest.approx(style.day_number(day(0)) - 0.5)


def test_weight_panel_and_adherence_panel() -> None:
    adherence = {"Lenalidomide": [(day(0), 100.0), (day(7), None), (day(14), 71.4)]}
    data = ChartData(checkins=pain_checkins(), adherence=adherence)
    chart = build_trends(
        data,
        ChartChoice(symptoms=(), weight=True, adherence=True, treatments=False),
        day(0),
        day(49),
    )
    weight, taken = chart.panels
    (trend,) = by_gid(weight.axes, "trend")
    assert trend.get_ydata()[6] == pytest.approx(sum(80.0 + n / 10 for n in range(7)) / 7)
    (line,) = by_gid(taken.axes, "adherence")
    ys = list(line.get_ydata())
    assert ys[0] == 100.0 and math.isnan(ys[1]) and ys[2] == 71.4  # not recorded = gap
    assert taken.series[0].points == {day(0): 100.0, day(14): 71.4}


def test_nothing_chosen_says_so() -> None:
    chart = build_trends(ChartData(), ChartChoice(symptoms=(), treatments=False), day(0), day(9))
    assert chart.panels == []
    assert "Choose what to show" in chart.figure.texts[0].get_text()


def test_rebuilding_into_the_same_figure_replaces_the_panels() -> None:
    figure = Figure()
    data = ChartData(checkins=pain_checkins())
    build_trends(data, ChartChoice(weight=True), day(0), day(49), figure=figure)
    build_trends(data, ChartChoice(), day(30), day(49), figure=figure)
    assert len(figure.axes) == 2


def test_report_figure_renders_to_an_image() -> None:
    checkins = [CheckIn(day(n), {"pain": 6 - n // 30, "fatigue": 5}) for n in range(90)]
    meds = [Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", day(20), day(80))]
    figure = report_figure(checkins, meds, [], day(0), day(89))
    assert isinstance(figure, Figure)
    symptoms = figure.axes[0]
    assert {line.get_label() for line in by_gid(symptoms, "trend")} == {"Nerve pain", "Tiredness"}
    assert by_gid(symptoms, "daily") == []  # print: lines only
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    assert buffer.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(buffer.getvalue()) > 10_000


def test_rolling_mean_drawn_matches_domain_arithmetic() -> None:
    checkins = pain_checkins()
    chart = build_trends(
        ChartData(checkins=checkins), ChartChoice(treatments=False), day(0), day(49)
    )
    (line,) = by_gid(chart.panels[0].axes, "trend")
    expected = analysis.rolling_mean(
        analysis.series_from_checkins(checkins, "pain"), start=day(0), end=day(49)
    )
    for y, value in zip(line.get_ydata(), expected.values(), strict=True):
        assert (math.isnan(y) and value is None) or y == pytest.approx(value)


def test_function_grades_hold_until_the_next_check() -> None:
    checks = [
        FunctionCheck(day(0), True, arms=3, legs=4),
        FunctionCheck(day(7), True, arms=2, legs=4),
    ]
    chart = build_trends(
        ChartData(function_checks=checks),
        ChartChoice(symptoms=(), function=True, treatments=False),
        day(0),
        day(13),
    )
    (panel,) = chart.panels
    arms, legs = by_gid(panel.axes, "function")
    assert arms.get_drawstyle() == "steps-post"
    assert list(arms.get_ydata()) == [3, 2] and list(legs.get_ydata()) == [4, 4]
    assert "inspired by the ONLS" in panel.title
    assert [s.label for s in panel.series] == ["Arms (0–5)", "Legs (0–7)"]


def test_a_panel_with_nothing_in_the_period_says_so_without_warnings() -> None:
    labs = [LabResult(day(0), "TSH", 6.1, "mIU/L", reference_low=0.4, reference_high=4.0)]
    choice = ChartChoice(
        symptoms=("pain",),
        weight=True,
        labs=(("TSH", "mIU/L"),),
        adherence=True,
        function=True,
        treatments=True,
    )
    chart = build_trends(ChartData(labs=labs), choice, day(100), day(129))
    for panel in chart.panels[:-1]:
        (note,) = by_gid(panel.axes, "nothing")
        assert note.get_text() == "Nothing recorded in this period."
        assert panel.axes.get_legend() is None
    treatments = chart.panels[-1].axes
    assert treatments.texts[0].get_text() == "No medicines or treatments in this period."
    FigureCanvasAgg(chart.figure).draw()  # and it draws (warnings are errors here)


def test_translated_chart_has_every_glyph() -> None:
    """A Japanese or Chinese chart falls back to a CJK face: no empty boxes (and no
    "Glyph missing" warning, which this test suite turns into an error)."""
    words = {
        "Symptoms (lines: 7-day average)": "症状（線：7日間の平均）",
        "Medicines and treatments": "お薬と治療",
        "Score 0–10": "点数 0–10",
    }
    checkins = [CheckIn(day(n), {"pain": 4}) for n in range(20)]
    meds = [Medication("レナリドミド", 25, "mg", "daily", day(3))]
    chart = build_trends(
        ChartData(checkins=checkins, medications=meds, symptom_labels={"pain": "神経の痛み"}),
        ChartChoice(),
        day(0),
        day(19),
        tr=lambda c, t: words.get(t, t),
    )
    assert chart.panels[0].title == "症状（線：7日間の平均）"
    assert any("CJK" in family for family in style.font_families()), style.font_families()
    FigureCanvasAgg(chart.figure).draw()


def test_date_labels_name_the_year_and_follow_the_language() -> None:
    checkins = [CheckIn(day(n), {"pain": 4}) for n in range(300)]
    french = style.DateWords(
        [
            "janv.",
            "févr.",
            "mars",
            "avr.",
            "mai",
            "juin",
            "juil.",
            "août",
            "sept.",
            "oct.",
            "nov.",
            "déc.",
        ],
        "{day} {month}",
    )
    chart = build_trends(
        ChartData(checkins=checkins),
        ChartChoice(treatments=False),
        day(100),
        day(180),
        dates=french,
    )
    ax = chart.panels[-1].axes
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    labels = ax.xaxis.get_major_formatter().format_ticks(ticks)
    assert labels == ["mai 2025", "juin"]  # the first tick carries the year
    chart = build_trends(
        ChartData(checkins=checkins),
        ChartChoice(treatments=False),
        day(280),
        day(299),
        dates=french,
    )
    formatter = chart.panels[-1].axes.xaxis.get_major_formatter()
    assert formatter.format_ticks([style.day_number(day(285))]) == ["13 oct. 2025"]
