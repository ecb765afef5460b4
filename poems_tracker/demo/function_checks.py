"""Weekly function checks that improve with treatment, and skin-and-nail yes/no items.

Hands recover more slowly than pain: fine tasks (buttons, keys) stay affected longest.
The "Skin and nails" group is switched on and answered on check days, fading with
treatment as the skin changes of POEMS do. Run after the check-ins generator.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from poems_tracker.demo.story import Story
from poems_tracker.domain.function_check import TASK_FIELDS, with_grades
from poems_tracker.domain.models import FunctionCheck, SymptomKind, TaskAnswer
from poems_tracker.domain.yesno_groups import group
from poems_tracker.store.checkins import (
    add_custom_symptom,
    get_checkin,
    save_checkin,
    symptoms_by_key,
)
from poems_tracker.store.database import Database
from poems_tracker.store.function_checks import save_check

#: How much harder each arm task is than dressing (fine finger work recovers last).
_DIFFICULTY = {
    "dress_upper": 0.0,
    "wash_hair": 0.1,
    "turn_key": 0.3,
    "knife_fork": 0.2,
    "buttons_zips": 0.5,
}
_NOTES = (
    "Buttons took ages.",
    "Dropped the keys twice.",
    "Walked to the post box.",
    "Stairs easier this week.",
    "",
)


def _answer(rng: random.Random, severity: float, difficulty: float) -> TaskAnswer:
    level = 2.0 * severity + difficulty + rng.gauss(0, 0.3)
    if level > 1.7:
        return TaskAnswer.PREVENTED
    if level > 0.6:
        return TaskAnswer.AFFECTED
    return TaskAnswer.UNAFFECTED


def _check(rng: random.Random, story: Story, day) -> FunctionCheck:
    severity = 0.9 * (1 - story.recovery(day)) + 0.1
    answers = {name: _answer(rng, severity, _DIFFICULTY[name]) for name in TASK_FIELDS}
    affected = any(a is not TaskAnswer.UNAFFECTED for a in answers.values())
    symptoms = affected or rng.random() < 0.8  # numb fingertips often outlast the limits
    all_prevented = all(a is TaskAnswer.PREVENTED for a in answers.values())
    legs = max(0, min(7, round(0.5 + 3.0 * severity + rng.gauss(0, 0.35))))
    note = rng.choice(_NOTES) if rng.random() < 0.15 else ""
    return with_grades(
        FunctionCheck(
            day,
            symptoms,
            **answers,
            arm_movement=True if all_prevented else None,
            legs=legs,
            note=note,
        )
    )


def _skin_and_nails(db: Database) -> list[str]:
    """Switch the group on (as the dialog does, in English) and return its keys."""
    grp = group("skin_nails")
    existing = symptoms_by_key(db)
    for item in grp.items:
        if item.key not in existing:
            add_custom_symptom(db, item.label, SymptomKind.YESNO, key=item.key)
    return [
        item.key
        for item in grp.items
        if existing.get(item.key) is None or existing[item.key].kind is SymptomKind.YESNO
    ]


def generate(db: Database, story: Story, rng: random.Random) -> int:
    """Write a check about every week from two weeks after the first day; return the count."""
    skin_keys = _skin_and_nails(db)
    count = 0
    day = story.first_day + timedelta(days=14)
    while day <= story.today:
        if rng.random() > 0.12:  # some weeks are missed, as in real life
            save_check(db, _check(rng, story, day))
            count += 1
            entry = get_checkin(db, day)
            if entry is not None:
                chance = 0.05 + 0.45 * (1 - story.recovery(day))
                values = dict(entry.values)
                values.update({key: int(rng.random() < chance) for key in skin_keys})
                save_checkin(db, replace(entry, values=values))
        day += timedelta(days=7 + rng.choice((0, 0, 0, 1, -1)))
    return count
