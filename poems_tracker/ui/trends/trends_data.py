"""What the Trends page reads from the store, once per change, shared by all its views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from poems_tracker.domain import analysis
from poems_tracker.domain.lab_catalog import find_test
from poems_tracker.domain.models import (
    CheckIn,
    FunctionCheck,
    LabResult,
    Medication,
    SymptomKind,
    TreatmentEvent,
)
from poems_tracker.store import checkins as checkin_store
from poems_tracker.store import function_checks as function_store
from poems_tracker.store import labs as lab_store
from poems_tracker.store import medications as med_store
from poems_tracker.store.database import Database
from poems_tracker.wording import symptom_label


def warm_up() -> None:
    """Import the chart code (matplotlib, ~0.5 s) ahead of the first visit to Trends.

    Touches no Qt object, so it may run in a worker thread after the first paint; the
    small Qt canvas module is left for the page itself to import on the GUI thread.
    """
    from poems_tracker.charts import figures, style

    assert figures.build_trends is not None
    style.font_families()  # reads the font list once, off the GUI thread


def lab_label(test: str) -> str:
    """A built-in test's label in the patient's language; the patient's own test as typed."""
    known = find_test(test)
    return QCoreApplication.translate("labs", known.label) if known else test


@dataclass
class TrendsData:
    """Everything read from the store once per change, shared by all views of the page."""

    checkins: list[CheckIn]
    labs: list[LabResult]
    medications: list[Medication]
    events: list[TreatmentEvent]
    counts: dict[int, dict]
    symptom_labels: dict[str, str]
    function_checks: list[FunctionCheck] = field(default_factory=list)
    cache: dict = field(default_factory=dict)  # series worked out once per load

    @classmethod
    def load(cls, db: Database) -> TrendsData:
        labels = {
            s.key: symptom_label(s)
            for s in checkin_store.list_symptoms(db)
            if s.kind == SymptomKind.SCORE
        }
        return cls(
            checkin_store.list_checkins(db),
            lab_store.list_results(db),
            med_store.list_medications(db),
            med_store.list_events(db),
            med_store.dose_counts(db),
            labels,
            function_store.list_checks(db),
        )

    def first_day(self, today: date) -> date:
        firsts = [today - timedelta(days=89)]
        firsts += [self.checkins[0].day] if self.checkins else []
        firsts += [min(r.day for r in self.labs)] if self.labs else []
        firsts += [min(m.start_date for m in self.medications)] if self.medications else []
        firsts += [min(e.start_date for e in self.events)] if self.events else []
        return min(firsts)

    def points(self, key: str) -> dict[date, float]:
        """KEY's recorded values (from the chart's cache when it has worked them out)."""
        cached = self.cache.get(key)
        return cached[0] if cached else analysis.series_from_checkins(self.checkins, key)

    def lab_keys(self) -> list[tuple[str, str]]:
        return list(analysis.lab_series(self.labs))

    def adherence(self, start: date, end: date, today: date) -> dict[str, list]:
        period = 7 if (end - start).days <= 400 else 28
        by_name: dict[str, list[Medication]] = {}
        for med in self.medications:
            by_name.setdefault(med.name, []).append(med)
        out = {}
        for name, courses in by_name.items():
            series = analysis.adherence_series(courses, self.counts, start, end, today, period)
            if series:
                out[name] = series
        return out
