"""What the report shows, gathered once from the store: plain data, no Qt, no HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from poems_tracker.domain.models import (
    Appointment,
    CheckIn,
    FunctionCheck,
    LabResult,
    Medication,
    Question,
    Symptom,
    TreatmentEvent,
)

if TYPE_CHECKING:
    from poems_tracker.domain.cycle_days import CycleDaySummary
    from poems_tracker.domain.marker_facts import MarkerSeries


@dataclass(frozen=True, slots=True)
class SymptomLine:
    symptom: Symptom
    label: str
    days: int
    mean: float | None = None
    low: float | None = None
    high: float | None = None
    previous: float | None = None
    yes_days: int = 0


@dataclass
class ReportData:
    """Everything the report shows, gathered once from the store."""

    start: date
    end: date
    today: date
    patient_name: str
    birth_date: date | None = None
    hospital_number: str = ""
    symptoms: list[SymptomLine] = field(default_factory=list)
    weight: SymptomLine | None = None
    checkin_days: int = 0
    medications: list[tuple[Medication, str]] = field(default_factory=list)
    labs: dict[tuple[str, str], list[LabResult]] = field(default_factory=dict)
    events: list[TreatmentEvent] = field(default_factory=list)
    #: POEMS-directed courses of medicine whatever the period, with the cycles begun (0: no
    #: cycle schedule)
    courses: list[tuple[Medication, int]] = field(default_factory=list)
    #: Score symptoms over the last year: (label, first day of month → mean)
    monthly: list[tuple[str, dict[date, float]]] = field(default_factory=list)
    monthly_months: list[date] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    notes: list[CheckIn] = field(default_factory=list)
    function_checks: list[FunctionCheck] = field(default_factory=list)
    chart_html: str = ""
    #: The marker series with their facts (domain.marker_facts), up to the period's end
    series: list[MarkerSeries] = field(default_factory=list)
    #: Symptoms by cycle day, one summary per cycle medicine active in the period
    cycle_summaries: list[CycleDaySummary] = field(default_factory=list)
