"""The arm grade rule of domain.md, checked for every possible set of answers."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from poems_tracker.domain.function_check import (
    LEG_ANSWERS,
    TASK_FIELDS,
    arm_grade,
    check_due,
    validate_check,
    with_grades,
)
from poems_tracker.domain.models import FunctionCheck, TaskAnswer

U, A, P = TaskAnswer.UNAFFECTED, TaskAnswer.AFFECTED, TaskAnswer.PREVENTED
ALL_ANSWERS = list(itertools.product((U, A, P), repeat=5))


def expected(symptoms: bool, answers: tuple[TaskAnswer, ...], movement: bool | None):
    """The rule as a patient reads it in domain.md; None where the answers cannot go together."""
    prevented = answers.count(P)
    affected = answers.count(A)
    if (prevented == 5) != (movement is not None):
        return None
    if not symptoms:
        return 0 if prevented == affected == 0 else None
    if prevented == 5:
        return {True: 4, False: 5}[movement]
    if prevented >= 1:
        return 3
    if affected >= 1:
        return 2
    return 1


CASES = [(s, a, m) for a in ALL_ANSWERS for s in (False, True) for m in (None, True, False)]


def test_every_combination_is_covered():
    assert len(ALL_ANSWERS) == 243
    assert len(CASES) == 243 * 2 * 3


@pytest.mark.parametrize(("symptoms", "answers", "movement"), CASES)
def test_arm_grade_follows_the_rule(symptoms, answers, movement):
    want = expected(symptoms, answers, movement)
    check = FunctionCheck(date(2026, 1, 5), symptoms, *answers, arm_movement=movement)
    if want is None:
        with pytest.raises(ValueError, match=r"task|arm_movement|symptoms"):
            arm_grade(symptoms, answers, movement)
        assert validate_check(check), "an impossible combination must be refused"
    else:
        assert arm_grade(symptoms, answers, movement) == want
        assert validate_check(with_grades(check)) == []


@pytest.mark.parametrize(
    ("symptoms", "answers", "movement", "grade"),
    [
        (False, (U, U, U, U, U), None, 0),
        (True, (U, U, U, U, U), None, 1),
        (True, (A, U, U, U, U), None, 2),
        (True, (A, A, A, A, A), None, 2),
        (True, (P, U, U, U, U), None, 3),
        (True, (P, P, P, P, A), None, 3),
        (True, (P, P, P, P, P), True, 4),
        (True, (P, P, P, P, P), False, 5),
    ],
)
def test_boundaries_named_in_domain_md(symptoms, answers, movement, grade):
    assert arm_grade(symptoms, answers, movement) == grade


def test_wrong_arms_grade_is_refused_with_the_right_one_named():
    check = FunctionCheck(date(2026, 1, 5), True, A, arms=3)
    problems = validate_check(check)
    assert [p.field for p in problems] == ["arms"]
    assert "give 2" in problems[0].text()
    assert validate_check(check, check_arms=False) == []


@pytest.mark.parametrize("legs", [-1, 8, 99])
def test_legs_outside_0_to_7_are_refused(legs):
    problems = validate_check(FunctionCheck(date(2026, 1, 5), False, legs=legs))
    assert [p.field for p in problems] == ["legs"]
    assert "0 to 7" in problems[0].text()


@pytest.mark.parametrize("legs", range(8))
def test_every_leg_answer_is_storable_and_worded(legs):
    assert validate_check(FunctionCheck(date(2026, 1, 5), False, legs=legs)) == []
    assert len(LEG_ANSWERS) == 8
    assert LEG_ANSWERS[legs].strip()


def test_movement_answer_without_all_prevented_names_the_question():
    check = FunctionCheck(date(2026, 1, 5), True, P, P, P, P, A, arm_movement=True)
    assert [p.field for p in validate_check(check)] == ["arm_movement"]


def test_future_date_is_refused_when_today_is_given():
    check = FunctionCheck(date(2026, 1, 6), False)
    assert [p.field for p in validate_check(check, today=date(2026, 1, 5))] == ["date"]


def test_task_fields_match_function_csv_order():
    assert TASK_FIELDS == ("dress_upper", "wash_hair", "turn_key", "knife_fork", "buttons_zips")


@pytest.mark.parametrize(
    ("last", "today", "interval", "due"),
    [
        (None, date(2026, 1, 5), 7, True),
        (date(2026, 1, 1), date(2026, 1, 7), 7, False),
        (date(2026, 1, 1), date(2026, 1, 8), 7, True),
        (date(2026, 1, 1), date(2026, 1, 30), 30, False),
        (date(2026, 1, 1), date(2026, 1, 31), 30, True),
        (date(2026, 1, 5), date(2026, 1, 5), 0, False),
    ],
)
def test_check_due_after_the_interval(last, today, interval, due):
    assert check_due(last, today, interval) is due
