"""The records besides the check-in's: medicines and doses, treatments, labs, appointments
and their questions, the function check. Reached as `poems_tracker.domain.models.X` too
(loaded on first use there; see that module)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

__all__ = [
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
]


class DoseStatus(StrEnum):
    TAKEN = "taken"
    MISSED = "missed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Medication:
    """One course of a medicine; `schedule` is kept exactly as the patient gave it."""

    name: str
    dose: float
    unit: str
    schedule: str
    start_date: date
    end_date: date | None = None
    reason: str = ""
    note: str = ""
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True, slots=True)
class Dose:
    """A dose marked taken, missed or skipped; every dose has a time."""

    medication_id: int
    day: date
    at: time
    dose: float
    unit: str
    status: DoseStatus
    note: str = ""
    id: int | None = None


class EventKind(StrEnum):
    DIAGNOSIS = "diagnosis"
    TRANSPLANT = "transplant"
    RADIATION = "radiation"
    CHEMOTHERAPY = "chemotherapy"
    HOSPITAL = "hospital"
    PROCEDURE = "procedure"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TreatmentEvent:
    start_date: date
    kind: EventKind
    description: str = ""
    end_date: date | None = None
    id: int | None = None


class LabQualifier(StrEnum):
    """`<0.1` / `>5000`: below or above what the lab can measure."""

    EXACT = ""
    BELOW = "<"
    ABOVE = ">"


@dataclass(frozen=True, slots=True)
class LabResult:
    """One result: a number with its unit (maybe `<`/`>`), or text for a text test."""

    day: date
    test: str
    value: float | None = None
    unit: str = ""
    qualifier: LabQualifier = LabQualifier.EXACT
    text: str = ""
    reference_low: float | None = None
    reference_high: float | None = None
    loinc: str = ""
    note: str = ""
    id: int | None = None


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Appointment:
    day: date
    at: time
    provider: str = ""
    specialty: str = ""
    location: str = ""
    purpose: str = ""
    status: AppointmentStatus = AppointmentStatus.PLANNED
    note: str = ""
    end_at: time | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """A question to ask; attached to an appointment or still waiting for one."""

    added: date
    question: str
    appointment_id: int | None = None
    answered: bool = False
    answer: str = ""
    id: int | None = None


class TaskAnswer(StrEnum):
    UNAFFECTED = "unaffected"
    AFFECTED = "affected"
    PREVENTED = "prevented"


@dataclass(frozen=True, slots=True)
class FunctionCheck:
    """The weekly function check inspired by the ONLS (domain.md); grades derived in domain/."""

    day: date
    arm_symptoms: bool
    dress_upper: TaskAnswer = TaskAnswer.UNAFFECTED
    wash_hair: TaskAnswer = TaskAnswer.UNAFFECTED
    turn_key: TaskAnswer = TaskAnswer.UNAFFECTED
    knife_fork: TaskAnswer = TaskAnswer.UNAFFECTED
    buttons_zips: TaskAnswer = TaskAnswer.UNAFFECTED
    arm_movement: bool | None = None
    legs: int = 0
    arms: int = 0
    note: str = ""
