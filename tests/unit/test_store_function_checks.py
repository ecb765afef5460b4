"""Function checks are kept, changed and removed exactly as the patient asks."""

from __future__ import annotations

import random
import sqlite3
from datetime import date

import pytest

from poems_tracker.demo import checkins as demo_checkins
from poems_tracker.demo import function_checks as demo
from poems_tracker.demo.story import Story
from poems_tracker.domain.function_check import validate_check, with_grades
from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.store.checkins import list_checkins
from poems_tracker.store.function_checks import (
    count_checks,
    delete_check,
    get_check,
    last_check_date,
    list_checks,
    save_check,
)

U, A, P = TaskAnswer.UNAFFECTED, TaskAnswer.AFFECTED, TaskAnswer.PREVENTED


def test_a_check_comes_back_exactly_as_saved(db):
    check = with_grades(
        FunctionCheck(date(2026, 3, 2), True, A, U, P, U, A, legs=3, note="Keys hard this week")
    )
    save_check(db, check)
    assert get_check(db, date(2026, 3, 2)) == check
    assert check.arms == 3


def test_all_prevented_keeps_the_movement_answer(db):
    check = with_grades(
        FunctionCheck(date(2026, 3, 2), True, P, P, P, P, P, arm_movement=False, legs=7)
    )
    save_check(db, check)
    stored = get_check(db, date(2026, 3, 2))
    assert stored.arm_movement is False
    assert stored.arms == 5


def test_saving_the_same_date_again_updates_not_doubles(db):
    save_check(db, with_grades(FunctionCheck(date(2026, 3, 2), True, A, legs=2)))
    save_check(db, with_grades(FunctionCheck(date(2026, 3, 2), False, legs=1)))
    assert count_checks(db) == 1
    assert get_check(db, date(2026, 3, 2)).arms == 0
    assert get_check(db, date(2026, 3, 2)).legs == 1


def test_moving_a_check_to_another_date_leaves_one_copy(db):
    save_check(db, with_grades(FunctionCheck(date(2026, 3, 2), True, legs=2)))
    save_check(
        db, with_grades(FunctionCheck(date(2026, 3, 3), True, legs=2)), replaces=date(2026, 3, 2)
    )
    assert [c.day for c in list_checks(db)] == [date(2026, 3, 3)]


def test_a_failed_move_loses_nothing(db):
    original = with_grades(FunctionCheck(date(2026, 3, 2), True, legs=2))
    save_check(db, original)
    with pytest.raises(sqlite3.IntegrityError):
        save_check(db, FunctionCheck(date(2026, 3, 9), True, legs=9), replaces=date(2026, 3, 2))
    assert list_checks(db) == [original]


def test_list_by_range_and_newest_first_and_delete(db):
    for day in (5, 12, 19, 26):
        save_check(db, with_grades(FunctionCheck(date(2026, 1, day), False, legs=0)))
    assert [c.day.day for c in list_checks(db, date(2026, 1, 10), date(2026, 1, 19))] == [12, 19]
    assert [c.day.day for c in list_checks(db, newest_first=True)] == [26, 19, 12, 5]
    assert last_check_date(db) == date(2026, 1, 26)
    delete_check(db, date(2026, 1, 26))
    assert last_check_date(db) == date(2026, 1, 19)
    assert get_check(db, date(2026, 1, 26)) is None


def test_no_checks_yet(db):
    assert last_check_date(db) is None
    assert list_checks(db) == []


def test_demo_checks_are_valid_and_improve_with_treatment(db):
    story = Story.for_span(2, date(2026, 3, 1))
    rng = random.Random(7)
    with db.transaction():
        demo_checkins.generate(db, story, rng)
        count = demo.generate(db, story, rng)
    checks = list_checks(db)
    assert count == len(checks) > 80
    assert all(validate_check(c, today=story.today) == [] for c in checks)
    before = [c for c in checks if c.day < story.treatment_start]
    late = [c for c in checks if story.recovery(c.day) == 1]
    assert sum(c.arms for c in before) / len(before) > sum(c.arms for c in late) / len(late)
    assert sum(c.legs for c in before) / len(before) > sum(c.legs for c in late) / len(late)
    logged = [e for e in list_checkins(db) if "more_sweating" in e.values]
    assert logged
