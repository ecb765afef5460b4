"""Words the window and the report share, in the patient's language.

Dates ("4 Jan 2026", "2026年1月4日"), symptom and lab labels, schedules in words ("Days 1–21
of each 28-day cycle", never the stored grammar "cycle 1-21 of 28"), doses, adherence and
the function-check grades live here, below both `ui/` and `report/`, so the printed report
says things exactly as the screen does. QtCore only (translation and locale), no widgets:
the command line's report can use it too.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from poems_tracker.domain.numbers import format_time
from poems_tracker.domain.symptoms import label_context

if TYPE_CHECKING:  # the Today page's first paint needs none of these (issue 18)
    from poems_tracker.domain.adherence import Adherence
    from poems_tracker.domain.labs import Change
    from poems_tracker.domain.models import FunctionCheck, LabResult, Medication, Symptom

_CJK = (QLocale.Language.Japanese, QLocale.Language.Chinese)


def day_format(weekday: bool = False) -> str:
    """The Qt date format of `day_text`, also every date field's display format, so a
    date reads the same in a field, a table and a sentence."""
    if QLocale().language() in _CJK:
        return "yyyy年M月d日" + ("(ddd)" if weekday else "")
    return ("ddd " if weekday else "") + "d MMM yyyy"


def day_text(day: date, weekday: bool = False) -> str:
    """A short, unambiguous date; files and the command line keep ISO dates instead."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format(weekday))


def month_text(year: int, month: int) -> str:
    """A month as the window writes it (Jan 2026, 2026年1月)."""
    fmt = "yyyy年M月" if QLocale().language() in _CJK else "MMM yyyy"
    return QLocale().toString(QDate(year, month, 1), fmt)


def symptom_label(symptom: Symptom) -> str:
    """The label in the window's language, unless the patient typed it (domain rule)."""
    context = label_context(symptom)
    return symptom.label if context is None else QCoreApplication.translate(context, symptom.label)


def lab_label(test: str) -> str:
    """A built-in test's name in the window's language; a test the patient named, as typed."""
    return QCoreApplication.translate("labs", test)


def number_text(value: float, decimals: int = -1) -> str:
    """A number in the window's language (decimal comma in French); -1: as few digits as
    the value needs."""
    if decimals < 0:
        return QLocale().toString(value, "g", 6)
    return QLocale().toString(value, "f", decimals)


def exact_number_text(value: float) -> str:
    """Every digit the value has (0.25 stays 0.25), written in the window's language:
    decimal comma and thousands grouping in French, grouping in English."""
    from poems_tracker.domain.numbers import shortest

    written = shortest(value)
    if "e" in written or "inf" in written or "nan" in written:
        return QLocale().toString(float(value), "g", 6)
    decimals = len(written.partition(".")[2])
    return QLocale().toString(float(value), "f", decimals)


def lab_value_text(result: LabResult) -> str:
    """`2 840`, `<0,1` or the text of a text result, in the window's language."""
    if result.value is None:
        return result.text
    return str(result.qualifier) + exact_number_text(result.value)


def change_text(change: Change | None) -> str:
    """`+12,5 (+4 %)`: the sign always, the percent whole, numbers in the window's language."""
    if change is None:
        return ""
    sign = "+" if change.absolute > 0 else ("−" if change.absolute < 0 else "±")
    text = sign + exact_number_text(round(abs(change.absolute), 4))
    if change.percent is not None:
        pct = round(change.percent)
        pct_sign = "+" if pct > 0 else ("−" if pct < 0 else "±")
        percent = QCoreApplication.translate("wording", "{number}%").format(
            number=QLocale().toString(abs(pct))
        )
        text += f" ({pct_sign}{percent})"
    return text


def schedule_not_understood() -> str:
    """What the report and the window say of a schedule the program cannot read."""
    return QCoreApplication.translate("Report", "schedule not understood")


def dose_text(med: Medication) -> str:
    return f"{number_text(med.dose)} {med.unit}"


def _schedules(text: str) -> str:
    return QCoreApplication.translate("Schedules", text)


def _day_names(days: frozenset[int]) -> str:
    locale = QLocale()
    return ", ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(days))


def describe_schedule(text: str) -> str:
    """The schedule in plain words ("Days 1–21 of each 28-day cycle"); one the program
    cannot read is shown as stored."""
    from poems_tracker.domain.schedules import ScheduleError, ScheduleKind, parse_schedule

    try:
        schedule = parse_schedule(text)
    except ScheduleError:
        return text
    kind = schedule.kind
    if kind is ScheduleKind.AS_NEEDED:
        if schedule.max_per_day is None:
            return _schedules("When needed")
        return _schedules("When needed, at most {most} a day").format(most=schedule.max_per_day)
    if kind is ScheduleKind.DAILY:
        base = _schedules("Every day")
    elif kind is ScheduleKind.TWICE_DAILY:
        base = _schedules("Twice a day")
    elif kind is ScheduleKind.EVERY:
        base = _schedules("Every {n} days").format(n=schedule.interval)
    elif kind is ScheduleKind.WEEKLY:
        base = _schedules("Every week on {days}").format(days=_day_names(schedule.weekdays))
    else:
        base = _schedules("Days {first}–{last} of each {length}-day cycle").format(
            first=schedule.cycle_first, last=schedule.cycle_last, length=schedule.cycle_length
        )
    if not schedule.times:
        return base
    return _schedules("{schedule} at {times}").format(
        schedule=base, times=", ".join(format_time(t) for t in schedule.times)
    )


def adherence_text(result: Adherence) -> str:
    """Adherence in words for the window: a percentage with its counts, "not recorded", or
    doses per day."""
    if result.as_needed:
        if result.per_day is None:
            return QCoreApplication.translate("MedicationsPage", "Not taken in this period")
        return QCoreApplication.translate(
            "MedicationsPage", "{per_day} a day on average ({taken} taken)"
        ).format(per_day=number_text(result.per_day, 1), taken=result.taken)
    if result.scheduled == 0:
        return QCoreApplication.translate("MedicationsPage", "Nothing due in this period")
    if result.fraction is None:
        return QCoreApplication.translate(
            "MedicationsPage", "Not recorded ({due} doses due)"
        ).format(due=result.scheduled)
    text = QCoreApplication.translate(
        "MedicationsPage", "{percent}% taken ({taken} of {due})"
    ).format(percent=round(result.fraction * 100), taken=result.taken, due=result.scheduled)
    if result.not_recorded:
        text += QCoreApplication.translate("MedicationsPage", "; {count} not recorded").format(
            count=result.not_recorded
        )
    return text


def adherence_in_full(result: Adherence) -> str:
    """Adherence for the doctor, every count shown so they add up: taken + missed + skipped +
    not recorded = scheduled."""
    if result.as_needed:
        return QCoreApplication.translate(
            "Wording", "as needed: {taken} taken ({per_day} a day)"
        ).format(
            taken=result.taken,
            per_day="–" if result.per_day is None else number_text(result.per_day, 1),
        )
    if result.scheduled == 0:
        return QCoreApplication.translate("Wording", "nothing was due")
    counts = QCoreApplication.translate(
        "Wording",
        "{taken} taken, {missed} missed, {skipped} skipped, {not_recorded} not recorded "
        "= {scheduled} scheduled",
    ).format(
        taken=result.taken,
        missed=result.missed,
        skipped=result.skipped,
        not_recorded=result.not_recorded,
        scheduled=result.scheduled,
    )
    if result.fraction is None:
        return QCoreApplication.translate("Wording", "not recorded ({counts})").format(
            counts=counts
        )
    return QCoreApplication.translate("Wording", "{percent}% ({counts})").format(
        percent=round(result.fraction * 100), counts=counts
    )


def grades_text(check: FunctionCheck) -> str:
    """What the grades mean, in the words the patient answered with."""
    from poems_tracker.domain.function_check import ARM_GRADE_TEXT, LEG_ANSWERS

    arms = (
        QCoreApplication.translate("function", ARM_GRADE_TEXT[check.arms])
        if 0 <= check.arms < len(ARM_GRADE_TEXT)
        else "–"
    )
    legs = (
        QCoreApplication.translate("function", LEG_ANSWERS[check.legs])
        if 0 <= check.legs < len(LEG_ANSWERS)
        else "–"
    )
    return QCoreApplication.translate(
        "Report", "Arm grade {arms}: {arm_words}. Leg grade {legs}: “{leg_words}”."
    ).format(arms=check.arms, arm_words=arms, legs=check.legs, leg_words=legs)


def event_kind_text(kind: str) -> str:
    """A treatment event's kind in words ("Stem cell transplant"), not its stored name."""
    from poems_tracker.domain.medication_catalog import EVENT_KIND_LABELS
    from poems_tracker.domain.models import EventKind

    try:
        label = EVENT_KIND_LABELS[EventKind(kind)]
    except ValueError:
        return kind
    return QCoreApplication.translate("events", label)


def status_text(status: str) -> str:
    """An appointment's status in words ("Planned"), not its stored name."""
    from poems_tracker.domain.appointments import STATUS_LABELS
    from poems_tracker.domain.models import AppointmentStatus

    try:
        label = STATUS_LABELS[AppointmentStatus(status)]
    except ValueError:
        return status
    return QCoreApplication.translate("status", label)


def specialty_text(specialty: str) -> str:
    """A built-in specialty in the window's language; one the patient typed, as typed."""
    return QCoreApplication.translate("specialty", specialty)
