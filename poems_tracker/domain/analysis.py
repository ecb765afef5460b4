"""Arithmetic behind the Trends page and the report: trend lines, summaries, change.

Pure Python, no clock: every function takes the dates it needs. The trend line is the
domain.md rule: a trailing mean of the day and the six before it, defined only where at
least four of those seven days were recorded; elsewhere it is a gap, never an interpolation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from poems_tracker.domain.adherence import adherence
from poems_tracker.domain.models import CheckIn, LabResult, Medication

WINDOW_DAYS = 7
MIN_RECORDED_DAYS = 4


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def pretty_unit(unit: str) -> str:
    """ "10^9/L" as 10⁹/L: how a lab report prints it (the stored unit is unchanged)."""
    head, caret, tail = unit.partition("^")
    if not caret:
        return unit
    digits = len(tail) - len(tail.lstrip("-0123456789"))
    return head + tail[:digits].translate(_SUPERSCRIPT) + tail[digits:]


def days_between(start: date, end: date) -> list[date]:
    """Every day from START to END, both included (empty when END is before START)."""
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def rolling_mean(
    points: Mapping[date, float],
    window: int = WINDOW_DAYS,
    min_days: int = MIN_RECORDED_DAYS,
    start: date | None = None,
    end: date | None = None,
) -> dict[date, float | None]:
    """The trailing WINDOW-day mean for each day from START to END (default: first to last
    recorded day), or None where fewer than MIN_DAYS of the window were recorded.

    Days before START still count towards the first windows, so a range that opens
    mid-stream does not start with an artificial gap. One pass, whatever the span.
    """
    if not points:
        return {}
    first, last = min(points), max(points)
    start = first if start is None else start
    end = last if end is None else end
    if end < start:
        return {}
    result: dict[date, float | None] = {}
    total, count = 0.0, 0
    begin = start - timedelta(days=window - 1)
    for day in days_between(begin, end):
        value = points.get(day)
        if value is not None:
            total += value
            count += 1
        gone = day - timedelta(days=window)
        leaving = points.get(gone) if gone >= begin else None
        if leaving is not None:
            total -= leaving
            count -= 1
        if day >= start:
            result[day] = total / count if count >= min_days else None
    return result


def series_from_checkins(checkins: Iterable[CheckIn], key: str) -> dict[date, float]:
    """One symptom's daily values (or weight, with KEY `weight_kg`); unrecorded days absent."""
    if key == "weight_kg":
        return {c.day: c.weight_kg for c in checkins if c.weight_kg is not None}
    return {c.day: float(c.values[key]) for c in checkins if key in c.values}


@dataclass(frozen=True, slots=True)
class Summary:
    """Mean, lowest and highest over a range, and the mean of the period before it."""

    count: int
    mean: float | None
    minimum: float | None
    maximum: float | None
    previous_count: int
    previous_mean: float | None

    @property
    def change(self) -> float | None:
        """This period's mean minus the previous period's (same length), or None."""
        if self.mean is None or self.previous_mean is None:
            return None
        return self.mean - self.previous_mean


def _in(points: Mapping[date, float], start: date, end: date) -> list[float]:
    return [v for d, v in points.items() if start <= d <= end]


def summarise(points: Mapping[date, float], start: date, end: date) -> Summary:
    """Summary of the values from START to END, compared with the same number of days
    immediately before START ("the previous 90 days")."""
    values = _in(points, start, end)
    length = (end - start).days + 1
    prev_end = start - timedelta(days=1)
    previous = _in(points, prev_end - timedelta(days=length - 1), prev_end)
    return Summary(
        count=len(values),
        mean=sum(values) / len(values) if values else None,
        minimum=min(values) if values else None,
        maximum=max(values) if values else None,
        previous_count=len(previous),
        previous_mean=sum(previous) / len(previous) if previous else None,
    )


@dataclass(frozen=True, slots=True)
class LabChange:
    """The first and last value of one test in one unit within a range, and the change."""

    test: str
    unit: str
    first_day: date
    first: float
    last_day: date
    last: float
    count: int

    @property
    def percent(self) -> float | None:
        """Change from the first value in %, or None when the first value is 0."""
        if self.first == 0:
            return None
        return (self.last - self.first) / abs(self.first) * 100.0


def lab_sort_key(test: str) -> tuple[int, str]:
    """VEGF first (the main activity marker in POEMS, domain.md), then by name."""
    return (0 if test.casefold().startswith("vegf") else 1, test.casefold())


def lab_series(results: Iterable[LabResult]) -> dict[tuple[str, str], list[LabResult]]:
    """Numeric results grouped by (test, unit), VEGF first, each by date: one unit per line,
    and serum and plasma VEGF never on one line because they are different tests."""
    groups: dict[tuple[str, str], list[LabResult]] = {}
    for result in results:
        if result.value is None or not math.isfinite(result.value):
            continue
        groups.setdefault((result.test, result.unit), []).append(result)
    return {
        key: sorted(groups[key], key=lambda r: r.day)
        for key in sorted(groups, key=lambda k: (*lab_sort_key(k[0]), k[1]))
    }


def lab_changes(results: Iterable[LabResult], start: date, end: date) -> list[LabChange]:
    """Change from baseline (the first value in the range) per test and unit, VEGF first."""
    changes = []
    for (test, unit), series in lab_series(results).items():
        inside = [r for r in series if start <= r.day <= end]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        changes.append(
            LabChange(
                test,
                unit,
                first.day,
                float(first.value or 0.0),
                last.day,
                float(last.value or 0.0),
                len(inside),
            )
        )
    return changes


def out_of_range(result: LabResult) -> str:
    """ "high", "low" or "" against the stored reference range (inclusive limits)."""
    if result.value is None:
        return ""
    if result.reference_high is not None and result.value > result.reference_high:
        return "high"
    if result.reference_low is not None and result.value < result.reference_low:
        return "low"
    return ""


def bin_days(span_days: int, max_points: int) -> int:
    """How many days to merge into one drawn point so the span fits MAX_POINTS (≥1)."""
    if max_points <= 0 or span_days <= max_points:
        return 1
    return math.ceil(span_days / max_points)


def downsample(
    days: Sequence[date], values: Sequence[float | None], size: int
) -> tuple[list[date], list[float | None]]:
    """Merge consecutive runs of SIZE days into their mean (dated at the run's middle day).

    A run with no value stays a gap, so gaps longer than a run survive; shorter gaps are
    averaged over, which is all the pixels can show anyway.
    """
    if size <= 1:
        return list(days), list(values)
    out_days: list[date] = []
    out_values: list[float | None] = []
    for i in range(0, len(days), size):
        chunk = [v for v in values[i : i + size] if v is not None]
        run = days[i : i + size]
        out_days.append(run[len(run) // 2])
        out_values.append(sum(chunk) / len(chunk) if chunk else None)
    return out_days, out_values


def bin_points(
    points: Mapping[date, float], start: date, end: date, size: int
) -> dict[date, float]:
    """Recorded values from START to END merged into runs of SIZE days (mean per run)."""
    if size <= 1:
        return {d: v for d, v in sorted(points.items()) if start <= d <= end}
    sums: dict[int, list[float]] = {}
    for day, value in points.items():
        if start <= day <= end:
            sums.setdefault((day - start).days // size, []).append(value)
    return {
        min(end, start + timedelta(days=k * size + size // 2)): sum(v) / len(v)
        for k, v in sorted(sums.items())
    }


def nearest_day(points: Mapping[date, float], day: date, max_distance: int) -> date | None:
    """The recorded day closest to DAY within MAX_DISTANCE days (earlier wins a tie)."""
    for distance in range(max_distance + 1):
        for candidate in (day - timedelta(days=distance), day + timedelta(days=distance)):
            if candidate in points:
                return candidate
    return None


def adherence_series(
    med_courses: Iterable[Medication],
    counts: Mapping[int, Mapping],
    start: date,
    end: date,
    today: date,
    period_days: int = 7,
) -> list[tuple[date, float | None]]:
    """% of scheduled doses taken per period (a week, or four for long spans) for the
    courses of one medicine; None where nothing was logged ("not recorded", never 0 %).
    As-needed courses have no percentage and give nothing."""
    out: list[tuple[date, float | None]] = []
    for med in sorted(med_courses, key=lambda m: m.start_date):
        first = max(start, med.start_date)
        last = min(end, med.end_date or end, today)
        mine = counts.get(med.id, {}) if med.id is not None else {}
        day = first
        while day <= last:
            stop = min(last, day + timedelta(days=period_days - 1))
            part = {d: mine[d] for d in days_between(day, stop) if d in mine}
            result = adherence(med, part, day, stop, today)
            if result.as_needed:
                return []
            if result.scheduled:
                fraction = result.fraction
                out.append((day, None if fraction is None else fraction * 100.0))
            day = stop + timedelta(days=1)
    return out


def before_after(
    points: Mapping[date, float], day: date, days: int = 90
) -> tuple[Summary, Summary]:
    """The DAYS before DAY and the DAYS from DAY on: "pain before and after starting X".
    Side by side only; the numbers say nothing about cause."""
    after = summarise(points, day, day + timedelta(days=days - 1))
    before = summarise(points, day - timedelta(days=days), day - timedelta(days=1))
    return before, after
