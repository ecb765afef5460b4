"""The arithmetic a patient trusts when reading a trend: 7-day line, gaps, summaries, change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.domain import analysis
from poems_tracker.domain.models import CheckIn, LabResult

D0 = date(2025, 3, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_trailing_mean_uses_the_day_and_the_six_before() -> None:
    points = {day(n): float(n) for n in range(10)}
    trend = analysis.rolling_mean(points)
    assert trend[day(6)] == pytest.approx((0 + 1 + 2 + 3 + 4 + 5 + 6) / 7)
    assert trend[day(9)] == pytest.approx((3 + 4 + 5 + 6 + 7 + 8 + 9) / 7)


def test_line_starts_only_once_four_of_seven_days_are_recorded() -> None:
    points = {day(n): 5.0 for n in range(10)}
    trend = analysis.rolling_mean(points)
    assert [trend[day(n)] for n in range(4)] == [None, None, None, 5.0]


def test_three_recorded_days_in_seven_leave_a_gap_not_an_interpolation() -> None:
    # Recorded: days 0-6, then only days 10, 12, 14, then 15-21 again.
    recorded = [*range(7), 10, 12, 14, *range(15, 22)]
    points = {day(n): 4.0 if n < 10 else 8.0 for n in recorded}
    trend = analysis.rolling_mean(points)
    # Day 13: window 7..13 holds days 10 and 12 only -> gap.
    assert trend[day(13)] is None
    # Day 16: window 10..16 holds 10, 12, 14, 15, 16 -> five days, mean of 8s.
    assert trend[day(16)] == pytest.approx(8.0)
    # Day 9: window 3..9 holds 3,4,5,6 -> exactly four days: drawn.
    assert trend[day(9)] == pytest.approx(4.0)
    # Day 11: window 5..11 holds 5, 6, 10 -> three: a gap.
    assert trend[day(11)] is None
    # Every day between first and last record has an entry, so gaps are explicit.
    assert list(trend) == [day(n) for n in range(22)]


def test_unrecorded_day_inside_a_well_kept_week_still_has_a_trend_value() -> None:
    points = {day(n): 6.0 for n in range(9) if n != 6}
    assert analysis.rolling_mean(points)[day(6)] == pytest.approx(6.0)


def test_range_opening_mid_stream_counts_the_days_before_it() -> None:
    points = {day(n): float(n % 3) for n in range(30)}
    whole = analysis.rolling_mean(points)
    part = analysis.rolling_mean(points, start=day(20), end=day(25))
    assert list(part) == [day(n) for n in range(20, 26)]
    for d, value in part.items():
        assert value == pytest.approx(whole[d])


def test_ten_years_agree_with_a_direct_mean() -> None:
    points = {day(n): float((n * 7) % 11) for n in range(3650) if n % 5 != 0}
    trend = analysis.rolling_mean(points)
    for n in (10, 500, 2222, 3649):
        window = [points[day(k)] for k in range(n - 6, n + 1) if day(k) in points]
        assert trend[day(n)] == pytest.approx(sum(window) / len(window))


def test_empty_series_gives_no_line() -> None:
    assert analysis.rolling_mean({}) == {}


def test_series_from_checkins_leaves_unrecorded_days_out() -> None:
    checkins = [
        CheckIn(day(0), {"pain": 6}, 80.5),
        CheckIn(day(1), {"fatigue": 3}),
        CheckIn(day(2), {"pain": 0}),
    ]
    assert analysis.series_from_checkins(checkins, "pain") == {day(0): 6.0, day(2): 0.0}
    assert analysis.series_from_checkins(checkins, "weight_kg") == {day(0): 80.5}


def test_summary_compares_with_the_previous_period_of_the_same_length() -> None:
    points = {day(n): 6.0 for n in range(10)} | {day(n): 4.0 for n in range(10, 20)}
    summary = analysis.summarise(points, day(10), day(19))
    assert (summary.count, summary.mean, summary.minimum, summary.maximum) == (10, 4.0, 4, 4)
    assert summary.previous_mean == 6.0
    assert summary.change == pytest.approx(-2.0)


def test_summary_without_a_previous_period_has_no_change() -> None:
    summary = analysis.summarise({day(0): 3.0, day(1): 5.0}, day(0), day(1))
    assert summary.mean == 4.0
    assert summary.minimum == 3.0
    assert summary.maximum == 5.0
    assert summary.change is None


def test_lab_change_from_the_first_value_in_the_range_vegf_first() -> None:
    results = [
        LabResult(day(0), "TSH", 6.0, "mIU/L"),
        LabResult(day(90), "TSH", 3.0, "mIU/L"),
        LabResult(day(0), "VEGF (serum)", 2840, "pg/mL"),
        LabResult(day(200), "VEGF (serum)", 710, "pg/mL"),
        LabResult(day(100), "VEGF (serum)", 1500, "pg/mL"),
        LabResult(day(30), "VEGF (plasma)", 400, "pg/mL"),
        LabResult(day(30), "Immunofixation (serum)", None, "", text="negative"),
    ]
    changes = analysis.lab_changes(results, day(0), day(365))
    assert [c.test for c in changes] == ["VEGF (plasma)", "VEGF (serum)", "TSH"]
    vegf = changes[1]
    assert (vegf.first, vegf.last, vegf.count) == (2840, 710, 3)
    assert vegf.percent == pytest.approx(-75.0)
    assert changes[2].percent == pytest.approx(-50.0)


def test_one_unit_per_line_and_serum_apart_from_plasma() -> None:
    results = [
        LabResult(day(0), "M-protein (SPEP)", 0.4, "g/dL"),
        LabResult(day(5), "M-protein (SPEP)", 3.0, "g/L"),
        LabResult(day(0), "VEGF (serum)", 900, "pg/mL"),
        LabResult(day(0), "VEGF (plasma)", 90, "pg/mL"),
    ]
    groups = analysis.lab_series(results)
    assert list(groups) == [
        ("VEGF (plasma)", "pg/mL"),
        ("VEGF (serum)", "pg/mL"),
        ("M-protein (SPEP)", "g/L"),
        ("M-protein (SPEP)", "g/dL"),
    ]


def test_out_of_range_uses_inclusive_limits() -> None:
    def flag(value: float) -> str:
        return analysis.out_of_range(
            LabResult(day(0), "X", value, "u", reference_low=9, reference_high=86)
        )

    assert [flag(8.9), flag(9), flag(86), flag(86.1)] == ["low", "", "", "high"]


def test_downsampling_keeps_long_gaps_and_averages_runs() -> None:
    days = [day(n) for n in range(12)]
    values: list[float | None] = [1, 3, 5, None, None, None, None, None, None, 2, 4, None]
    out_days, out_values = analysis.downsample(days, values, 3)
    assert out_values == [3.0, None, None, 3.0]
    assert out_days == [day(1), day(4), day(7), day(10)]
    assert analysis.bin_days(3650, 500) == 8
    assert analysis.bin_days(90, 500) == 1


def test_bin_points_averages_recorded_values_per_run() -> None:
    points = {day(0): 2.0, day(1): 4.0, day(5): 9.0}
    assert analysis.bin_points(points, day(0), day(5), 3) == {day(1): 3.0, day(4): 9.0}


def test_nearest_recorded_day_within_reach() -> None:
    points = {day(3): 1.0, day(10): 2.0}
    assert analysis.nearest_day(points, day(5), 3) == day(3)
    assert analysis.nearest_day(points, day(7), 1) is None


def test_units_print_as_on_a_lab_report() -> None:
    assert analysis.pretty_unit("10^9/L") == "10⁹/L"
    assert analysis.pretty_unit("pg/mL") == "pg/mL"
