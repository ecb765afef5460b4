"""The records a POEMS patient keeps, as plain frozen dataclasses.

Closed sets of values are `StrEnum`s whose values are the CSV spellings (interfaces.md),
so files, database and window agree on one word for each.

The check-in's records are here; the others (medicines and doses, treatments, labs,
appointments, the function check) are in `record_models` and are reached through this
module as well, loaded on first use: creating a dataclass costs Python about half a
millisecond, and the window's first paint needs only the check-in's (issue 18).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers and readers: these are this module's names too
    from poems_tracker.domain.record_models import *  # noqa: F403


class SymptomKind(StrEnum):
    SCORE = "score"
    YESNO = "yesno"


@dataclass(frozen=True, slots=True)
class Symptom:
    """A symptom the check-in asks about: built-in (domain.md) or the patient's own."""

    key: str
    label: str
    kind: SymptomKind = SymptomKind.SCORE
    hidden: bool = False
    builtin: bool = False


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One day's check-in. VALUES maps a symptom key to 0–10, or 1/0 for a yes/no symptom;
    a key that is absent was not recorded that day."""

    day: date
    values: dict[str, int] = field(default_factory=dict)
    weight_kg: float | None = None
    note: str = ""

    def is_empty(self) -> bool:
        return not self.values and self.weight_kg is None and not self.note.strip()


#: The names `record_models` gives this module (a test keeps the two lists equal).
ELSEWHERE = frozenset(
    {
        "Appointment",
        "AppointmentStatus",
        "Dose",
        "DoseStatus",
        "EventKind",
        "FunctionCheck",
        "LabQualifier",
        "LabResult",
        "Medication",
        "Question",
        "TaskAnswer",
        "TreatmentEvent",
    }
)


def __getattr__(name: str) -> Any:
    """The other records, from `record_models`, the first time one is asked for (and
    nothing else: `from … import` asks every module for `__path__`)."""
    if name not in ELSEWHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from poems_tracker.domain import record_models

    return getattr(record_models, name)
