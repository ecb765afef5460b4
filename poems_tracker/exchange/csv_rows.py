"""One reader per CSV file: check its header, then check and store each row by natural key.

Rows are written as they are read, inside the importer's single transaction, so a later
file can refer to what an earlier one brought (a dose to its medicine, a question to its
appointment); if any problem turns up anywhere, the importer rolls everything back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from poems_tracker.domain.function_check import validate_check, with_grades
from poems_tracker.domain.lab_catalog import NUMERIC, LabTest, find_test
from poems_tracker.domain.labs import canonical, check_result, parse_limit, parse_value
from poems_tracker.domain.medication_catalog import find_medicine
from poems_tracker.domain.models import (
    AppointmentStatus,
    DoseStatus,
    EventKind,
    FunctionCheck,
    LabResult,
    TaskAnswer,
)
from poems_tracker.domain.schedules import parse_schedule
from poems_tracker.domain.symptoms import (
    BUILTIN_KEYS,
    WEIGHT_MAX_KG,
    WEIGHT_MIN_KG,
    is_valid_custom_key,
)
from poems_tracker.domain.text import N_
from poems_tracker.exchange.csv_cells import Cells
from poems_tracker.exchange.csv_format import FILES, FileProblem
from poems_tracker.store import bulk
from poems_tracker.store.bulk import Outcome


@dataclass
class Context:
    """What every file reader shares during one import."""

    conn: sqlite3.Connection
    today: date
    #: lower-case user lab test name -> 'numeric'/'text', for tests new in this import
    new_lab_kinds: dict[str, str] = field(default_factory=dict)


def _header_problem(name: str, header: list[str], expected: tuple[str, ...]) -> FileProblem:
    unknown = [c for c in header if c not in expected]
    if unknown:
        return FileProblem(
            1,
            N_("errors", 'Unknown column "{column}"; the columns of {file} are: {columns}.'),
            (("column", unknown[0]), ("file", name), ("columns", ",".join(expected))),
        )
    return FileProblem(
        1,
        N_("errors", "The header must be exactly: {columns}."),
        (("columns", ",".join(expected)),),
    )


class FileReader:
    """Base: the header must be exactly the file's columns; duplicates of a key are refused."""

    name = ""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.header: list[str] = []
        self._seen: dict[tuple, int] = {}

    def check_header(self, header: list[str]) -> FileProblem | None:
        self.header = header
        expected = FILES[self.name]
        return None if tuple(header) == expected else _header_problem(self.name, header, expected)

    def first_of(self, cells: Cells, key: tuple) -> bool:
        """False (and a problem) when KEY already appeared in this file."""
        earlier = self._seen.setdefault(key, cells.line)
        if earlier != cells.line:
            cells.problem(
                N_("errors", "This row has the same {key} as line {line}; each may appear once."),
                key=" + ".join(str(k) for k in key),
                line=earlier,
            )
            return False
        return True

    def handle(self, cells: Cells) -> Outcome | None:
        raise NotImplementedError


class CustomSymptoms(FileReader):
    name = "custom_symptoms.csv"

    def handle(self, c: Cells) -> Outcome | None:
        key = c.text("key", required=True)
        if key and not is_valid_custom_key(key):
            c.problem(
                N_(
                    "errors",
                    'The key "{key}" is not allowed: use lower-case letters, '
                    "digits and _, start with a letter, and no built-in name.",
                ),
                key=key,
            )
        label = c.text("label", required=True)
        kind = c.choice("kind", ("score", "yesno"))
        hidden = c.yes_no("hidden")
        if not c.ok or not self.first_of(c, (key,)):
            return None
        stored = bulk.custom_symptom_keys(self.ctx.conn).get(key)
        if stored is not None and stored != kind and bulk.has_values(self.ctx.conn, key):
            c.problem(
                N_(
                    "errors",
                    'The symptom "{key}" already has values as {stored}; its '
                    "kind cannot change to {kind}.",
                ),
                key=key,
                stored=stored,
                kind=kind,
            )
            return None
        return bulk.upsert_custom_symptom(self.ctx.conn, key, label, str(kind), bool(hidden))


class Symptoms(FileReader):
    name = "symptoms.csv"

    def check_header(self, header: list[str]) -> FileProblem | None:
        self.header = header
        head, tail = ("date", *BUILTIN_KEYS), ("weight_kg", "note")
        self.custom = bulk.custom_symptom_keys(self.ctx.conn)
        if tuple(header[:7]) != head or tuple(header[-2:]) != tail or len(header) < 9:
            return _header_problem(self.name, header, FILES[self.name])
        middle = header[7:-2]
        for column in middle:
            if column not in self.custom:
                return FileProblem(
                    1,
                    N_(
                        "errors",
                        'The column "{column}" is no symptom: add '
                        "it to custom_symptoms.csv or remove it.",
                    ),
                    (("column", column),),
                )
        if len(set(middle)) != len(middle):
            return FileProblem(1, N_("errors", "A symptom column appears twice."))
        self.columns = middle
        return None

    def handle(self, c: Cells) -> Outcome | None:
        day = c.day("date", not_future=True)
        scores = [c.whole(k, 0, 10) for k in BUILTIN_KEYS]
        custom: dict[str, int | None] = {}
        for key in self.columns:
            if self.custom[key] == "yesno":
                answer = c.yes_no(key, required=False)
                custom[key] = None if answer is None else int(answer)
            else:
                custom[key] = c.whole(key, 0, 10)
        weight = c.number("weight_kg", low=WEIGHT_MIN_KG, high=WEIGHT_MAX_KG)
        note = c.text("note")
        if not c.ok or day is None or not self.first_of(c, (day.isoformat(),)):
            return None
        return bulk.upsert_checkin(self.ctx.conn, day.isoformat(), scores, weight, note, custom)


class Medications(FileReader):
    name = "medications.csv"

    def handle(self, c: Cells) -> Outcome | None:
        name = c.text("name", required=True).strip()
        builtin = find_medicine(name) if name else None
        name = builtin.name if builtin is not None else name
        dose = c.number("dose", required=True, above=0)
        unit = c.text("unit", required=True)
        schedule = c.text("schedule", required=True)
        if schedule:
            try:
                parse_schedule(schedule)
            except ValueError as exc:  # a ScheduleError: one sentence, translatable
                c.problem(getattr(exc, "template", str(exc)), **getattr(exc, "fields", {}))
        start = c.day("start_date")
        end = c.day("end_date", required=False)
        if start and end and end < start:
            c.problem(
                N_("errors", "The end_date {end} is before the start_date {start}."),
                end=end.isoformat(),
                start=start.isoformat(),
            )
        if (
            not c.ok
            or start is None
            or dose is None
            or not self.first_of(c, (name.casefold(), start.isoformat()))
        ):
            return None
        outcome = bulk.upsert_medication(
            self.ctx.conn,
            name,
            dose,
            unit,
            schedule,
            start.isoformat(),
            end.isoformat() if end else None,
            c.text("reason"),
            c.text("note"),
        )
        for _id, other_start, other_end in bulk.courses(self.ctx.conn).get(name.casefold(), []):
            if other_start == start.isoformat():
                continue
            if other_start <= (end.isoformat() if end else "9999-12-31") and start.isoformat() <= (
                other_end or "9999-12-31"
            ):
                c.problem(
                    N_(
                        "errors",
                        "This course of {name} overlaps the one that starts on "
                        "{other}; courses of one medicine never overlap.",
                    ),
                    name=name,
                    other=other_start,
                )
                break
        return outcome


class Doses(FileReader):
    name = "doses.csv"

    def check_header(self, header: list[str]) -> FileProblem | None:
        self.courses = bulk.courses(self.ctx.conn)
        return super().check_header(header)

    def course_for(self, name: str, day: str) -> int | None:
        """The course of NAME active on DAY; else the latest that started before it; else
        the first (interfaces.md)."""
        found = self.courses.get(name.casefold())
        if not found:
            return None
        before = None
        for med_id, start, end in found:
            if start <= day and (end is None or day <= end):
                return med_id
            if start <= day:
                before = med_id
        return before if before is not None else found[0][0]

    def handle(self, c: Cells) -> Outcome | None:
        day = c.day("date", not_future=True)
        at = c.time("time")
        name = c.text("medication", required=True)
        dose = c.number("dose", required=True, above=0)
        unit = c.text("unit", required=True)
        status = c.choice("status", DoseStatus)
        med_id = self.course_for(name.strip(), day.isoformat()) if name and day else None
        if name and day and med_id is None:
            c.problem(
                N_(
                    "errors",
                    'There is no medicine called "{name}" in medications.csv '
                    "or among the stored ones.",
                ),
                name=name,
            )
        if (
            not c.ok
            or day is None
            or at is None
            or med_id is None
            or dose is None
            or not self.first_of(c, (day.isoformat(), at, name.strip().casefold()))
        ):
            return None
        return bulk.upsert_dose(
            self.ctx.conn, med_id, day.isoformat(), at, dose, unit, str(status), c.text("note")
        )


class Labs(FileReader):
    name = "labs.csv"

    def handle(self, c: Cells) -> Outcome | None:
        day = c.day("date", not_future=True)
        name = c.text("test", required=True).strip()
        test = find_test(name) if name else None
        if test is None and name:
            stored = bulk.lab_test_kinds(self.ctx.conn).get(name.casefold())
            kind = stored or self.ctx.new_lab_kinds.get(name.casefold(), NUMERIC)
            test = LabTest(name, name, "", "", "", "", kind=kind, builtin=False)
        parsed = None
        raw_value = c.text("value", required=True)
        if raw_value.strip() and test is not None:
            try:
                parsed = parse_value(raw_value, test.kind)
            except ValueError as exc:
                c.problem(
                    N_("errors", '"{cell}" in value: {reason}'), cell=raw_value, reason=str(exc)
                )
        limits = []
        for column in ("reference_low", "reference_high"):
            try:
                limits.append(parse_limit(c.text(column)))
            except ValueError as exc:
                c.problem(
                    N_("errors", '"{cell}" in {column}: {reason}'),
                    cell=c.text(column),
                    column=column,
                    reason=str(exc),
                )
                limits.append(None)
        if parsed is None and None not in limits and limits[0] > limits[1]:
            c.problem(N_("errors", "The reference low is above the high; check the two limits."))
        if not c.ok or day is None or parsed is None or test is None:
            return None
        result = canonical(
            LabResult(
                day,
                test.label,
                parsed.value,
                c.text("unit"),
                parsed.qualifier,
                parsed.text,
                limits[0],
                limits[1],
                c.text("loinc").strip(),
                c.text("note"),
            )
        )
        for problem in check_result(result, test, self.ctx.today):
            c.problem(problem.message, **dict(problem.fields))
        if not c.ok or not self.first_of(c, (day.isoformat(), result.test.casefold())):
            return None
        if not test.builtin:
            bulk.ensure_lab_test(self.ctx.conn, result.test, test.kind, result.unit)
        return bulk.upsert_lab(
            self.ctx.conn,
            day.isoformat(),
            result.test,
            result.value,
            str(result.qualifier),
            result.text,
            result.unit,
            result.reference_low,
            result.reference_high,
            result.loinc,
            result.note,
        )


class Appointments(FileReader):
    name = "appointments.csv"

    def handle(self, c: Cells) -> Outcome | None:
        day = c.day("date")
        at = c.time("time")
        end_at = c.time("end_time", required=False)
        if at and end_at and end_at < at:
            c.problem(
                N_("errors", "The end_time {end} is before the time {start}."),
                end=end_at,
                start=at,
            )
        status = c.choice("status", AppointmentStatus)
        provider = c.text("provider")
        if (
            not c.ok
            or day is None
            or at is None
            or not self.first_of(c, (day.isoformat(), at, provider))
        ):
            return None
        return bulk.upsert_appointment(
            self.ctx.conn,
            day.isoformat(),
            at,
            end_at,
            provider,
            c.text("specialty"),
            c.text("location"),
            c.text("purpose"),
            str(status),
            c.text("note"),
        )


class Questions(FileReader):
    name = "questions.csv"

    def handle(self, c: Cells) -> Outcome | None:
        added = c.day("added")
        question = c.text("question", required=True)
        cols = ("appointment_date", "appointment_time", "appointment_provider")
        filled = [bool(c.text(col).strip()) for col in cols[:2]]
        app_id = None
        if any(filled) or c.text(cols[2]).strip():
            app_day = c.day(cols[0])
            app_at = c.time(cols[1])
            if app_day and app_at:
                app_id = bulk.appointment_id(
                    self.ctx.conn, app_day.isoformat(), app_at, c.text(cols[2])
                )
                if app_id is None:
                    c.problem(
                        N_(
                            "errors",
                            'No appointment on {day} at {time} with "{provider}" '
                            "is in appointments.csv or stored.",
                        ),
                        day=app_day.isoformat(),
                        time=app_at,
                        provider=c.text(cols[2]),
                    )
        answered = c.yes_no("answered")
        if not c.ok or added is None or not self.first_of(c, (added.isoformat(), question)):
            return None
        return bulk.upsert_question(
            self.ctx.conn, added.isoformat(), question, app_id, bool(answered), c.text("answer")
        )


class Events(FileReader):
    name = "events.csv"

    def handle(self, c: Cells) -> Outcome | None:
        start = c.day("start_date")
        end = c.day("end_date", required=False)
        if start and end and end < start:
            c.problem(
                N_("errors", "The end_date {end} is before the start_date {start}."),
                end=end.isoformat(),
                start=start.isoformat(),
            )
        kind = c.choice("kind", EventKind)
        if not c.ok or start is None or not self.first_of(c, (start.isoformat(), kind)):
            return None
        return bulk.upsert_event(
            self.ctx.conn,
            start.isoformat(),
            end.isoformat() if end else None,
            str(kind),
            c.text("description"),
        )


class FunctionChecks(FileReader):
    name = "function.csv"
    TASKS = ("dress_upper", "wash_hair", "turn_key", "knife_fork", "buttons_zips")

    def handle(self, c: Cells) -> Outcome | None:
        day = c.day("date", not_future=True)
        symptoms = c.yes_no("arm_symptoms")
        answers = [c.choice(task, TaskAnswer) for task in self.TASKS]
        movement = c.yes_no("arm_movement", required=False)
        legs = c.whole("legs", 0, 7, required=True)
        arms = c.whole("arms", 0, 5)
        if day is None or symptoms is None or None in answers:
            return None
        check = FunctionCheck(
            day,
            symptoms,
            *(TaskAnswer(a) for a in answers),
            arm_movement=movement,
            legs=legs or 0,
            arms=arms or 0,
            note=c.text("note"),
        )
        for problem in validate_check(check, check_arms=arms is not None):
            c.problem(problem.message, **dict(problem.fields))
        if not c.ok or legs is None or not self.first_of(c, (day.isoformat(),)):
            return None
        check = with_grades(check)
        values = {
            "date": day.isoformat(),
            "arm_symptoms": int(check.arm_symptoms),
            **{t: str(getattr(check, t)) for t in self.TASKS},
            "arm_movement": None if movement is None else int(movement),
            "legs": check.legs,
            "arms": check.arms,
            "note": check.note,
        }
        return bulk.upsert_function_check(self.ctx.conn, values)


READERS: dict[str, type[FileReader]] = {
    cls.name: cls
    for cls in (
        CustomSymptoms,
        Symptoms,
        Medications,
        Doses,
        Labs,
        Appointments,
        Questions,
        Events,
        FunctionChecks,
    )
}
