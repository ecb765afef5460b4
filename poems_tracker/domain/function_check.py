"""The weekly function check inspired by the ONLS (domain.md): grades and what may be saved.

Arms 0–5 come from five everyday tasks, "any symptoms in your arms?" and, only when all
five tasks are prevented, "any purposeful arm movement left?". Legs 0–7 are one answer.
The grades are a record for the doctor, never a clinical assessment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import Problem, check_day

ARMS_MAX = 5
LEGS_MIN, LEGS_MAX = 0, 7
DEFAULT_INTERVAL_DAYS = 7

#: The five arm tasks in the order of the page and of function.csv: (field, plain words).
TASKS: tuple[tuple[str, str], ...] = (
    ("dress_upper", N_("function", "Dressing the upper body (not buttons)")),
    ("wash_hair", N_("function", "Washing and brushing your hair")),
    ("turn_key", N_("function", "Turning a key in a lock")),
    ("knife_fork", N_("function", "Using a knife and fork (or a spoon)")),
    ("buttons_zips", N_("function", "Doing up buttons and zips")),
)
TASK_FIELDS: tuple[str, ...] = tuple(name for name, _ in TASKS)

#: Plain words for each answer to a task.
ANSWER_LABELS: dict[TaskAnswer, str] = {
    TaskAnswer.UNAFFECTED: N_("function", "Not affected"),
    TaskAnswer.AFFECTED: N_("function", "Affected, still possible"),
    TaskAnswer.PREVENTED: N_("function", "Prevented"),
}

#: The one leg answer, index = leg grade 0–7.
LEG_ANSWERS: tuple[str, ...] = (
    N_("function", "Walking, running and stairs are not affected"),
    N_("function", "Walking is affected, but my walk looks normal"),
    N_("function", "I walk on my own, but my walk looks different"),
    N_("function", "I need support on one side (stick, crutch, an arm) to walk 10 metres"),
    N_("function", "I need support on both sides to walk 10 metres"),
    N_("function", "I use a wheelchair, but can stand and walk a few steps with help"),
    N_("function", "I use a wheelchair and cannot stand or walk a few steps with help"),
    N_("function", "I am in bed or a chair most of the day, with no purposeful leg movement"),
)

#: What each arm grade means, in plain words, index = arm grade 0–5.
ARM_GRADE_TEXT: tuple[str, ...] = (
    N_("function", "no symptoms in the arms"),
    N_("function", "symptoms, but no task affected"),
    N_("function", "a task affected, none prevented"),
    N_("function", "at least one task prevented, not all"),
    N_("function", "all five prevented, some purposeful arm movement left"),
    N_("function", "no purposeful arm movement"),
)

ARM_SYMPTOMS_QUESTION = N_("function", "Any symptoms in your arms or hands at all?")
ARM_MOVEMENT_QUESTION = N_(
    "function", "Can you still make any purposeful movement with your arms?"
)
DISCLAIMER = N_("function", "Inspired by the ONLS — a record for your doctor, not an assessment.")


def answers_of(check: FunctionCheck) -> tuple[TaskAnswer, ...]:
    """The five task answers of CHECK in the order of TASKS."""
    return tuple(TaskAnswer(getattr(check, name)) for name in TASK_FIELDS)


def arm_grade(
    arm_symptoms: bool, answers: tuple[TaskAnswer, ...], arm_movement: bool | None
) -> int:
    """The arm grade 0–5, exactly as domain.md states it.

    0 no symptoms; 1 symptoms but no task affected; 2 a task affected, none prevented;
    3 at least one task prevented, not all; 4 all prevented but some purposeful arm
    movement left; 5 no purposeful arm movement.
    Raises ValueError for a combination that cannot happen (use `validate_check` first to
    get plain sentences): symptoms "no" with a task not unaffected, a movement answer when
    not all tasks are prevented, or no movement answer when they are.
    """
    answers = tuple(TaskAnswer(a) for a in answers)
    if len(answers) != len(TASKS):
        raise ValueError(f"expected {len(TASKS)} task answers, got {len(answers)}")
    all_prevented = all(a is TaskAnswer.PREVENTED for a in answers)
    if all_prevented != (arm_movement is not None):
        raise ValueError("arm_movement is answered exactly when all five tasks are prevented")
    if not arm_symptoms:
        if any(a is not TaskAnswer.UNAFFECTED for a in answers):
            raise ValueError("no arm symptoms, yet a task is affected or prevented")
        return 0
    if all_prevented:
        return 4 if arm_movement else 5
    if TaskAnswer.PREVENTED in answers:
        return 3
    if TaskAnswer.AFFECTED in answers:
        return 2
    return 1


def grade_of(check: FunctionCheck) -> int | None:
    """CHECK's arm grade from its answers, or None when the answers cannot go together."""
    try:
        return arm_grade(check.arm_symptoms, answers_of(check), check.arm_movement)
    except ValueError:
        return None


def with_grades(check: FunctionCheck) -> FunctionCheck:
    """CHECK with `arms` set from its answers (unchanged when they cannot go together)."""
    grade = grade_of(check)
    return check if grade is None else replace(check, arms=grade)


def validate_check(
    check: FunctionCheck, today: date | None = None, check_arms: bool = True
) -> list[Problem]:
    """Every reason CHECK may not be stored, as plain sentences; empty when it may be.

    CHECK_ARMS also refuses an `arms` grade that differs from what the answers give (the
    CSV import passes the file's grade; the page always stores `with_grades`).
    """
    problems: list[Problem] = [] if today is None else check_day(check.day, today)
    try:
        answers = answers_of(check)
    except ValueError:
        return [
            *problems,
            Problem(
                "tasks",
                N_("errors", "Each arm task is answered unaffected, affected or prevented."),
            ),
        ]
    all_prevented = all(a is TaskAnswer.PREVENTED for a in answers)
    consistent = True
    if not check.arm_symptoms and any(a is not TaskAnswer.UNAFFECTED for a in answers):
        consistent = False
        problems.append(
            Problem(
                "arm_symptoms",
                N_(
                    "errors",
                    "You said there are no symptoms in your arms, yet a task is affected; "
                    "change one of the two.",
                ),
            )
        )
    if check.arm_movement is not None and not all_prevented:
        consistent = False
        problems.append(
            Problem(
                "arm_movement",
                N_(
                    "errors",
                    "The question about purposeful arm movement is only answered when all "
                    "five tasks are prevented.",
                ),
            )
        )
    if check.arm_movement is None and all_prevented:
        consistent = False
        problems.append(
            Problem(
                "arm_movement",
                N_(
                    "errors",
                    "All five tasks are prevented: please say whether any purposeful arm "
                    "movement is left.",
                ),
            )
        )
    if (
        isinstance(check.legs, bool)
        or not isinstance(check.legs, int)
        or not LEGS_MIN <= check.legs <= LEGS_MAX
    ):
        problems.append(
            Problem(
                "legs",
                N_("errors", "The leg answer is a whole number from {low} to {high}."),
                (("low", LEGS_MIN), ("high", LEGS_MAX)),
            )
        )
    if check_arms and consistent:
        grade = arm_grade(check.arm_symptoms, answers, check.arm_movement)
        if check.arms != grade:
            problems.append(
                Problem(
                    "arms",
                    N_(
                        "errors",
                        "The arm grade {given} does not match the answers, which give {grade}.",
                    ),
                    (("given", check.arms), ("grade", grade)),
                )
            )
    return problems


def check_due(last_check_date: date | None, today: date, interval_days: int) -> bool:
    """True when the next check is due: never done, or INTERVAL_DAYS have passed since."""
    if last_check_date is None:
        return True
    return today >= last_check_date + timedelta(days=max(1, int(interval_days)))


def missing_answer(
    arm_symptoms: bool | None,
    tasks: Mapping[str, TaskAnswer | None],
    arm_movement: bool | None,
    legs: int | None,
) -> str:
    """The first question of the form still unanswered, in the order the form asks them:
    "arm_symptoms", "tasks", "arm_movement" (asked only when all five tasks are prevented),
    "legs"; "" when the check is complete."""
    if arm_symptoms is None:
        return "arm_symptoms"
    if any(a is None for a in tasks.values()):
        return "tasks"
    if all(a is TaskAnswer.PREVENTED for a in tasks.values()) and arm_movement is None:
        return "arm_movement"
    if legs is None:
        return "legs"
    return ""
