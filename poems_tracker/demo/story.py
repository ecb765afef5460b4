"""The made-up patient's course that every demo generator follows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Story:
    """Dates of one plausible POEMS course (Dispenzieri 2021): symptoms for months before the
    diagnosis, then 9 cycles of lenalidomide + dexamethasone, then slow recovery."""

    first_day: date
    today: date
    diagnosis: date
    treatment_start: date
    treatment_end: date
    cycles: int = 9
    cycle_length: int = 28

    @classmethod
    def for_span(cls, years: int, today: date) -> Story:
        first = today - timedelta(days=365 * years - 1)
        diagnosis = first + timedelta(days=45)
        start = diagnosis + timedelta(days=15)
        end = start + timedelta(days=9 * 28 - 1)
        return cls(first, today, diagnosis, start, min(end, today))

    def days(self) -> list[date]:
        return [
            self.first_day + timedelta(days=n)
            for n in range((self.today - self.first_day).days + 1)
        ]

    def recovery(self, day: date) -> float:
        """0 before treatment, rising to 1 about a year after it starts (pain and VEGF follow)."""
        if day < self.treatment_start:
            return 0.0
        return min(1.0, (day - self.treatment_start).days / 365)
