"""Rules a check-in must keep before anything is stored; each problem is one plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from poems_tracker.domain.models import CheckIn, Symptom, SymptomKind
from poems_tracker.domain.symptoms import SCORE_MAX, SCORE_MIN, WEIGHT_MAX_KG, WEIGHT_MIN_KG
from poems_tracker.domain.text import N_

#: The longest note kept (about 100 pages): generous, yet what the window accepts the CSV
#: export writes and the import reads back (the CSV field limit follows it).
NOTE_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field; `message` is a template filled from `fields`."""

    field: str
    message: str
    fields: tuple[tuple[str, object], ...] = ()

    def text(self) -> str:
        return self.message.format(**dict(self.fields))


def check_day(day: date, today: date) -> list[Problem]:
    if day > today:
        return [
            Problem(
                "date", N_("errors", "The date is in the future; pick today or an earlier day.")
            )
        ]
    return []


def check_score(key: str, value: int, kind: SymptomKind = SymptomKind.SCORE) -> list[Problem]:
    if kind is SymptomKind.YESNO:
        if value not in (0, 1):
            return [Problem(key, N_("errors", "Answer yes or no."))]
        return []
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not SCORE_MIN <= value <= SCORE_MAX
    ):
        return [Problem(key, N_("errors", "A score is a whole number from 0 to 10."))]
    return []


def check_weight(weight_kg: float | None) -> list[Problem]:
    if weight_kg is None:
        return []
    if not WEIGHT_MIN_KG <= weight_kg <= WEIGHT_MAX_KG:
        return [
            Problem(
                "weight_kg",
                N_("errors", "Weight must be between {low} and {high} kg."),
                (("low", int(WEIGHT_MIN_KG)), ("high", int(WEIGHT_MAX_KG))),
            )
        ]
    return []


def check_note(text: str, field: str = "note") -> list[Problem]:
    if len(text) > NOTE_MAX_CHARS:
        return [
            Problem(
                field,
                N_("errors", "A note can hold up to {limit} characters; this one has {count}."),
                (("limit", NOTE_MAX_CHARS), ("count", len(text))),
            )
        ]
    return []


def check_checkin(entry: CheckIn, symptoms: dict[str, Symptom], today: date) -> list[Problem]:
    """Every problem with ENTRY, not only the first; empty when it may be saved."""
    problems = check_day(entry.day, today)
    for key, value in entry.values.items():
        symptom = symptoms.get(key)
        if symptom is None:
            problems.append(
                Problem(key, N_("errors", "There is no symptom called {key}."), (("key", key),))
            )
            continue
        problems += check_score(key, value, symptom.kind)
    problems += check_weight(entry.weight_kg)
    problems += check_note(entry.note)
    return problems
