"""Rules a medicine course, a dose and a treatment event keep before anything is stored.

Each rule breaks as one plain sentence (a `Problem`); callers show it next to the field
and store nothing. A dose on a day its course does not cover is not wrong, only unusual:
`dose_outside_course` says so, and the window asks before recording it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from poems_tracker.domain.models import Dose, Medication, TreatmentEvent
from poems_tracker.domain.schedules import ScheduleError, parse_schedule
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import Problem

#: Units a dose may be written in, with the largest single dose that is still believable.
UNIT_MAXIMUMS: dict[str, float] = {
    "mg": 100_000,
    "g": 100,
    "µg": 100_000,
    "mL": 1_000,
    "IU": 1_000_000,
    "units": 100_000,
    "mmol": 1_000,
    "tablet": 50,
    "tablets": 50,
    "capsule": 50,
    "capsules": 50,
    "drops": 100,
    "puffs": 20,
    "patch": 10,
    "patches": 10,
    "sachet": 10,
    "sachets": 10,
    "injection": 10,
    "spray": 20,
    "sprays": 20,
}
UNITS: tuple[str, ...] = tuple(UNIT_MAXIMUMS)
_UNIT_BY_FOLDED = {u.casefold(): u for u in UNITS}
_MICRO_SPELLINGS = {"ug": "µg", "μg": "µg", "mcg": "µg"}
NAME_MAX = 120


def normalise_unit(text: str) -> str | None:
    """The program's spelling of unit TEXT (case and `u`/`μ`/`mcg` for µ forgiven), or None."""
    folded = text.strip().casefold()
    folded = _MICRO_SPELLINGS.get(folded, folded)
    return _UNIT_BY_FOLDED.get(folded.casefold())


def check_dose_amount(dose: float, unit: str) -> list[Problem]:
    """A dose above 0, in a known unit, and not beyond what a person could take at once."""
    canonical = normalise_unit(unit)
    if canonical is None:
        return [
            Problem(
                "unit",
                N_(
                    "errors",
                    '"{unit}" is not a unit this program knows; '
                    "choose one from the list, such as mg.",
                ),
                (("unit", unit.strip()),),
            )
        ]
    if not dose > 0:
        return [Problem("dose", N_("errors", "The dose must be more than 0."))]
    if dose > UNIT_MAXIMUMS[canonical]:
        return [
            Problem(
                "dose",
                N_("errors", "{dose} {unit} at once is not believable; check the number."),
                (("dose", f"{dose:g}"), ("unit", canonical)),
            )
        ]
    return []


def check_schedule(text: str) -> list[Problem]:
    try:
        parse_schedule(text)
    except ScheduleError as exc:
        return [Problem("schedule", exc.template, tuple(exc.fields.items()))]
    return []


def check_medication(med: Medication, others: Iterable[Medication] = ()) -> list[Problem]:
    """Every problem with course MED; OTHERS are the stored courses (MED itself may be among
    them, matched by id) so two courses of one medicine never overlap."""
    problems: list[Problem] = []
    name = med.name.strip()
    if not name:
        problems.append(Problem("name", N_("errors", "Give the medicine a name.")))
    elif len(name) > NAME_MAX:
        problems.append(
            Problem(
                "name",
                N_("errors", "The name is too long; keep it under {most} letters."),
                (("most", NAME_MAX),),
            )
        )
    problems += check_dose_amount(med.dose, med.unit)
    problems += check_schedule(med.schedule)
    if med.end_date is not None and med.end_date < med.start_date:
        problems.append(
            Problem(
                "end_date",
                N_("errors", "The last day comes before the first day; check the dates."),
            )
        )
    elif name:
        clash = overlapping_course(med, others)
        if clash is not None:
            problems.append(
                Problem(
                    "start_date",
                    N_(
                        "errors",
                        "{name} is already recorded from {start}; a course of the same "
                        "medicine cannot overlap it. Stop that one first.",
                    ),
                    (("name", clash.name), ("start", clash.start_date.isoformat())),
                )
            )
    return problems


def overlapping_course(med: Medication, others: Iterable[Medication]) -> Medication | None:
    """The stored course of the same name (any case) whose days meet MED's, if any."""
    folded = med.name.strip().casefold()
    for other in others:
        if other.id is not None and other.id == med.id:
            continue
        if other.name.strip().casefold() != folded:
            continue
        if _meets(med.start_date, med.end_date, other.start_date, other.end_date):
            return other
    return None


def _meets(s1: date, e1: date | None, s2: date, e2: date | None) -> bool:
    return (e2 is None or s1 <= e2) and (e1 is None or s2 <= e1)


def check_stop(med: Medication, end: date) -> list[Problem]:
    if end < med.start_date:
        return [
            Problem(
                "end_date",
                N_("errors", "A medicine cannot stop before it started ({start})."),
                (("start", med.start_date.isoformat()),),
            )
        ]
    return []


def check_dose(dose: Dose, today: date) -> list[Problem]:
    """A dose: not in the future, above 0 and in a known unit."""
    problems: list[Problem] = []
    if dose.day > today:
        problems.append(
            Problem(
                "date",
                N_(
                    "errors",
                    "That day is still to come; a dose can be marked on the day or later.",
                ),
            )
        )
    problems += check_dose_amount(dose.dose, dose.unit)
    return problems


def dose_outside_course(med: Medication, day: date) -> Problem | None:
    """A dose on a day MED's course does not cover: allowed, but only after the patient agrees."""
    if med.active_on(day):
        return None
    return Problem(
        "date",
        N_("errors", "{name} was not being taken on {day}. Record the dose anyway?"),
        (("name", med.name), ("day", day.isoformat())),
    )


def over_daily_maximum(med: Medication, taken_that_day: int) -> Problem | None:
    """Recording one more as-needed dose would pass the patient's own daily maximum."""
    try:
        most = parse_schedule(med.schedule).max_per_day
    except ScheduleError:
        return None
    if most is None or taken_that_day + 1 <= most:
        return None
    return Problem(
        "dose",
        N_(
            "errors",
            "This would be dose {number} of {name} today; the most "
            "you set is {most} a day. Record it anyway?",
        ),
        (("number", taken_that_day + 1), ("name", med.name), ("most", most)),
    )


def check_event(event: TreatmentEvent) -> list[Problem]:
    problems: list[Problem] = []
    if event.end_date is not None and event.end_date < event.start_date:
        problems.append(
            Problem(
                "end_date",
                N_("errors", "The end date comes before the start date; check the dates."),
            )
        )
    if len(event.description) > 2000:
        problems.append(
            Problem(
                "description",
                N_("errors", "The description is too long; keep it under 2000 letters."),
            )
        )
    return problems


#: An as-needed course stopped this recently is still offered for a late dose.
RECENTLY_STOPPED = timedelta(days=30)


def recently_stopped(med: Medication, day: date) -> bool:
    """MED ended before DAY, less than RECENTLY_STOPPED ago: a dose taken after stopping
    can still be kept (once confirmed), belonging to that course as interfaces.md says."""
    return med.end_date is not None and timedelta(0) < day - med.end_date <= RECENTLY_STOPPED


def free_minute(day: date, wanted: time, used: Iterable[time]) -> time:
    """WANTED, or the next free minute of DAY: two doses of one course never share a time
    (date, time and medicine are a dose's natural key)."""
    taken = set(used)
    moment = datetime.combine(day, wanted)
    while moment.time() in taken and moment.date() == day:
        moment += timedelta(minutes=1)
    return moment.time()
