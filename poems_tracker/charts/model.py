"""What a trend chart is made of: the data it may draw, the choice of panels, and what
was drawn (kept for the read-out and the numbers table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from poems_tracker.domain import analysis
from poems_tracker.domain.models import (
    CheckIn,
    FunctionCheck,
    LabResult,
    Medication,
    TreatmentEvent,
)

Translate = Callable[[str, str], str]


def as_written(context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ChartData:
    """What the chart may draw, as domain objects (the page reads them from the store)."""

    checkins: Sequence[CheckIn] = ()
    labs: Sequence[LabResult] = ()
    medications: Sequence[Medication] = ()
    events: Sequence[TreatmentEvent] = ()
    #: medicine name -> (week's first day, % taken or None = not recorded)
    adherence: Mapping[str, Sequence[tuple[date, float | None]]] = field(default_factory=dict)
    #: symptom key -> label as the patient reads it (already translated)
    symptom_labels: Mapping[str, str] = field(default_factory=dict)
    function_checks: Sequence[FunctionCheck] = ()
    #: Series worked out once per data load and reused for every period (the caller keeps
    #: one dict while CHECKINS stays the same list, and starts a new one after a reload).
    cache: dict = field(default_factory=dict, compare=False, repr=False)

    def series(self, key: str) -> tuple[dict[date, float], dict[date, float | None]]:
        """KEY's recorded values and its 7-day trend over all the data, computed once."""
        if key not in self.cache:
            points = analysis.series_from_checkins(self.checkins, key)
            self.cache[key] = (points, analysis.rolling_mean(points))
        return self.cache[key]


@dataclass(frozen=True, slots=True)
class ChartChoice:
    """Which panels to stack, top to bottom in this order."""

    symptoms: tuple[str, ...] = ("pain",)
    weight: bool = False
    labs: tuple[tuple[str, str], ...] = ()  # (test, unit)
    adherence: bool = False
    function: bool = False  # arm and leg grades of the weekly function check
    treatments: bool = True
    daily_points: bool = True  # the report leaves them out: six lines of dots are noise
    dates_on_every_panel: bool = False  # else only under the last (each date costs 2 ms)
    wash_medicines: bool = False  # shade the medicines' courses behind every panel
    #: "auto": a lab test whose values span more than tenfold gets a log scale, so the low
    #: values are not a flat line under one high one; "linear" or "log" as the patient says
    lab_scale: str = "auto"


@dataclass(frozen=True, slots=True)
class Series:
    """One drawn series with its exact values, for the read-out and the numbers table."""

    label: str
    unit: str
    points: dict[date, float]
    trend: dict[date, float | None] | None = None
    flags: dict[date, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Panel:
    kind: str  # "symptoms", "weight", "lab", "adherence", "treatments"
    title: str
    axes: Axes
    series: tuple[Series, ...] = ()


@dataclass
class TrendChart:
    figure: Figure
    panels: list[Panel]
    start: date
    end: date
    bin_size: int = 1
