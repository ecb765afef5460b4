"""Small marker charts: log scale only past tenfold, treatments shaded, two years or more."""

from __future__ import annotations

from datetime import date

import pytest

from poems_tracker.charts import style
from poems_tracker.charts.markers import Span, markers_figure, needs_log_scale
from poems_tracker.domain.marker_facts import marker_series
from poems_tracker.domain.models import EventKind, LabResult, TreatmentEvent

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("values", "log"),
    [([10, 100], False), ([10, 100.1], True), ([3000, 60], True), ([0, 5, 40], False)],
)
def test_log_scale_only_when_values_span_more_than_tenfold(values, log):
    assert needs_log_scale(values) is log


def _series(values):
    results = [
        LabResult(date(2025, 1 + i, 1), "VEGF (serum)", v, "pg/mL", reference_high=86)
        for i, v in enumerate(values)
    ]
    events = [TreatmentEvent(date(2025, 1, 15), EventKind.CHEMOTHERAPY)]
    return marker_series(results, events, [], TODAY)


def test_a_fall_from_thousands_is_drawn_on_a_log_scale_with_the_treatment_behind():
    figure = markers_figure(
        _series([3000, 900, 60]), [Span(date(2025, 1, 15), date(2025, 6, 30))], TODAY
    )
    (ax,) = figure.axes
    assert ax.get_yscale() == "log"
    assert ax.get_title(loc="left") == "VEGF (serum) (pg/mL)"
    assert len(ax.patches) == 1  # the treatment span
    left, right = ax.get_xlim()
    assert right == style.day_number(TODAY)
    assert right - left >= 2 * 365  # two years or more


def test_a_small_change_keeps_a_linear_scale():
    (ax,) = markers_figure(_series([80, 60, 70]), [], TODAY).axes
    assert ax.get_yscale() == "linear"
    assert len(ax.lines[0].get_xdata()) == 3
