"""Realistic made-up records for trying the program and for benchmarks (`demo-data`).

One `Story` (diagnosis, a lenalidomide + dexamethasone course, later steps) drives every
generator, so pain falls and VEGF drops after treatment starts, as in real courses.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from poems_tracker.demo.story import Story
from poems_tracker.store.database import Database

Generator = Callable[[Database, Story, random.Random], int]


def generators() -> list[tuple[str, Generator]]:
    """The record kinds demo-data fills, in order (later kinds may refer to earlier ones)."""
    from poems_tracker.demo import appointments, checkins, function_checks, labs, medications

    return [
        ("check-ins", checkins.generate),
        ("medicines", medications.generate),
        ("function checks", function_checks.generate),
        ("lab results", labs.generate),
        ("appointments", appointments.generate),
    ]


def fill(db: Database, years: int, seed: int, today: date) -> dict[str, int]:
    """Write every kind of demo record in one transaction; return how many of each."""
    story = Story.for_span(years, today)
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    with db.transaction():
        for kind, generate in generators():
            counts[kind] = generate(db, story, rng)
    return counts
