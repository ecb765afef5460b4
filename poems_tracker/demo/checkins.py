"""Daily check-ins: neuropathy that eases with treatment, gaps, weight that follows swelling."""

from __future__ import annotations

import random

from poems_tracker.demo.story import Story
from poems_tracker.domain.models import CheckIn, SymptomKind
from poems_tracker.store.checkins import add_custom_symptom, save_checkin
from poems_tracker.store.database import Database

_NOTES = (
    "Bad night, feet burning.",
    "Walked to the shop.",
    "Hands clumsy with buttons.",
    "Better day.",
    "Ankles swollen in the evening.",
    "Tired after the clinic.",
)


def _score(rng: random.Random, level: float) -> int:
    return max(0, min(10, round(rng.gauss(level, 1.0))))


def generate(db: Database, story: Story, rng: random.Random) -> int:
    burning = add_custom_symptom(db, "Burning feet", SymptomKind.SCORE)
    fall = add_custom_symptom(db, "A fall", SymptomKind.YESNO, key="fall")
    count = 0
    weight = 74.0
    for day in story.days():
        if rng.random() < 0.08:  # a day not logged: real diaries have gaps
            continue
        r = story.recovery(day)
        values = {
            "pain": _score(rng, 7 - 4 * r),
            "numbness": _score(rng, 7 - 3 * r),
            "tingling": _score(rng, 6 - 3 * r),
            "weakness": _score(rng, 6 - 3 * r),
            "fatigue": _score(rng, 6 - 2.5 * r),
            "swelling": _score(rng, 5 - 4 * r),
            burning.key: _score(rng, 6 - 4 * r),
            fall.key: int(rng.random() < 0.02 + 0.03 * (1 - r)),
        }
        weight = min(85.0, max(65.0, weight + rng.gauss(0, 0.15) + (0.02 if r < 0.3 else -0.02)))
        shown = round(weight + values["swelling"] * 0.3, 1) if rng.random() < 0.6 else None
        note = rng.choice(_NOTES) if rng.random() < 0.1 else ""
        save_checkin(db, CheckIn(day, values, shown, note))
        count += 1
    return count
